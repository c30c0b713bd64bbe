import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  LONG_REVIEW, MIN_SCENARIOS, POPUP_MAX, PROJECTORS, REVIEW_DRAFTS, SCENARIO_GROUPS, UNDERLINED_PHRASES, UNDERLINE_TEXT,
  measurePopup, measurePresenter, measureSavedReview, measureUnderline, popupProblems, presenterProblems, reviewOutputProblems,
  savedReviewProblems, scenarioMenu, seriousViolations, storedReviewProblems, underlineArgs, underlineProblems,
} from '../fixtures/e2e-pages.ts';
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

test('the popup fits 800×600 with the checklist as its main view, and "Copy as Markdown" answers "Copied" on the button', async () => {
  const popup = await ext.context.newPage();
  // Chrome sizes a popup to its content, at most 800×600.
  await popup.setViewportSize(POPUP_MAX);
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await popup.locator('[data-item]').nth(2).waitFor();
  await popup.getByRole('button', { name: 'Copy as Markdown' }).waitFor();
  expect(popupProblems(await popup.evaluate(measurePopup))).toEqual([]);
  await popup.screenshot({ path: 'test-results/popup-800x600.png' });
  const copy = popup.getByRole('button', { name: 'Copy as Markdown' });
  await copy.click();
  await expect(popup.locator('[data-copied]')).toHaveText('Copied');
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

for (const size of PROJECTORS) {
  test(`presenter mode fits the draft and every finding on one ${size.width}×${size.height} screen, for every scenario`, async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${ext.extensionId}/practice.html`);
    await page.getByLabel('Presenter mode').check();
    await page.locator('[data-scenario-select] option[value]:not([value=""])').first().waitFor({ state: 'attached' });
    const { groups, ids } = await page.evaluate(scenarioMenu);
    expect(groups).toEqual(SCENARIO_GROUPS);
    expect(ids.length).toBeGreaterThanOrEqual(MIN_SCENARIOS);
    for (const id of ids) {
      await page.locator('[data-scenario-select]').selectOption(id);
      await expect(page.locator(`[data-scenario="${id}"]`)).toBeVisible();
      const m = await page.evaluate(measurePresenter);
      if (['patient-name', 'stigmatizing-language', 'length-overflow'].includes(id)) {
        await page.screenshot({ path: `test-results/presenter-${size.width}x${size.height}-${id}.png` });
      }
      expect(presenterProblems(id, size, m)).toEqual([]);
    }
    await page.close();
  });
}

test('the review page fixes drafts and copies clean text with a note that does not repeat identifiers', async () => {
  const page = await openPage('review.html');
  await page.getByLabel('Drafts to review').fill(REVIEW_DRAFTS);
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(page.locator('[data-draft]')).toHaveCount(2);
  await expect(page.locator('[data-draft="0"] .coach-card[data-rule="privacy/patient-name"]')).toBeVisible();
  await page.locator('[data-review-action="fix-all"]').click();
  await expect(page.locator('[data-draft="0"] .coach-card[data-severity="block"]')).toHaveCount(0);
  await page.locator('[data-review-action="copy"]').click();
  await expect(page.locator('[data-review-output]')).toHaveValue(/Review note/);
  expect(reviewOutputProblems(await page.locator('[data-review-output]').inputValue())).toEqual([]);
  // Saved only on request, listed with a date, and deletable.
  await page.locator('[data-review-action="save"]').click();
  await expect(page.locator('[data-saved-review]')).toHaveCount(1);
  await page.getByRole('button', { name: /^Delete the review/ }).click();
  await expect(page.locator('[data-saved-review]')).toHaveCount(0);
  await page.close();
});

for (const where of ['practice', 'review'] as const) {
  test(`underlines sit on their words on the ${where} page (overlay vs textarea, within 1 px)`, async () => {
    const page = await openPage(`${where}.html`);
    await page.setViewportSize({ width: 1280, height: 900 });
    let box = '.coached-input';
    if (where === 'practice') await page.getByLabel('Practice post').fill(UNDERLINE_TEXT);
    else {
      await page.getByLabel('Drafts to review').fill(UNDERLINE_TEXT);
      await page.getByRole('button', { name: 'Review', exact: true }).click();
      box = '[data-draft="0"] .coached-input';
    }
    for (const phrase of UNDERLINED_PHRASES) {
      const args = underlineArgs(box, phrase);
      await expect(page.locator(`${args.scope} .coached-mirror mark`, { hasText: phrase }).first()).toBeAttached();
      expect(underlineProblems(phrase, await page.evaluate(measureUnderline, args))).toEqual([]);
    }
    await page.close();
  });
}

test('after saving a review the page does not widen, the note shows in full and Delete is on screen', async () => {
  const page = await openPage('review.html');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByLabel('Drafts to review').fill(LONG_REVIEW);
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await page.locator('[data-review-action="save"]').click();
  await expect(page.locator('[data-saved-review]')).toHaveCount(1);
  await page.locator('[data-saved-review] .note').waitFor();
  expect(savedReviewProblems(await page.evaluate(measureSavedReview))).toEqual([]);
  const del = page.getByRole('button', { name: /^Delete the review/ });
  await del.scrollIntoViewIfNeeded();
  const r = (await del.boundingBox())!;
  expect(r.x + r.width).toBeLessThanOrEqual(1280);
  // Saved: the cleaned text and the note only.
  const all = await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> } } } }).chrome.storage.local.get(null));
  expect(storedReviewProblems(all)).toEqual([]);
  await page.screenshot({ path: 'test-results/review-saved-1280.png', fullPage: true });
  await del.click();
  await page.close();
});

/** Serious or critical axe violations on the page as it is now. */
async function axeBad(page: Page): Promise<string[]> {
  return seriousViolations((await new AxeBuilder({ page }).analyze()).violations);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const name of ['popup.html', 'options.html', 'practice.html', 'review.html']) {
    test(`axe finds no serious or critical violation on ${name} (${scheme})`, async () => {
      const page = await ext.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${ext.extensionId}/${name}${name === 'practice.html' ? '#scenario=patient-name' : ''}`);
      await page.locator('h1').waitFor();
      expect(await axeBad(page)).toEqual([]);
      await page.close();
    });
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation with content on screen (${scheme}): presenter mode, drafts under review, saved reviews`, async () => {
    const page = await ext.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${ext.extensionId}/practice.html#scenario=stigmatizing-language`);
    await page.locator('h1').waitFor();
    await page.getByLabel('Presenter mode').check();
    expect(await axeBad(page)).toEqual([]);
    await page.goto(`chrome-extension://${ext.extensionId}/practice.html#scenario=hashtag-suggestion`);
    await page.locator('[data-coach-hashtag]').first().waitFor();
    expect(await axeBad(page)).toEqual([]);
    await page.goto(`chrome-extension://${ext.extensionId}/review.html`);
    await page.getByLabel('Drafts to review').fill('Saw Mrs. Jane Hollis in room 412 today.\n\nGrand rounds on sepsis today.');
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.locator('[data-review-action="save"]').click();
    await page.locator('[data-review-action="copy"]').click();
    await page.locator('[data-saved-review]').first().waitFor();
    expect(await axeBad(page)).toEqual([]);
    await page.getByRole('button', { name: /^Delete the review/ }).click();
    await page.close();
  });
}

