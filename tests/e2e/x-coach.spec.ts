import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { CLEAN, HASHTAG_DRAFT, RISKY, longPaste } from '../fixtures/e2e-cases.ts';
import { seriousViolations } from '../fixtures/e2e-pages.ts';
import {
  COACHED_BOXES, badgeProblems, heardMessages, measureBadge, recordMessages, replayScriptStarted, rtlProblems, sendTogglePanel, textRect,
} from '../fixtures/e2e-x.ts';
import { withExtension } from './extension.ts';

const ext = withExtension();

async function open(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`https://x.com${path}`);
  return page;
}

const editor = (page: Page, n = 0, scope = 'body') => page.locator(`${scope} [data-testid="tweetTextarea_${n}"]`);
const layer = (page: Page) => page.locator('[data-coach-root]');
const textBox = (page: Page, needle: string) => page.evaluate(textRect, needle);
/** The badge's measurements, once it is drawn. */
const badgeNow = async (page: Page) => (await (await page.waitForFunction(measureBadge)).jsonValue())!;
const posts = (page: Page) => page.evaluate(() => window.__posts);

/** A new X tab at `path` with `text` typed into its first box. */
async function typeDraft(text: string, path = '/home'): Promise<Page> {
  const page = await open(path);
  await editor(page).click();
  await page.keyboard.type(text);
  return page;
}

/** The mouse over the middle of `target` (an underline: its card opens). */
async function hover(page: Page, target: Locator): Promise<void> {
  const r = (await target.boundingBox())!;
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
}

test('typing a risky draft underlines the identifier in the layer, not in the editor', async () => {
  const page = await typeDraft(RISKY);
  const underline = layer(page).locator('[data-rule="privacy/patient-name"]').first();
  await expect(underline).toHaveAttribute('data-severity', 'block');
  // The editor's DOM holds only Draft's own nodes.
  expect(await editor(page).locator('[data-rule]').count()).toBe(0);
  // The underline sits over the name's text.
  const box = await underline.boundingBox();
  const nameBox = await textBox(page, 'Jane');
  expect(box).not.toBeNull();
  expect(Math.abs(box!.y - nameBox!.y)).toBeLessThan(4);
  await page.close();
});

test('a fix replaces exactly the span through Draft and Ctrl+Z undoes it', async () => {
  const page = await typeDraft('Pt in room 412 was stable overnight.');
  const underline = layer(page).locator('[data-rule="privacy/room-number"]').first();
  await expect(underline).toBeVisible();
  await hover(page, underline);
  const fix = layer(page).locator('[data-coach-action="fix"]');
  await expect(fix).toBeVisible();
  await fix.click();
  await expect(editor(page)).not.toContainText('412');
  // The fix is done once its card closes (the coach re-reads the box first): then the user undoes.
  await expect(layer(page).locator('[data-coach-card]')).toHaveCount(0);
  const fixed = await editor(page).innerText();
  await editor(page).focus();
  await page.keyboard.press('Control+z');
  await expect(editor(page)).toContainText('room 412');
  expect(fixed).not.toContain('412');
  await page.close();
});

test('a hashtag chip in the panel inserts the tag at the end of the draft', async () => {
  const page = await typeDraft(HASHTAG_DRAFT);
  await layer(page).locator('[data-coach-badge]').click();
  const panel = layer(page).locator('[data-coach-panel]');
  await expect(panel).toBeVisible();
  const chip = panel.locator('[data-coach-hashtag]').first();
  const tag = (await chip.getAttribute('data-coach-hashtag'))!;
  expect(tag).toMatch(/^#\w+/);
  await chip.click();
  await expect(editor(page)).toContainText(`promising for our oncology patients. ${tag}`);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  // X's model has the tag too: it is what gets posted.
  await page.locator('[data-testid="tweetButtonInline"]').click();
  expect((await posts(page)).at(-1)).toMatch(new RegExp(`${tag}$`));
  await page.close();
});

test('Post is stopped by a block finding and goes through after "Post anyway"', async () => {
  const page = await typeDraft(RISKY);
  await page.locator('[data-testid="tweetButtonInline"]').click();
  const gate = layer(page).locator('[data-coach-gate]');
  await expect(gate).toBeVisible();
  await expect(gate).toHaveAttribute('role', 'dialog');
  await expect(gate).toContainText('Jane Hollis');
  expect(await posts(page)).toEqual([]);
  await gate.locator('[data-coach-action="post"]').click();
  await expect(gate).toHaveCount(0);
  expect(await posts(page)).toEqual([RISKY]);
  await page.close();
});

test('Ctrl+Enter is stopped the same way; "Edit" returns to the first finding', async () => {
  const page = await typeDraft(RISKY);
  await page.keyboard.press('Control+Enter');
  const gate = layer(page).locator('[data-coach-gate]');
  await expect(gate).toBeVisible();
  expect(await posts(page)).toEqual([]);
  await gate.locator('[data-coach-action="edit"]').click();
  await expect(gate).toHaveCount(0);
  await expect(editor(page)).toBeFocused();
  const selected = await page.evaluate(() => getSelection()?.toString());
  expect(selected).toBe('Mrs. Jane Hollis');
  // Confirming goes through X's own path.
  await page.keyboard.press('Control+Enter');
  await gate.locator('[data-coach-action="post"]').click();
  await expect.poll(() => posts(page)).toEqual([RISKY]);
  await page.close();
});

test('a clean draft posts untouched, by click and by Ctrl+Enter', async () => {
  const page = await typeDraft(CLEAN);
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await editor(page).click();
  await page.keyboard.type(CLEAN);
  await page.keyboard.press('Control+Enter');
  await expect(layer(page).locator('[data-coach-gate]')).toHaveCount(0);
  expect(await posts(page)).toEqual([CLEAN, CLEAN]);
  await page.close();
});

for (const { name, path, index, button, scope } of COACHED_BOXES) {
  test(`the ${name} box is coached and checked before posting`, async () => {
    const page = await open(path);
    await editor(page, index, scope).click();
    await page.keyboard.type(RISKY);
    await expect(layer(page).locator('[data-rule="privacy/patient-name"]').first()).toBeAttached();
    await page.locator(`[data-testid="${button}"]`).click();
    await expect(layer(page).locator('[data-coach-gate]')).toBeVisible();
    expect(await posts(page)).toEqual([]);
    await page.close();
  });
}

test('a box that mounts after a route change is coached', async () => {
  const page = await open('/explore?late=1');
  await expect(editor(page)).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/home');
  await editor(page).click();
  await page.keyboard.type(RISKY);
  await expect(layer(page).locator('[data-rule="privacy/room-number"]').first()).toBeAttached();
  await page.close();
});

test('the layer matches X\'s dark theme and follows a theme switch', async () => {
  const page = await typeDraft(RISKY, '/home?theme=dark');
  const themed = layer(page).locator('[data-theme]').first();
  await expect(themed).toHaveAttribute('data-theme', 'dark');
  const bg = await layer(page).locator('[data-coach-badge]').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe('rgb(0, 0, 0)');
  await page.evaluate(() => { document.body.style.backgroundColor = 'rgb(255, 255, 255)'; });
  await expect(themed).toHaveAttribute('data-theme', 'light');
  await page.close();
});

test('underlines follow the text when the page scrolls and when the window narrows', async () => {
  const page = await typeDraft(`${'Long line of plain words that wraps. '.repeat(3)}${RISKY}`);
  const underline = layer(page).locator('[data-rule="privacy/room-number"]').first();
  await expect(underline).toBeAttached();
  const before = (await underline.boundingBox())!;
  await page.setViewportSize({ width: 420, height: 700 });
  await expect.poll(async () => (await underline.boundingBox())?.y).not.toBe(before.y);
  const roomBox = await textBox(page, '412');
  const after = (await underline.boundingBox())!;
  expect(Math.abs(after.y - roomBox!.y)).toBeLessThan(4);
  await page.close();
});

test('a box that disappears is let go (no leaked sessions)', async () => {
  const page = await open('/compose/post');
  await editor(page, 0, '#layers').click();
  await page.keyboard.type(RISKY);
  await expect(layer(page).locator('[data-coach-badge]')).toHaveCount(1);
  await page.evaluate(() => document.getElementById('layers')!.replaceChildren());
  await expect(layer(page).locator('[data-coach-badge]')).toHaveCount(0);
  await expect(layer(page).locator('[data-rule]')).toHaveCount(0);
  await page.close();
});

test('with the keyboard: the caret in a flagged word opens its card; the shortcut opens the panel', async () => {
  const { page, card } = await caretInRoomNumber();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  // The background's advice ("Pt" -> "Patient") has come: it adds the first card, and the panel must not open before it.
  await expect(layer(page).locator('.coach-underline[data-rule="clarity/jargon"]').first()).toBeAttached();
  // The commands shortcut reaches the page as a message from the background script.
  await shortcut(page);
  const panel = layer(page).locator('[data-coach-panel]');
  await expect(panel).toBeVisible();
  // Focus is on the first finding's fix: Enter applies it.
  await expect(panel.locator('.coach-card button').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  // Escape from the panel goes back to the box.
  await expect(editor(page)).toBeFocused();
  await page.close();
});

test('a new block finding is announced politely, once', async () => {
  // A record number is blocked whatever the fitted weights say (a floor), so the test does not move with a refit.
  const page = await typeDraft('Pt MRN 55820193');
  const live = layer(page).locator('[aria-live="polite"]');
  await expect(live).toContainText('possible patient identifier');
  const first = await live.textContent();
  await page.keyboard.type(' was stable overnight.');
  await page.waitForTimeout(100);
  expect(await live.textContent()).toBe(first);
  await page.close();
});

test('dismiss hides a finding for this draft; "Add to ignore list" keeps the term unflagged', async () => {
  const page = await typeDraft('The patient in room 412 was stable. Another jargon test: SOB on exertion.');
  await layer(page).locator('[data-coach-badge]').click();
  const panel = layer(page).locator('[data-coach-panel]');
  await panel.locator('.coach-card[data-rule="privacy/room-number"] [data-coach-action="dismiss"]').click();
  await expect(layer(page).locator('.coach-underline[data-rule="privacy/room-number"]')).toHaveCount(0);
  await panel.locator('.coach-card[data-rule="clarity/jargon"] [data-coach-action="ignore"]').first().click();
  await panel.locator('.coach-card[data-rule="clarity/jargon"] [data-coach-action="ignore-confirm"]').first().click();
  await expect(layer(page).locator('.coach-underline[data-rule="clarity/jargon"]')).toHaveCount(0);
  await page.close();
  // The ignore list is a setting: a new page does not flag the term either.
  const again = await typeDraft('SOB on exertion, the patient in room 412.');
  await expect(layer(again).locator('.coach-underline[data-rule="privacy/room-number"]').first()).toBeAttached();
  await expect(layer(again).locator('.coach-underline[data-rule="clarity/jargon"]')).toHaveCount(0);
  await again.close();
});

test('right-to-left pages and X\'s larger font size are followed', async () => {
  const page = await typeDraft(RISKY, '/home?dir=rtl&font=20');
  await expect(layer(page).locator('[data-coach-badge]')).toBeVisible();
  expect(rtlProblems(await badgeNow(page))).toEqual([]);
  await page.close();
});

test('an unrecognised composer is left alone with one console warning', async () => {
  const page = await ext.context.newPage();
  const warnings: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'warning' && m.text().includes('Physician Post Coach')) warnings.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('https://x.com/home?markup=changed');
  const box = page.locator('[data-testid="composerInput-0"]');
  await box.click();
  await page.keyboard.type(RISKY);
  await page.mouse.click(5, 5);
  await box.click();
  await page.waitForTimeout(200);
  await expect(box).toContainText(RISKY);
  expect(await layer(page).locator('[data-rule]').count()).toBe(0);
  expect(warnings).toHaveLength(1);
  expect(errors).toEqual([]);
  await page.close();
});

test('a 25,000-character paste with RTL and emoji sequences loses nothing and is coached', async () => {
  const page = await open('/home');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const long = longPaste();
  await editor(page).click();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.querySelector('[data-testid="tweetTextarea_0"]')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, long);
  await expect(layer(page).locator('[data-coach-badge]')).toContainText('/280');
  await expect(layer(page).locator('[data-coach-badge] [data-valid="false"]')).toBeAttached();
  const typed = await page.evaluate(() => document.querySelector('[data-testid="tweetTextarea_0"]')!.textContent);
  expect(typed).toBe(long);
  await page.keyboard.type(' ok');
  await expect(editor(page)).toContainText('room 412 ok');
  expect(errors).toEqual([]);
  await page.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation in the coach's layer (${theme})`, async () => {
    const page = await typeDraft(RISKY, `/home?theme=${theme}`);
    const axe = async () => seriousViolations((await new AxeBuilder({ page }).include('physician-post-coach').analyze()).violations);
    await layer(page).locator('[data-coach-badge]').click();
    await expect(layer(page).locator('[data-coach-panel]')).toBeVisible();
    expect(await axe()).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect(layer(page).locator('[data-coach-gate]')).toBeVisible();
    expect(await axe()).toEqual([]);
    await page.close();
  });
}

/** A draft with a room number, the caret moved into it by keyboard: its card is open. */
async function caretInRoomNumber() {
  const page = await typeDraft('Pt in room 412 was stable overnight.');
  await expect(layer(page).locator('.coach-underline[data-rule="privacy/room-number"]').first()).toBeAttached();
  await page.keyboard.press('Home');
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  const card = layer(page).locator('[data-coach-card]');
  await expect(card).toContainText('Room or bed number');
  return { page, card };
}

/** The commands shortcut, as the background script relays it to the active tab. */
async function shortcut(page: Page) {
  const [worker] = ext.context.serviceWorkers();
  await page.bringToFront();
  await worker!.evaluate(sendTogglePanel, 'chrome' as const);
}

test('a page replaying WXT\'s "script started" event does not switch the coach off', async () => {
  const page = await ext.context.newPage();
  // Everything the page could hear from the content script by postMessage.
  await page.addInitScript(recordMessages);
  await page.goto('https://x.com/home');
  await expect(layer(page)).toBeAttached();
  await page.waitForTimeout(300);
  expect(await page.evaluate(heardMessages)).not.toContain('content-script-started');
  await page.evaluate(replayScriptStarted, ext.extensionId);
  await page.waitForTimeout(300);
  await expect(layer(page)).toBeAttached();
  await editor(page).click();
  await page.keyboard.type(RISKY);
  await expect(layer(page).locator('.coach-underline[data-rule="privacy/patient-name"]').first()).toBeVisible();
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect(layer(page).locator('[data-coach-gate]')).toBeVisible();
  expect(await posts(page)).toEqual([]);
  await page.close();
});

test('the check before posting keeps focus, names the post of a thread, returns to the box on Escape and fixes all', async () => {
  const page = await open('/compose/post?thread=1');
  const box = editor(page, 1, '#layers');
  await box.click();
  await page.keyboard.type(RISKY);
  await expect(layer(page).locator('.coach-underline[data-rule="privacy/room-number"]').first()).toBeVisible();
  await page.locator('[data-testid="tweetButton"]').click();
  const gate = layer(page).locator('[data-coach-gate]');
  await expect(gate).toBeVisible();
  await expect(gate.locator('h2')).toHaveText('Post 2 of 2: this post could identify a patient');
  const action = (name: string) => gate.locator(`[data-coach-action="${name}"]`);
  await expect(action('edit')).toBeFocused();
  // Tab cycles the dialog's buttons and never leaves it.
  await page.keyboard.press('Tab');
  await expect(action('fix-all')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(action('post')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(action('edit')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(action('post')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(gate).toHaveCount(0);
  await expect(box).toBeFocused();
  expect(await posts(page)).toEqual([]);
  // "Fix all": every block finding has a fix; each is applied exactly, and nothing is posted.
  await page.locator('[data-testid="tweetButton"]').click();
  await action('fix-all').click();
  await expect(gate).toHaveCount(0);
  await expect(box).toHaveText('Saw a patient today, a tough case');
  await expect(layer(page).locator('.coach-underline[data-severity="block"]')).toHaveCount(0);
  expect(await posts(page)).toEqual([]);
  await page.close();
});

test('from the keyboard: with the caret in a flagged word, the shortcut puts focus on its fix', async () => {
  const { page, card } = await caretInRoomNumber();
  await shortcut(page);
  await expect(card.locator('[data-coach-action="fix"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor(page)).toHaveText('Pt was stable overnight.');
  await page.close();
});

test('a fix that the page does not take leaves the draft as it was and says so on the card', async () => {
  const page = await typeDraft('Saw Mrs. Jane Hollis in clinic today.');
  const underline = layer(page).locator('.coach-underline[data-rule="privacy/patient-name"]').first();
  await expect(underline).toBeVisible();
  // From now on the editor refuses pasted and typed text (as a changed build of X's might).
  await page.evaluate(() => { (window as unknown as { __refuseEdits: boolean }).__refuseEdits = true; });
  await hover(page, underline);
  await layer(page).locator('[data-coach-card] [data-coach-action="fix"]').click();
  await expect(layer(page).locator('[data-coach-card] [data-coach-notice]')).toHaveText('Couldn’t apply this fix here: edit it by hand.');
  await expect(editor(page)).toHaveText('Saw Mrs. Jane Hollis in clinic today.');
  await page.close();
});

test('the badge sits beside X\'s toolbar row, off the text, and its dots say what they count', async () => {
  // A last line that runs the full width of the box.
  const page = await typeDraft('Saw Mrs. Jane Hollis in room 412 today, a tough case and a long line. '.repeat(4));
  const badge = layer(page).locator('[data-coach-badge]');
  await expect(badge).toBeVisible();
  expect(badgeProblems(await badgeNow(page))).toEqual([]);
  await expect(badge.locator('.coach-count[data-severity="block"]')).toHaveAttribute('title', /\d+ to fix before posting/);
  await page.close();
});
