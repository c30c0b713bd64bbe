// The Chromium spec's fixes (tests/e2e/x-fixes.spec.ts) in Firefox: the same twelve cases, each in a
// new X tab of one browser, from the hover card and from the panel, replacements and removals, after
// emoji, in a thread's second box; the exact text Draft holds afterwards, and Ctrl+Z gives it back.
import { expect, test } from 'vitest';
import { FIX_CASES, expectedFix } from '../fixtures/e2e-cases.ts';
import { withFirefox } from './firefox.ts';
import { afterTwoFrames, typeLines } from '../fixtures/e2e-x.ts';
import { chord, clickLayer, draftText, editorSelector, hover, inLayer, visible } from './x-page.ts';

const ff = withFirefox();

for (const c of FIX_CASES) {
  test(`fix: ${c.name}`, async () => {
    const box = c.box ?? 0;
    const expected = expectedFix(c);
    expect(expected, `the engine flags ${c.rule} with a fix`).toBeTruthy();

    const page = await ff.open(c.path ?? '/home');
    const editor = (await page.waitForSelector(editorSelector(box)))!;
    await editor.click();
    await typeLines(page.keyboard, c.draft);
    if (c.draft.includes('\n')) await chord(page, 'Control', 'Home');
    await expect.poll(() => draftText(page, box)).toBe(c.draft);
    const underline = `.coach-underline[data-rule="${c.rule}"]`;
    await visible(page, underline);
    if (c.from === 'card') {
      await hover(page, underline);
      await clickLayer(page, `[data-coach-card] .coach-card[data-rule="${c.rule}"] [data-coach-action="fix"]`);
    } else {
      const badges = await page.$$(inLayer('[data-coach-badge][data-session]'));
      await badges.at(-1)!.click();
      await clickLayer(page, `[data-coach-panel] .coach-card[data-rule="${c.rule}"] [data-coach-action="fix"]`);
    }
    await expect.poll(() => draftText(page, box)).toBe(expected);
    // The coach's fix is done once it has re-read the box: then the user undoes.
    await page.evaluate(afterTwoFrames);
    await editor.focus();
    await chord(page, 'Control', 'z');
    await expect.poll(() => draftText(page, box)).toBe(c.draft);
    await page.close();
  });
}
