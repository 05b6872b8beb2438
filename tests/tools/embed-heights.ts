/**
 * Measures each embed page's height in a phone-width browser (390 px, the page as a visitor
 * first sees it, with its scripts run) and writes src/data/embed-heights.json, the default
 * iframe heights in the snippets and oEmbed files. Run after `npm run build` whenever embeddable
 * content changes: `npm run embed:heights`, then build again. The browser tests fail when a
 * stored height is more than 15% off. Heights are rounded up to the embed's 200 px steps.
 */
import { quantiseHeight } from '../../src/lib/embed/messages';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';

const PORT = 4338;
const WIDTH = 390;
const OUT = 'src/data/embed-heights.json';

/** Page ids (`quiz`, `compare/x`, …) of every built embed page. */
function embedPages(dir = 'dist/embed'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (!entry.isDirectory()) return [];
    return existsSync(join(path, 'index.html')) ? [relative('dist/embed', path)] : embedPages(path);
  });
}

const server = spawn(process.execPath, ['tests/tools/serve.ts', '--root', 'dist', '--port', String(PORT)], { stdio: 'ignore' });
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });

try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: 800 } });
  const heights: Record<string, number> = {};
  for (const id of embedPages().sort()) {
    for (let tries = 0; ; tries++) {
      try {
        await page.goto(`http://127.0.0.1:${PORT}/embed/${id}/`);
        break;
      } catch (error) {
        if (tries > 20) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    await page.waitForFunction(() => document.fonts.status === 'loaded');
    heights[id] = quantiseHeight(
      await page.locator('[data-embed-root]').evaluate((el) => Math.ceil(el.getBoundingClientRect().height)),
    );
    console.log(`${id.padEnd(50)} ${heights[id]} px`);
  }
  writeFileSync(OUT, `${JSON.stringify(heights, null, 2)}\n`);
  console.log(`\nWrote ${OUT}. Run npm run build again to use them.`);
} finally {
  await browser.close();
  server.kill();
}
