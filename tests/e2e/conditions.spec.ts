// Condition pages and the modality listing's filters, as a visitor meets them.
import { expect, test, axeViolations } from './support';

test.describe('the modality filters, with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a category link shows only that kind of massage, and "All types" brings every type back', async ({ page }) => {
    await page.goto('/modalities/');
    const filters = page.getByRole('navigation', { name: 'Show types of massage' });
    const cards = page.locator('[data-modality-card]');
    await expect(cards).toHaveCount(14);
    await expect(filters.getByRole('link', { name: /All types \(14\)/ })).toHaveAttribute('aria-current', 'page');

    await filters.getByRole('link', { name: /^Relaxation \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/modalities\/category\/relaxation\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Relaxation massage');
    const relaxation = page.getByRole('navigation', { name: 'Show types of massage' }).getByRole('link', { name: /^Relaxation/ });
    await expect(relaxation).toHaveAttribute('aria-current', 'page');
    const shown = Number(/\((\d+)\)/.exec((await relaxation.textContent()) ?? '')?.[1]);
    await expect(cards).toHaveCount(shown);
    for (const fact of await cards.locator('[data-fact="category"] dd').allTextContents()) expect(fact).toBe('Relaxation');
    await expect(page.getByRole('link', { name: 'Swedish massage' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Neuromuscular therapy' })).toHaveCount(0);

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Modalities' }).click();
    await expect(page).toHaveURL(/\/modalities\/$/);
    await expect(cards).toHaveCount(14);
  });
});

test.describe('a condition page', () => {
  test('grades each type from its own page, and lists the types with no studies', async ({ page }) => {
    await page.goto('/conditions/low-back-pain/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Low back pain');
    await expect(page.getByRole('heading', { name: 'What guidelines suggest first' })).toBeVisible();

    const table = page.getByRole('table', { name: 'What the research found for each type of massage' });
    const rows = table.locator('tbody tr');
    const graded = await rows.count();
    expect(graded).toBeGreaterThan(0);
    const unstudied = page.locator('.evidence-table p', { hasText: 'No studies found for:' }).getByRole('link');
    expect(graded + (await unstudied.count())).toBe(14);

    // The first row's grade is the one its modality page shows for this condition.
    const first = rows.first();
    const finding = (await first.locator('td').first().innerText()).trim();
    await first.getByRole('rowheader').getByRole('link').click();
    const item = page.locator('#conditions ~ ul [data-condition="low-back-pain"]');
    await expect(item).toContainText(finding);
    await item.getByRole('link', { name: 'Low back pain' }).click();
    await expect(page).toHaveURL(/\/conditions\/low-back-pain\/$/);
  });

  test('shows the quiz’s own warning signs for the condition, grouped by what to do', async ({ page }) => {
    await page.goto('/conditions/low-back-pain/');
    const box = page.getByRole('region', { name: 'Warning signs, and what to do' });
    await expect(box.getByText(/numbness or tingling around the groin/i)).toBeVisible();
    await expect(box.getByRole('link', { name: /911/ }).first()).toBeVisible();

    // A sign that does not block massage is grouped under what it means, not under "see a doctor first".
    await page.goto('/conditions/fibromyalgia/');
    const notes = page
      .getByRole('region', { name: 'Warning signs, and what to do' })
      .locator('details', { hasText: 'Worth mentioning to a doctor' });
    await expect(notes.locator('summary')).toHaveText(/^Worth mentioning to a doctor \(\d+ signs?\)$/);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    for (const scheme of ['light', 'dark'] as const) {
      test(`stacks the evidence table without sideways scrolling, with no axe violations in ${scheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        // Low back pain's table has every kind of finding, so every badge color is checked.
        await page.goto('/conditions/low-back-pain/');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        const row = page.locator('.evidence-table tbody tr').first();
        const cells = await row.locator('th, td').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
        // Stacked: the type and the details take the full row; the finding and certainty share it.
        expect(cells[0]).toBeGreaterThan(300);
        expect(cells[3]).toBeGreaterThan(300);
        await expect(page.locator('details summary', { hasText: 'On this page' })).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });

  test('the conditions listing links every condition and says how many types were studied', async ({ page }) => {
    await page.goto('/conditions/');
    const cards = page.locator('main li').filter({ has: page.getByRole('heading', { level: 2 }) });
    expect(await cards.count()).toBeGreaterThanOrEqual(6);
    await expect(cards.first()).toContainText(/\d+ types? of massage studied/);
    await page.getByRole('link', { name: 'Sore muscles after exercise' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/sore muscles/i);
  });
});
