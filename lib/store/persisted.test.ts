import { fakeBrowser } from 'wxt/testing/fake-browser';
import { persisted, type Envelope, type PersistedOptions, type StorageLike, type Validation } from './persisted.ts';

const storage: StorageLike = fakeBrowser.storage;

interface Prefs {
  fontSize: number;
  tags: string[];
}

function validatePrefs(data: unknown): Validation<Prefs> {
  if (typeof data !== 'object' || data === null) return { ok: false, problem: 'expected an object' };
  const d = data as Record<string, unknown>;
  if (typeof d.fontSize !== 'number') return { ok: false, problem: 'fontSize: expected a number' };
  if (!Array.isArray(d.tags)) return { ok: false, problem: 'tags: expected a list' };
  return { ok: true, value: { fontSize: d.fontSize, tags: d.tags.map(String) } };
}

function clock(start: number) {
  let t = start;
  const now = () => t;
  return Object.assign(now, { set: (v: number) => void (t = v) });
}

function prefs(extra: Partial<PersistedOptions<Prefs>> = {}) {
  return persisted<Prefs>({
    storage,
    area: 'local',
    key: 'prefs',
    version: 3,
    defaults: () => ({ fontSize: 14, tags: [] }),
    validate: validatePrefs,
    migrations: {
      // v1 stored { size: "14px" }; v2 renamed it to fontSize as a number; v3 added tags.
      1: (old) => ({ fontSize: parseInt(String((old as { size: string }).size), 10) }),
      2: (old) => ({ ...(old as object), tags: [] }),
    },
    label: 'preferences',
    ...extra,
  });
}

async function raw(key: string, area: 'local' | 'sync' = 'local'): Promise<unknown> {
  return (await storage[area].get(key))[key];
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('load and save', () => {
  it('gives defaults when nothing is stored', async () => {
    const r = await prefs().load();
    expect(r).toEqual({
      data: { fontSize: 14, tags: [] },
      envelope: null,
      notice: null,
      problem: null,
      corruptKey: null,
      migratedFrom: null,
    });
  });

  it('round-trips a value in an envelope', async () => {
    const writer = prefs({ contextId: 'ctx-a', now: () => 1_000 });
    const env = await writer.save({ fontSize: 18, tags: ['#MedEd'] });
    expect(env).toEqual({ v: 3, at: 1_000, by: 'ctx-a', data: { fontSize: 18, tags: ['#MedEd'] } });
    expect(await raw('prefs')).toEqual(env);

    const r = await prefs({ contextId: 'ctx-b' }).load();
    expect(r.data).toEqual({ fontSize: 18, tags: ['#MedEd'] });
    expect(r.envelope).toEqual(env);
    expect(r.notice).toBeNull();
  });

  it('writes a newer `at` each time, even when the clock is behind what was loaded', async () => {
    await storage.local.set({ prefs: { v: 3, at: 5_000, by: 'other', data: { fontSize: 12, tags: [] } } });
    const p = prefs({ now: () => 1_000 });
    await p.load();
    expect((await p.save({ fontSize: 13, tags: [] })).at).toBe(5_001);
    expect((await p.save({ fontSize: 14, tags: [] })).at).toBe(5_002);
    expect(p.known()).toEqual({ at: 5_002, by: p.contextId });
  });
});

describe('migrations', () => {
  it('migrates version 1 data to the current version, in order, without writing it back', async () => {
    const v1 = { v: 1, at: 10, by: 'old-build', data: { size: '16px' } };
    await storage.local.set({ prefs: v1 });
    const r = await prefs().load();
    expect(r.data).toEqual({ fontSize: 16, tags: [] });
    expect(r.migratedFrom).toBe(1);
    expect(r.notice).toBeNull();
    expect(r.envelope).toEqual({ v: 3, at: 10, by: 'old-build', data: { fontSize: 16, tags: [] } });
    expect(await raw('prefs')).toEqual(v1);
  });

  it('treats a missing migration step as unreadable', async () => {
    await storage.local.set({ prefs: { v: 1, at: 10, by: 'x', data: { size: '16px' } } });
    const r = await prefs({ migrations: { 2: (o) => o } }).load();
    expect(r.data).toEqual({ fontSize: 14, tags: [] });
    expect(r.problem).toBe('no migration from schema 1');
  });

  it('treats a migration that throws as unreadable', async () => {
    await storage.local.set({ prefs: { v: 2, at: 10, by: 'x', data: {} } });
    const r = await prefs({ migrations: { 2: () => { throw new Error('boom'); } } }).load();
    expect(r.problem).toBe('migration from schema 2 failed: boom');
    expect(r.corruptKey).toBe('prefs.corrupt');
  });
});

describe('unreadable data', () => {
  it('falls back to defaults, keeps the old value under .corrupt and says so', async () => {
    await storage.local.set({ prefs: 'not an envelope {' });
    const r = await prefs().load();
    expect(r.data).toEqual({ fontSize: 14, tags: [] });
    expect(r.envelope).toBeNull();
    expect(r.problem).toBe('not a saved value of this extension');
    expect(r.corruptKey).toBe('prefs.corrupt');
    expect(r.notice).toBe(
      'Your saved preferences could not be read; defaults are in use. ' +
        'The old data is kept as "prefs.corrupt" in the extension\'s local storage.',
    );
    expect(await raw('prefs.corrupt')).toBe('not an envelope {');
    // The original is not touched either: the next save replaces it.
    expect(await raw('prefs')).toBe('not an envelope {');
  });

  it('uses defaults when the validator rejects the data', async () => {
    const bad = { v: 3, at: 1, by: 'x', data: { fontSize: 'big', tags: [] } };
    await storage.local.set({ prefs: bad });
    const r = await prefs().load();
    expect(r.data).toEqual({ fontSize: 14, tags: [] });
    expect(r.problem).toBe('fontSize: expected a number');
    expect(await raw('prefs.corrupt')).toEqual(bad);
  });

  it('does not read data from a newer schema, and keeps it', async () => {
    const newer = { v: 4, at: 1, by: 'x', data: { fontSize: 1, tags: [], more: true } };
    await storage.local.set({ prefs: newer });
    const r = await prefs().load();
    expect(r.problem).toBe('saved by a newer version (schema 4, this one reads up to 3)');
    expect(await raw('prefs.corrupt')).toEqual(newer);
  });

  it('never deletes an earlier kept value', async () => {
    await storage.local.set({ prefs: 'first' });
    await prefs().load();
    await prefs().load(); // the same value again: nothing new is written
    expect(Object.keys(await storage.local.get(null)).sort()).toEqual(['prefs', 'prefs.corrupt']);

    await storage.local.set({ prefs: 'second' });
    const r = await prefs({ now: () => 777 }).load();
    expect(r.corruptKey).toBe('prefs.corrupt.777');
    expect(await raw('prefs.corrupt')).toBe('first');
    expect(await raw('prefs.corrupt.777')).toBe('second');
  });

  it('keeps what a validator could read and still keeps the raw value aside', async () => {
    const p = persisted<string[]>({
      storage,
      area: 'local',
      key: 'words',
      version: 1,
      defaults: () => [],
      validate: (d) => {
        if (!Array.isArray(d)) return { ok: false, problem: 'expected a list' };
        const value = d.filter((w): w is string => typeof w === 'string');
        return { ok: true, value, problems: value.length < d.length ? ['words: dropped entries that are not strings'] : [] };
      },
      label: 'word list',
    });
    const stored = { v: 1, at: 1, by: 'x', data: ['a', 2, 'b'] };
    await storage.local.set({ words: stored });
    const r = await p.load();
    expect(r.data).toEqual(['a', 'b']);
    expect(r.notice).toBe(
      'Part of your saved word list could not be read and was left out (words: dropped entries that are not strings). ' +
        'The old data is kept as "words.corrupt" in the extension\'s local storage.',
    );
    expect(await raw('words.corrupt')).toEqual(stored);
  });

  it('gives defaults and a notice when storage itself cannot be read', async () => {
    const failing: StorageLike = {
      ...storage,
      local: { get: () => Promise.reject(new Error('IO error')), set: () => Promise.resolve() },
    };
    const r = await prefs({ storage: failing }).load();
    expect(r.data).toEqual({ fontSize: 14, tags: [] });
    expect(r.problem).toBe('storage could not be read: IO error');
    expect(r.notice).toBe('Your saved preferences could not be read; defaults are in use.');
  });
});

describe('subscribe', () => {
  it('passes on a write from another context and ignores its own echoes', async () => {
    const a = prefs({ contextId: 'a' });
    const b = prefs({ contextId: 'b' });
    const seenA: Prefs[] = [];
    const seenB: Prefs[] = [];
    a.subscribe((d) => seenA.push(d));
    b.subscribe((d) => seenB.push(d));
    await a.save({ fontSize: 20, tags: ['#x'] });
    expect(seenB).toEqual([{ fontSize: 20, tags: ['#x'] }]);
    expect(seenA).toEqual([]);
  });

  it('ignores other keys and other areas', async () => {
    const p = prefs();
    const seen: unknown[] = [];
    p.subscribe((d) => seen.push(d));
    await storage.local.set({ other: { v: 3, at: 1, by: 'z', data: { fontSize: 1, tags: [] } } });
    await storage.sync.set({ prefs: { v: 3, at: 1, by: 'z', data: { fontSize: 1, tags: [] } } });
    expect(seen).toEqual([]);
  });

  it('does not let an older write replace a newer one, and puts the newer one back', async () => {
    const t = clock(2_000);
    const b = prefs({ contextId: 'b', now: t });
    const seen: Prefs[] = [];
    b.subscribe((d) => seen.push(d));
    const newer = await b.save({ fontSize: 30, tags: [] });

    // Context a wrote at 1,000 (it had not seen b's write), and its write landed last.
    const older: Envelope<Prefs> = { v: 3, at: 1_000, by: 'a', data: { fontSize: 10, tags: [] } };
    await storage.local.set({ prefs: older });
    await new Promise((r) => setTimeout(r, 0));

    expect(seen).toEqual([]);
    expect(b.known()).toEqual({ at: 2_000, by: 'b' });
    expect(await raw('prefs')).toEqual(newer);
  });

  it('ignores writes it cannot read', async () => {
    const p = prefs();
    const seen: unknown[] = [];
    p.subscribe((d) => seen.push(d));
    await storage.local.set({ prefs: { v: 3, at: 9_999_999_999_999, by: 'z', data: 'junk' } });
    expect(seen).toEqual([]);
  });

  it('goes back to defaults when the key is removed, and stops when unsubscribed', async () => {
    const a = prefs({ contextId: 'a' });
    const b = prefs({ contextId: 'b' });
    const seen: unknown[] = [];
    const stop = b.subscribe((d) => seen.push(d));
    await a.save({ fontSize: 20, tags: [] });
    await fakeBrowser.storage.local.remove('prefs');
    stop();
    await a.save({ fontSize: 22, tags: [] });
    expect(seen).toEqual([{ fontSize: 20, tags: [] }, { fontSize: 14, tags: [] }]);
  });
});
