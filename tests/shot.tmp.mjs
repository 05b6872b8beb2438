import { chromium } from '@playwright/test';
const [, , path, name, width = '390', scheme = 'light', selector = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(`http://localhost:4400${path}`);
if (selector) {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await page
    .locator(selector)
    .first()
    .screenshot({ path: `/tmp/${name}.png` });
} else await page.screenshot({ path: `/tmp/${name}.png`, fullPage: true });
await browser.close();
