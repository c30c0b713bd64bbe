// The Chromium suite's axe checks in Firefox: axe-core (the version @axe-core/playwright runs) is
// injected into the page and run there, and only serious or critical violations fail. The extension
// pages are checked in a light and a dark colour scheme: puppeteer cannot emulate the scheme over
// WebDriver BiDi, so each scheme gets its own browser with Firefox's content colour-scheme pref.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { RISKY } from '../fixtures/e2e-cases.ts';
import { seriousViolations, type AxeViolation } from '../fixtures/e2e-pages.ts';
import { withFirefox } from './firefox.ts';
import { byLabel, byRole, fill, fillRoster, reverseDates, setChecked } from './ext-page.ts';
import { EDITOR, clickLayer, visible } from './x-page.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious or critical axe violations on the page as it is now, within `include` when given. */
async function axeBad(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = await page.evaluate(async (include) => {
    type Result = { passes: unknown[]; violations: AxeViolation[] };
    const { axe } = window as unknown as { axe: { run(context: unknown): Promise<Result> } };
    const { passes, violations } = await axe.run(include ? { include: [[include]] } : document);
    return { passes: passes.length, violations: violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.map(({ target }) => ({ target })) })) };
  }, include ?? null);
  // A run that looked at nothing (a wrong include) would pass: it must have checked something.
  if (!result.passes) return ['axe checked nothing'];
  return seriousViolations(result.violations);
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`${scheme} colour scheme`, () => {
    // 0 dark, 1 light: what prefers-color-scheme says to every page.
    const ff = withFirefox({ prefs: { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 } });

    // The coach's layer follows X's theme (the page's colours), so X's light and dark themes are
    // checked once, in the light-scheme browser, as the Chromium spec does.
    if (scheme === 'light') {
      for (const theme of ['light', 'dark'] as const) {
        test(`axe finds no serious or critical violation in the coach's layer (X theme ${theme})`, async () => {
          const page = await ff.open(`/home?theme=${theme}`);
          await page.click(EDITOR);
          await page.keyboard.type(RISKY);
          await clickLayer(page, '[data-coach-badge]');
          await visible(page, '[data-coach-panel]');
          expect(await axeBad(page, 'physician-post-coach')).toEqual([]);
          await page.keyboard.press('Escape');
          await page.click('[data-testid="tweetButtonInline"]');
          await visible(page, '[data-coach-gate]');
          expect(await axeBad(page, 'physician-post-coach')).toEqual([]);
          await page.close();
        });
      }
    }

    test('the scheme reaches the pages', async () => {
      const page = await ff.openExtensionPage('/popup.html');
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      await page.close();
    });

    for (const name of ['popup.html', 'options.html', 'practice.html', 'review.html']) {
      test(`axe finds no serious or critical violation on ${name}`, async () => {
        const page = await ff.openExtensionPage(`/${name}${name === 'practice.html' ? '#scenario=patient-name' : ''}`);
        await page.waitForSelector('h1');
        expect(await axeBad(page)).toEqual([]);
        await page.close();
      });
    }

    test('axe finds no serious or critical violation with content on screen: presenter mode, drafts under review, saved reviews', async () => {
      let page = await ff.openExtensionPage('/practice.html#scenario=stigmatizing-language');
      await page.waitForSelector('h1');
      await setChecked(await byLabel(page, 'Presenter mode'), true);
      expect(await axeBad(page)).toEqual([]);
      await page.close();
      page = await ff.openExtensionPage('/practice.html#scenario=hashtag-suggestion');
      await page.waitForSelector('[data-coach-hashtag]');
      expect(await axeBad(page)).toEqual([]);
      await page.close();
      page = await ff.openExtensionPage('/review.html');
      await fill(await byLabel(page, 'Drafts to review'), 'Saw Mrs. Jane Hollis in room 412 today.\n\nGrand rounds on sepsis today.');
      await (await byRole(page, 'button', 'Review', { exact: true })).click();
      await (await page.waitForSelector('[data-review-action="save"]'))!.click();
      await page.click('[data-review-action="copy"]');
      await page.waitForSelector('[data-saved-review]');
      expect(await axeBad(page)).toEqual([]);
      await (await byRole(page, 'button', /^Delete the review/)).click();
      await page.close();
    });

    test('axe finds no serious or critical violation on the filled options page', async () => {
      const page = await ff.openExtensionPage('/options.html');
      await page.waitForSelector('h1');
      await fillRoster(page);
      await reverseDates(page);
      await fill(await byLabel(page, '…or paste the policy JSON'), '{"gate": "sometimes"}');
      await (await byRole(page, 'button', 'Apply pasted policy')).click();
      await page.waitForSelector('[data-policy-status="error"]', { visible: true });
      expect(await axeBad(page)).toEqual([]);
      await page.close();
    });
  });
}
