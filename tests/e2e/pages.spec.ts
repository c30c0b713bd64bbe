import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { withExtension } from './extension.ts';

const ext = withExtension();

async function openPage(name: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${name}`);
  return page;
}

test('popup checklist ticks persist across reopen', async () => {
  let popup = await openPage('popup.html');
  const item = popup.locator('[data-item="phys-2fa"]');
  await expect(item).not.toBeChecked();
  await item.check();
  await expect(popup.getByText('1 of 13 done')).toBeVisible();
  await popup.close();
  popup = await openPage('popup.html');
  await expect(popup.locator('[data-item="phys-2fa"]')).toBeChecked();
  // Keyboard only: move to the trainer track and tick its first item.
  await popup.getByRole('tab', { name: /Physician/ }).focus();
  await popup.keyboard.press('ArrowRight');
  await expect(popup.getByRole('tab', { name: /Trainer/ })).toHaveAttribute('aria-selected', 'true');
  await popup.locator('[data-item="trainer-market"]').focus();
  await popup.keyboard.press('Space');
  await expect(popup.locator('[data-item="trainer-market"]')).toBeChecked();
  await popup.close();
});

test('a setting changed in options reaches an open X tab without a reload', async () => {
  const x = await ext.context.newPage();
  await x.goto('https://x.com/home');
  await x.locator('[data-testid="tweetTextarea_0"]').click();
  await x.keyboard.type('Pt in room 412 was stable overnight.');
  const room = x.locator('[data-coach-root] [data-rule="privacy/room-number"]').first();
  await expect(room).toBeAttached();
  const options = await openPage('options.html');
  await options.getByLabel('Room or bed number: on').uncheck();
  await expect(room).toHaveCount(0);
  await options.getByLabel('Room or bed number: on').check();
  await expect(room).toBeAttached();
  // The master switch turns the coach off at once on the open tab.
  await options.locator('[data-setting="enabled"]').uncheck();
  await expect(x.locator('[data-coach-root]')).toHaveCount(0);
  await options.locator('[data-setting="enabled"]').check();
  await expect(x.locator('[data-coach-root] [data-rule="privacy/room-number"]').first()).toBeAttached();
  // So does the per-site switch, from the popup.
  const popup = await openPage('popup.html');
  await popup.locator('[data-setting="sites.x"]').uncheck();
  await expect(x.locator('[data-coach-root]')).toHaveCount(0);
  await popup.locator('[data-setting="sites.x"]').check();
  await expect(x.locator('[data-coach-root] [data-rule="privacy/room-number"]').first()).toBeAttached();
  await popup.close();
  await options.close();
  await x.close();
});

test('a bad policy file changes nothing and names the problem', async () => {
  const options = await openPage('options.html');
  const premium = options.locator('[data-setting="premium"]');
  await expect(premium).not.toBeChecked();
  await options.locator('[data-policy-file]').setInputFiles({
    name: 'policy.json', mimeType: 'application/json', buffer: Buffer.from('{"premium": true, "gate": "sometimes"}'),
  });
  await expect(options.locator('[data-policy-status="error"]')).toContainText('Check before posting: expected true or false.');
  await expect(premium).not.toBeChecked();
  await options.locator('[data-policy-file]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"premium": tru') });
  await expect(options.locator('[data-policy-status="error"]')).toContainText('not valid JSON');
  await options.locator('[data-policy-file]').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from('{"premium": true}') });
  await expect(options.locator('[data-policy-status="ok"]')).toBeVisible();
  await expect(premium).toBeChecked();
  await premium.uncheck();
  await options.close();
});

test('the practice page flags a scenario, reveals findings one by one, and has a presenter mode', async () => {
  const page = await openPage('practice.html');
  await page.locator('[data-scenario-id="patient-name"]').click();
  await expect(page.locator('.coached-mirror [data-rule="privacy/patient-name"]')).toHaveAttribute('data-severity', 'block');
  await page.getByLabel('Reveal one by one').check();
  await expect(page.locator('.coached-mirror [data-rule]')).toHaveCount(0);
  await page.getByRole('button', { name: /Reveal next finding/ }).click();
  await expect(page.locator('.coached-mirror [data-rule]')).toHaveCount(1);
  await page.getByLabel('Presenter mode').check();
  const size = await page.locator('.coached-input').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(30);
  // Show-me links open a scenario by id.
  await page.goto(`chrome-extension://${ext.extensionId}/practice.html#scenario=room-number`);
  await expect(page.locator('.coached-input')).toHaveValue(/room 412/);
  await page.close();
});

test('the review page fixes drafts and copies clean text with a note that does not repeat identifiers', async () => {
  const page = await openPage('review.html');
  await page.getByLabel('Drafts to review').fill('Saw Mrs. Jane Hollis in room 412 today.\n\n\nGrand rounds on sepsis today: great questions.');
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(page.locator('[data-draft]')).toHaveCount(2);
  await expect(page.locator('[data-draft="0"] .coach-card[data-rule="privacy/patient-name"]')).toBeVisible();
  await page.locator('[data-review-action="fix-all"]').click();
  await expect(page.locator('[data-draft="0"] .coach-card[data-severity="block"]')).toHaveCount(0);
  await page.locator('[data-review-action="copy"]').click();
  const output = await page.locator('[data-review-output]').inputValue();
  expect(output).toContain('Grand rounds on sepsis today');
  expect(output).toContain('Review note');
  expect(output).not.toContain('Hollis');
  expect(output).not.toContain('412');
  // Saved only on request, listed with a date, and deletable.
  await page.locator('[data-review-action="save"]').click();
  await expect(page.locator('[data-saved-review]')).toHaveCount(1);
  await page.getByRole('button', { name: /^Delete the review/ }).click();
  await expect(page.locator('[data-saved-review]')).toHaveCount(0);
  await page.close();
});

for (const scheme of ['light', 'dark'] as const) {
  for (const name of ['popup.html', 'options.html', 'practice.html', 'review.html']) {
    test(`axe finds no serious or critical violation on ${name} (${scheme})`, async () => {
      const page = await ext.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${ext.extensionId}/${name}${name === 'practice.html' ? '#scenario=patient-name' : ''}`);
      await page.locator('h1').waitFor();
      const result = await new AxeBuilder({ page }).analyze();
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(bad).toEqual([]);
      await page.close();
    });
  }
}
