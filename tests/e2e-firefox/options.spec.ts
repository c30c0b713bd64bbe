// The options page in Firefox (the Chromium spec: tests/e2e/options.spec.ts), with the production
// Firefox build installed: the roster at 1280 px, problems shown where they happen, reminders as
// notifications as an optional permission, the sync size check, stored values from the old layer and unreadable ones.
// One browser for the file. The axe checks of the filled page are in axe.spec.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIREFOX_EXTENSION_DIR, launchFirefox, outsideRequests, reloadExtensionPage, type Firefox } from './firefox.ts';
import { byLabel, byRole, fill, fillRoster, isChecked, rectOf, storageCall, textOf } from './ext-page.ts';

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => {
  expect(outsideRequests(ff?.requests ?? [])).toEqual([]);
  await ff?.browser.close();
});

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
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  const boxes = await page.$$eval('table.trainees input, table.trainees textarea, table.trainees button', (els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    const cell = el.closest('td')!.getBoundingClientRect();
    return { left: r.left, right: r.right, cellLeft: cell.left, cellRight: cell.right };
  }));
  expect(boxes.length).toBeGreaterThan(10);
  for (const box of boxes) {
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(1280);
    // Inside its own cell: nothing overlaps the next column.
    expect(box.left).toBeGreaterThanOrEqual(box.cellLeft - 1);
    expect(box.right).toBeLessThanOrEqual(box.cellRight + 1);
  }
  await page.close();
});

test('reversed conference dates are shown beside the field and what was typed stays', async () => {
  const page = await openOptions();
  await fill((await page.$('[placeholder="#ASCO27"]'))!, '#ASCO27');
  await fill(await byLabel(page, 'From', { exact: true }), '2027-06-01');
  await fill(await byLabel(page, 'To', { exact: true }), '2027-05-28');
  const error = '#conferences [data-field-error="end"]';
  await expect.poll(() => textOf(page, error)).toBe('The end date is before the start date.');
  const field = await rectOf(await byLabel(page, 'To', { exact: true }));
  const message = await rectOf((await page.$(error))!);
  // Beside the field, on its line (not at the top of the page).
  expect(Math.abs(message.y - field.y)).toBeLessThan(40);
  expect(await (await byRole(page, 'button', 'Add conference')).evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(true);
  expect(await (await byLabel(page, 'From', { exact: true })).evaluate((i) => i.value)).toBe('2027-06-01');
  expect(await (await byLabel(page, 'To', { exact: true })).evaluate((i) => i.value)).toBe('2027-05-28');
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
  const conferences = Array.from({ length: 70 }, (_, i) => ({ tag: `#Meeting${i}${'x'.repeat(80)}`, start: '2027-01-01', end: '2027-01-02' }));
  await fill(await byLabel(page, '…or paste the policy JSON'), JSON.stringify({ premium: true, conferences }));
  await (await byRole(page, 'button', 'Apply pasted policy')).click();
  await expect.poll(() => textOf(page, '[data-policy-status="error"]')).toMatch(/Not saved: it needs \d+\.\d KB and the browser syncs at most 8\.0 KB for it\./);
  expect(await isChecked(page, '[data-setting="premium"]')).toBe(false);
  await reloadExtensionPage(page);
  await page.waitForSelector('[data-setting="premium"]');
  expect(await isChecked(page, '[data-setting="premium"]')).toBe(false);
  expect((await storageCall(page, 'sync', 'get', 'settings')).settings).toBeUndefined();
  await page.close();
});

test('settings and roster saved by the old envelope layer come back after the update', async () => {
  const page = await openOptions();
  const env = (data: unknown) => ({ v: 1, at: Date.now(), by: 'old', data });
  await storageCall(page, 'sync', 'set', { settings: env({ premium: true, watchTerms: ['Mercy General'], ignoredTerms: ['SOB'], enabled: true, sites: { x: true }, gate: true }) });
  await storageCall(page, 'local', 'set', { trainees: env([{ id: 't1', name: 'Dr Lee', specialty: 'cardiology', assistant: '', progress: 40, followUp: '', note: 'threads' }]) });
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
  expect(Object.keys(await storageCall(page, 'sync', 'get', null)).sort()).toEqual(syncKeys);
  const local = await storageCall(page, 'local', 'get', null);
  expect(Object.keys(local).filter((k) => k.includes('corrupt'))).toEqual(['settings.corrupt']);
  expect(local['settings.corrupt']).toBe('garbage');
  await page.close();
});
