// A small persistence layer over browser.storage areas.
//
// Every value is written under one key as an envelope:
//
//   { v: schema version, at: write time (ms), by: id of the writing context, data }
//
// - load():      missing → defaults; an older version → migrations, in order; anything that cannot
//                be read (not an envelope, a newer version, a failed migration, data the validator
//                rejects) → defaults, with the raw value kept aside under `${key}.corrupt` (never
//                deleted) and a notice the UI can show.
// - save():      writes a new envelope whose `at` is newer than anything this context has seen.
// - subscribe(): follows storage.onChanged for the area and key. A change from another context is
//                applied only when it is newer than what this context holds (compared by `at`,
//                then by `by` to break exact ties), so an older write that lands late never replaces
//                a newer one; this context then writes its newer value back so storage agrees.
//                Echoes of this context's own writes are ignored.
//
// The storage is injected (`StorageLike`), so tests pass WXT's fake browser and the extension passes
// `browser.storage`. Nothing here knows what the data means: validation and migrations come from
// the caller.

/** One entry of a storage.onChanged event. */
export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/** The part of a browser.storage area this layer uses. */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type StorageChangeListener = (changes: Record<string, StorageChange>, areaName: string) => void;

/** The part of browser.storage this layer uses: `browser.storage` and `fakeBrowser.storage` both fit. */
export interface StorageLike {
  sync: StorageAreaLike;
  local: StorageAreaLike;
  /** Read-only organisation policy. Missing in some browsers, and get() may reject. */
  managed?: StorageAreaLike;
  onChanged: {
    addListener(listener: StorageChangeListener): void;
    removeListener(listener: StorageChangeListener): void;
  };
}

export type AreaName = 'sync' | 'local';

export interface Envelope<T> {
  /** Schema version of `data`. */
  v: number;
  /** Write time, ms since epoch; strictly increasing for each context's writes. */
  at: number;
  /** Random id of the context (page, tab, worker) that wrote it. */
  by: string;
  data: T;
}

/**
 * What a validator says about stored data (after migrations):
 * - `{ ok: true, value }`: usable as is;
 * - `{ ok: true, value, problems }`: partly usable; `value` keeps what could be read, and the raw
 *   value is kept aside as for corrupt data, so nothing the user had is lost;
 * - `{ ok: false, problem }`: unusable; defaults are used.
 */
export type Validation<T> = { ok: true; value: T; problems?: string[] } | { ok: false; problem: string };

export interface PersistedOptions<T> {
  storage: StorageLike;
  area: AreaName;
  key: string;
  /** Current schema version (1 for a new schema). */
  version: number;
  /** A fresh default value (called each time: never shared). */
  defaults: () => T;
  validate: (data: unknown) => Validation<T>;
  /** migrations[n] turns version-n data into version n+1 data. May throw: the data is then unreadable. */
  migrations?: Record<number, (old: unknown) => unknown>;
  /** How the notice names the data: "checklist" → "Your saved checklist could not be read…". */
  label: string;
  /** Id of this context; random by default. Two stores with the same id treat each other's writes as echoes. */
  contextId?: string;
  /** Clock, for tests. */
  now?: () => number;
}

export interface LoadResult<T> {
  data: T;
  /** The envelope read, or null when missing or unreadable. */
  envelope: Envelope<T> | null;
  /** A sentence for the UI when something went wrong, else null. */
  notice: string | null;
  /** The problem found, for logs and tests (null when fine). */
  problem: string | null;
  /** Where the unreadable raw value was kept, or null. */
  corruptKey: string | null;
  /** The version the data was migrated from, or null when no migration ran. */
  migratedFrom: number | null;
}

export interface Persisted<T> {
  readonly key: string;
  readonly area: AreaName;
  readonly contextId: string;
  load(): Promise<LoadResult<T>>;
  /** Writes `data` in a new envelope; rejects when storage does (quota, context gone). */
  save(data: T): Promise<Envelope<T>>;
  /**
   * Calls `listener` with each newer value written by another context (already migrated and
   * validated), or with defaults when the key is removed. Returns the unsubscribe function.
   */
  subscribe(listener: (data: T, envelope: Envelope<T> | null) => void): () => void;
  /** The write time and writer of the newest value this context knows, or null. */
  known(): { at: number; by: string } | null;
}

export function randomId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isEnvelope(v: unknown): v is Envelope<unknown> {
  return (
    isRecord(v) &&
    typeof v.v === 'number' && Number.isInteger(v.v) && v.v >= 1 &&
    typeof v.at === 'number' && Number.isFinite(v.at) &&
    typeof v.by === 'string' &&
    'data' in v
  );
}

/** (at, by) ordering: positive when a is newer than b. */
function compareWrites(a: { at: number; by: string }, b: { at: number; by: string }): number {
  if (a.at !== b.at) return a.at - b.at;
  return a.by < b.by ? -1 : a.by > b.by ? 1 : 0;
}

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

type Decoded<T> =
  | { ok: true; data: T; envelope: Envelope<T>; problems: string[]; migratedFrom: number | null }
  | { ok: false; problem: string };

export function persisted<T>(options: PersistedOptions<T>): Persisted<T> {
  const { storage, area, key, version, defaults, validate, label } = options;
  const migrations = options.migrations ?? {};
  const now = options.now ?? Date.now;
  const contextId = options.contextId ?? randomId();
  const storageArea = storage[area];

  // The newest write this context knows of: the one loaded, saved or received.
  let newest: Envelope<T> | null = null;

  /** Envelope → current-version data, or the reason it cannot be read. Never throws. */
  function decode(raw: unknown): Decoded<T> {
    if (!isEnvelope(raw)) return { ok: false, problem: 'not a saved value of this extension' };
    if (raw.v > version) return { ok: false, problem: `saved by a newer version (schema ${raw.v}, this one reads up to ${version})` };
    let data: unknown = raw.data;
    for (let v = raw.v; v < version; v++) {
      const migrate = migrations[v];
      if (!migrate) return { ok: false, problem: `no migration from schema ${v}` };
      try {
        data = migrate(data);
      } catch (e) {
        return { ok: false, problem: `migration from schema ${v} failed: ${describe(e)}` };
      }
    }
    let checked: Validation<T>;
    try {
      checked = validate(data);
    } catch (e) {
      checked = { ok: false, problem: describe(e) };
    }
    if (!checked.ok) return { ok: false, problem: checked.problem };
    return {
      ok: true,
      data: checked.value,
      envelope: { v: version, at: raw.at, by: raw.by, data: checked.value },
      problems: checked.problems ?? [],
      migratedFrom: raw.v < version ? raw.v : null,
    };
  }

  /**
   * Keeps an unreadable value under `${key}.corrupt`. A different value already there is never
   * overwritten: the new one then goes under `${key}.corrupt.<time>`. Returns the key used.
   */
  async function keepAside(raw: unknown): Promise<string> {
    let target = `${key}.corrupt`;
    const existing = (await storageArea.get(target))[target];
    if (existing !== undefined && !sameJson(existing, raw)) target = `${key}.corrupt.${now()}`;
    if (existing === undefined || target !== `${key}.corrupt`) await storageArea.set({ [target]: raw });
    return target;
  }

  async function load(): Promise<LoadResult<T>> {
    const result = (data: T, rest: Partial<LoadResult<T>> = {}): LoadResult<T> => ({
      data,
      envelope: null,
      notice: null,
      problem: null,
      corruptKey: null,
      migratedFrom: null,
      ...rest,
    });

    let raw: unknown;
    try {
      raw = (await storageArea.get(key))[key];
    } catch (e) {
      const problem = `storage could not be read: ${describe(e)}`;
      return result(defaults(), { problem, notice: `Your saved ${label} could not be read; defaults are in use.` });
    }
    if (raw === undefined || raw === null) return result(defaults());

    const decoded = decode(raw);
    if (decoded.ok && decoded.problems.length === 0) {
      remember(decoded.envelope);
      // A migrated value is not written back here: the next save stores it in the current schema,
      // and until then an older build (another device on storage.sync) can still read it.
      return result(decoded.data, { envelope: decoded.envelope, migratedFrom: decoded.migratedFrom });
    }

    // Unreadable, or only partly readable: keep the raw value aside before anything can replace it.
    const problem = decoded.ok ? decoded.problems.join('; ') : decoded.problem;
    let corruptKey: string | null = null;
    let kept: string;
    try {
      corruptKey = await keepAside(raw);
      kept = `The old data is kept as "${corruptKey}" in the extension's ${area} storage.`;
    } catch (e) {
      kept = `The old data could not be kept aside (${describe(e)}); it is still there until you change something.`;
    }
    if (decoded.ok) {
      remember(decoded.envelope);
      return result(decoded.data, {
        envelope: decoded.envelope,
        migratedFrom: decoded.migratedFrom,
        problem,
        corruptKey,
        notice: `Part of your saved ${label} could not be read and was left out (${problem}). ${kept}`,
      });
    }
    return result(defaults(), {
      problem,
      corruptKey,
      notice: `Your saved ${label} could not be read; defaults are in use. ${kept}`,
    });
  }

  function remember(envelope: Envelope<T>): void {
    if (!newest || compareWrites(envelope, newest) > 0) newest = envelope;
  }

  async function save(data: T): Promise<Envelope<T>> {
    // Newer than anything this context has seen, even when this device's clock is behind.
    const at = Math.max(now(), (newest?.at ?? 0) + 1);
    const envelope: Envelope<T> = { v: version, at, by: contextId, data };
    newest = envelope;
    await storageArea.set({ [key]: envelope });
    return envelope;
  }

  function subscribe(listener: (data: T, envelope: Envelope<T> | null) => void): () => void {
    const onChanged: StorageChangeListener = (changes, areaName) => {
      if (areaName !== area || !Object.prototype.hasOwnProperty.call(changes, key)) return;
      const raw = changes[key]?.newValue;
      if (raw === undefined || raw === null) {
        // Removed (storage cleared): back to defaults.
        newest = null;
        listener(defaults(), null);
        return;
      }
      if (isEnvelope(raw) && raw.by === contextId) return; // an echo of our own write
      const decoded = decode(raw);
      if (!decoded.ok) return; // another context wrote something unreadable: keep what we have
      const order = newest ? compareWrites(decoded.envelope, newest) : 1;
      if (order === 0) return; // the write we already hold, put back by another context
      if (order < 0 && newest) {
        // An older write landed after a newer one: keep ours and put it back in storage, so the
        // next load (or a context that has not seen ours yet) does not get the older value.
        const ours = newest;
        storageArea.set({ [key]: ours }).catch(() => undefined);
        return;
      }
      newest = decoded.envelope;
      listener(decoded.data, decoded.envelope);
    };
    storage.onChanged.addListener(onChanged);
    return () => storage.onChanged.removeListener(onChanged);
  }

  return {
    key,
    area,
    contextId,
    load,
    save,
    subscribe,
    known: () => (newest ? { at: newest.at, by: newest.by } : null),
  };
}
