// One stored value on WXT's storage utility (`storage.defineItem`: versions, migrations, watch),
// with the little it lacks: a size check before writing to storage.sync, a readable error when a
// write fails, and telling this context's own writes apart from other contexts' changes.
//
// Values written by the old hand-made layer were envelopes `{ v, at, by, data }` with no WXT
// version; WXT reads them as version 1, and the migration to version 2 unwraps them.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { describeStorageError, syncQuotaProblem } from './quota.ts';

export type AreaName = 'sync' | 'local';

/** What a validator says about data from storage (or any outside source). */
export type Validation<T> = { ok: true; value: T; problems?: string[] } | { ok: false; problem: string };

export interface StoredItem {
  readonly area: AreaName;
  readonly key: string;
  /** The stored value after migrations, or null when there is none. */
  read(): Promise<unknown>;
  /** Writes `value`; resolves to null, or to why it could not be stored (nothing was written). */
  write(value: unknown): Promise<string | null>;
  /**
   * Calls `listener` with each value another context stores (null when removed), and with this
   * context's own value once the last of its writes has landed, so the caller ends on what
   * storage holds. Returns the unsubscribe function.
   */
  watch(listener: (value: unknown) => void): () => void;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An envelope of the old layer → its data; anything else is returned as it is. */
export function unwrapLegacy(old: unknown): unknown {
  return isRecord(old) && typeof old.v === 'number' && typeof old.at === 'number' && typeof old.by === 'string' && 'data' in old
    ? old.data
    : old;
}

const json = (v: unknown) => JSON.stringify(v ?? null);

export interface ItemOptions {
  /** What reading gives when nothing is stored (WXT's `fallback`); null by default. Validators copy it. */
  fallback?: unknown;
  /**
   * A store's own schema changes after version 2 (`later[3]` turns version-2 data into version 3,
   * and so on); WXT runs them in order and records the version.
   */
  later?: Record<number, (old: unknown) => unknown>;
}

export function storedItem(area: AreaName, key: string, options: ItemOptions = {}): StoredItem {
  const migrations = { 2: unwrapLegacy, ...options.later };
  const version = Math.max(...Object.keys(migrations).map(Number));
  const item = storage.defineItem<unknown>(`${area}:${key}`, { fallback: options.fallback ?? null, version, migrations });
  // JSON of the value storage holds, as far as this context knows, and of this context's writes
  // whose change event has not come back yet (oldest first).
  let stored: string | null = null;
  const pending: string[] = [];

  return {
    area,
    key,
    async read() {
      const value = await item.getValue();
      stored = json(value);
      return value;
    },
    async write(value) {
      const text = json(value);
      // Storage sends no change event for a write that changes nothing: do not make one.
      if (text === (pending.at(-1) ?? stored)) return null;
      if (area === 'sync') {
        const problem = await syncQuotaProblem(browser.storage.sync as never, key, value);
        if (problem) return problem;
      }
      pending.push(text);
      try {
        await item.setValue(value);
        return null;
      } catch (e) {
        const i = pending.indexOf(text);
        if (i >= 0) pending.splice(i, 1);
        return describeStorageError(e);
      }
    },
    watch(listener) {
      return item.watch((value) => {
        const text = json(value);
        stored = text;
        const i = pending.indexOf(text);
        if (i >= 0) {
          // Our own write: the ones before it were replaced in storage already.
          pending.splice(0, i + 1);
          if (pending.length === 0) listener(value);
          return;
        }
        listener(value);
      });
    },
  };
}

const asideKey = (key: string) => `${key}.corrupt`;

/**
 * Keeps an unreadable value aside in storage.local under `<key>.corrupt`: one copy per key,
 * written only when it differs from the copy already there, so repeated loads add nothing.
 * Resolves to the sentence the notice ends with.
 */
export async function keepAside(key: string, raw: unknown): Promise<string> {
  const target = asideKey(key);
  try {
    const existing = (await browser.storage.local.get(target))[target];
    if (json(existing) !== json(raw)) await browser.storage.local.set({ [target]: raw });
    return `The old data is kept as "${target}" in the extension's local storage.`;
  } catch (e) {
    return `The old data could not be kept aside (${describeStorageError(e)}); it is still there until you change something.`;
  }
}

/**
 * The old layer kept unreadable values in the value's own area under `<key>.corrupt` and, when that
 * held something else, `<key>.corrupt.<ms>`: enough of them filled the sync quota. The first is kept
 * as the local aside copy (unless one is there already); every other copy, and every copy in
 * storage.sync, is removed.
 */
export async function clearLegacyAsideCopies(area: AreaName, key: string): Promise<void> {
  const target = asideKey(key);
  try {
    const all = await browser.storage[area].get(null);
    const keys = Object.keys(all).filter((k) => k === target || k.startsWith(`${target}.`));
    const extra = area === 'sync' ? keys : keys.filter((k) => k !== target);
    if (extra.length === 0) return;
    const local = area === 'local' ? all[target] : (await browser.storage.local.get(target))[target];
    if (local === undefined) await browser.storage.local.set({ [target]: all[target] ?? all[keys[0]!] });
    await browser.storage[area].remove(extra);
  } catch {
    // Best effort: the copies stay where they were.
  }
}

/** Problems as a short sentence part: the first three, then how many more. */
export function listProblems(problems: string[]): string {
  const shown = problems.slice(0, 3).join('; ');
  return problems.length > 3 ? `${shown}; and ${problems.length - 3} more` : shown;
}
