/** The For clinics page: the snippet builder, its live preview and its checks. (Framing headers: framing.spec.ts.) */
import { expect, test, axeViolations } from './support';
import { XSS_PAYLOADS } from '../fixtures/xss';

test('choosing options rewrites the snippets and the live preview', async ({ page }) => {
  await page.goto('/for-clinics/');
  await page.getByLabel('Page to embed').selectOption({ label: 'Neuromuscular therapy vs deep tissue massage' });
  await page.getByLabel('Clinic name (optional)').fill('Harbour Physio');
  await page.getByLabel('Booking link (optional)').fill('https://harbour.example/book');
  await page.getByLabel('Dark (for dark sites)').check();
  const tier1 = page.locator('#tier-1');
  await expect(tier1).toContainText(
    '/embed/compare/nmt-vs-deep-tissue/?clinic=Harbour+Physio&amp;cta=https%3A%2F%2Fharbour.example%2Fbook&amp;theme=dark',
  );
  await expect(tier1).toContainText('loading="lazy"');
  // Snippets pin this release of the loader, checked by an integrity hash.
  await expect(page.locator('#tier-2')).toContainText(
    /\/embed\/v\d+\.\d+\.\d+\/embed\.js" integrity="sha384-[\w+/=]{64}" crossorigin="anonymous"/,
  );
  await expect(page.locator('#tier-3')).toContainText('<bodywork-embed page="compare/nmt-vs-deep-tissue"');
  const preview = page.locator('[data-builder-preview] iframe');
  await expect(preview).toHaveAttribute('src', /\/embed\/compare\/nmt-vs-deep-tissue\/\?clinic=Harbour\+Physio.*theme=dark/);
  // The preview is snippet 3's own markup.
  await expect(page.locator('[data-builder-preview] bodywork-embed')).toHaveAttribute('page', 'compare/nmt-vs-deep-tissue');
  const frame = page.frameLocator('[data-builder-preview] iframe');
  await expect(frame.getByText('Shared by Harbour Physio')).toBeVisible();
  await expect(frame.getByRole('link', { name: /at harbour\.example/ })).toBeVisible();
});

test('a booking link that is not https and a low-contrast colour are explained, and left out', async ({ page }) => {
  await page.goto('/for-clinics/');
  const cta = page.getByLabel('Booking link (optional)');
  await cta.fill('http://harbour.example/book');
  await expect(cta).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('This link is not used')).toBeVisible();
  await expect(page.locator('#tier-1')).not.toContainText('harbour');
  await page.getByLabel('Use my brand color').check();
  await page.getByLabel('Brand color', { exact: true }).fill('#ffee00');
  await expect(page.locator('[data-builder-accent-status]')).toContainText('only 1.2:1');
  await expect(page.locator('#tier-1')).not.toContainText('accent=');
  await page.getByLabel('Brand color', { exact: true }).fill('#0b5394');
  await expect(page.locator('[data-builder-accent-status]')).toContainText('That passes');
  await expect(page.locator('#tier-1')).toContainText('accent=%230b5394');
});

test('the quiz can be set up as a pop-up, and the preview opens it', async ({ page }) => {
  await page.goto('/for-clinics/');
  await page.getByLabel('In a pop-up, from a button').check();
  await expect(page.locator('#tier-3')).toContainText(' popup>');
  const open = page.locator('[data-builder-preview]').getByRole('button', { name: 'Which treatment may suit you?' });
  await open.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  // The preview opens on a sample result, labelled as one.
  await expect(page.frameLocator('[data-builder-preview] bodywork-embed iframe').getByText(/^Sample result/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(open).toBeFocused();
  // The pop-up is for the quiz only.
  await page.getByLabel('Page to embed').selectOption({ label: 'Swedish massage' });
  await expect(page.getByRole('group', { name: 'How the quiz appears' })).toBeHidden();
  await expect(page.locator('#tier-3')).not.toContainText('popup');
});

test('on a phone the preview comes before the code, shows the clinic bar at once, and snippets never break a word', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/for-clinics/');
  await page.getByLabel('Clinic name (optional)').fill('Harbour Physio');
  await page.getByLabel('Booking link (optional)').fill('https://harbour.example/book');
  const previewTop = await page.getByRole('heading', { name: 'Live preview' }).evaluate((el) => el.getBoundingClientRect().top);
  const codeTop = await page.getByRole('heading', { name: 'Copy a snippet' }).evaluate((el) => el.getBoundingClientRect().top);
  expect(previewTop).toBeLessThan(codeTop);
  const frame = page.frameLocator('[data-builder-preview] iframe');
  await expect(frame.getByText('Shared by Harbour Physio')).toBeVisible();
  await expect(frame.getByRole('link', { name: /Book an appointment/ })).toBeVisible();
  for (const id of ['tier-1', 'tier-2', 'tier-3']) {
    const code = page.locator(`#${id}`);
    const style = await code.evaluate((el) => {
      const pre = el.parentElement as HTMLElement;
      const s = getComputedStyle(pre);
      return {
        wordBreak: s.wordBreak,
        overflowWrap: s.overflowWrap,
        overflowX: s.overflowX,
        clipped: pre.scrollHeight > pre.clientHeight + 1,
      };
    });
    expect(style, id).toEqual({ wordBreak: 'normal', overflowWrap: 'normal', overflowX: 'auto', clipped: false });
  }
});

test('copy buttons put the snippet on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/for-clinics/');
  await page.getByRole('button', { name: 'Copy' }).first().click();
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#tier-1').textContent());
});

test(`hostile text typed into the form stays text (${XSS_PAYLOADS.length} payloads)`, async ({ page }) => {
  const alerts: string[] = [];
  page.on('dialog', (d) => {
    alerts.push(d.message());
    void d.dismiss();
  });
  await page.goto('/for-clinics/');
  for (const payload of XSS_PAYLOADS) {
    await page.getByLabel('Clinic name (optional)').fill(payload);
    await page.getByLabel('Booking link (optional)').fill(payload);
    await page.getByLabel('Booking button text (optional)').fill(payload);
    await expect(page.locator('#tier-3 *')).toHaveCount(0);
  }
  await expect(page.locator('[data-builder-preview] iframe')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(alerts).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the For clinics page with options set (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/for-clinics/');
    await page.getByLabel('Clinic name (optional)').fill('Harbour Physio');
    await page.getByLabel('Booking link (optional)').fill('http://bad');
    await page.getByLabel('Use my brand color').check();
    await expect(page.locator('[data-builder-accent-status]')).not.toBeEmpty();
    expect(await axeViolations(page)).toEqual([]);
  });
}
