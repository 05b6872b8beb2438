/** The embed pages themselves (/embed/…): chrome-less, safe with any parameters, private. */
import { readFileSync } from 'node:fs';
import { type Frame, type Page } from '@playwright/test';
import { expect, test, axeViolations, EMBED_ORIGIN, embedFrame, host, watch } from './support';
import { embedPageIds } from '../tools/built-site';
import { REFUSED_AS_TEXT, XSS_PAYLOADS } from '../fixtures/xss';
import { click, personas } from './quiz-support';
import { embedPath } from '../../src/lib/routes';

const ids = embedPageIds();
const root = (page: Page) => page.locator('[data-embed-root]');

/** Shows an embed URL in an iframe on the clinic's page (another origin) and returns its frame. */
async function framed(page: Page, path: string): Promise<Frame> {
  const src = `${EMBED_ORIGIN}${path}`.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  await host(page, `<iframe src="${src}" title="Embed" style="width:100%;height:900px;border:0"></iframe>`);
  return embedFrame(page, path.split('?')[0] as string);
}

test('another site cannot open the quiz on the sample result: only our For clinics page can', async ({ page }) => {
  const frame = await framed(page, '/embed/quiz/?clinic=Acme&cta=https://acme.example/book&preview=result');
  await expect(frame.locator('[data-quiz-progress-text]')).toHaveText(/Question 1 of/);
  await expect(frame.getByText(/^Sample result/)).toBeHidden();
  await expect(frame.getByRole('link', { name: /Book an appointment/ })).toBeHidden();
});

test('there is an embed for the quiz and for every comparison and modality', () => {
  expect(ids).toContain('quiz');
  expect(ids.filter((id) => id.startsWith('compare/')).length).toBeGreaterThanOrEqual(6);
  expect(ids.filter((id) => id.startsWith('modalities/')).length).toBeGreaterThanOrEqual(6);
});

for (const id of ids) {
  test(`embed ${id}: no site chrome, canonical to the full page, attribution, links leave the frame`, async ({ page }) => {
    const seen = watch(page);
    await page.goto(embedPath(id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Search' })).toHaveCount(0);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+/${id}/$`));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, indexifembedded');
    const source = page.getByRole('link', { name: 'Source: Bodywork Guide' });
    await expect(source).toBeVisible();
    await expect(source).toHaveAttribute('href', canonical as string);
    // Every link either opens outside the frame or (a citation) moves within this page.
    const targets = await page.locator('a[href]').evaluateAll((links) =>
      links.map((a) => {
        const link = a as HTMLAnchorElement;
        const inPage = link.getAttribute('href')?.startsWith('#') ?? false;
        const target = link.target || document.querySelector('base')?.target || '';
        return { inPage, target };
      }),
    );
    for (const { inPage, target } of targets) expect(inPage ? ['_self', ''] : ['_blank', '_top']).toContain(target);
    expect(seen.errors).toEqual([]);
    expect(seen.crossOrigin).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });
}

test('an embed never takes its height from the frame (so auto-height cannot loop)', async ({ page }) => {
  for (const id of ['quiz', 'compare/nmt-vs-deep-tissue']) {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(embedPath(id));
    const tall = await root(page).evaluate((el) => el.getBoundingClientRect().height);
    await page.setViewportSize({ width: 390, height: 300 });
    await expect.poll(() => root(page).evaluate((el) => el.getBoundingClientRect().height)).toBe(tall);
    await page.setViewportSize({ width: 390, height: 3000 });
    await expect.poll(() => root(page).evaluate((el) => el.getBoundingClientRect().height)).toBe(tall);
  }
});

test('clinic options show as text: name, booking button with its host, label, theme and accent', async ({ page }) => {
  const query = new URLSearchParams({
    clinic: 'Harbour Physio & Massage',
    cta: 'https://www.harbour-physio.example/book?ref=guide',
    cta_label: 'Book a session',
    theme: 'dark',
    accent: '#0b5394',
  });
  const frame = await framed(page, `/embed/compare/nmt-vs-deep-tissue/?${query}`);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bar = frame.locator('[data-embed-clinic]');
  await expect(bar).toContainText('Shared by Harbour Physio & Massage');
  const cta = bar.getByRole('link', { name: /Book a session/ });
  await expect(cta).toHaveAttribute('href', 'https://www.harbour-physio.example/book?ref=guide');
  await expect(cta).toContainText('at harbour-physio.example');
  await expect(cta).toHaveAttribute('target', '_blank');
  expect(await cta.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 83, 148)');
});

test('opened directly on our site, not in a frame, an embed shows no clinic name or booking link', async ({ page }) => {
  await page.goto('/embed/quiz/?clinic=Bodywork%20Guide%20Official&cta=https://phish.example/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-embed-clinic]')).toBeHidden();
  await expect(page.getByText('Bodywork Guide Official')).toHaveCount(0);
});

test('a low-contrast accent is ignored, and a booking link that is not https is not shown', async ({ page }) => {
  let frame = await framed(page, '/embed/modalities/swedish-massage/?clinic=Acme&cta=https://acme.example/book&accent=%23ffee00');
  const cta = frame.getByRole('link', { name: /Book an appointment/ });
  const colours = await cta.evaluate((el) => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--accent)';
    el.append(probe);
    const accent = getComputedStyle(probe).color;
    probe.remove();
    return { bg: getComputedStyle(el).backgroundColor, accent };
  });
  expect(colours.bg).not.toBe('rgb(255, 238, 0)');
  expect(colours.bg).toBe(colours.accent);

  frame = await framed(page, '/embed/modalities/swedish-massage/?clinic=Acme&cta=http://acme.example/book');
  await expect(frame.getByText('Shared by Acme')).toBeVisible();
  await expect(frame.getByRole('link', { name: /Book/ })).toHaveCount(0);
});

test('the quiz hides the booking button when its answer is to get care first, and the host cannot rewrite that result', async ({
  page,
  context,
}) => {
  // A real "NMT may suit you" result link, made on the full site.
  const site = await context.newPage();
  await site.goto('/quiz/');
  await click(site, personas.find((p) => p.name.startsWith('NMT'))?.steps ?? []);
  const nmtHash = new URL(site.url()).hash;
  expect(nmtHash).toMatch(/^#q=.+:r:/);

  const path = '/embed/quiz/?clinic=Acme&cta=https://acme.example/book';
  const frame = await framed(page, path);
  const cta = frame.getByRole('link', { name: /Book an appointment/ });
  // The questions stay short: the clinic bar waits for the result.
  await expect(cta).toBeHidden();
  await frame.getByRole('checkbox', { name: /Chest pain/ }).check();
  await frame.getByRole('button', { name: 'See my result' }).click();
  await expect(frame.getByRole('heading', { name: 'Call 911 now' })).toBeVisible();
  await expect(cta).toBeHidden();
  await expect(frame.getByText('Shared by Acme')).toBeVisible();

  // The host page points the frame at that other result: nothing changes.
  await page.evaluate((hash) => {
    const iframe = document.querySelector('iframe') as HTMLIFrameElement;
    iframe.src = iframe.src.split('#')[0] + hash;
  }, nmtHash);
  await expect.poll(() => new URL(frame.url()).hash).toBe(nmtHash);
  await expect(frame.getByRole('heading', { name: 'Call 911 now' })).toBeVisible();
  await expect(frame.getByRole('heading', { name: /NMT/ })).toHaveCount(0);
  await expect(cta).toBeHidden();

  // Nor can a frame loaded with a result in its address show it: the quiz starts at question 1.
  const fresh = await framed(page, `${path}${nmtHash}`);
  await expect(fresh.locator('[data-quiz-progress-text]')).toHaveText(/^Question 1 of/);
  await expect(fresh.getByRole('heading', { name: /NMT/ })).toHaveCount(0);
});

test('the quiz keeps the booking button beside an adapted massage result', async ({ page }) => {
  const frame = await framed(page, '/embed/quiz/?clinic=Acme&cta=https://acme.example/book');
  const answers = [
    ['None of these'],
    ['None of these'],
    ['No pain. I just want to relax or de-stress'],
    ["I'm pregnant"],
    ['None of these'],
    ['Light and gentle'],
  ];
  for (const labels of answers) {
    const question = frame.locator('fieldset[data-step]:not([hidden])');
    for (const label of labels) await question.getByLabel(label, { exact: true }).check();
    await frame.locator('[data-quiz-next]').click();
  }
  await expect(frame.getByRole('heading', { name: 'Massage can go ahead, adapted' })).toBeVisible();
  await expect(frame.getByRole('link', { name: /Book an appointment/ })).toBeVisible();
});

test(`hostile values in every parameter render inert (${XSS_PAYLOADS.length} payloads)`, async ({ page }) => {
  const alerts: string[] = [];
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  const names = ['clinic', 'cta', 'cta_label', 'theme', 'accent', 'events', 'view', 'preview'];
  for (const payload of XSS_PAYLOADS) {
    const frame = await framed(page, `/embed/quiz/?${names.map((n) => `${n}=${encodeURIComponent(payload)}`).join('&')}`);
    await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
    // The name is the payload as plain text, or not there at all for the few no text option keeps.
    await expect(frame.locator('[data-embed-clinic-name]'), payload).toHaveText(
      REFUSED_AS_TEXT.has(payload) ? '' : `Shared by ${payload.trim()}`,
    );
    const state = await frame.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss,
      theme: document.documentElement.dataset['theme'],
      injected: document.querySelectorAll('[data-embed-clinic] *:not(p, a, span)').length,
      href: document.querySelector<HTMLAnchorElement>('[data-embed-cta]')?.getAttribute('href') ?? null,
    }));
    expect(state.xss, payload).toBeUndefined();
    expect(state.theme, payload).toBe('light');
    expect(state.injected, payload).toBe(0);
    // A booking link is used only as a checked https: URL (special characters percent-encoded).
    if (state.href !== null) expect(new URL(state.href).protocol, payload).toBe('https:');
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), payload).toBeUndefined();
  }
  expect(alerts).toEqual([]);
});

test('the embedded quiz works with storage that throws, and its steps do not add history', async ({ page }) => {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('Blocked', 'SecurityError');
        },
      });
    }
  });
  const seen = watch(page);
  await page.goto('/embed/quiz/');
  const before = await page.evaluate(() => history.length);
  await page.getByRole('checkbox', { name: 'None of these' }).first().check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('[data-quiz-progress-text]')).toHaveText(/Question 2 of/);
  expect(await page.evaluate(() => history.length)).toBe(before);
  expect(seen.errors).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on embed pages with clinic options (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const id of ['quiz', 'compare/nmt-vs-deep-tissue', 'modalities/neuromuscular-therapy']) {
      const frame = await framed(page, `${embedPath(id)}?clinic=Acme%20Clinic&cta=https://acme.example/book&accent=%230b5394`);
      // The quiz on a massage result, where its clinic bar shows.
      if (id === 'quiz') await click(frame, personas.find((p) => p.name.startsWith('NMT'))?.steps ?? []);
      await expect(frame.getByText('Shared by Acme Clinic')).toBeVisible();
      expect(await axeViolations(page), id).toEqual([]);
    }
  });
}

test('oEmbed: every embeddable page links to a valid response that embeds it', async ({ page, request }) => {
  const heights = JSON.parse(readFileSync('src/data/embed-heights.json', 'utf8')) as Record<string, number>;
  for (const id of ids) {
    await page.goto(`/${id}/`);
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    expect(href, id).toMatch(new RegExp(`/oembed/${id}\\.json$`));
    const response = await request.get(new URL(href as string).pathname);
    expect(response.status(), id).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Bodywork Guide' });
    // The height WordPress shows: the page's measured height rounded up to a whole 200 px step,
    // from 200 to 1000 px (taller pages scroll inside).
    const measured = heights[id] as number;
    const shown = body.height as number;
    const label = `${id}: ${shown} px for ${measured} px`;
    expect(shown % 200, label).toBe(0);
    if (measured > 1000) expect(shown, label).toBe(1000);
    else {
      expect(shown, label).toBeGreaterThanOrEqual(Math.max(measured, 200));
      expect(shown - measured, label).toBeLessThan(200);
    }
    expect(body.html).toContain(`${embedPath(id)}"`);
    expect(body.html).toMatch(/<iframe [^>]*title="[^"]+"[^>]*loading="lazy"/);
  }
});

test('default heights in the snippets match the pages at phone width (run npm run embed:heights if not)', async ({ page }) => {
  const heights = JSON.parse(readFileSync('src/data/embed-heights.json', 'utf8')) as Record<string, number>;
  await page.setViewportSize({ width: 390, height: 800 });
  for (const id of ids) {
    await page.goto(embedPath(id));
    const actual = await root(page).evaluate((el) => el.getBoundingClientRect().height);
    const stored = heights[id];
    expect(stored, `${id} has no measured height`).toBeDefined();
    expect(Math.abs((stored as number) - actual) / actual, `${id}: stored ${stored}, now ${Math.ceil(actual)}`).toBeLessThan(
      0.15,
    );
  }
});
