// The options page in Chromium with the production build: a roster that fits 1280 px, problems
// shown where they happen, axe clean with its warnings on screen, reminders as optional permissions.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  for (const name of ['Dr. Adaeze Okonkwo-Whitfield', 'Dr. Bartholomew Castellanos']) {
    await page.getByLabel('New trainee').fill(name);
    await page.getByRole('button', { name: 'Add trainee' }).click();
    await page.getByLabel(`${name} specialty`).fill('Paediatric emergency medicine and toxicology');
    await page.getByLabel(`${name} assistant`).fill('Samantha Featherstonehaugh');
  }
  const note = page.getByLabel('Dr. Adaeze Okonkwo-Whitfield note');
  await note.fill('saw pt Maria Alvarez bed 7 — asked how to write about it without identifying anyone at all');
  await page.getByLabel('Dr. Bartholomew Castellanos specialty').focus();
  await expect(page.locator('[data-note-warning]')).toBeVisible();
}

test('the trainee roster fits 1280 px: no clipped Remove button or note, no sideways scrolling', async () => {
  const page = await openOptions();
  await fillRoster(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  const controls = page.locator('table.trainees').locator('input, textarea, button');
  expect(await controls.count()).toBeGreaterThan(10);
  for (const box of await controls.evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    const cell = el.closest('td')!.getBoundingClientRect();
    return { left: r.left, right: r.right, cellLeft: cell.left, cellRight: cell.right };
  }))) {
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
  await page.getByPlaceholder('#ASCO27').fill('#ASCO27');
  await page.getByLabel('From', { exact: true }).fill('2027-06-01');
  await page.getByLabel('To', { exact: true }).fill('2027-05-28');
  const error = page.locator('#conferences [data-field-error="end"]');
  await expect(error).toHaveText('The end date is before the start date.');
  const [field, message] = [await page.getByLabel('To', { exact: true }).boundingBox(), await error.boundingBox()];
  // Beside the field, on its line (not at the top of the page).
  expect(Math.abs(message!.y - field!.y)).toBeLessThan(40);
  await expect(page.getByRole('button', { name: 'Add conference' })).toBeDisabled();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2027-06-01');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2027-05-28');
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
  const conferences = Array.from({ length: 70 }, (_, i) => ({ tag: `#Meeting${i}${'x'.repeat(80)}`, start: '2027-01-01', end: '2027-01-02' }));
  await page.getByLabel('…or paste the policy JSON').fill(JSON.stringify({ premium: true, conferences }));
  await page.getByRole('button', { name: 'Apply pasted policy' }).click();
  await expect(page.locator('[data-policy-status="error"]')).toContainText(/Not saved: it needs \d+\.\d KB and the browser syncs at most 8\.0 KB for it\./);
  await expect(page.locator('[data-setting="premium"]')).not.toBeChecked();
  await page.reload();
  await expect(page.locator('[data-setting="premium"]')).not.toBeChecked();
  expect((await storageCall(page, 'sync', 'get', 'settings')).settings).toBeUndefined();
  await page.close();
});

test('settings and roster saved by the old envelope layer come back after the update', async () => {
  const page = await openOptions();
  const env = (data: unknown) => ({ v: 1, at: Date.now(), by: 'old', data });
  await storageCall(page, 'sync', 'set', { settings: env({ premium: true, watchTerms: ['Mercy General'], ignoredTerms: ['SOB'], enabled: true, sites: { x: true }, gate: true }) });
  await storageCall(page, 'local', 'set', { trainees: env([{ id: 't1', name: 'Dr Lee', specialty: 'cardiology', assistant: '', progress: 40, followUp: '', note: 'threads' }]) });
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
  expect(Object.keys(await storageCall(page, 'sync', 'get', null)).sort()).toEqual(syncKeys);
  const local = await storageCall(page, 'local', 'get', null);
  expect(Object.keys(local).filter((k) => k.includes('corrupt'))).toEqual(['settings.corrupt']);
  expect(local['settings.corrupt']).toBe('garbage');
  await page.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation on the filled options page (${scheme})`, async () => {
    const page = await openOptions();
    await page.emulateMedia({ colorScheme: scheme });
    await fillRoster(page);
    await page.getByPlaceholder('#ASCO27').fill('#ASCO27');
    await page.getByLabel('From', { exact: true }).fill('2027-06-01');
    await page.getByLabel('To', { exact: true }).fill('2027-05-28');
    await page.getByLabel('…or paste the policy JSON').fill('{"gate": "sometimes"}');
    await page.getByRole('button', { name: 'Apply pasted policy' }).click();
    await expect(page.locator('[data-policy-status="error"]')).toBeVisible();
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(bad).toEqual([]);
    await page.close();
  });
}
