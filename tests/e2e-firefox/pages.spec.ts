// The extension's pages in Firefox (the Chromium spec: tests/e2e/pages.spec.ts), with the
// production Firefox build installed: popup, a setting reaching an open X tab, the policy file,
// practice and presenter mode, review. One browser for the file.
// The axe checks of the pages are in axe.spec.ts; the screenshots the Chromium spec leaves for people
// to look at are not taken again.
import type { ElementHandle, Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import {
  LONG_REVIEW, MIN_SCENARIOS, POPUP_MAX, PROJECTORS, REVIEW_DRAFTS, SCENARIO_GROUPS, UNDERLINED_PHRASES, UNDERLINE_TEXT,
  measurePopup, measurePresenter, measureSavedReview, measureUnderline, popupProblems, presenterProblems, reviewOutputProblems,
  savedReviewProblems, scenarioMenu, storedReviewProblems, underlineArgs, underlineProblems,
} from '../fixtures/e2e-pages.ts';
import { outsideRequests, withFirefox } from './firefox.ts';
import { byLabel, byRole, countOf, fill, isChecked, rectOf, setChecked, storageCall, tempFile, textOf } from './ext-page.ts';
import { attached, count } from './x-page.ts';

const ff = withFirefox();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

test('the production build opens its popup in Firefox and makes no network request', async () => {
  const popup = await ff.openExtensionPage('/popup.html');
  await expect.poll(() => textOf(popup, 'h1')).toContain('Physician Post Coach');
  expect(outsideRequests(ff.requests)).toEqual([]);
  await popup.close();
});

test('popup checklist ticks persist across reopen', async () => {
  let popup = await ff.openExtensionPage('/popup.html');
  await popup.waitForSelector('[data-item="phys-2fa"]');
  expect(await isChecked(popup, '[data-item="phys-2fa"]')).toBe(false);
  await setChecked((await popup.$('[data-item="phys-2fa"]'))!, true);
  await expect.poll(() => bodyText(popup)).toContain('1 of 13 done');
  await popup.close();
  popup = await ff.openExtensionPage('/popup.html');
  await popup.waitForSelector('[data-item="phys-2fa"]');
  await expect.poll(() => isChecked(popup, '[data-item="phys-2fa"]')).toBe(true);
  // Keyboard only: move to the trainer track and tick its first item.
  await (await byRole(popup, 'tab', /Physician/)).focus();
  await popup.keyboard.press('ArrowRight');
  await expect.poll(async () => (await byRole(popup, 'tab', /Trainer/)).evaluate((e) => e.getAttribute('aria-selected'))).toBe('true');
  await popup.focus('[data-item="trainer-market"]');
  await popup.keyboard.press(' ');
  await expect.poll(() => isChecked(popup, '[data-item="trainer-market"]')).toBe(true);
  await popup.close();
});

test('the popup fits 800×600 with the checklist as its main view, and "Copy as Markdown" answers "Copied" on the button', async () => {
  // Firefox, like Chrome, sizes a popup to its content, at most 800×600.
  const popup = await ff.openExtensionPage('/popup.html', POPUP_MAX);
  await popup.waitForFunction(() => document.querySelectorAll('[data-item]').length > 2, { timeout: 10_000 });
  const copy = await byRole(popup, 'button', 'Copy as Markdown');
  expect(popupProblems(await popup.evaluate(measurePopup))).toEqual([]);
  await copy.click();
  await expect.poll(() => textOf(popup, '[data-copied]')).toBe('Copied');
  await popup.close();
});

test('a setting changed in options reaches an open X tab without a reload', async () => {
  const x = await ff.open('/home');
  await x.click('[data-testid="tweetTextarea_0"]');
  await x.keyboard.type('Pt in room 412 was stable overnight.');
  const room = '[data-rule="privacy/room-number"]';
  await attached(x, room);
  const options = await ff.openExtensionPage('/options.html');
  const popup = await ff.openExtensionPage('/popup.html');
  // Each page is brought to the front to be used or looked at, as a person would: Firefox does not
  // draw a background tab (no animation frames), so the X tab shows the change when it is in front.
  const change = async (page: Page, control: () => Promise<ElementHandle<Element>>, on: boolean) => {
    await page.bringToFront();
    await setChecked(await control(), on);
    await x.bringToFront();
  };
  const roomSwitch = () => byLabel(options, 'Room or bed number: on');
  await change(options, roomSwitch, false);
  await expect.poll(() => count(x, room)).toBe(0);
  await change(options, roomSwitch, true);
  await attached(x, room);
  // The master switch turns the coach off at once on the open tab.
  const enabled = async () => (await options.$('[data-setting="enabled"]'))!;
  await change(options, enabled, false);
  await expect.poll(() => x.$$eval('[data-coach-root]', (found) => found.length)).toBe(0);
  await change(options, enabled, true);
  await attached(x, room);
  // So does the per-site switch, from the popup.
  const site = async () => (await popup.waitForSelector('[data-setting="sites.x"]'))!;
  await change(popup, site, false);
  await expect.poll(() => x.$$eval('[data-coach-root]', (found) => found.length)).toBe(0);
  await change(popup, site, true);
  await attached(x, room);
  await Promise.all([popup.close(), options.close(), x.close()]);
});

test('a bad policy file changes nothing and names the problem', async () => {
  const options = await ff.openExtensionPage('/options.html');
  const premium = '[data-setting="premium"]';
  await options.waitForSelector(premium);
  expect(await isChecked(options, premium)).toBe(false);
  const file = async (name: string, content: string) => ((await options.$('[data-policy-file]')) as ElementHandle<HTMLInputElement>).uploadFile(tempFile(name, content));
  await file('policy.json', '{"premium": true, "gate": "sometimes"}');
  await expect.poll(() => textOf(options, '[data-policy-status="error"]')).toContain('Check before posting: expected true or false.');
  expect(await isChecked(options, premium)).toBe(false);
  await file('broken.json', '{"premium": tru');
  await expect.poll(() => textOf(options, '[data-policy-status="error"]')).toContain('not valid JSON');
  await file('good.json', '{"premium": true}');
  await options.waitForSelector('[data-policy-status="ok"]', { visible: true, timeout: 10_000 });
  await expect.poll(() => isChecked(options, premium)).toBe(true);
  await setChecked((await options.$(premium))!, false);
  await options.close();
});

test('the practice page flags a scenario, reveals findings one by one, and has a presenter mode', async () => {
  const page = await ff.openExtensionPage('/practice.html');
  await (await page.waitForSelector('[data-scenario-id="patient-name"]'))!.click();
  await page.waitForSelector('.coached-mirror [data-rule="privacy/patient-name"][data-severity="block"]', { timeout: 10_000 });
  await setChecked(await byLabel(page, 'Reveal one by one'), true);
  await expect.poll(() => countOf(page, '.coached-mirror [data-rule]')).toBe(0);
  await (await byRole(page, 'button', /Reveal next finding/)).click();
  await expect.poll(() => countOf(page, '.coached-mirror [data-rule]')).toBe(1);
  await setChecked(await byLabel(page, 'Presenter mode'), true);
  await expect.poll(() => page.$eval('.coached-input', (el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(30);
  // Show-me links open a scenario by id.
  await page.evaluate(() => { location.hash = 'scenario=room-number'; });
  await expect.poll(() => page.$eval('.coached-input', (el) => (el as HTMLTextAreaElement).value)).toMatch(/room 412/);
  await page.close();
});

for (const size of PROJECTORS) {
  test(`presenter mode fits the draft and every finding on one ${size.width}×${size.height} screen, for every scenario`, async () => {
    const page = await ff.openExtensionPage('/practice.html', size);
    await setChecked(await byLabel(page, 'Presenter mode'), true);
    await page.waitForSelector('[data-scenario-select] option[value]:not([value=""])');
    const { groups, ids } = await page.evaluate(scenarioMenu);
    expect(groups).toEqual(SCENARIO_GROUPS);
    expect(ids.length).toBeGreaterThanOrEqual(MIN_SCENARIOS);
    for (const id of ids) {
      await page.select('[data-scenario-select]', id);
      await page.waitForSelector(`[data-scenario="${id}"]`, { visible: true, timeout: 10_000 });
      expect(presenterProblems(id, size, await page.evaluate(measurePresenter))).toEqual([]);
    }
    await page.close();
  });
}

async function review(page: Page, drafts: string): Promise<void> {
  await fill(await byLabel(page, 'Drafts to review'), drafts);
  await (await byRole(page, 'button', 'Review', { exact: true })).click();
}

test('the review page fixes drafts and copies clean text with a note that does not repeat identifiers', async () => {
  const page = await ff.openExtensionPage('/review.html');
  await review(page, REVIEW_DRAFTS);
  await expect.poll(() => countOf(page, '[data-draft]')).toBe(2);
  await page.waitForSelector('[data-draft="0"] .coach-card[data-rule="privacy/patient-name"]', { visible: true, timeout: 10_000 });
  await page.click('[data-review-action="fix-all"]');
  await expect.poll(() => countOf(page, '[data-draft="0"] .coach-card[data-severity="block"]')).toBe(0);
  await page.click('[data-review-action="copy"]');
  await expect.poll(() => page.$eval('[data-review-output]', (el) => (el as HTMLTextAreaElement).value)).toContain('Review note');
  expect(reviewOutputProblems(await page.$eval('[data-review-output]', (el) => (el as HTMLTextAreaElement).value))).toEqual([]);
  // Saved only on request, listed with a date, and deletable.
  await page.click('[data-review-action="save"]');
  await expect.poll(() => countOf(page, '[data-saved-review]')).toBe(1);
  await (await byRole(page, 'button', /^Delete the review/)).click();
  await expect.poll(() => countOf(page, '[data-saved-review]')).toBe(0);
  await page.close();
});

for (const where of ['practice', 'review'] as const) {
  test(`underlines sit on their words on the ${where} page (overlay vs textarea, within 1 px)`, async () => {
    const page = await ff.openExtensionPage(`/${where}.html`, { width: 1280, height: 900 });
    let box = '.coached-input';
    if (where === 'practice') await fill(await byLabel(page, 'Practice post'), UNDERLINE_TEXT);
    else {
      await review(page, UNDERLINE_TEXT);
      box = '[data-draft="0"] .coached-input';
    }
    for (const phrase of UNDERLINED_PHRASES) {
      // Measured once the mark is there (null until then).
      const measured = await page.waitForFunction(measureUnderline, { timeout: 10_000 }, underlineArgs(box, phrase));
      expect(underlineProblems(phrase, await measured.jsonValue())).toEqual([]);
    }
    await page.close();
  });
}

test('after saving a review the page does not widen, the note shows in full and Delete is on screen', async () => {
  const page = await ff.openExtensionPage('/review.html', { width: 1280, height: 800 });
  await review(page, LONG_REVIEW);
  await page.click('[data-review-action="save"]');
  await expect.poll(() => countOf(page, '[data-saved-review]')).toBe(1);
  await page.waitForSelector('[data-saved-review] .note');
  expect(savedReviewProblems(await page.evaluate(measureSavedReview))).toEqual([]);
  const del = await byRole(page, 'button', /^Delete the review/);
  await del.evaluate((e) => e.scrollIntoView({ block: 'nearest' }));
  const r = await rectOf(del);
  expect(r.x + r.width).toBeLessThanOrEqual(1280);
  // Saved: the cleaned text and the note only.
  expect(storedReviewProblems(await storageCall(page, 'local', 'get', null))).toEqual([]);
  await del.click();
  await sleep(0);
  await page.close();
});

test('no request left the browser from the pages', () => {
  expect(outsideRequests(ff.requests)).toEqual([]);
});
