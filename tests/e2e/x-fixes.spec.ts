// Fixes are exact or nothing: twelve fixes in a row, each in a new X tab of one browser, from the
// hover card and from the panel, replacements and removals, after emoji, in a thread's second box.
// Each checks the exact text Draft holds afterwards and that Ctrl+Z gives the draft back.
import { expect, test, type Page } from '@playwright/test';
import { FIX_CASES, draftModelText, expectedFix } from '../fixtures/e2e-cases.ts';
import { afterTwoFrames, typeLines } from '../fixtures/e2e-x.ts';
import { withExtension } from './extension.ts';

const ext = withExtension();

/** The text as Draft's model has it (blocks joined with newlines), read from the box's DOM. */
const draftText = (page: Page, box: number) => page.evaluate(draftModelText, box);

for (const c of FIX_CASES) {
  test(`fix: ${c.name}`, async () => {
    const box = c.box ?? 0;
    const expected = expectedFix(c);
    expect(expected, `the engine flags ${c.rule} with a fix`).toBeTruthy();

    const page = await ext.context.newPage();
    await page.goto(`https://x.com${c.path ?? '/home'}`);
    const editor = page.locator(`[data-testid="tweetTextarea_${box}"]`);
    await editor.click();
    await typeLines(page.keyboard, c.draft);
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
    // The coach's fix is done once it has re-read the box: then the user undoes.
    await page.evaluate(afterTwoFrames);
    await editor.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => draftText(page, box)).toBe(c.draft);
    await page.close();
  });
}
