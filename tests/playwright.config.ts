import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Debian's Chromium when it is installed (CI installs it), else Playwright's own browser
// (`npx playwright install chromium`).
const systemChromium = '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
// Its own port, so a running `npm start` or `astro dev` on 4321 is never tested by mistake.
const port = 4329;
/** A clinic's site for the embed tests: a second origin (another port). */
const hostPort = 4330; // tests/e2e/support.ts HOST_ORIGIN

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  // Serves the built site (run `npm run build` first; `npm test` does) with a plain static server,
  // and a clinic's host page from a second origin for the embed tests.
  webServer: [
    {
      command: `"${process.execPath}" tests/tools/serve.ts --root dist --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `"${process.execPath}" tests/tools/serve.ts --root tests/e2e/host --port ${hostPort}`,
      url: `http://127.0.0.1:${hostPort}/`,
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
