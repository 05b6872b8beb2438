/**
 * A WordPress post on a clinic's site (HOST_ORIGIN) that embeds our pages from pasted links: our
 * oEmbed response, filtered as WordPress's PHP filters it (tests/fixtures/wordpress.ts), in the
 * clinic's page, with WordPress's real host script, wp-embed.js (tests/e2e/host/wordpress/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { type Frame, type Page } from '@playwright/test';
import { expect, test, EMBED_ORIGIN, embedFrame, HOST_ORIGIN, watch } from './support';
import { oembedDataparse } from '../fixtures/wordpress';
import { NONE, personas } from './quiz-support';
import { embedPath } from '../../src/lib/routes';

const WP_EMBED = new URL('host/wordpress/wp-embed.js', import.meta.url);
const POST = `${HOST_ORIGIN}/`;
const SECRET = 'Xy7Qp2Lm9Z';

const iframe = (page: Page) => page.locator('iframe.wp-embedded-content');
const blockquote = (page: Page) => page.locator('blockquote.wp-embedded-content');
const shownHeight = async (page: Page) => Number(await iframe(page).getAttribute('height'));

/**
 * Waits until WordPress shows the frame at the height its content needs, and returns it: a whole
 * 200 px step from 200 to 1000, no shorter than the content and less than 200 px taller, or the
 * 1000 px cap for taller content.
 */
async function fittedHeight(page: Page, frame: Frame): Promise<number> {
  let shown = 0;
  await expect
    .poll(async () => {
      const content = await frame.locator('[data-embed-root]').evaluate((el) => el.getBoundingClientRect().height);
      shown = await shownHeight(page);
      const fits =
        content > 1000 ? shown === 1000 : shown % 200 === 0 && shown >= Math.max(content, 200) && shown < content + 200;
      return fits ? 'fitted' : `${shown} px for ${content} px of content`;
    })
    .toBe('fitted');
  return shown;
}

/** Answers the quiz in the frame by clicking, one list of labels per question. */
async function answer(frame: Frame, steps: string[][]) {
  for (const labels of steps) {
    const question = frame.locator('bw-quiz fieldset[data-step]:visible');
    for (const label of labels) await question.getByLabel(label, { exact: true }).check();
    await frame.locator('bw-quiz [data-quiz-next]').click();
  }
}

/**
 * Opens a post showing the oEmbed of `id` as WordPress would: the response fetched from the built
 * site, its HTML through both `oembed_dataparse` filters, in a block embed's figure, and
 * wp-embed.js enqueued in the footer (`wp_maybe_enqueue_oembed_host_js`, deferred since 6.4).
 */
async function openPost(page: Page, id: string, align = '') {
  expect(
    existsSync(WP_EMBED),
    'tests/e2e/host/wordpress/wp-embed.js is missing: copy WordPress’s wp-includes/js/wp-embed.js there (see the README beside it)',
  ).toBe(true);
  const response = await page.request.get(`${EMBED_ORIGIN}/oembed/${id}.json`);
  expect(response.ok()).toBe(true);
  const data = (await response.json()) as { type: string; title: string; html: string; provider_url: string };
  // The build names the public site; in the tests our site is served from EMBED_ORIGIN.
  const html = data.html.replaceAll(new URL(data.provider_url).origin, EMBED_ORIGIN);
  const filtered = oembedDataparse(html, data, SECRET);
  expect(filtered, 'WordPress would drop the embed').not.toBe(false);
  const shell = readFileSync(new URL('host/index.html', import.meta.url), 'utf8');
  const body = shell
    .replace(
      '<div id="slot"></div>',
      `<figure class="wp-block-embed is-type-rich ${align}"><div class="wp-block-embed__wrapper">\n${filtered}\n</div></figure>`,
    )
    .replace('</head>', '<style>.alignfull { width: 100vw; margin-inline: calc(50% - 50vw); }</style>\n</head>')
    .replace('</body>', '<script src="/wordpress/wp-embed.js" defer></script>\n</body>');
  // Written into the clinic's page on its own server (a fulfilled route would make Chrome treat
  // the page as public and block its frame to our loopback test server).
  await page.goto(POST);
  await page.setContent(body);
  await page.evaluate(() => {
    const record = (window as unknown as { __wpLink?: (value: string) => void }).__wpLink;
    if (!record) return;
    window.addEventListener('message', (event) => {
      const data = event.data as { message?: string; value?: string } | null;
      if (data?.message === 'link') record(String(data.value));
    });
  });
}

/** openPost, then the frame showing our page. */
async function wordpressPost(page: Page, id: string, align = ''): Promise<Frame> {
  await openPost(page, id, align);
  return embedFrame(page, embedPath(id));
}

/** Records the `link` messages WordPress's page receives (openPost listens once this is set up). */
async function recordLinkMessages(page: Page): Promise<string[]> {
  const links: string[] = [];
  await page.exposeFunction('__wpLink', (value: string) => links.push(value));
  return links;
}

test('the post shows the filtered HTML as WordPress prints it: sandboxed, secret in both places, frame hidden', async ({
  page,
}) => {
  await page.route(`${EMBED_ORIGIN}/embed/**`, (route) => route.abort()); // the frame never speaks
  await openPost(page, 'quiz');
  await expect(iframe(page)).toHaveAttribute('sandbox', 'allow-scripts');
  await expect(iframe(page)).toHaveAttribute('security', 'restricted');
  await expect(iframe(page)).toHaveAttribute('data-secret', SECRET);
  await expect(iframe(page)).toHaveAttribute('src', `${EMBED_ORIGIN}/embed/quiz/#?secret=${SECRET}`);
  await expect(iframe(page)).toHaveAttribute('height', '1000');
  await expect(iframe(page)).not.toHaveAttribute('scrolling');
  await expect(blockquote(page)).toHaveAttribute('data-secret', SECRET);
  // Until the frame speaks, the visitor sees the blockquote's link to the full page.
  await expect(blockquote(page).getByRole('link', { name: 'Which treatment may suit you? on Bodywork Guide' })).toHaveAttribute(
    'href',
    `${EMBED_ORIGIN}/quiz/`,
  );
  await expect(blockquote(page)).toBeVisible();
  expect(await iframe(page).evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
});

test('the quiz: the frame replaces the blockquote, is sized by height messages and follows a step', async ({ page }) => {
  const seen = watch(page);
  // A full-width embed block on a wide screen, so that a quiz step can be shorter than the cap.
  await page.setViewportSize({ width: 1200, height: 800 });
  const frame = await wordpressPost(page, 'quiz', 'alignfull');
  // The frame runs in WordPress's sandbox: an opaque origin, where storage throws.
  expect(await frame.evaluate(() => origin)).toBe('null');
  expect(
    await frame.evaluate(() => {
      try {
        return typeof localStorage;
      } catch (error) {
        return (error as DOMException).name;
      }
    }),
  ).toBe('SecurityError');

  await expect(blockquote(page)).toBeHidden();
  await expect(iframe(page)).toBeVisible();
  await expect(iframe(page)).not.toHaveAttribute('style');
  const first = await fittedHeight(page, frame);
  expect(Math.round(await iframe(page).evaluate((el) => el.getBoundingClientRect().height))).toBe(first);

  // Two steps on, the goal question is short enough to show below WordPress's 1000 px cap.
  await answer(frame, [NONE, NONE]);
  await expect(frame.getByRole('heading', { name: 'What brings you here?' })).toBeVisible();
  await expect.poll(() => shownHeight(page), 'the step should change the shown height').not.toBe(first);
  await fittedHeight(page, frame);

  // WordPress's `ready` message is answered with the height again.
  const answered = await page.evaluate(
    (secret) =>
      new Promise<unknown>((resolve) => {
        window.addEventListener('message', (event) => {
          if ((event.data as { message?: string })?.message === 'height') resolve(event.data);
        });
        const frameWindow = (document.querySelector('iframe.wp-embedded-content') as HTMLIFrameElement).contentWindow;
        frameWindow?.postMessage({ message: 'ready', secret }, '*');
      }),
    SECRET,
  );
  expect(answered).toEqual({ message: 'height', value: expect.any(Number), secret: SECRET });
  expect(seen.errors).toEqual([]);
});

test('a long page is capped at 1000 px and scrolls inside the frame', async ({ page }) => {
  const seen = watch(page);
  const frame = await wordpressPost(page, 'compare/nmt-vs-deep-tissue');
  await expect.poll(() => shownHeight(page)).toBe(1000);
  await expect(blockquote(page)).toBeHidden();
  const state = await frame.evaluate(() => ({
    fitted: 'embedFitted' in document.documentElement.dataset,
    overflow: getComputedStyle(document.documentElement).overflowY,
    taller: document.documentElement.scrollHeight > innerHeight + 1000,
  }));
  expect(state).toEqual({ fitted: false, overflow: 'visible', taller: true });
  await iframe(page).hover();
  await page.mouse.wheel(0, 800);
  await expect.poll(() => frame.evaluate(() => scrollY)).toBeGreaterThan(0);
  expect(seen.errors).toEqual([]);
});

test('links inside the sandbox: our pages open in the top window through WordPress, sources via our full page', async ({
  page,
}) => {
  const links = await recordLinkMessages(page);
  const seen = watch(page);
  const frame = await wordpressPost(page, 'compare/nmt-vs-deep-tissue');
  await expect(blockquote(page)).toBeHidden();

  // A phone number cannot be opened from the sandbox; it is selected for copying instead.
  const phone = frame.locator('a[href^="tel:"]').first();
  await phone.click();
  expect(await frame.evaluate(() => getSelection()?.toString().trim())).toBe(await phone.innerText());
  expect(page.url()).toBe(POST);

  // A citation still jumps within the frame.
  await frame.locator('a[href="#ref-1"]').first().click();
  await expect.poll(() => frame.evaluate(() => location.hash)).toBe('#ref-1');
  expect(page.url()).toBe(POST);

  // A source on another site: WordPress opens only our host, so our full page at that reference.
  const source = frame.locator('#ref-1 a[href^="http"]').first();
  const sourceHref = await source.getAttribute('href');
  await source.click();
  await page.waitForURL(`${EMBED_ORIGIN}/compare/nmt-vs-deep-tissue/#ref-1`);
  await expect(page.locator(`#ref-1 a[href="${sourceHref}"]`)).toBeVisible();
  // The recorder is an exposed function: its call can reach the test just after the navigation.
  await expect.poll(() => links).toEqual([`${EMBED_ORIGIN}/compare/nmt-vs-deep-tissue/#ref-1`]);

  // A link to our site (here a new-tab link, blocked by the sandbox): the top window goes there.
  const again = await wordpressPost(page, 'compare/nmt-vs-deep-tissue');
  await expect(blockquote(page)).toBeHidden();
  await again.getByRole('link', { name: 'Source: Bodywork Guide' }).click();
  await page.waitForURL(`${EMBED_ORIGIN}/compare/nmt-vs-deep-tissue/`);
  expect(links.at(-1)).toBe(`${EMBED_ORIGIN}/compare/nmt-vs-deep-tissue/`);
  expect(seen.errors).toEqual([]);
});

test('the quiz result links (target="_top") open our pages in the top window', async ({ page }) => {
  const links = await recordLinkMessages(page);
  const seen = watch(page);
  const frame = await wordpressPost(page, 'quiz');
  await expect(blockquote(page)).toBeHidden();
  const relax = personas.find((p) => p.name.startsWith('relax:'));
  await answer(frame, relax?.steps ?? []);
  await expect(frame.locator('bw-quiz [data-quiz-result] [data-outcome-title]')).toHaveText(relax?.title ?? /./);
  const more = frame.locator('[data-quiz-result] a[target="_top"]').first();
  const path = await more.getAttribute('href');
  await more.click();
  await page.waitForURL(`${EMBED_ORIGIN}${path}`);
  await expect.poll(() => links).toEqual([`${EMBED_ORIGIN}${path}`]);
  expect(seen.errors).toEqual([]);
});
