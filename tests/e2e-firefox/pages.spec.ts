// The extension's pages in Firefox (the Chromium spec: tests/e2e/pages.spec.ts), with the
// production Firefox build installed: popup, a setting reaching an open X tab, the policy file,
// practice and presenter mode, review. One browser for the file.
// The axe checks of the pages are in axe.spec.ts; the screenshots the Chromium spec leaves for people
// to look at are not taken again.
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, outsideRequests, type Firefox } from './firefox.ts';
import { byLabel, byRole, countOf, fill, isChecked, rectOf, setChecked, storageCall, tempFile, textOf } from './ext-page.ts';
import { attached, count } from './x-page.ts';

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.browser.close();
});

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
  const popup = await ff.openExtensionPage('/popup.html', { width: 800, height: 600 });
  const box = await rectOf((await popup.waitForSelector('.popup'))!);
  expect(box.height).toBeLessThanOrEqual(600);
  expect(box.width).toBeLessThanOrEqual(800);
  for (const sel of ['[data-setting="enabled"]', '[data-setting="gate"]', '[role="tab"]', '[data-item]']) {
    const r = await rectOf((await popup.$(sel))!);
    expect(r.y + r.height, sel).toBeLessThanOrEqual(600);
  }
  const copy = await byRole(popup, 'button', 'Copy as Markdown');
  const c = await rectOf(copy);
  expect(c.y + c.height, 'Copy as Markdown').toBeLessThanOrEqual(600);
  // The first items of the list are on screen without scrolling.
  const third = await rectOf((await popup.$$('[data-item]'))[2]!);
  expect(third.y + third.height).toBeLessThanOrEqual(600);
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

for (const size of [{ width: 1024, height: 768 }, { width: 1280, height: 720 }]) {
  test(`presenter mode fits the draft and every finding on one ${size.width}×${size.height} screen, for every scenario`, async () => {
    const page = await ff.openExtensionPage('/practice.html', size);
    await setChecked(await byLabel(page, 'Presenter mode'), true);
    const select = (await page.waitForSelector('[data-scenario-select]'))!;
    // Grouped by topic, human titles only.
    expect(await select.$$eval('optgroup', (gs) => gs.map((g) => g.getAttribute('label')))).toEqual(
      ['Patient privacy', 'Length', 'Clarity', 'Professionalism', 'Hashtags']);
    const ids = await select.$$eval('option[value]:not([value=""])', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(ids.length).toBeGreaterThanOrEqual(24);
    for (const id of ids) {
      await page.select('[data-scenario-select]', id);
      await page.waitForSelector(`[data-scenario="${id}"]`, { visible: true, timeout: 10_000 });
      const m = await page.evaluate(() => {
        const rects = [...document.querySelectorAll('.coached-input, .practice-findings .coach-card, .coach-grade, .coach-thread, .coach-hashtags')]
          .map((el) => { const r = el.getBoundingClientRect(); return { what: el.className, top: r.top, left: r.left, bottom: r.bottom, right: r.right }; });
        const cols = [...document.querySelectorAll<HTMLElement>('.practice-draft, .practice-findings')].map((c) => c.scrollHeight - c.clientHeight);
        const card = document.querySelector('.practice-findings .coach-card');
        return {
          rects, cols, cards: document.querySelectorAll('.practice-findings .coach-card').length,
          findings: document.querySelectorAll('.practice-findings [data-rule]').length,
          cardFont: card ? parseFloat(getComputedStyle(card).fontSize) : null,
          draftFont: parseFloat(getComputedStyle(document.querySelector('.coached-input')!).fontSize),
          pageScroll: document.scrollingElement!.scrollHeight - innerHeight, pageScrollX: document.scrollingElement!.scrollWidth - innerWidth,
          text: document.body.innerText,
        };
      });
      expect(m.findings, id).toBe(m.cards);
      for (const r of m.rects) {
        expect(r.top, `${id} ${r.what}`).toBeGreaterThanOrEqual(0);
        expect(r.left, `${id} ${r.what}`).toBeGreaterThanOrEqual(0);
        expect(r.bottom, `${id} ${r.what}`).toBeLessThanOrEqual(size.height);
        expect(r.right, `${id} ${r.what}`).toBeLessThanOrEqual(size.width);
      }
      expect(m.cols.every((d) => d <= 1), `${id} columns scroll: ${m.cols}`).toBe(true);
      expect(m.pageScroll, id).toBeLessThanOrEqual(0);
      expect(m.pageScrollX, id).toBeLessThanOrEqual(0);
      // Presenter size: nothing smaller than 18 px on a card, the draft at 22 px or more (34 px when short).
      if (m.cardFont !== null) expect(m.cardFont, id).toBeGreaterThanOrEqual(18);
      expect(m.draftFont, id).toBeGreaterThanOrEqual(22);
      // No rule ids on screen.
      expect(m.text, id).not.toMatch(/\b(privacy|clarity|length|professionalism)\/[a-z]/);
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
  await review(page, 'Saw Mrs. Jane Hollis in room 412 today.\n\n\nGrand rounds on sepsis today: great questions.');
  await expect.poll(() => countOf(page, '[data-draft]')).toBe(2);
  await page.waitForSelector('[data-draft="0"] .coach-card[data-rule="privacy/patient-name"]', { visible: true, timeout: 10_000 });
  await page.click('[data-review-action="fix-all"]');
  await expect.poll(() => countOf(page, '[data-draft="0"] .coach-card[data-severity="block"]')).toBe(0);
  await page.click('[data-review-action="copy"]');
  await expect.poll(() => page.$eval('[data-review-output]', (el) => (el as HTMLTextAreaElement).value)).toContain('Review note');
  const output = await page.$eval('[data-review-output]', (el) => (el as HTMLTextAreaElement).value);
  expect(output).toContain('Grand rounds on sepsis today');
  expect(output).not.toContain('Hollis');
  expect(output).not.toContain('412');
  // Saved only on request, listed with a date, and deletable.
  await page.click('[data-review-action="save"]');
  await expect.poll(() => countOf(page, '[data-saved-review]')).toBe(1);
  await (await byRole(page, 'button', /^Delete the review/)).click();
  await expect.poll(() => countOf(page, '[data-saved-review]')).toBe(0);
  await page.close();
});

/**
 * Where the textarea itself draws `text.slice(start, end)`: a probe with every computed style of the
 * textarea (the classic caret-position technique), placed over it, measured with a Range.
 */
async function textareaRect(page: Page, selector: string, start: number, end: number) {
  return page.$eval(selector, (el, s, e) => {
    const ta = el as HTMLTextAreaElement;
    const cs = getComputedStyle(ta);
    const probe = document.createElement('div');
    for (const prop of Array.from(cs)) probe.style.setProperty(prop, cs.getPropertyValue(prop));
    const r = ta.getBoundingClientRect();
    Object.assign(probe.style, { position: 'fixed', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px`, visibility: 'hidden', margin: '0' });
    probe.textContent = ta.value;
    document.body.appendChild(probe);
    const range = document.createRange();
    range.setStart(probe.firstChild!, s);
    range.setEnd(probe.firstChild!, e);
    const box = range.getClientRects()[0]!;
    probe.remove();
    return { left: box.left - ta.scrollLeft, top: box.top - ta.scrollTop, right: box.right, bottom: box.bottom };
  }, start, end);
}

for (const where of ['practice', 'review'] as const) {
  test(`underlines sit on their words on the ${where} page (overlay vs textarea, within 1 px)`, async () => {
    const page = await ff.openExtensionPage(`/${where}.html`, { width: 1280, height: 900 });
    const text = 'Ward round done. So proud of Mrs. Delia Okafor, who walked out of our ICU today after three weeks on the vent, and of the whole team in room 412 who cared for her.';
    let box = '.coached-input';
    if (where === 'practice') await fill(await byLabel(page, 'Practice post'), text);
    else {
      await review(page, text);
      box = '[data-draft="0"] .coached-input';
    }
    for (const phrase of ['Mrs. Delia Okafor', 'room 412']) {
      const scope = box.replace('.coached-input', '');
      await page.waitForFunction((scope, phrase) => [...document.querySelectorAll(`${scope} .coached-mirror mark`)].some((m) => m.textContent!.includes(phrase)),
        { timeout: 10_000 }, scope, phrase);
      // The mark's box without its underline (a bottom border): the glyphs' box.
      const m = await page.evaluate((scope, phrase) => {
        const el = [...document.querySelectorAll(`${scope} .coached-mirror mark`)].find((m) => m.textContent!.includes(phrase))!;
        const r = el.getClientRects()[0]!;
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom - parseFloat(getComputedStyle(el).borderBottomWidth) };
      }, scope, phrase);
      const at = text.indexOf(phrase);
      const t = await textareaRect(page, box, at, at + phrase.length);
      expect(Math.abs(m.left - t.left), `${phrase} left`).toBeLessThanOrEqual(1);
      expect(Math.abs(m.top - t.top), `${phrase} top`).toBeLessThanOrEqual(1);
      expect(Math.abs(m.bottom - t.bottom), `${phrase} bottom`).toBeLessThanOrEqual(1);
      expect(Math.abs(m.right - t.right), `${phrase} right`).toBeLessThanOrEqual(1);
    }
    await page.close();
  });
}

test('after saving a review the page does not widen, the note shows in full and Delete is on screen', async () => {
  const page = await ff.openExtensionPage('/review.html', { width: 1280, height: 800 });
  const long = `See https://example.org/${'very-long-path-segment/'.repeat(12)} before rounds. Saw Mrs. Jane Hollis in room 412 today.`;
  await review(page, `${long}\n\nGrand rounds on sepsis today.`);
  await page.click('[data-review-action="save"]');
  await expect.poll(() => countOf(page, '[data-saved-review]')).toBe(1);
  const widths = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, inner: innerWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
  const del = await byRole(page, 'button', /^Delete the review/);
  await del.evaluate((e) => e.scrollIntoView({ block: 'nearest' }));
  const r = await rectOf(del);
  expect(r.x + r.width).toBeLessThanOrEqual(1280);
  expect(await page.$eval('[data-saved-review] .note', (el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight)).toBe(true);
  // Saved: the cleaned text and the note only.
  // Everything stored but the review's own id and times (a random id can hold "412").
  const all = await storageCall(page, 'local', 'get', null);
  const stored = JSON.stringify(all, (k, v) => (['id', 'savedAt', 'expiresAt'].includes(k) ? undefined : v));
  expect(stored).toContain('Saw a patient [removed].');
  expect(stored).not.toMatch(/Hollis|412/);
  await del.click();
  await sleep(0);
  await page.close();
});

test('no request left the browser from the pages', () => {
  expect(outsideRequests(ff.requests)).toEqual([]);
});
