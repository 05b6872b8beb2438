import { defineConfig, devices } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumPath as executablePath } from './tools/chromium.ts';

// Its own port, so a running `npm start` or `astro dev` on 4321 is never tested by mistake.
const port = 4329;
/** A clinic's site for the embed tests: a second origin (another port). */
const hostPort = 4330; // tests/e2e/support.ts HOST_ORIGIN
/** The built site on Cloudflare's own runtime, for the header tests (tests/e2e/framing.spec.ts). */
const pagesPort = 4331; // tests/e2e/support.ts PAGES_ORIGIN
const root = fileURLToPath(new URL('..', import.meta.url));

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
  // a clinic's host page from a second origin for the embed tests, and the built site again on
  // `wrangler pages dev` (Cloudflare's workerd, which applies public/_headers as Cloudflare Pages
  // does) for the header and framing tests (wrangler is ready in 3–5 s). The rest of the suite
  // stays on the plain server: on wrangler it took 11.7 min instead of 8.4 (2 workers), one test
  // timed out, and dev mode adds headers a deployment does not send.
  webServer: [
    {
      command: `"${process.execPath}" tests/tools/serve.ts --root dist --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      cwd: root,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `"${process.execPath}" tests/tools/serve.ts --root tests/e2e/host --port ${hostPort}`,
      url: `http://127.0.0.1:${hostPort}/`,
      cwd: root,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // Run with our Node (wrangler needs 22.12+); the date is the one wrangler 4.164.0 defaults to.
      command: `"${process.execPath}" node_modules/wrangler/bin/wrangler.js pages dev dist --ip 127.0.0.1 --port ${pagesPort} --compatibility-date 2026-11-17`,
      url: `http://127.0.0.1:${pagesPort}/`,
      cwd: root,
      // No metrics, no prompts. It still warns once that it cannot reach workers.cloudflare.com (harmless, offline).
      env: { WRANGLER_SEND_METRICS: 'false', CI: 'true' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
