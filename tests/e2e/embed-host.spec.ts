/**
 * A clinic's page on a second origin (HOST_ORIGIN) embedding our pages (EMBED_ORIGIN) with each
 * snippet tier, and the resize protocol's defences.
 */
import { type Frame, type Locator, type Page } from '@playwright/test';
import { expect, test, axeViolations, EMBED_ORIGIN, embedFrame, host, HOST_ORIGIN, watch } from './support';
import { autoHeightSnippet, elementSnippet, iframeSnippet, loaderSnippet } from '../../src/lib/embed/snippets';
import { LOADER_PATH, PINNED_LOADER_PATH } from '../../src/lib/embed/pages';
import { createHash } from 'node:crypto';
import { click, personas } from './quiz-support';
import { XSS_PAYLOADS } from '../fixtures/xss';
import { stringsFor } from '../../src/strings';

const words = stringsFor('en').embed.snippet;
const quiz = { origin: EMBED_ORIGIN, page: 'quiz', title: 'Which treatment may suit you?', height: 900, words };
const comparison = { origin: EMBED_ORIGIN, page: 'compare/nmt-vs-deep-tissue', title: 'NMT vs deep tissue', height: 700, words };

const heightOf = (frame: Locator) => frame.evaluate((el) => (el as HTMLElement).getBoundingClientRect().height);

/**
 * Waits until the host has fitted the iframe to the embed's content, and returns its height. Fitted
 * means rounded up to a whole 200 px step: a multiple of 200, no shorter than the content and less
 * than 200 px taller.
 */
async function fittedHeight(iframe: Locator, frame: Frame): Promise<number> {
  let shown = 0;
  await expect
    .poll(async () => {
      const content = await frame.locator('[data-embed-root]').evaluate((el) => el.getBoundingClientRect().height);
      shown = Math.round(await heightOf(iframe));
      return shown % 200 === 0 && shown >= content && shown < content + 200
        ? 'fitted'
        : `${shown} px for ${content} px of content`;
    })
    .toBe('fitted');
  return shown;
}

/** Counts the resize messages the host page receives from now on. */
async function countMessages(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __messages: number };
    w.__messages = 0;
    window.addEventListener('message', () => (w.__messages += 1));
  });
  return () => page.evaluate(() => (window as unknown as { __messages: number }).__messages);
}

/** Waits for the host page to paint n more frames (state to settle, not a clock). */
const frames = (page: Page, n: number) =>
  page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const tick = (left: number) => (left ? requestAnimationFrame(() => tick(left - 1)) : resolve());
        tick(count);
      }),
    n,
  );

test('tier 1: a plain iframe renders with its fallback link, and no script is needed', async ({ page }) => {
  await host(page, iframeSnippet(comparison));
  const iframe = page.locator('#slot iframe');
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  await expect(iframe).toHaveAttribute('title', /.+/);
  const frame = await embedFrame(page, '/embed/compare/nmt-vs-deep-tissue/');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/Neuromuscular therapy vs deep tissue massage/);
  await expect(page.locator('#slot').getByRole('link', { name: /on Bodywork Guide/ })).toBeVisible();
  expect(await heightOf(iframe)).toBe(700);
  expect(await iframe.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('0px');
});

test('tier 2: the loader fits the iframe to its content, follows a quiz step at once, and never loops', async ({ page }) => {
  await host(page, autoHeightSnippet(quiz));
  const iframe = page.locator('#slot iframe');
  const frame = await embedFrame(page, '/embed/quiz/');
  await fittedHeight(iframe, frame);
  const count = await countMessages(page);

  // A step change: the host resizes the frame within a frame or two of the embed's change.
  await page.evaluate(() => {
    const w = window as unknown as { __paints: number[]; __resizedAt?: number };
    w.__paints = [];
    const iframe = document.querySelector('#slot iframe') as HTMLIFrameElement;
    new MutationObserver(() => (w.__resizedAt ??= performance.timeOrigin + performance.now())).observe(iframe, {
      attributes: true,
    });
    const tick = (t: number) => {
      w.__paints.push(performance.timeOrigin + t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await frame.evaluate(() => {
    const w = window as unknown as { __changedAt?: number };
    const progress = document.querySelector('[data-quiz-progress-text]') as HTMLElement;
    new MutationObserver(() => (w.__changedAt ??= performance.timeOrigin + performance.now())).observe(progress, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const before = await heightOf(iframe);
  await frame.getByRole('checkbox', { name: 'None of these' }).first().check();
  await frame.getByRole('button', { name: 'Next' }).click();
  await expect(frame.locator('[data-quiz-progress-text]')).toHaveText(/Question 2 of/);
  await fittedHeight(iframe, frame);
  expect(await heightOf(iframe)).not.toBe(before);
  const changedAt = (await frame.evaluate(() => (window as unknown as { __changedAt: number }).__changedAt)) as number;
  const { paints, resizedAt } = await page.evaluate(() => {
    const w = window as unknown as { __paints: number[]; __resizedAt: number };
    return { paints: w.__paints, resizedAt: w.__resizedAt };
  });
  const framesBetween = paints.filter((t) => t > changedAt && t < resizedAt).length;
  expect(framesBetween).toBeLessThanOrEqual(2);

  // Settled: no more messages while the page keeps painting.
  const settled = await count();
  await frames(page, 30);
  expect(await count()).toBe(settled);
});

test('tier 2: several embeds on one page each get their own height', async ({ page }) => {
  await host(page, `${iframeSnippet(quiz)}\n${iframeSnippet(comparison)}\n${loaderSnippet(EMBED_ORIGIN)}`);
  const [a, b] = [page.locator('#slot iframe').nth(0), page.locator('#slot iframe').nth(1)];
  const [fa, fb] = [await embedFrame(page, '/embed/quiz/'), await embedFrame(page, '/embed/compare/')];
  await fittedHeight(a, fa);
  await fittedHeight(b, fb);
  expect(await heightOf(a)).not.toBe(await heightOf(b));
});

test('the loader is safe to include twice', async ({ page }) => {
  const seen = watch(page, HOST_ORIGIN);
  await host(page, `${autoHeightSnippet(quiz)}\n${loaderSnippet(EMBED_ORIGIN)}\n${elementSnippet(comparison)}`);
  await expect(page.locator('bodywork-embed iframe')).toHaveCount(1);
  const frame = await embedFrame(page, '/embed/quiz/');
  await fittedHeight(page.locator('#slot > iframe'), frame);
  expect(seen.errors).toEqual([]);
  await expect.poll(() => page.evaluate((src) => document.querySelectorAll(`script[src$="${src}"]`).length, LOADER_PATH)).toBe(3);
});

test('tier 3: <bodywork-embed> builds the iframe with the clinic options, checked', async ({ page }) => {
  await host(
    page,
    elementSnippet({
      ...comparison,
      params: { clinic: 'Acme Clinic', cta: 'https://acme.example/book', accent: '#ffee00', theme: 'dark' },
    }),
  );
  const iframe = page.locator('bodywork-embed iframe');
  await expect(iframe).toHaveAttribute('title', /Bodywork Guide/);
  const src = new URL((await iframe.getAttribute('src')) as string);
  expect(src.origin).toBe(EMBED_ORIGIN);
  expect(Object.fromEntries(src.searchParams)).toEqual({
    clinic: 'Acme Clinic',
    cta: 'https://acme.example/book',
    theme: 'dark',
  });
  const frame = await embedFrame(page, '/embed/compare/');
  await expect(frame.getByText('Shared by Acme Clinic')).toBeVisible();
  // White on #ffee00 is too faint: the snippet leaves it out, and the embed keeps our colour.
  expect(
    await frame.locator('[data-embed-clinic]').evaluate((el) => (el as HTMLElement).style.getPropertyValue('--clinic-accent')),
  ).toBe('');
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await fittedHeight(iframe, frame);
});

test('tier 3 pop-up: a styled button opens the quiz in a dialog; Escape closes it and focus returns', async ({ page }) => {
  await host(page, elementSnippet({ ...quiz, popup: true, params: { accent: '#7a1f5c' } }));
  const button = page.getByRole('button', { name: 'Which treatment may suit you?' });
  // A real button: at least 44 px tall, in the clinic's colour, with a visible focus ring.
  const box = await button.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  expect(await button.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(122, 31, 92)');
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Which treatment may suit you? (Bodywork Guide)' });
  await expect(dialog).toBeVisible();
  // A titled header with a 44 px Close button, over a dimmed backdrop.
  await expect(dialog.getByRole('heading', { name: 'Which treatment may suit you? (Bodywork Guide)' })).toBeVisible();
  expect((await dialog.getByRole('button', { name: 'Close' }).boundingBox())?.height).toBeGreaterThanOrEqual(44);
  expect(await dialog.evaluate((el) => getComputedStyle(el, '::backdrop').backgroundColor)).toMatch(/^rgba\(0, 0, 0, 0\.[5-9]/);
  const frame = await embedFrame(page, '/embed/quiz/');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  // Escape pressed inside the frame (where focus usually is) closes it too.
  await button.click();
  await expect(dialog).toBeVisible();
  await frame.getByRole('checkbox', { name: 'None of these' }).first().focus();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  // And with the Close button.
  await button.click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('resize messages from the wrong origin, a look-alike origin or another window are ignored', async ({ page, context }) => {
  // A look-alike origin: the embed origin with one more digit in the port (a prefix match).
  const lookAlike = `${EMBED_ORIGIN}0`;
  await context.route(`${lookAlike}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>x</title><script>
        parent.postMessage({ type: 'bodywork-guide:resize', version: 1, height: 777 }, '*');
        addEventListener('message', () => parent.postMessage({ type: 'bodywork-guide:resize', version: 1, height: 777 }, '*'));
      </script>`,
    }),
  );
  await host(
    page,
    `${iframeSnippet(quiz)}\n<iframe src="${lookAlike}/embed/quiz/" title="Look-alike"></iframe>\n${loaderSnippet(EMBED_ORIGIN)}`,
  );
  const real = page.locator('#slot iframe').first();
  const fake = page.locator('#slot iframe').nth(1);
  const frame = await embedFrame(page, '/embed/quiz/');
  const fitted = await fittedHeight(real, frame);
  const fakeHeight = await heightOf(fake);

  const message = { type: 'bodywork-guide:resize', version: 1, height: 777 };
  // 1. From the host page itself (another origin).
  await page.evaluate((m) => window.postMessage(m, '*'), message);
  // 2. From the look-alike frame, again.
  await page
    .frames()
    .find((f) => f.url().startsWith(lookAlike))
    ?.evaluate((m) => parent.postMessage(m, '*'), message);
  // 3. From the right origin but another window: a frame inside the embed.
  await frame.evaluate(() => {
    const child = document.createElement('iframe');
    child.title = 'child';
    document.body.append(child);
  });
  await expect.poll(() => page.frames().some((f) => f.parentFrame() === frame)).toBe(true);
  const child = page.frames().find((f) => f.parentFrame() === frame) as Frame;
  await child.evaluate((m) => window.top?.postMessage(m, '*'), message);
  expect(await child.evaluate(() => self.origin)).toBe(EMBED_ORIGIN); // about:blank inherits the embed's origin

  await frames(page, 10);
  expect(Math.round(await heightOf(real))).toBe(fitted);
  expect(await heightOf(fake)).toBe(fakeHeight);
});

test('resize messages with NaN, negative, huge, string or malformed heights are ignored', async ({ page }) => {
  await host(page, autoHeightSnippet(quiz));
  const iframe = page.locator('#slot iframe');
  const frame = await embedFrame(page, '/embed/quiz/');
  const fitted = await fittedHeight(iframe, frame);
  await frame.evaluate(() => {
    const bad: unknown[] = [NaN, -5, 0, Infinity, 1e9, '500', null, { px: 500 }, [500]];
    for (const height of bad) parent.postMessage({ type: 'bodywork-guide:resize', version: 1, height }, '*');
    parent.postMessage({ type: 'bodywork-guide:resize', version: 2, height: 500 }, '*');
    parent.postMessage({ type: 'other', version: 1, height: 500 }, '*');
    parent.postMessage({ type: 'bodywork-guide:resize', version: 1, height: 500, html: '<b>' }, '*');
    parent.postMessage('bodywork-guide:resize 500', '*');
  });
  await frames(page, 10);
  expect(Math.round(await heightOf(iframe))).toBe(fitted);
  // The same channel with a sane height does work (so the test above could fail).
  await frame.evaluate(() => parent.postMessage({ type: 'bodywork-guide:resize', version: 1, height: 777.2 }, '*'));
  await expect.poll(() => heightOf(iframe)).toBe(778);
});

test('resize messages carry only the height, unless the host opts in to step and outcome ids', async ({ page }) => {
  await host(page, `${elementSnippet({ ...quiz })}`);
  await page.evaluate(() => {
    const w = window as unknown as { __data: unknown[] };
    w.__data = [];
    addEventListener('message', (e) => w.__data.push(e.data));
  });
  const frame = await embedFrame(page, '/embed/quiz/');
  await frame.getByRole('checkbox', { name: 'None of these' }).first().check();
  await frame.getByRole('button', { name: 'Next' }).click();
  await expect(frame.locator('[data-quiz-progress-text]')).toHaveText(/Question 2 of/);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __data: unknown[] }).__data.length)).toBeGreaterThan(0);
  for (const data of await page.evaluate(() => (window as unknown as { __data: object[] }).__data)) {
    expect(Object.keys(data).sort()).toEqual(['height', 'type', 'version']);
  }

  // Opted in: a DOM event on the iframe with the step, never the answers.
  await host(page, elementSnippet({ ...quiz }).replace('<bodywork-embed ', '<bodywork-embed events '));
  await page.evaluate(() => {
    const w = window as unknown as { __steps: unknown[] };
    w.__steps = [];
    document.addEventListener('bodywork-embed:step', (e) => w.__steps.push((e as CustomEvent).detail));
  });
  const opted = await embedFrame(page, '/embed/quiz/?events=1');
  await opted.getByRole('checkbox', { name: 'None of these' }).first().check();
  await opted.getByRole('button', { name: 'Next' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __steps: unknown[] }).__steps))
    .toContainEqual({ page: 'quiz', step: 2 });
});

test(`custom element attributes with hostile values stay inert (${XSS_PAYLOADS.length} payloads)`, async ({ page }) => {
  const alerts: string[] = [];
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${HOST_ORIGIN}/`);
  await page.evaluate((payloads) => {
    const slot = document.getElementById('slot') as HTMLElement;
    for (const payload of payloads) {
      for (const attr of ['page', 'clinic', 'cta', 'cta-label', 'theme', 'accent', 'label', 'height']) {
        const el = document.createElement('bodywork-embed');
        el.setAttribute('page', attr === 'page' ? payload : 'quiz');
        el.setAttribute(attr, payload);
        el.setAttribute('loading', 'lazy');
        slot.append(el);
      }
    }
  }, XSS_PAYLOADS);
  await page.evaluate((src) => {
    const s = document.createElement('script');
    s.src = src;
    document.head.append(s);
    return new Promise<void>((resolve) => s.addEventListener('load', () => resolve()));
  }, `${EMBED_ORIGIN}${LOADER_PATH}`);
  const srcs = await page
    .locator('bodywork-embed iframe')
    .evaluateAll((frames) => frames.map((f) => (f as HTMLIFrameElement).src));
  // A hostile page id builds nothing; every other frame points at our embed, with each attribute
  // carried as one encoded parameter that the embed page then checks (parseEmbedParams).
  expect(srcs).toHaveLength(XSS_PAYLOADS.length * 7);
  for (const src of srcs) {
    const url = new URL(src);
    expect(url.origin + url.pathname).toBe(`${EMBED_ORIGIN}/embed/quiz/`);
    expect([...url.searchParams.keys()].every((k) => ['clinic', 'cta', 'cta_label', 'theme', 'accent'].includes(k))).toBe(true);
  }
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(alerts).toEqual([]);
});

test('the embeds make no request to any third origin and set no cookie', async ({ page, context }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).origin));
  await host(page, `${autoHeightSnippet(quiz)}\n${elementSnippet(comparison)}`);
  await embedFrame(page, '/embed/compare/');
  await page.waitForLoadState('networkidle');
  expect([...new Set(requests)].filter((o) => o !== HOST_ORIGIN && o !== EMBED_ORIGIN)).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test.describe('framing', () => {
  // The refusal this test causes on purpose (it waits for it).
  test.use({ allowedViolations: [/frame-ancestors/] });
  test('our other pages refuse to be framed by another site', async ({ page }) => {
    // Listen before the frame exists: the browser reports the refusal as soon as it loads.
    const refused = page.waitForEvent('console', (m) => /frame-ancestors|Refused to (display|frame)/i.test(m.text()));
    await host(page, `<iframe src="${EMBED_ORIGIN}/compare/nmt-vs-deep-tissue/" title="Framed page"></iframe>`);
    await refused;
    const frame = page.frames().find((f) => f !== page.mainFrame()) as Frame;
    await expect(frame.getByRole('heading', { name: /Neuromuscular therapy vs deep tissue/ })).toHaveCount(0);
    expect(frame.url()).not.toBe(`${EMBED_ORIGIN}/compare/nmt-vs-deep-tissue/`);
  });
});

for (const [name, html] of [
  ['tier 1', iframeSnippet(quiz)],
  ['tier 2', autoHeightSnippet(comparison)],
  ['tier 3', elementSnippet(comparison)],
] as const) {
  test(`axe finds nothing on the clinic's page with ${name}`, async ({ page }) => {
    await host(page, html);
    await embedFrame(page, '/embed/');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("axe finds nothing on the clinic's page with the pop-up open", async ({ page }) => {
  await host(page, elementSnippet({ ...quiz, popup: true }));
  await page.getByRole('button', { name: 'Which treatment may suit you?' }).click();
  const frame = await embedFrame(page, '/embed/quiz/');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('budgets at 390 px: question 1, the booking link on a result, and a comparison summary', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const clinic = { clinic: 'Acme Clinic', cta: 'https://acme.example/book' };
  await host(page, autoHeightSnippet({ ...quiz, params: clinic }));
  const iframe = page.locator('#slot iframe');
  let frame = await embedFrame(page, '/embed/quiz/');
  await expect(frame.locator('[data-quiz-progress-text]')).toHaveText(/Question 1 of/);
  await fittedHeight(iframe, frame);
  expect(await heightOf(iframe)).toBeLessThanOrEqual(1600);

  // A massage result: the booking link sits in its first 1,400 px.
  await host(page, autoHeightSnippet({ ...quiz, params: clinic }));
  frame = await embedFrame(page, '/embed/quiz/');
  await click(frame, personas.find((p) => p.name.startsWith('NMT'))?.steps ?? []);
  const link = frame.getByRole('link', { name: /Book an appointment/ });
  await expect(link).toBeVisible();
  const [resultTop, linkBottom] = await Promise.all([
    frame.locator('[data-quiz-result]').evaluate((el) => el.getBoundingClientRect().top),
    link.evaluate((el) => el.getBoundingClientRect().bottom),
  ]);
  expect(linkBottom - resultTop).toBeLessThanOrEqual(1400);

  await host(page, autoHeightSnippet({ ...comparison, params: clinic }));
  frame = await embedFrame(page, '/embed/compare/');
  await expect(frame.getByRole('link', { name: /Read the full comparison/ })).toBeVisible();
  await fittedHeight(page.locator('#slot iframe'), frame);
  expect(await heightOf(page.locator('#slot iframe'))).toBeLessThanOrEqual(4000);
});

test('a visitor whose device is dark gets a light embed unless the clinic asks for auto or dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const background = (frame: Frame) => frame.locator('main').evaluate((el) => getComputedStyle(el).color);
  await host(page, iframeSnippet(comparison));
  const light = await embedFrame(page, '/embed/compare/');
  await expect(light.locator('html')).toHaveAttribute('data-theme', 'light');
  const lightBg = await background(light);
  await host(page, iframeSnippet({ ...comparison, params: { theme: 'auto' } }));
  const auto = await embedFrame(page, '/embed/compare/');
  await expect(auto.locator('html')).toHaveAttribute('data-theme', '');
  expect(await background(auto)).not.toBe(lightBg);
});

test('a comparison embed shows its summary; view=full shows the whole article', async ({ page }) => {
  await host(page, `${iframeSnippet(comparison)}\n${iframeSnippet({ ...comparison, params: { view: 'full' } })}`);
  const full = await embedFrame(page, '/embed/compare/nmt-vs-deep-tissue/?view=full');
  await embedFrame(page, '/embed/compare/nmt-vs-deep-tissue/');
  const summary = page.frames().find((f) => f.url() === `${EMBED_ORIGIN}/embed/compare/nmt-vs-deep-tissue/`) as Frame;
  await summary.waitForLoadState();
  for (const frame of [summary, full]) {
    await expect(frame.getByRole('heading', { name: 'The bottom line' })).toBeVisible();
    await expect(frame.getByRole('table')).toBeVisible();
  }
  await expect(summary.getByRole('heading', { name: 'When to get checked before a massage' })).toBeVisible();
  await expect(summary.getByRole('link', { name: /Read the full comparison/ })).toBeVisible();
  await expect(summary.getByRole('heading', { name: /Common questions|FAQ/i })).toHaveCount(0);
  await expect(full.getByRole('link', { name: /Read the full comparison/ })).toBeHidden();
  await expect(full.getByRole('heading', { name: /Who each may suit/i })).toBeVisible();
});

test('heights reach the host rounded up to 200 px steps, and scrolling is off only while the frame fits', async ({ page }) => {
  await host(page, elementSnippet(quiz));
  const iframe = page.locator('bodywork-embed iframe');
  const frame = await embedFrame(page, '/embed/quiz/');
  await expect.poll(async () => Math.round(await heightOf(iframe)) % 200).toBe(0);
  await expect(frame.locator('html')).toHaveAttribute('data-embed-fitted', '');
  await frame.getByRole('checkbox', { name: 'None of these' }).first().check();
  await frame.getByRole('button', { name: 'Next' }).click();
  await expect(frame.locator('[data-quiz-progress-text]')).toHaveText(/Question 2 of/);
  await fittedHeight(iframe, frame);

  // A frame kept shorter than its page (a fixed height, no loader) still scrolls.
  await host(page, iframeSnippet({ ...comparison, height: 400 }));
  const short = await embedFrame(page, '/embed/compare/');
  await expect(short.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(short.locator('html')).not.toHaveAttribute('data-embed-fitted');
  expect(await short.locator('html').evaluate((el) => getComputedStyle(el).overflowY)).not.toBe('hidden');
});

test('with events, a booking click fires bodywork-embed:cta on the host with ids only; without, nothing', async ({ page }) => {
  const clinic = { clinic: 'Acme Clinic', cta: 'https://acme.example/book' };
  for (const events of [true, false]) {
    await host(page, elementSnippet({ ...quiz, params: { ...clinic, events } }));
    await page.evaluate(() => {
      const w = window as unknown as { __cta: unknown[] };
      w.__cta = [];
      document.addEventListener('bodywork-embed:cta', (e) => w.__cta.push((e as CustomEvent).detail));
    });
    const frame = await embedFrame(page, '/embed/quiz/');
    await click(frame, personas.find((p) => p.name.startsWith('NMT'))?.steps ?? []);
    const link = frame.getByRole('link', { name: /Book an appointment/ });
    await expect(link).toBeVisible();
    // The click itself opens the clinic's site in a new tab: keep it from leaving the test.
    await link.evaluate((el) => el.addEventListener('click', (e) => e.preventDefault()));
    await link.click();
    if (events)
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __cta: unknown[] }).__cta))
        .toEqual([{ page: 'quiz', outcome: 'nmt' }]);
    else {
      await frames(page, 10);
      expect(await page.evaluate(() => (window as unknown as { __cta: unknown[] }).__cta)).toEqual([]);
    }
  }
});

test('the pinned loader snippet loads only when its integrity hash matches the served file', async ({ page, request }) => {
  const code = await (await request.get(`${EMBED_ORIGIN}${PINNED_LOADER_PATH}`)).body();
  const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  expect((await request.get(`${EMBED_ORIGIN}/for-clinics/`)).ok()).toBe(true);
  const html = await (await request.get(`${EMBED_ORIGIN}/for-clinics/`)).text();
  expect(html).toContain(`integrity="${integrity}"`);
  await host(page, elementSnippet({ ...comparison, integrity }));
  await expect(page.locator('bodywork-embed iframe')).toHaveCount(1);
  // A wrong hash: the browser refuses the script, and the fallback link stays.
  await host(page, elementSnippet({ ...comparison, integrity: `sha384-${'A'.repeat(64)}` }));
  await expect(page.locator('bodywork-embed a')).toBeVisible();
  await frames(page, 10);
  await expect(page.locator('bodywork-embed iframe')).toHaveCount(0);
});
