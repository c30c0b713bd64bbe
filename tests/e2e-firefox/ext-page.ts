// Helpers for the extension's own pages in Firefox (popup, options, practice, review): what
// Playwright's getByLabel / getByRole / fill / check do in the Chromium specs, over puppeteer-core.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { REVERSED_DATES, ROSTER } from '../fixtures/e2e-pages.ts';

type Name = string | RegExp;
const query = (name: Name, exact: boolean) =>
  typeof name === 'string' ? { text: name, source: null, flags: '', exact } : { text: null, source: name.source, flags: name.flags, exact };

/**
 * The control labelled `name` (aria-label, aria-labelledby or <label>), waited for. As Playwright's
 * getByLabel: a string matches a part of the label, case aside, unless `exact`.
 */
export async function byLabel(page: Page, name: Name, { exact = false } = {}): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await page.waitForFunction((q) => {
    const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const matches = (s: string) => (q.source !== null ? new RegExp(q.source, q.flags).test(s) : q.exact ? s === q.text : s.toLowerCase().includes(q.text!.toLowerCase()));
    for (const el of document.querySelectorAll<HTMLInputElement>('input, textarea, select, [role="checkbox"], [role="switch"], [role="textbox"]')) {
      const names = [
        el.getAttribute('aria-label'),
        ...(el.getAttribute('aria-labelledby')?.split(/\s+/).map((id) => document.getElementById(id)?.textContent) ?? []),
        ...Array.from(el.labels ?? []).map((l) => l.textContent),
      ];
      if (names.some((n) => n != null && matches(norm(n)))) return el;
    }
    return null;
  }, { timeout: 10_000 }, query(name, exact));
  return handle as unknown as ElementHandle<HTMLInputElement>;
}

/** The button (or tab) whose accessible name is `name`, waited for; as getByRole(role, { name, exact }). */
export async function byRole(page: Page, role: 'button' | 'tab', name: Name, { exact = false } = {}): Promise<ElementHandle<HTMLElement>> {
  const handle = await page.waitForFunction((role, q) => {
    const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const matches = (s: string) => (q.source !== null ? new RegExp(q.source, q.flags).test(s) : q.exact ? s === q.text : s.toLowerCase().includes(q.text!.toLowerCase()));
    const selector = role === 'button' ? 'button, [role="button"], input[type="button"], input[type="submit"]' : '[role="tab"]';
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (matches(norm(el.getAttribute('aria-label') ?? el.textContent))) return el;
    }
    return null;
  }, { timeout: 10_000 }, role, query(name, exact));
  return handle as unknown as ElementHandle<HTMLElement>;
}

/** Replaces the field's value and tells React, as Playwright's fill does (date fields included). */
export async function fill(field: ElementHandle<Element>, value: string): Promise<void> {
  await field.evaluate((el, value) => {
    const input = el as HTMLInputElement | HTMLTextAreaElement;
    input.focus();
    const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

/** Clicks a checkbox until it is as wanted (Playwright's check / uncheck). */
export async function setChecked(box: ElementHandle<Element>, checked: boolean): Promise<void> {
  if ((await box.evaluate((el) => (el as HTMLInputElement).checked)) !== checked) await box.click();
  const now = await box.evaluate((el) => (el as HTMLInputElement).checked);
  if (now !== checked) throw new Error(`the checkbox stayed ${now ? 'checked' : 'unchecked'}`);
}

export const isChecked = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLInputElement).checked);
/** The element's text, whitespace collapsed (as Playwright's toHaveText compares it). */
export const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent!.replace(/\s+/g, ' ').trim()).catch(() => null);
export const countOf = (page: Page, selector: string) => page.$$eval(selector, (found) => found.length);
export const rectOf = (el: ElementHandle<Element>) => el.evaluate((e) => {
  const { x, y, width, height } = e.getBoundingClientRect();
  return { x, y, width, height };
});

/** A file on disk for an <input type="file">. */
export function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'coach-ff-')), name);
  writeFileSync(path, content);
  return path;
}

type Area = 'local' | 'sync';
/** browser.storage[area][method](arg), run in an extension page. */
export const storageCall = (page: Page, area: Area, method: 'get' | 'set' | 'clear', arg?: unknown) =>
  page.evaluate(async (area, method, arg) => {
    const { storage } = (globalThis as unknown as { browser: { storage: Record<string, Record<string, (a?: unknown) => Promise<unknown>>> } }).browser;
    return (await storage[area]![method]!(arg)) ?? null;
  }, area, method, arg ?? null) as Promise<Record<string, unknown>>;

/** Two trainees with long text everywhere, one note naming a patient (its warning left open). */
export async function fillRoster(page: Page): Promise<void> {
  for (const name of ROSTER.trainees) {
    await fill(await byLabel(page, 'New trainee'), name);
    await (await byRole(page, 'button', 'Add trainee')).click();
    await fill(await byLabel(page, `${name} specialty`), ROSTER.specialty);
    await fill(await byLabel(page, `${name} assistant`), ROSTER.assistant);
  }
  await fill(await byLabel(page, `${ROSTER.note.of} note`), ROSTER.note.text);
  await (await byLabel(page, `${ROSTER.trainees[1]} specialty`)).focus();
  await page.waitForSelector('[data-note-warning]', { visible: true, timeout: 10_000 });
}

/** Types REVERSED_DATES into the options page's conference row. */
export async function reverseDates(page: Page): Promise<void> {
  await fill((await page.waitForSelector('[placeholder="#ASCO27"]'))!, REVERSED_DATES.tag);
  await fill(await byLabel(page, 'From', { exact: true }), REVERSED_DATES.from);
  await fill(await byLabel(page, 'To', { exact: true }), REVERSED_DATES.to);
}
