import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enforceSyncQuotas, storedKeys } from '../../tests/store/chrome-sync.ts';
import { DEFAULT_APP_SETTINGS, createStores, type Stores } from './stores.ts';

const { sync, local } = fakeBrowser.storage;
const open: Stores[] = [];

/** A context (popup, options page, content script) over the shared fake storage. */
async function context(now?: () => number): Promise<Stores> {
  const s = createStores({ now });
  open.push(s);
  await s.loaded;
  return s;
}

const get = async (area: 'sync' | 'local', key: string) => (await fakeBrowser.storage[area].get(key))[key];
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => fakeBrowser.reset());
afterEach(() => open.splice(0).forEach((s) => s.dispose()));

describe('settings', () => {
  it('starts from defaults, ready, with no notice and nothing locked', async () => {
    const { settings } = await context();
    const s = settings.getState();
    expect(s.ready).toBe(true);
    expect(s.notice).toBeNull();
    expect(s.data).toEqual(DEFAULT_APP_SETTINGS);
    expect(s.effective).toEqual(DEFAULT_APP_SETTINGS);
    expect(s.locked).toEqual([]);
  });

  it('keeps switches in storage.sync and the long lists in storage.local, and loads them back', async () => {
    const a = await context();
    expect(await a.settings.getState().update({ premium: true, sites: { x: false }, theme: 'dark', specialty: ['Oncology'], watchTerms: ['Mercy General'] })).toEqual([]);
    const synced = (await get('sync', 'settings')) as Record<string, unknown>;
    expect(synced).toMatchObject({ premium: true, sites: { x: false }, theme: 'dark', specialty: ['oncology'] });
    expect(Object.keys(synced)).not.toContain('watchTerms');
    expect(Object.keys(synced)).not.toContain('ignoredTerms');
    expect(await get('local', 'settings')).toEqual({ watchTerms: ['Mercy General'], ignoredTerms: [] });
    // WXT's version metadata.
    expect(await get('sync', 'settings$')).toEqual({ v: 2 });

    const b = await context();
    expect(b.settings.getState().data).toEqual({
      ...DEFAULT_APP_SETTINGS, premium: true, sites: { x: false }, theme: 'dark', specialty: ['oncology'], watchTerms: ['Mercy General'],
    });
  });

  it('rejects an invalid or unknown value and saves nothing', async () => {
    const { settings } = await context();
    const errors = await settings.getState().update({ gradeTarget: 50, draft: 'my patient in bed 4' } as never);
    expect(errors).toEqual(['gradeTarget: expected a number from 1 to 20', 'draft: unknown setting']);
    expect(await get('sync', 'settings')).toBeUndefined();
    expect(settings.getState().data).toEqual(DEFAULT_APP_SETTINGS);
  });

  it('ignores a term for its rule only, on this computer, and never for a privacy rule', async () => {
    const { settings } = await context();
    expect(await settings.getState().ignoreTerm('SOB', 'clarity/jargon')).toEqual([]);
    expect(await settings.getState().ignoreTerm('sob ', 'clarity/jargon')).toEqual([]);
    expect(await settings.getState().ignoreTerm('555-0100', 'privacy/contact')).toEqual(['Privacy findings cannot be ignored: edit the text instead.']);
    expect(settings.getState().data.ignoredTerms).toEqual([{ rule: 'clarity/jargon', term: 'SOB' }]);
    expect(await get('local', 'settings')).toEqual({ watchTerms: [], ignoredTerms: [{ rule: 'clarity/jargon', term: 'SOB' }] });
    expect(JSON.stringify(await sync.get(null))).not.toContain('SOB');
  });
});

describe('data saved by the old envelope layer', () => {
  it('is migrated without losing settings, checklist, trainees or reviews', async () => {
    const env = (data: unknown) => ({ v: 1, at: 1_700_000_000_000, by: 'old-context', data });
    const trainee = { id: 't1', name: 'Dr Lee', specialty: 'cardiology', assistant: 'Sam', progress: 40, followUp: '2026-12-01', note: 'threads' };
    const review = { id: 'r1', savedAt: 1_700_000_000_000, drafts: ['Grand rounds at noon'], note: 'ok to post' };
    await sync.set({
      settings: env({ ...DEFAULT_APP_SETTINGS, premium: true, specialty: ['cardiology'], watchTerms: ['Mercy General'], ignoredTerms: ['SOB'], conferences: [{ tag: '#ACC27', start: '2027-03-01', end: '2027-03-03' }] }),
    });
    await local.set({ checklist: env({ 'read-policy': true }), trainees: env([trainee]), reviews: env([review]) });

    const { settings, checklist, trainees, reviews } = await context();
    expect(settings.getState().notice).toBeNull();
    expect(settings.getState().data).toEqual({
      ...DEFAULT_APP_SETTINGS, premium: true, specialty: ['cardiology'], watchTerms: ['Mercy General'],
      // The old list had no rule: its terms keep hiding non-privacy findings only.
      ignoredTerms: [{ rule: '*', term: 'SOB' }],
      conferences: [{ tag: '#ACC27', start: '2027-03-01', end: '2027-03-03' }],
    });
    expect(checklist.getState().data).toEqual({ 'read-policy': true });
    expect(trainees.getState().data).toEqual([trainee]);
    expect(reviews.getState().data).toEqual([{ ...review, expiresAt: expect.any(Number) }]);
    for (const s of [settings, checklist, trainees, reviews]) expect(s.getState().notice).toBeNull();

    // Stored in the new form: plain values with WXT's version, lists moved out of storage.sync.
    expect(await get('local', 'trainees')).toEqual([trainee]);
    expect(await get('local', 'trainees$')).toEqual({ v: 2 });
    expect(await get('local', 'settings')).toEqual({ watchTerms: ['Mercy General'], ignoredTerms: [{ rule: '*', term: 'SOB' }] });
    expect(await get('sync', 'settings')).toMatchObject({ premium: true, specialty: ['cardiology'] });
    expect(Object.keys((await get('sync', 'settings')) as object)).not.toContain('ignoredTerms');

    // And a second context reads the same.
    const again = await context();
    expect(again.settings.getState().data).toEqual(settings.getState().data);
    expect(again.trainees.getState().data).toEqual([trainee]);
  });
});

describe('unreadable saved data', () => {
  it('gives defaults with a notice, and repeated loads leave exactly one aside copy, in local storage', async () => {
    await sync.set({ settings: ['not', 'settings'] });
    await context();
    // The first load adds WXT's version item ("settings$") and the aside copy; later loads add nothing.
    const before = await storedKeys();
    for (let i = 0; i < 40; i++) {
      const { settings } = await context();
      expect(settings.getState().data).toEqual(DEFAULT_APP_SETTINGS);
      expect(settings.getState().notice).toBe(
        'Your saved settings could not be read; defaults are in use. The old data is kept as "settings.corrupt" in the extension\'s local storage.',
      );
      open.splice(0).forEach((s) => s.dispose());
    }
    const after = await storedKeys();
    expect(after.sync).toEqual(before.sync);
    expect(after.local.filter((k) => k.includes('corrupt'))).toEqual(['settings.corrupt']);
    expect(await get('local', 'settings.corrupt')).toEqual(['not', 'settings']);
  });

  it('moves the old layer\'s aside copies out of storage.sync, keeping the first', async () => {
    await sync.set({ 'settings.corrupt': { first: 1 }, 'settings.corrupt.1700000000001': { second: 2 }, 'settings.corrupt.1700000000002': { third: 3 } });
    await context();
    expect((await storedKeys()).sync.filter((k) => k.includes('corrupt'))).toEqual([]);
    expect(await get('local', 'settings.corrupt')).toEqual({ first: 1 });
  });

  it("keeps one of the old layer's aside copies in local storage", async () => {
    await local.set({ 'checklist.corrupt': ['a'], 'checklist.corrupt.1700000000001': ['b'], 'checklist.corrupt.1700000000002': ['c'] });
    await context();
    expect((await storedKeys()).local.filter((k) => k.includes('corrupt'))).toEqual(['checklist.corrupt']);
    expect(await get('local', 'checklist.corrupt')).toEqual(['a']);
  });

  it('keeps readable trainees, leaves out the rest and says so', async () => {
    const good = { id: 't1', name: 'A', specialty: '', assistant: 'Sam', progress: 40, followUp: '', note: '' };
    const impossibleDate = { ...good, id: 't2', followUp: '2026-02-31' };
    const withTime = { ...good, id: 't3', followUp: '2026-03-02T10:30:00Z' };
    const twin = { ...good, name: 'same id' };
    const broken = { id: 't4', name: 5 };
    await local.set({ trainees: [good, impossibleDate, withTime, twin, broken] });
    const { trainees } = await context();
    expect(trainees.getState().data).toEqual([good, { ...impossibleDate, followUp: '' }, { ...withTime, followUp: '2026-03-02' }]);
    expect(trainees.getState().notice).toBe(
      'Part of your saved trainees could not be read and was left out (trainees[1].followUp: expected a date as YYYY-MM-DD, not "2026-02-31"; ' +
        'trainees[3].id: the same id as an earlier trainee; trainees[4].name: expected a string of at most 2000 characters). ' +
        'The old data is kept as "trainees.corrupt" in the extension\'s local storage.',
    );
  });

  it('reads a corrupt checklist as empty with a notice, and the notice can be dismissed', async () => {
    await local.set({ checklist: ['a', 'b'] });
    const { checklist } = await context();
    expect(checklist.getState().data).toEqual({});
    expect(checklist.getState().notice).toBe(
      'Your saved checklist could not be read; defaults are in use. The old data is kept as "checklist.corrupt" in the extension\'s local storage.',
    );
    checklist.getState().dismissNotice();
    expect(checklist.getState().notice).toBeNull();
  });
});

describe("Chrome's sync quotas: no change is lost silently", () => {
  let lift = () => {};
  afterEach(() => lift());

  const bigConferences = (n: number) => Array.from({ length: n }, (_, i) => ({ tag: `#Conference${String(i).padStart(3, '0')}${'x'.repeat(80)}`, start: '2027-01-01', end: '2027-01-02' }));

  it('refuses a change larger than one sync item: the user is told, the view and every context keep the stored value', async () => {
    lift = enforceSyncQuotas();
    const a = await context();
    const b = await context();
    await a.settings.getState().update({ premium: true });
    const errors = await a.settings.getState().update({ conferences: bigConferences(70) });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Not saved: it needs \d+\.\d KB and the browser syncs at most 8\.0 KB for it\.$/);
    expect(a.settings.getState().notice).toMatch(/^Your change to the settings was not saved: it needs .* The previous value is back\.$/);
    expect(a.settings.getState().data.conferences).toEqual([]);
    expect(a.settings.getState().data.premium).toBe(true);
    expect(b.settings.getState().data).toEqual(a.settings.getState().data);
    expect((await context()).settings.getState().data).toEqual(a.settings.getState().data);
  });

  it("reports a full sync storage (checked before writing when the browser can tell, else from the write's error)", async () => {
    for (const getBytesInUse of [true, false]) {
      fakeBrowser.reset();
      lift = enforceSyncQuotas({ getBytesInUse });
      // Another feature's data fills most of the 100 KB.
      for (let i = 0; i < 12; i++) await sync.set({ [`other.${i}`]: 'x'.repeat(8_000) });
      const { settings } = await context();
      const errors = await settings.getState().update({ conferences: bigConferences(50) });
      expect(errors).toEqual(getBytesInUse ? ["Not saved: the browser's sync storage is full (100.0 KB)."] : ["Not saved: the browser's sync storage is full."]);
      expect(settings.getState().data.conferences).toEqual([]);
      expect(await get('sync', 'settings')).toBeUndefined();
      lift();
    }
  });

  it('reports the 512-item limit', async () => {
    lift = enforceSyncQuotas();
    await sync.set(Object.fromEntries(Array.from({ length: 512 }, (_, i) => [`other.${i}`, 1])));
    const { settings } = await context();
    expect(await settings.getState().update({ premium: true })).toEqual(["Not saved: the browser's sync storage holds too many items."]);
    expect(settings.getState().data.premium).toBe(false);
  });

  it('saves 500 watch terms of 100 characters: long lists are not synced', async () => {
    lift = enforceSyncQuotas();
    const { settings } = await context();
    const watchTerms = Array.from({ length: 500 }, (_, i) => `${String(i).padStart(3, '0')}${'w'.repeat(97)}`);
    expect(await settings.getState().update({ watchTerms })).toEqual([]);
    expect((await context()).settings.getState().data.watchTerms).toEqual(watchTerms);
  });
});

describe('across contexts', () => {
  it('a change in one context appears in the other, for every store', async () => {
    const a = await context();
    const b = await context();
    await a.settings.getState().update({ enabled: false });
    await a.settings.getState().ignoreTerm('SOB', 'clarity/jargon');
    await a.checklist.getState().toggle('read-policy');
    const traineeId = await a.trainees.getState().add({ name: 'Dr Lee', specialty: 'cardiology', progress: 140 });
    const reviewId = await a.reviews.getState().add({ drafts: ['Grand rounds at noon'], note: 'ok to post' });

    expect(b.settings.getState().effective.enabled).toBe(false);
    expect(b.settings.getState().effective.ignoredTerms).toEqual([{ rule: 'clarity/jargon', term: 'SOB' }]);
    expect(b.checklist.getState().data).toEqual({ 'read-policy': true });
    expect(b.trainees.getState().data).toEqual([{ id: traineeId, name: 'Dr Lee', specialty: 'cardiology', assistant: '', progress: 100, followUp: '', note: '' }]);
    expect(b.reviews.getState().data).toEqual([{ id: reviewId, savedAt: expect.any(Number), expiresAt: expect.any(Number), drafts: ['Grand rounds at noon'], note: 'ok to post' }]);

    await b.trainees.getState().update(traineeId, { followUp: '2025-07-01', note: 'thread practice' });
    expect(a.trainees.getState().data[0]).toMatchObject({ followUp: '2025-07-01', note: 'thread practice' });
  });

  it('fast typing is never undone by the echo of an earlier keystroke, and every context ends on what storage holds', async () => {
    const a = await context();
    const b = await context();
    const id = await a.trainees.getState().add({ name: '' });
    const shown: string[] = [];
    a.trainees.subscribe((s) => shown.push(s.data[0]!.name));
    const writes = ['D', 'Dr', 'Dr ', 'Dr L'].map((name) => a.trainees.getState().update(id, { name }));
    expect(a.trainees.getState().data[0]!.name).toBe('Dr L');
    await Promise.all(writes);
    await tick();
    // Never back to an earlier keystroke while the later ones are on their way.
    expect(shown).toEqual(['D', 'Dr', 'Dr ', 'Dr L']);
    expect(a.trainees.getState().data[0]!.name).toBe('Dr L');
    expect(b.trainees.getState().data[0]!.name).toBe('Dr L');
    expect(((await get('local', 'trainees')) as { name: string }[])[0]!.name).toBe('Dr L');
  });

  it('removes a trainee and puts it back at its place', async () => {
    const { trainees } = await context();
    const first = await trainees.getState().add({ name: 'A' });
    await trainees.getState().add({ name: 'B' });
    const removed = trainees.getState().data[0]!;
    await trainees.getState().remove(first);
    expect(trainees.getState().data.map((t) => t.name)).toEqual(['B']);
    await trainees.getState().restore(removed, 0);
    expect(trainees.getState().data.map((t) => t.name)).toEqual(['A', 'B']);
  });
});

describe('reviews', () => {
  it('saves newest first, deletes one and deletes all', async () => {
    let t = 100;
    const { reviews } = await context(() => t++);
    const first = await reviews.getState().add({ drafts: ['one'] });
    const second = await reviews.getState().add({ drafts: ['two', 'three'], note: 'thread' });
    expect(reviews.getState().data.map((r) => r.id)).toEqual([second, first]);
    await reviews.getState().setNote(first, 'fixed');
    expect(reviews.getState().data[1]).toMatchObject({ id: first, note: 'fixed', drafts: ['one'] });
    await reviews.getState().remove(second);
    expect(reviews.getState().data.map((r) => r.id)).toEqual([first]);
    await reviews.getState().removeAll();
    expect(reviews.getState().data).toEqual([]);
    expect(await get('local', 'reviews')).toEqual([]);
  });
});

describe('saved reviews expire', () => {
  const day = 24 * 60 * 60 * 1000;

  it('30 days after they were saved', async () => {
    let now = 100 * day;
    const first = await context(() => now);
    await first.reviews.getState().add({ drafts: ['a'] });
    now += 29 * day;
    await first.reviews.getState().add({ drafts: ['b'] });
    open.splice(0).forEach((s) => s.dispose());
    now += 2 * day;
    const { reviews } = await context(() => now);
    expect(reviews.getState().data.map((r) => r.drafts)).toEqual([['b']]);
    expect(((await get('local', 'reviews')) as unknown[]).length).toBe(1);
  });

  it('reviews saved before expiry existed get the full 30 days from the upgrade', async () => {
    const now = 1_000 * day;
    await local.set({ reviews: { v: 1, at: 1, by: 'x', data: [{ id: 'r', savedAt: now - 400 * day, drafts: ['old'], note: '' }] } });
    const { reviews } = await context(() => now);
    expect(reviews.getState().data).toEqual([{ id: 'r', savedAt: now - 400 * day, expiresAt: now + 30 * day, drafts: ['old'], note: '' }]);
    expect(await get('local', 'reviews$')).toEqual({ v: 3 });
  });
});

describe('settings across their two storage areas', () => {
  it('a change never shows the older value for a moment while its two parts are written', async () => {
    const { settings } = await context();
    const shown: boolean[] = [];
    settings.subscribe((s) => shown.push(s.data.rules['privacy/room-number']?.enabled !== false));
    await settings.getState().update({ rules: { 'privacy/room-number': { enabled: false } } });
    await tick();
    expect(shown.every((on) => !on)).toBe(true);
    expect(settings.getState().data.rules['privacy/room-number']).toEqual({ enabled: false });
  });
});
