import { expect, test } from './support';
import { pageKinds } from '../../src/lib/routes';

const flagship = '/compare/nmt-vs-deep-tissue/';

test('the flagship table compares NMT and deep tissue on every aspect', async ({ page }) => {
  await page.goto(flagship);
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Aspect', 'NMT', 'Deep tissue']);
  await expect(table.getByRole('rowheader')).toContainText([
    'Pressure',
    'Area worked',
    'Session length',
    'Typical course',
    'Who provides it',
    'Extra training',
    'Strength of evidence',
  ]);
});

test('the table says exactly what each modality page says', async ({ page }) => {
  await page.goto(flagship);
  const table = page.getByRole('table');
  const fromTable = async (row: string, column: number) =>
    (
      await table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: row }) })
        .getByRole('cell')
        .nth(column)
        .locator('span')
        .first()
        .textContent()
    )?.trim();
  const tablePressure = [await fromTable('Pressure', 0), await fromTable('Pressure', 1)];
  const tableSession = [await fromTable('Session length', 0), await fromTable('Session length', 1)];

  for (const [i, slug] of ['neuromuscular-therapy', 'deep-tissue-massage'].entries()) {
    await page.goto(pageKinds.modality.href(slug));
    await expect(page.locator('[data-fact="pressure"] dd').first()).toHaveText(tablePressure[i] ?? '');
    await expect(page.locator('[data-fact="session"] dd').first()).toHaveText(tableSession[i] ?? '');
  }
});

test('the flagship corrects the original article and sends red flags to a doctor', async ({ page }) => {
  await page.goto(flagship);
  const myths = page.getByRole('region', { name: 'Myths and facts' });
  expect(await myths.getByRole('listitem').count()).toBeGreaterThanOrEqual(4);
  for (const claim of [/2 (to|–) 3 (extra )?years/i, /not massage/i, /7 out of 10|7\/10/i, /posture/i])
    await expect(myths).toContainText(claim);
  // The red-flag box lists the quiz's own signs, by level.
  const box = page.getByRole('region', { name: 'When to get checked before a massage' });
  await expect(box).toContainText('Call 911 now');
  await expect(box).toContainText('Chest pain, or sudden shortness of breath');
  await expect(box).toContainText('One calf or thigh that is painful, swollen, warm, or red or darker than usual');
  await expect(box.locator('a[href="tel:911"]')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Common questions' })).toBeVisible();
});

test('citations link to numbered references, and practitioner sources are labelled', async ({ page }) => {
  await page.goto(flagship);
  const firstCite = page.locator('main sup.cite a').first();
  const target = await firstCite.getAttribute('href');
  await firstCite.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target ?? '#none')).toBeInViewport();
  await expect(page.getByRole('region', { name: 'References' }).getByRole('listitem').first()).toBeVisible();
});

test('the pages say plainly that they are not yet medically reviewed', async ({ page }) => {
  for (const path of [flagship, '/modalities/neuromuscular-therapy/', '/modalities/deep-tissue-massage/']) {
    await page.goto(path);
    await expect(page.getByText('Not yet medically reviewed')).toBeVisible();
    await expect(page.getByText(/Facts last checked/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'This is education, not medical advice' })).toBeVisible();
  }
});

test('the compare index has a matrix of every modality, readable on a phone', async ({ page }) => {
  await page.goto('/modalities/');
  const count = await page.locator('[data-modality-card]').count();
  expect(count).toBe(14);
  await page.goto('/compare/');
  const matrix = page.getByRole('table', { name: 'All massage types at a glance' });
  await expect(matrix.getByRole('rowheader')).toHaveCount(count);
  await expect(matrix.getByRole('columnheader')).toHaveText([
    'Type',
    'Kind of massage',
    'Pressure',
    'Area worked',
    'Session length',
    'Where it is offered',
    'Strength of evidence',
    'Extra training',
  ]);
  await page.setViewportSize({ width: 360, height: 700 });
  const cell = matrix.getByRole('cell').first();
  expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"Kind of massage"');
});
