// The coach on the X stand-in in Firefox ESR, with the production Firefox build installed: the
// Chromium spec's scenarios (tests/e2e/x-coach.spec.ts), with the same drafts and exact results.
// One browser for the file. The layer's two axe checks are in axe.spec.ts.
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { CLEAN, HASHTAG_DRAFT, RISKY, longPaste } from '../fixtures/e2e-cases.ts';
import {
  COACHED_BOXES, badgeProblems, heardMessages, measureBadge, recordMessages, replayScriptStarted, rtlProblems, sendTogglePanel,
} from '../fixtures/e2e-x.ts';
import { ADDON_ID, outsideRequests, withFirefox } from './firefox.ts';
import {
  attached, chord, clickLayer, count, draftText, EDITOR, editorSelector, gone, hover, inLayer, layerBox, layerFocus, pageFocus, posts, textBox, visible,
} from './x-page.ts';

const ff = withFirefox();

async function typeDraft(text: string, path = '/home'): Promise<Page> {
  const page = await ff.open(path);
  await (await page.waitForSelector(EDITOR))!.click();
  await page.keyboard.type(text);
  return page;
}

/** Hovers `rule`'s underline and clicks the fix on its card. */
async function fixFromCard(page: Page, rule: string): Promise<void> {
  await hover(page, `.coach-underline[data-rule="${rule}"]`);
  await clickLayer(page, `[data-coach-card] .coach-card[data-rule="${rule}"] [data-coach-action="fix"]`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const layerText = (page: Page, selector: string) => page.$eval(inLayer(selector), (e) => e.textContent).catch(() => null);
const layerAttr = (page: Page, selector: string, name: string) => page.$eval(inLayer(selector), (e, name) => e.getAttribute(name), name).catch(() => null);
/** The badge's measurements, once it is drawn. */
const badgeNow = async (page: Page) => (await (await page.waitForFunction(measureBadge, { timeout: 10_000 })).jsonValue())!;

test('a risky draft is underlined in the layer, not in the editor', async () => {
  const page = await typeDraft(RISKY);
  await visible(page, '[data-rule="privacy/patient-name"][data-severity="block"]');
  expect(await page.$$eval(`${EDITOR} [data-rule]`, (found) => found.length)).toBe(0);
  // It sits over the name as the page lays it out (re-placed as layout settles, so ask again).
  const name = (await textBox(page, 'Jane'))!;
  await expect.poll(async () => Math.abs((await layerBox(page, '[data-rule="privacy/patient-name"]')).y - name.y)).toBeLessThan(4);
  await page.close();
});

test('a fix replaces exactly the span through Draft, its card closes, and Ctrl+Z undoes it', async () => {
  const page = await typeDraft('Pt in room 412 was stable overnight.');
  await fixFromCard(page, 'privacy/room-number');
  await expect.poll(() => draftText(page)).toBe('Pt was stable overnight.');
  // The fix is done once its card closes (the coach re-reads the box first): then the user undoes.
  await expect.poll(() => count(page, '[data-coach-card]')).toBe(0);
  await page.focus(EDITOR);
  await chord(page, 'Control', 'z');
  await expect.poll(() => draftText(page)).toBe('Pt in room 412 was stable overnight.');
  await page.close();
});

test('a fix of the name in a draft with more findings gives exactly the promised text, and Ctrl+Z restores the draft', async () => {
  const page = await typeDraft(RISKY);
  await fixFromCard(page, 'privacy/patient-name');
  await expect.poll(() => draftText(page)).toBe('Saw a patient in room 412 today, a tough case');
  await page.focus(EDITOR);
  await chord(page, 'Control', 'z');
  await expect.poll(() => draftText(page)).toBe(RISKY);
  await page.close();
});

test('a removal fix takes out the span and the space it leaves', async () => {
  const page = await typeDraft(RISKY);
  await fixFromCard(page, 'privacy/room-number');
  await expect.poll(() => draftText(page)).toBe('Saw Mrs. Jane Hollis today, a tough case');
  await page.close();
});

test('Post is stopped by a block finding and goes through after "Post anyway"', async () => {
  const page = await typeDraft(RISKY);
  await visible(page, '[data-rule="privacy/patient-name"]');
  await page.click('[data-testid="tweetButtonInline"]');
  await visible(page, '[data-coach-gate]');
  expect(await layerAttr(page, '[data-coach-gate]', 'role')).toBe('dialog');
  expect(await layerText(page, '[data-coach-gate]')).toContain('Jane Hollis');
  expect(await posts(page)).toEqual([]);
  await clickLayer(page, '[data-coach-gate] [data-coach-action="post"]');
  await gone(page, '[data-coach-gate]');
  expect(await posts(page)).toEqual([RISKY]);
  await page.close();
});

test('Ctrl+Enter is stopped the same way; "Edit" returns to the first finding', async () => {
  const page = await typeDraft(RISKY);
  await chord(page, 'Control', 'Enter');
  await visible(page, '[data-coach-gate]');
  expect(await posts(page)).toEqual([]);
  await clickLayer(page, '[data-coach-gate] [data-coach-action="edit"]');
  await gone(page, '[data-coach-gate]');
  await expect.poll(() => pageFocus(page)).toBe('tweetTextarea_0');
  expect(await page.evaluate(() => getSelection()?.toString())).toBe('Mrs. Jane Hollis');
  // Confirming goes through X's own path.
  await chord(page, 'Control', 'Enter');
  await clickLayer(page, '[data-coach-gate] [data-coach-action="post"]');
  await expect.poll(() => posts(page)).toEqual([RISKY]);
  await page.close();
});

test('a clean draft posts untouched, by click and by Ctrl+Enter', async () => {
  const page = await typeDraft(CLEAN);
  await page.click('[data-testid="tweetButtonInline"]');
  await page.click(EDITOR);
  await page.keyboard.type(CLEAN);
  await chord(page, 'Control', 'Enter');
  await expect.poll(() => posts(page)).toEqual([CLEAN, CLEAN]);
  expect(await count(page, '[data-coach-gate]')).toBe(0);
  await page.close();
});

for (const { name, path, index, button, scope } of COACHED_BOXES) {
  test(`the ${name} box is coached and checked before posting`, async () => {
    const page = await ff.open(path);
    await (await page.waitForSelector(editorSelector(index, scope)))!.click();
    await page.keyboard.type(RISKY);
    await attached(page, '[data-rule="privacy/patient-name"]');
    await page.click(`[data-testid="${button}"]`);
    await visible(page, '[data-coach-gate]');
    expect(await posts(page)).toEqual([]);
    await page.close();
  });
}

test('a box that mounts after a route change is coached', async () => {
  const page = await ff.open('/explore?late=1');
  await (await page.waitForSelector(EDITOR, { visible: true }))!.click();
  expect(new URL(page.url()).pathname).toBe('/home');
  await page.keyboard.type(RISKY);
  await attached(page, '[data-rule="privacy/room-number"]');
  await page.close();
});

test('the layer matches X\'s dark theme and follows a theme switch', async () => {
  const page = await typeDraft(RISKY, '/home?theme=dark');
  await attached(page, '[data-theme="dark"]');
  expect(await layerAttr(page, '[data-theme]', 'data-theme')).toBe('dark');
  expect(await page.$eval(inLayer('[data-coach-badge]'), (el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
  await page.evaluate(() => { document.body.style.backgroundColor = 'rgb(255, 255, 255)'; });
  await expect.poll(() => layerAttr(page, '[data-theme]', 'data-theme')).toBe('light');
  await page.close();
});

test('underlines follow the text when the page scrolls and when the window narrows', async () => {
  const page = await typeDraft(`${'Long line of plain words that wraps. '.repeat(3)}${RISKY}`);
  const room = '[data-rule="privacy/room-number"]';
  const before = await layerBox(page, room);
  await page.setViewport({ width: 420, height: 700 });
  await expect.poll(async () => (await layerBox(page, room)).y).not.toBe(before.y);
  const roomBox = (await textBox(page, '412'))!;
  await expect.poll(async () => Math.abs((await layerBox(page, room)).y - roomBox.y)).toBeLessThan(4);
  await page.close();
});

test('a box that disappears is let go (no leaked sessions)', async () => {
  const page = await ff.open('/compose/post');
  await (await page.waitForSelector(editorSelector(0, '#layers')))!.click();
  await page.keyboard.type(RISKY);
  await attached(page, '[data-coach-badge]');
  expect(await count(page, '[data-coach-badge]')).toBe(1);
  await page.evaluate(() => document.getElementById('layers')!.replaceChildren());
  await expect.poll(() => count(page, '[data-coach-badge]')).toBe(0);
  await expect.poll(() => count(page, '[data-rule]')).toBe(0);
  await page.close();
});

/** A draft with a room number, the caret moved into it by keyboard: its card is open. */
async function caretInRoomNumber(): Promise<Page> {
  const page = await typeDraft('Pt in room 412 was stable overnight.');
  await attached(page, '.coach-underline[data-rule="privacy/room-number"]');
  await page.keyboard.press('Home');
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => layerText(page, '[data-coach-card]')).toContain('Room or bed number');
  return page;
}

/** The commands shortcut, as the background script relays it to the active tab (an extension page sends it here). */
async function shortcut(page: Page): Promise<void> {
  const sender = await ff.openExtensionPage('/popup.html');
  await page.bringToFront();
  await sender.evaluate(sendTogglePanel, 'browser' as const);
  await sender.close();
}

test('with the keyboard: the caret in a flagged word opens its card; the shortcut opens the panel', async () => {
  const page = await caretInRoomNumber();
  await page.keyboard.press('Escape');
  await gone(page, '[data-coach-card]');
  // The background's advice ("Pt" -> "Patient") has come: it adds the first card, and the panel must not open before it.
  await attached(page, '.coach-underline[data-rule="clarity/jargon"]');
  // The commands shortcut reaches the page as a message from the background script.
  await shortcut(page);
  await visible(page, '[data-coach-panel]');
  // Focus is on the first finding's fix: Enter applies it.
  await expect.poll(() => page.evaluate(() => {
    const root = document.querySelector('[data-coach-root]')!.shadowRoot!;
    return root.activeElement !== null && root.activeElement === root.querySelector('[data-coach-panel] .coach-card button');
  })).toBe(true);
  await page.keyboard.press('Escape');
  await gone(page, '[data-coach-panel]');
  // Escape from the panel goes back to the box.
  await expect.poll(() => pageFocus(page)).toBe('tweetTextarea_0');
  await page.close();
});

test('a new block finding is announced politely, once', async () => {
  // A record number is blocked whatever the fitted weights say (a floor), so the test does not move with a refit.
  const page = await typeDraft('Pt MRN 55820193');
  await expect.poll(() => layerText(page, '[aria-live="polite"]')).toContain('possible patient identifier');
  const first = await layerText(page, '[aria-live="polite"]');
  await page.keyboard.type(' was stable overnight.');
  await sleep(100);
  expect(await layerText(page, '[aria-live="polite"]')).toBe(first);
  await page.close();
});

test('right-to-left pages and X\'s larger font size are followed', async () => {
  const page = await typeDraft(RISKY, '/home?dir=rtl&font=20');
  await visible(page, '[data-coach-badge]');
  expect(rtlProblems(await badgeNow(page))).toEqual([]);
  await page.close();
});

test('an unrecognised composer is left alone with one console warning', async () => {
  const page = await ff.open('/home?markup=changed', { atOnce: true });
  const warnings: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'warn' && m.text().includes('Physician Post Coach')) warnings.push(m.text()); });
  page.on('pageerror', (e) => errors.push((e as Error).message));
  const box = '[data-testid="composerInput-0"]';
  await (await page.waitForSelector(box))!.click();
  await page.keyboard.type(RISKY);
  await page.mouse.click(5, 5);
  await page.click(box);
  await sleep(200);
  expect(await page.$eval(box, (e) => e.textContent)).toContain(RISKY);
  expect(await count(page, '[data-rule]')).toBe(0);
  expect(warnings).toHaveLength(1);
  expect(errors).toEqual([]);
  await page.close();
});

test('a 25,000-character paste with RTL and emoji sequences loses nothing and is coached', async () => {
  const page = await ff.open('/home');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push((e as Error).message));
  const long = longPaste();
  await page.click(EDITOR);
  // A real paste (Ctrl+V from the clipboard): Firefox empties a page-made ClipboardEvent's clipboardData.
  expect(await page.evaluate((text) => navigator.clipboard.writeText(text).then(() => 'written'), long)).toBe('written');
  await chord(page, 'Control', 'v');
  await expect.poll(() => layerText(page, '[data-coach-badge]'), { timeout: 10_000 }).toContain('/280');
  await attached(page, '[data-coach-badge] [data-valid="false"]');
  expect(await page.$eval(EDITOR, (e) => e.textContent)).toBe(long);
  await page.keyboard.type(' ok');
  await expect.poll(() => page.$eval(EDITOR, (e) => e.textContent!.endsWith('room 412 ok'))).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

test('a page replaying WXT\'s "script started" event does not switch the coach off', async () => {
  // Everything the page could hear from the content script by postMessage, from before it starts.
  const x = await ff.open('/home', { init: recordMessages });
  await x.waitForSelector('[data-coach-root]');
  await sleep(300);
  expect(await x.evaluate(heardMessages)).not.toContain('content-script-started');
  await x.evaluate(replayScriptStarted, ADDON_ID);
  await sleep(300);
  expect(await x.$('[data-coach-root]')).not.toBeNull();
  await x.click(EDITOR);
  await x.keyboard.type(RISKY);
  await visible(x, '.coach-underline[data-rule="privacy/patient-name"]');
  await x.click('[data-testid="tweetButtonInline"]');
  await visible(x, '[data-coach-gate]');
  expect(await posts(x)).toEqual([]);
  await x.close();
});

test('the check before posting keeps focus, names the post of a thread, returns to the box on Escape and fixes all', async () => {
  const page = await ff.open('/compose/post?thread=1');
  await (await page.waitForSelector(editorSelector(1, '#layers')))!.click();
  await page.keyboard.type(RISKY);
  await visible(page, '.coach-underline[data-rule="privacy/room-number"]');
  await page.click('[data-testid="tweetButton"]');
  await visible(page, '[data-coach-gate]');
  expect(await layerText(page, '[data-coach-gate] h2')).toBe('Post 2 of 2: this post could identify a patient');
  await expect.poll(() => layerFocus(page)).toBe('edit');
  // Tab cycles the dialog's buttons and never leaves it.
  await page.keyboard.press('Tab');
  expect(await layerFocus(page)).toBe('fix-all');
  await page.keyboard.press('Tab');
  expect(await layerFocus(page)).toBe('post');
  await page.keyboard.press('Tab');
  expect(await layerFocus(page)).toBe('edit');
  await chord(page, 'Shift', 'Tab');
  expect(await layerFocus(page)).toBe('post');
  await page.keyboard.press('Escape');
  await gone(page, '[data-coach-gate]');
  await expect.poll(() => pageFocus(page)).toBe('tweetTextarea_1');
  expect(await posts(page)).toEqual([]);
  // "Fix all": every block finding has a fix; each is applied exactly, and nothing is posted.
  await page.click('[data-testid="tweetButton"]');
  await clickLayer(page, '[data-coach-gate] [data-coach-action="fix-all"]');
  await gone(page, '[data-coach-gate]');
  await expect.poll(() => draftText(page, 1)).toBe('Saw a patient today, a tough case');
  await expect.poll(() => count(page, '.coach-underline[data-severity="block"]')).toBe(0);
  expect(await posts(page)).toEqual([]);
  await page.close();
});

test('from the keyboard: with the caret in a flagged word, the shortcut puts focus on its fix', async () => {
  const page = await caretInRoomNumber();
  await shortcut(page);
  await expect.poll(() => page.evaluate(() => {
    const root = document.querySelector('[data-coach-root]')!.shadowRoot!;
    return root.activeElement?.matches('[data-coach-card] [data-coach-action="fix"]') ?? false;
  })).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => draftText(page)).toBe('Pt was stable overnight.');
  await page.close();
});

test('a fix that the page does not take leaves the draft as it was and says so on the card', async () => {
  const draft = 'Saw Mrs. Jane Hollis in clinic today.';
  const page = await typeDraft(draft);
  await visible(page, '.coach-underline[data-rule="privacy/patient-name"]');
  // From now on the editor refuses pasted and typed text (as a changed build of X's might).
  await page.evaluate(() => { (window as unknown as { __refuseEdits: boolean }).__refuseEdits = true; });
  await fixFromCard(page, 'privacy/patient-name');
  await expect.poll(() => layerText(page, '[data-coach-card] [data-coach-notice]')).toBe('Couldn’t apply this fix here: edit it by hand.');
  expect(await draftText(page)).toBe(draft);
  await page.close();
});

test('the badge sits beside X\'s toolbar row, off the text, and its dots say what they count', async () => {
  // A last line that runs the full width of the box.
  const page = await typeDraft('Saw Mrs. Jane Hollis in room 412 today, a tough case and a long line. '.repeat(4));
  await visible(page, '[data-coach-badge]');
  expect(badgeProblems(await badgeNow(page))).toEqual([]);
  expect(await layerAttr(page, '[data-coach-badge] .coach-count[data-severity="block"]', 'title')).toMatch(/\d+ to fix before posting/);
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
  await hover(page, '[data-rule="clarity/jargon"]');
  await visible(page, '.coach-card[data-rule="clarity/jargon"]');
  expect(await layerText(page, '.coach-card[data-rule="clarity/jargon"] .coach-why')).not.toBe('');
  await clickLayer(page, '.coach-card[data-rule="clarity/jargon"] [data-coach-action="fix"]');
  await expect.poll(() => draftText(page)).toBe('Patient with SOB on exertion improved with rest today.');
  await page.close();
});

test('hashtag chips reach the panel from the background script; a chip inserts its tag, which is posted', async () => {
  const page = await typeDraft(HASHTAG_DRAFT);
  await clickLayer(page, '[data-coach-badge]');
  await visible(page, '[data-coach-panel] [data-coach-hashtag]');
  const tag = (await layerAttr(page, '[data-coach-panel] [data-coach-hashtag]', 'data-coach-hashtag'))!;
  expect(tag).toMatch(/^#\w+/);
  await clickLayer(page, '[data-coach-panel] [data-coach-hashtag]');
  await expect.poll(() => draftText(page)).toBe(`${HASHTAG_DRAFT} ${tag}`);
  await page.keyboard.press('Escape');
  await gone(page, '[data-coach-panel]');
  // X's model has the tag too: it is what gets posted.
  await page.click('[data-testid="tweetButtonInline"]');
  expect((await posts(page)).at(-1)).toBe(`${HASHTAG_DRAFT} ${tag}`);
  await page.close();
});

test('dismiss hides a finding for this draft; "Add to ignore list" keeps the term unflagged', async () => {
  const page = await typeDraft('The patient in room 412 was stable. Another jargon test: SOB on exertion.');
  await clickLayer(page, '[data-coach-badge]');
  await clickLayer(page, '[data-coach-panel] .coach-card[data-rule="privacy/room-number"] [data-coach-action="dismiss"]');
  await expect.poll(() => count(page, '.coach-underline[data-rule="privacy/room-number"]')).toBe(0);
  await clickLayer(page, '[data-coach-panel] .coach-card[data-rule="clarity/jargon"] [data-coach-action="ignore"]');
  await clickLayer(page, '[data-coach-panel] .coach-card[data-rule="clarity/jargon"] [data-coach-action="ignore-confirm"]');
  await expect.poll(() => count(page, '.coach-underline[data-rule="clarity/jargon"]')).toBe(0);
  await page.close();
  // The ignore list is a setting: a new page does not flag the term either.
  const again = await typeDraft('SOB on exertion, the patient in room 412.');
  await attached(again, '.coach-underline[data-rule="privacy/room-number"]');
  expect(await count(again, '.coach-underline[data-rule="clarity/jargon"]')).toBe(0);
  await again.close();
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
