// The options page in Chromium with the production build: a roster that fits 1280 px, problems
// shown where they happen, axe clean with its warnings on screen, reminders as optional permissions.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  OVERSIZED_MESSAGE, REVERSED_DATES, ROSTER, corruptStorageProblems, measureReversedDates, measureRoster, oldEnvelopes, oversizedPolicy,
  reversedDatesProblems, rosterProblems, seriousViolations,
} from '../fixtures/e2e-pages.ts';
import { EXTENSION_DIR, withExtension } from './extension.ts';

const ext = withExtension();

async function openOptions(width = 1280, height = 720): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  // Each test starts from an empty storage (the browser is shared by the spec's tests).
  await page.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync', { clear(): Promise<void> }> } }).chrome;
    await storage.local.clear();
    await storage.sync.clear();
  });
  await page.reload();
  await page.locator('h1').waitFor();
  return page;
}

/** Two trainees with long text everywhere, one note naming a patient (its warning left open). */
async function fillRoster(page: Page): Promise<void> {
  for (const name of ROSTER.trainees) {
    await page.getByLabel('New trainee').fill(name);
    await page.getByRole('button', { name: 'Add trainee' }).click();
    await page.getByLabel(`${name} specialty`).fill(ROSTER.specialty);
    await page.getByLabel(`${name} assistant`).fill(ROSTER.assistant);
  }
  await page.getByLabel(`${ROSTER.note.of} note`).fill(ROSTER.note.text);
  await page.getByLabel(`${ROSTER.trainees[1]} specialty`).focus();
  await expect(page.locator('[data-note-warning]')).toBeVisible();
}

/** Types REVERSED_DATES into the conference row. */
async function reverseDates(page: Page): Promise<void> {
  await page.getByPlaceholder('#ASCO27').fill(REVERSED_DATES.tag);
  await page.getByLabel('From', { exact: true }).fill(REVERSED_DATES.from);
  await page.getByLabel('To', { exact: true }).fill(REVERSED_DATES.to);
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
  await page.locator('#conferences [data-field-error="end"]').waitFor();
  expect(reversedDatesProblems(await page.evaluate(measureReversedDates))).toEqual([]);
  await page.close();
});

test('alarms and notifications are optional permissions', async () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { permissions: string[]; optional_permissions: string[] };
  expect(manifest.permissions).not.toContain('alarms');
  expect(manifest.permissions).not.toContain('notifications');
  expect(manifest.optional_permissions).toEqual(expect.arrayContaining(['alarms', 'notifications']));
  // The background worker runs without them: the page's stores and the worker still answer.
  const worker = ext.context.serviceWorkers()[0]!;
  expect(await worker.evaluate(() => typeof (globalThis as unknown as { chrome: { alarms?: unknown } }).chrome.alarms)).toBe('undefined');
});

type Area = 'local' | 'sync';
const storageCall = (page: Page, area: Area, method: 'get' | 'set', arg: unknown) =>
  page.evaluate(async ({ area, method, arg }) => {
    const { storage } = (globalThis as unknown as { chrome: { storage: Record<string, Record<string, (a: unknown) => Promise<unknown>>> } }).chrome;
    return storage[area]![method]!(arg);
  }, { area, method, arg }) as Promise<Record<string, unknown>>;

test("a settings change too large for Chrome's sync item is refused where it was made, and a reload keeps the old value", async () => {
  const page = await openOptions();
  await page.getByLabel('…or paste the policy JSON').fill(oversizedPolicy());
  await page.getByRole('button', { name: 'Apply pasted policy' }).click();
  await expect(page.locator('[data-policy-status="error"]')).toContainText(OVERSIZED_MESSAGE);
  await expect(page.locator('[data-setting="premium"]')).not.toBeChecked();
  await page.reload();
  await expect(page.locator('[data-setting="premium"]')).not.toBeChecked();
  expect((await storageCall(page, 'sync', 'get', 'settings')).settings).toBeUndefined();
  await page.close();
});

test('settings and roster saved by the old envelope layer come back after the update', async () => {
  const page = await openOptions();
  const old = oldEnvelopes();
  await storageCall(page, 'sync', 'set', old.sync);
  await storageCall(page, 'local', 'set', old.local);
  await page.reload();
  await expect(page.locator('[data-setting="premium"]')).toBeChecked();
  await expect(page.getByLabel(/Watch terms/)).toHaveValue('Mercy General');
  await expect(page.locator('[data-ignored-terms] li')).toHaveText('“SOB” for any rule outside privacy Remove');
  await expect(page.getByLabel('Dr Lee note')).toHaveValue('threads');
  expect(Object.keys((await storageCall(page, 'sync', 'get', 'settings')).settings as object)).not.toContain('watchTerms');
  await page.close();
});

test('an unreadable stored value, loaded again and again, leaves one aside copy in local storage and nothing new in sync', async () => {
  let page = await openOptions();
  await storageCall(page, 'sync', 'set', { settings: 'garbage' });
  await page.reload();
  await expect(page.getByRole('alert').first()).toContainText('Your saved settings could not be read; defaults are in use.');
  const syncKeys = Object.keys(await storageCall(page, 'sync', 'get', null)).sort();
  await page.close();
  for (let i = 0; i < 5; i++) {
    page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.locator('h1').waitFor();
    await expect(page.getByRole('alert').first()).toContainText('could not be read');
    if (i < 4) await page.close();
  }
  expect(corruptStorageProblems(syncKeys, await storageCall(page, 'sync', 'get', null), await storageCall(page, 'local', 'get', null))).toEqual([]);
  await page.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation on the filled options page (${scheme})`, async () => {
    const page = await openOptions();
    await page.emulateMedia({ colorScheme: scheme });
    await fillRoster(page);
    await reverseDates(page);
    await page.getByLabel('…or paste the policy JSON').fill('{"gate": "sometimes"}');
    await page.getByRole('button', { name: 'Apply pasted policy' }).click();
    await expect(page.locator('[data-policy-status="error"]')).toBeVisible();
    expect(seriousViolations((await new AxeBuilder({ page }).analyze()).violations)).toEqual([]);
    await page.close();
  });
}
