/**
 * Measures each embed page's height in a phone-width browser (390 px, the page as a visitor
 * first sees it, with its scripts run) and writes src/data/embed-heights.json, the default
 * iframe heights in the snippets and oEmbed files. Run after `npm run build` whenever embeddable
 * content changes: `npm run embed:heights`, then build again. The browser tests fail when a
 * stored height is more than 15% off. Heights are rounded up to the embed's 200 px steps.
 */
import { quantiseHeight } from '../../src/lib/embed/messages';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath as executablePath } from './chromium';
import { embedPageIds } from './built-site';
import { embedPath } from '../../src/lib/routes';

const PORT = 4338;
const WIDTH = 390;
const OUT = 'src/data/embed-heights.json';

const server = spawn(process.execPath, ['tests/tools/serve.ts', '--root', 'dist', '--port', String(PORT)], { stdio: 'ignore' });
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });

try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: 800 } });
  const heights: Record<string, number> = {};
  for (const id of embedPageIds()) {
    for (let tries = 0; ; tries++) {
      try {
        await page.goto(`http://127.0.0.1:${PORT}${embedPath(id)}`);
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
