// The coach on the X stand-in in Firefox ESR, with the production Firefox build installed: the
// same scenarios as the Chromium spec where they apply. One browser for the file.
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, outsideRequests, type Firefox } from './firefox.ts';

const RISKY = 'Saw Mrs. Jane Hollis in room 412 today, a tough case';
const EDITOR = '[data-testid="tweetTextarea_0"]';
/** The coach's layer is an open shadow root; `>>>` reaches into it. */
const inLayer = (selector: string) => `[data-coach-root] >>> ${selector}`;

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.browser.close();
});

async function typeDraft(text: string): Promise<Page> {
  const page = await ff.open('/home');
  await (await page.waitForSelector(EDITOR))!.click();
  await page.keyboard.type(text);
  return page;
}

const draftText = (page: Page) => page.$eval(EDITOR, (e) => e.textContent);
const posts = (page: Page) => page.evaluate(() => (window as unknown as { __posts: string[] }).__posts);
const visible = (page: Page, selector: string) => page.waitForSelector(inLayer(selector), { visible: true, timeout: 10_000 });
const gone = (page: Page, selector: string) => page.waitForSelector(inLayer(selector), { hidden: true, timeout: 10_000 });

async function hover(page: Page, element: ElementHandle): Promise<void> {
  const box = (await element.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

test('a risky draft is underlined in the layer, not in the editor', async () => {
  const page = await typeDraft(RISKY);
  const underline = (await visible(page, '[data-rule="privacy/patient-name"]'))!;
  expect(await underline.evaluate((e) => e.getAttribute('data-severity'))).toBe('block');
  expect(await page.$$eval(`${EDITOR} [data-rule]`, (found) => found.length)).toBe(0);
  // It sits over the name as the page lays it out (re-placed as layout settles, so wait for it).
  await page.waitForFunction(
    (editor) => {
      const drawn = document.querySelector('[data-coach-root]')?.shadowRoot?.querySelector('[data-rule="privacy/patient-name"]');
      const walker = document.createTreeWalker(document.querySelector(editor)!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf('Mrs. Jane');
        if (i < 0 || !drawn) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 4);
        return Math.abs(drawn.getBoundingClientRect().top - r.getBoundingClientRect().top) < 4;
      }
      return false;
    },
    { timeout: 10_000 },
    EDITOR,
  );
  await page.close();
});

test('Post is stopped by a block finding and goes through after "Post anyway"', async () => {
  const page = await typeDraft(RISKY);
  await visible(page, '[data-rule="privacy/patient-name"]');
  await page.click('[data-testid="tweetButtonInline"]');
  const gate = (await visible(page, '[data-coach-gate]'))!;
  expect(await gate.evaluate((e) => e.getAttribute('role'))).toBe('dialog');
  expect(await gate.evaluate((e) => e.textContent)).toContain('Jane Hollis');
  expect(await posts(page)).toEqual([]);
  await (await gate.$('[data-coach-action="post"]'))!.click();
  await gone(page, '[data-coach-gate]');
  expect(await posts(page)).toEqual([RISKY]);
  await page.close();
});

async function fixFromCard(page: Page, rule: string): Promise<void> {
  await hover(page, (await visible(page, `[data-rule="${rule}"]`))!);
  await (await visible(page, '[data-coach-action="fix"]'))!.click();
}

async function undo(page: Page): Promise<void> {
  await page.focus(EDITOR);
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

test('a fix from the card gives exactly the promised text, and Ctrl+Z restores the draft', async () => {
  const page = await typeDraft(RISKY);
  await fixFromCard(page, 'privacy/patient-name');
  await page.waitForFunction((sel) => !document.querySelector(sel)!.textContent!.includes('Jane'), {}, EDITOR);
  expect(await draftText(page)).toBe('Saw a patient in room 412 today, a tough case');
  await undo(page);
  await page.waitForFunction((sel) => document.querySelector(sel)!.textContent!.includes('Jane'), {}, EDITOR);
  expect(await draftText(page)).toBe(RISKY);
  await page.close();
});

test('a removal fix takes out the span and the space it leaves', async () => {
  const page = await typeDraft(RISKY);
  await fixFromCard(page, 'privacy/room-number');
  await page.waitForFunction((sel) => !document.querySelector(sel)!.textContent!.includes('412'), {}, EDITOR);
  expect(await draftText(page)).toBe('Saw Mrs. Jane Hollis today, a tough case');
  await page.close();
});

test('a box typed into at once, before the coach is ready, is coached and its Post stopped', async () => {
  // No wait between navigation and typing: the coach attaches to the focused box when it starts.
  const page = await ff.open('/home');
  await page.click(EDITOR);
  await page.keyboard.type(RISKY);
  await page.click('[data-testid="tweetButtonInline"]');
  await visible(page, '[data-coach-gate]');
  await visible(page, '[data-rule="privacy/patient-name"]');
  expect(await posts(page)).toEqual([]);
  await page.close();
});

test('clarity advice comes from the background script: underlined, explained, and fixed exactly', async () => {
  const page = await typeDraft('Pt with SOB on exertion improved with rest today.');
  await hover(page, (await visible(page, '[data-rule="clarity/jargon"]'))!);
  const card = (await visible(page, '.coach-card[data-rule="clarity/jargon"]'))!;
  expect(await card.evaluate((e) => e.querySelector('.coach-why')?.textContent ?? '')).not.toBe('');
  await (await card.$('[data-coach-action="fix"]'))!.click();
  await page.waitForFunction((sel) => !document.querySelector(sel)!.textContent!.startsWith('Pt '), {}, EDITOR);
  expect(await draftText(page)).toBe('Patient with SOB on exertion improved with rest today.');
  await page.close();
});

test('hashtag chips reach the panel from the background script, and a chip inserts its tag', async () => {
  const text = 'New trial data on immunotherapy for metastatic melanoma looks promising for our oncology patients.';
  const page = await typeDraft(text);
  await (await visible(page, '[data-coach-badge]'))!.click();
  const chip = (await visible(page, '[data-coach-panel] [data-coach-hashtag]'))!;
  const tag = (await chip.evaluate((e) => e.getAttribute('data-coach-hashtag')))!;
  expect(tag).toMatch(/^#\w+/);
  await chip.click();
  await page.waitForFunction((sel, t) => document.querySelector(sel)!.textContent!.endsWith(t), {}, EDITOR, tag);
  expect(await draftText(page)).toBe(`${text} ${tag}`);
  await page.close();
});

test('when the user withholds access to X, the popup and options say so, and their button gets it back', async () => {
  const popup = await ff.openExtensionPage('/popup.html');
  await popup.waitForSelector('h1');
  expect(await popup.$('[data-host-permission]')).toBeNull();
  // As the add-ons manager's "Permissions" switch does; the popup follows without a reload.
  await popup.evaluate(() =>
    (globalThis as unknown as { browser: { permissions: { remove(p: { origins: string[] }): Promise<boolean> } } }).browser.permissions.remove({
      origins: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
    }),
  );
  const notice = (await popup.waitForSelector('[data-host-permission="withheld"]', { timeout: 10_000 }))!;
  expect(await notice.evaluate((e) => e.textContent)).toContain('no access to x.com and twitter.com');
  const options = await ff.openExtensionPage('/options.html');
  await options.waitForSelector('[data-host-permission="withheld"] [data-host-permission-request]', { timeout: 10_000 });
  // The button asks (the test profile answers yes): both pages drop the notice, the coach is back on X.
  await popup.click('[data-host-permission-request]');
  await popup.waitForSelector('[data-host-permission]', { hidden: true, timeout: 10_000 });
  await options.waitForSelector('[data-host-permission]', { hidden: true, timeout: 10_000 });
  const page = await typeDraft(RISKY);
  await visible(page, '[data-rule="privacy/patient-name"]');
  await Promise.all([popup.close(), options.close(), page.close()]);
});

test('no request left the browser: only the X stand-in and the extension were reached', () => {
  expect(ff.requests.filter((u) => u.startsWith('https://x.com/')).length).toBeGreaterThan(0);
  expect(outsideRequests(ff.requests)).toEqual([]);
});
