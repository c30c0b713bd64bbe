// A box focused before the coach starts is coached: in a fresh browser (where Chromium answers the
// settings' policy read seconds late), the person clicks the box and types with no wait at all.
import { expect, test, type BrowserContext } from '@playwright/test';
import { RISKY } from '../fixtures/e2e-cases.ts';
import { launchExtension, outsideRequests, serveX } from './extension.ts';

async function typeAtOnce(context: BrowserContext) {
  const page = await context.newPage();
  // Only until the response starts: the click waits for the box, not for the page or the coach.
  await page.goto('https://x.com/home', { waitUntil: 'commit' });
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type(RISKY);
  // Post at once, as someone in a hurry would: the coach must already be there to hold it.
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect(page.locator('[data-coach-root]').locator('[data-coach-gate]')).toBeVisible();
  expect(await page.evaluate(() => window.__posts)).toEqual([]);
  await page.locator('[data-coach-root]').locator('[data-coach-action="edit"]').click();
  const underline = page.locator('[data-coach-root]').locator('.coach-underline[data-rule="privacy/patient-name"]').first();
  await expect(underline).toBeVisible();
  await expect(underline).toHaveAttribute('data-severity', 'block');
  await page.close();
}

for (let run = 1; run <= 3; run++) {
  test(`typing at once after navigation is coached (fresh browser ${run}, first and second tab)`, async () => {
    const { context, extensionId, requests } = await launchExtension();
    try {
      await serveX(context);
      await typeAtOnce(context);
      await typeAtOnce(context);
      expect(outsideRequests(requests, extensionId)).toEqual([]);
    } finally {
      await context.close();
    }
  });
}
