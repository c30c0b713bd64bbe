// The options page in Firefox (the Chromium spec: tests/e2e/options.spec.ts), with the production
// Firefox build installed: the roster at 1280 px, problems shown where they happen, reminders as
// notifications as an optional permission, the sync size check, stored values from the old layer and unreadable ones.
// One browser for the file. The axe checks of the filled page are in axe.spec.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { FIREFOX_EXTENSION_DIR, reloadExtensionPage, withFirefox } from './firefox.ts';
import { byLabel, byRole, fill, fillRoster, isChecked, reverseDates, storageCall, textOf } from './ext-page.ts';
import {
  OVERSIZED_MESSAGE, corruptStorageProblems, measureReversedDates, measureRoster, oldEnvelopes, oversizedPolicy, reversedDatesProblems, rosterProblems,
} from '../fixtures/e2e-pages.ts';

const ff = withFirefox();

async function openOptions(width = 1280, height = 720): Promise<Page> {
  const page = await ff.openExtensionPage('/options.html', { width, height });
  // Each test starts from an empty storage (the browser is shared by the file's tests).
  await storageCall(page, 'local', 'clear');
  await storageCall(page, 'sync', 'clear');
  await reloadExtensionPage(page);
  await page.waitForSelector('h1');
  return page;
}

test('the trainee roster fits 1280 px: no clipped Remove button or note, no sideways scrolling', async () => {
  const page = await openOptions();
  await fillRoster(page);
  expect(rosterProblems(await page.evaluate(measureRoster), 1280)).toEqual([]);
  await page.close();
});

test('reversed conference dates are shown beside the field and what was typed stays', async () => {
  const page = await openOptions();
  await reverseDates(page);
  await page.waitForSelector('#conferences [data-field-error="end"]', { timeout: 10_000 });
  expect(reversedDatesProblems(await page.evaluate(measureReversedDates))).toEqual([]);
  await page.close();
});

// Firefox cannot make `alarms` optional (wxt.config.ts asks for it outright there, and Firefox shows
// no prompt for it): notifications are the optional permission, asked for with the first reminder.
test('notifications are an optional permission in Firefox, alarms a plain one', async () => {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { permissions: string[]; optional_permissions: string[] };
  expect(manifest.permissions.sort()).toEqual(['alarms', 'storage']);
  expect(manifest.optional_permissions).toEqual(['notifications']);
  // The add-on runs without it: its pages get no notifications API until it is granted (Firefox's
  // background is an event page, not a worker the test can reach; the pages share its permissions).
  const page = await openOptions();
  expect(await page.evaluate(() => {
    const { browser } = globalThis as unknown as { browser: { alarms?: unknown; notifications?: unknown } };
    return [typeof browser.alarms, typeof browser.notifications];
  })).toEqual(['object', 'undefined']);
  await page.close();
});

// The product checks Chrome's documented per-item size (lib/store/quota.ts) in every browser; Firefox's
// storage.sync has the same 8 KB per item, so the refusal is the same here.
test("a settings change too large for the browser's sync item is refused where it was made, and a reload keeps the old value", async () => {
  const page = await openOptions();
  await fill(await byLabel(page, '…or paste the policy JSON'), oversizedPolicy());
  await (await byRole(page, 'button', 'Apply pasted policy')).click();
  await expect.poll(() => textOf(page, '[data-policy-status="error"]')).toMatch(OVERSIZED_MESSAGE);
  expect(await isChecked(page, '[data-setting="premium"]')).toBe(false);
  await reloadExtensionPage(page);
  await page.waitForSelector('[data-setting="premium"]');
  expect(await isChecked(page, '[data-setting="premium"]')).toBe(false);
  expect((await storageCall(page, 'sync', 'get', 'settings')).settings).toBeUndefined();
  await page.close();
});

test('settings and roster saved by the old envelope layer come back after the update', async () => {
  const page = await openOptions();
  const old = oldEnvelopes();
  await storageCall(page, 'sync', 'set', old.sync);
  await storageCall(page, 'local', 'set', old.local);
  await reloadExtensionPage(page);
  await page.waitForSelector('[data-setting="premium"]');
  await expect.poll(() => isChecked(page, '[data-setting="premium"]')).toBe(true);
  expect(await (await byLabel(page, /Watch terms/)).evaluate((i) => i.value)).toBe('Mercy General');
  await expect.poll(() => textOf(page, '[data-ignored-terms] li')).toBe('“SOB” for any rule outside privacy Remove');
  expect(await (await byLabel(page, 'Dr Lee note')).evaluate((i) => i.value)).toBe('threads');
  expect(Object.keys((await storageCall(page, 'sync', 'get', 'settings')).settings as object)).not.toContain('watchTerms');
  await page.close();
});

test('an unreadable stored value, loaded again and again, leaves one aside copy in local storage and nothing new in sync', async () => {
  let page = await openOptions();
  await storageCall(page, 'sync', 'set', { settings: 'garbage' });
  await reloadExtensionPage(page);
  const alert = (p: Page) => textOf(p, '[role="alert"]');
  await expect.poll(() => alert(page)).toContain('Your saved settings could not be read; defaults are in use.');
  const syncKeys = Object.keys(await storageCall(page, 'sync', 'get', null)).sort();
  await page.close();
  for (let i = 0; i < 5; i++) {
    page = await ff.openExtensionPage('/options.html');
    await page.waitForSelector('h1');
    await expect.poll(() => alert(page)).toContain('could not be read');
    if (i < 4) await page.close();
  }
  expect(corruptStorageProblems(syncKeys, await storageCall(page, 'sync', 'get', null), await storageCall(page, 'local', 'get', null))).toEqual([]);
  await page.close();
});
