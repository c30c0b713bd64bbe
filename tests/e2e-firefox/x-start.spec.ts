// The Chromium spec's start (tests/e2e/x-start.spec.ts) in Firefox: a box focused before the coach
// starts is coached. In a fresh browser, the person clicks the box as soon as it is there and types,
// then posts at once: the coach must already hold the post, in the first tab and in a second one.
import { expect, test } from 'vitest';
import { RISKY } from '../fixtures/e2e-cases.ts';
import { launchFirefox, outsideRequests, type Firefox } from './firefox.ts';
import { clickLayer, EDITOR, posts, visible } from './x-page.ts';

async function typeAtOnce(ff: Firefox) {
  // No wait for the page's load or for the coach: only for the box to be there to click.
  const page = await ff.open('/home', { atOnce: true });
  await (await page.waitForSelector(EDITOR, { timeout: 10_000 }))!.click();
  await page.keyboard.type(RISKY);
  // Post at once, as someone in a hurry would: the coach must already be there to hold it.
  await page.click('[data-testid="tweetButtonInline"]');
  await visible(page, '[data-coach-gate]');
  expect(await posts(page)).toEqual([]);
  await clickLayer(page, '[data-coach-action="edit"]');
  await visible(page, '.coach-underline[data-rule="privacy/patient-name"][data-severity="block"]');
  await page.close();
}

for (let run = 1; run <= 3; run++) {
  test(`typing at once after navigation is coached (fresh browser ${run}, first and second tab)`, async () => {
    const ff = await launchFirefox();
    try {
      await typeAtOnce(ff);
      await typeAtOnce(ff);
      expect(outsideRequests(ff.requests)).toEqual([]);
    } finally {
      await ff.browser.close();
    }
  });
}
