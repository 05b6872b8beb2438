/**
 * Benchmark (not a test): the time from typing a query on /search/ to the first rendered result,
 * on the built site, median of several runs. Run `npm run build` first, then `npm run bench:search`.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumPath as executablePath } from './chromium.ts';

const RUNS = 9;
const PORT = 4339;
const QUERIES = ['trigger point', 'relaxation', 'sore after massage', 'knots', 'pressure'];

const server = spawn(process.execPath, ['tests/tools/serve.ts', '--root', 'dist', '--port', String(PORT)], { stdio: 'ignore' });
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

try {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // A fresh page each run, so Pagefind's first load (bundle, wasm, index) is included.
    const page = await browser.newPage();
    for (let tries = 0; ; tries++) {
      try {
        await page.goto(`http://127.0.0.1:${PORT}/search/`);
        break;
      } catch (error) {
        if (tries > 20) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const query = QUERIES[run % QUERIES.length] ?? 'massage';
    const elapsed = await page.evaluate(
      (q) =>
        new Promise<number>((resolve) => {
          const input = document.querySelector<HTMLInputElement>('[data-search-input]');
          const list = document.querySelector('[data-search-results]');
          if (!input || !list) return resolve(NaN);
          const start = performance.now();
          new MutationObserver((_, observer) => {
            if (list.querySelector('.search-result')) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            }
          }).observe(list, { childList: true });
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      query,
    );
    times.push(elapsed);
    console.log(`run ${run + 1}: "${query}" ${elapsed.toFixed(0)} ms`);
    await page.close();
  }
  times.sort((a, b) => a - b);
  console.log(
    `\nmedian time to first result: ${times[Math.floor(times.length / 2)]?.toFixed(0)} ms over ${RUNS} runs (cold page each run)`,
  );
} finally {
  await browser.close();
  server.kill();
}
