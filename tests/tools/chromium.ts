/**
 * Which Chromium the browser tests and tools launch: Debian's when it is installed (CI installs
 * it; Playwright cannot download browsers on that machine), else Playwright's own browser
 * (`npx playwright install chromium`), for which this returns undefined.
 */
import { existsSync } from 'node:fs';

const systemChromium = '/usr/bin/chromium';

export const chromiumPath: string | undefined = existsSync(systemChromium) ? systemChromium : undefined;
