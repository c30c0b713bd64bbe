// Fixes are exact or nothing: twelve fixes in a row, each in a new X tab of one browser, from the
// hover card and from the panel, replacements and removals, after emoji, in a thread's second box.
// Each checks the exact text Draft holds afterwards and that Ctrl+Z gives the draft back.
import { expect, test, type Page } from '@playwright/test';
import { analyze } from '../../lib/engine/index.ts';
import { applyEdit, fixEdit } from '../../lib/edits.ts';
import { DEFAULT_APP_SETTINGS } from '../../lib/store/app-settings.ts';
import { withExtension } from './extension.ts';

const ext = withExtension();

interface Case { name: string; draft: string; rule: string; from: 'card' | 'panel'; path?: string; box?: number }

const CASES: Case[] = [
  { name: 'name replaced from the card', draft: 'Saw Mrs. Jane Hollis in clinic today, a tough case.', rule: 'privacy/patient-name', from: 'card' },
  { name: 'room number removed from the card', draft: 'Pt in room 412 was stable overnight.', rule: 'privacy/room-number', from: 'card' },
  { name: 'name replaced from the panel', draft: 'Saw Mrs. Jane Hollis in clinic today, a tough case.', rule: 'privacy/patient-name', from: 'panel' },
  { name: 'room number removed from the panel', draft: 'Pt in room 412 was stable overnight.', rule: 'privacy/room-number', from: 'panel' },
  { name: 'name after emoji, from the card', draft: '😀👩🏽‍⚕️ Saw Mrs. Jane Hollis in clinic today, a tough case.', rule: 'privacy/patient-name', from: 'card' },
  { name: 'room after emoji, from the panel', draft: '🎉🎉 Great night: pt in room 412 was stable.', rule: 'privacy/room-number', from: 'panel' },
  { name: 'jargon replaced from the card', draft: 'Pt with SOB on exertion improved with rest today.', rule: 'clarity/jargon', from: 'card' },
  { name: 'phone number replaced from the panel', draft: 'Pt called from 555-867-5309 about her results today.', rule: 'privacy/contact', from: 'panel' },
  { name: 'second line, caret on the first, from the card', draft: 'Long night on call.\nSaw Mrs. Jane Hollis in clinic today.', rule: 'privacy/patient-name', from: 'card' },
  { name: 'thread second box, from the card', draft: 'Saw Mrs. Jane Hollis in clinic today, a tough case.', rule: 'privacy/patient-name', from: 'card', path: '/compose/post?thread=1', box: 1 },
  { name: 'thread second box, from the panel', draft: 'Pt in room 412 was stable overnight.', rule: 'privacy/room-number', from: 'panel', path: '/compose/post?thread=1', box: 1 },
  { name: 'name at the very start, from the card', draft: 'Jane Hollis, 58, in room 9 was discharged today.', rule: 'privacy/patient-name', from: 'card' },
];

/** The text as Draft's model has it (blocks joined with newlines), read from the box's DOM. */
const draftText = (page: Page, box: number) => page.evaluate((box) => {
  const ed = document.querySelector(`[data-testid="tweetTextarea_${box}"]`)!;
  return Array.from(ed.querySelectorAll('[data-block="true"]'))
    .map((b) => Array.from(b.querySelectorAll('[data-text="true"]')).map((l) => l.textContent).join('')).join('\n');
}, box);

async function typeDraft(page: Page, draft: string) {
  const lines = draft.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

for (const c of CASES) {
  test(`fix: ${c.name}`, async () => {
    const box = c.box ?? 0;
    const finding = analyze(c.draft, DEFAULT_APP_SETTINGS, { hashtags: false }).findings.find((f) => f.rule === c.rule && f.fix);
    expect(finding, `the engine flags ${c.rule} with a fix`).toBeTruthy();
    const expected = applyEdit(c.draft, fixEdit(c.draft, finding!)!);

    const page = await ext.context.newPage();
    await page.goto(`https://x.com${c.path ?? '/home'}`);
    const editor = page.locator(`[data-testid="tweetTextarea_${box}"]`);
    await editor.click();
    await typeDraft(page, c.draft);
    if (c.draft.includes('\n')) await page.keyboard.press('Control+Home');
    await expect.poll(() => draftText(page, box)).toBe(c.draft);
    const layer = page.locator('[data-coach-root]');
    const underline = layer.locator(`.coach-underline[data-rule="${c.rule}"]`).first();
    await expect(underline).toBeVisible();
    if (c.from === 'card') {
      const r = (await underline.boundingBox())!;
      await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
      await layer.locator(`[data-coach-card] .coach-card[data-rule="${c.rule}"] [data-coach-action="fix"]`).click();
    } else {
      await layer.locator(`[data-coach-badge][data-session]`).last().click();
      await layer.locator(`[data-coach-panel] .coach-card[data-rule="${c.rule}"] [data-coach-action="fix"]`).first().click();
    }
    await expect.poll(() => draftText(page, box)).toBe(expected);
    await editor.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => draftText(page, box)).toBe(c.draft);
    await page.close();
  });
}
