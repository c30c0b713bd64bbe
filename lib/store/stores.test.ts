import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StorageLike } from './persisted.ts';
import { DEFAULT_APP_SETTINGS, createSettingsStore, createStores, type Stores } from './stores.ts';

const storage: StorageLike = fakeBrowser.storage;
const open: Stores[] = [];

/** A context (popup, options page, content script) over the shared fake storage. */
async function context(id: string, now?: () => number): Promise<Stores> {
  const s = createStores({ storage, contextId: id, now });
  open.push(s);
  await s.loaded;
  return s;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  open.splice(0).forEach((s) => s.dispose());
});

describe('settings', () => {
  it('adds a term to the ignore list once', async () => {
    const { settings } = await context('a');
    expect(await settings.getState().ignoreTerm('SOB')).toEqual([]);
    expect(await settings.getState().ignoreTerm('SOB')).toEqual([]);
    expect(settings.getState().data.ignoredTerms).toEqual(['SOB']);
  });

  it('starts from defaults, ready, with no notice and nothing locked', async () => {
    const { settings } = await context('a');
    const s = settings.getState();
    expect(s.ready).toBe(true);
    expect(s.notice).toBeNull();
    expect(s.data).toEqual(DEFAULT_APP_SETTINGS);
    expect(s.effective).toEqual(DEFAULT_APP_SETTINGS);
    expect(s.locked).toEqual([]);
  });

  it('persists to storage.sync in an envelope and loads back in a new context', async () => {
    const a = await context('a', () => 1_000);
    expect(await a.settings.getState().update({ premium: true, sites: { x: false }, theme: 'dark', specialty: ['Oncology'] })).toEqual([]);
    const stored = (await storage.sync.get('settings')).settings as { v: number; at: number; by: string; data: unknown };
    expect(stored).toMatchObject({ v: 1, at: 1_000, by: 'a' });

    const b = await context('b');
    expect(b.settings.getState().data).toEqual({
      ...DEFAULT_APP_SETTINGS,
      premium: true,
      sites: { x: false },
      theme: 'dark',
      specialty: ['oncology'],
    });
  });

  it('rejects an invalid or unknown value and saves nothing', async () => {
    const { settings } = await context('a');
    const errors = await settings.getState().update({ gradeTarget: 50, draft: 'my patient in bed 4' } as never);
    expect(errors).toEqual(['gradeTarget: expected a number from 1 to 20', 'draft: unknown setting']);
    expect((await storage.sync.get('settings')).settings).toBeUndefined();
    expect(settings.getState().data).toEqual(DEFAULT_APP_SETTINGS);
  });

  it('reads corrupt settings as defaults with a notice, keeping the old value', async () => {
    await storage.sync.set({ settings: { premium: true } });
    const { settings } = await context('a');
    expect(settings.getState().data).toEqual(DEFAULT_APP_SETTINGS);
    expect(settings.getState().notice).toBe(
      'Your saved settings could not be read; defaults are in use. The old data is kept as "settings.corrupt" in the extension\'s sync storage.',
    );
    expect((await storage.sync.get('settings.corrupt'))['settings.corrupt']).toEqual({ premium: true });
    settings.getState().dismissNotice();
    expect(settings.getState().notice).toBeNull();
  });
});

describe('policy (storage.managed)', () => {
  it('overrides the user and locks the keys it sets', async () => {
    await storage.managed!.set({ premium: true, gate: true, rules: { 'privacy/age': { severity: 'block' } } });
    const { settings } = await context('a');
    await settings.getState().update({ gate: false, premium: false, patientFacing: true });

    const s = settings.getState();
    expect(s.locked).toEqual(['gate', 'premium', 'rules']);
    expect(s.managed).toEqual({ gate: true, premium: true, rules: { 'privacy/age': { severity: 'block' } } });
    expect(s.effective).toMatchObject({ gate: true, premium: true, patientFacing: true, rules: { 'privacy/age': { severity: 'block' } } });
    // Locked keys are not changed by the user; the others are.
    expect(s.data).toMatchObject({ gate: true, premium: false, patientFacing: true });
    expect(s.policyErrors).toEqual([]);
  });

  it('follows a policy change, reports bad policy values and applies the valid ones', async () => {
    const { settings } = await context('a');
    await storage.managed!.set({ enabled: false, gradeTarget: 'easy' });
    await tick();
    const s = settings.getState();
    expect(s.locked).toEqual(['enabled']);
    expect(s.effective.enabled).toBe(false);
    expect(s.policyErrors).toEqual(['gradeTarget: expected a number from 1 to 20']);
  });

  it('works without a managed area, and when reading it fails', async () => {
    const { managed: _unused, ...noManaged } = storage;
    const failing: StorageLike = { ...storage, managed: { get: () => Promise.reject(new Error('Managed storage manifest not found')), set: async () => {} } };
    for (const st of [noManaged, failing]) {
      const settings = createSettingsStore({ storage: st });
      await settings.loaded;
      expect(settings.getState().ready).toBe(true);
      expect(settings.getState().locked).toEqual([]);
      expect(settings.getState().effective).toEqual(DEFAULT_APP_SETTINGS);
      settings.dispose();
    }
  });
});

describe('across contexts', () => {
  it('a change in one context appears in the other, for every store', async () => {
    const a = await context('a');
    const b = await context('b');

    await a.settings.getState().update({ enabled: false });
    await a.checklist.getState().toggle('read-policy');
    const traineeId = await a.trainees.getState().add({ name: 'Dr Lee', specialty: 'cardiology', progress: 140 });
    const reviewId = await a.reviews.getState().add({ drafts: ['Grand rounds at noon'], note: 'ok to post' });

    expect(b.settings.getState().effective.enabled).toBe(false);
    expect(b.checklist.getState().data).toEqual({ 'read-policy': true });
    expect(b.trainees.getState().data).toEqual([
      { id: traineeId, name: 'Dr Lee', specialty: 'cardiology', assistant: '', progress: 100, followUp: '', note: '' },
    ]);
    expect(b.reviews.getState().data).toEqual([
      { id: reviewId, savedAt: expect.any(Number), drafts: ['Grand rounds at noon'], note: 'ok to post' },
    ]);

    // And back the other way.
    await b.trainees.getState().update(traineeId, { followUp: '2025-07-01', note: 'thread practice' });
    expect(a.trainees.getState().data[0]).toMatchObject({ followUp: '2025-07-01', note: 'thread practice' });
    await b.checklist.getState().setDone('read-policy', false);
    expect(a.checklist.getState().data).toEqual({ 'read-policy': false });
  });

  it('an older write never replaces a newer one', async () => {
    // b's clock is ahead; a has not seen b's write when it saves, so a's write is older.
    const a = await context('a', () => 1_000);
    const b = await context('b', () => 5_000);
    const stale = createStores({ storage, contextId: 'a2', now: () => 1_000 });
    open.push(stale);
    await stale.loaded;
    stale.dispose(); // it saves without hearing about b's write

    await b.checklist.getState().setDone('hashtags', true);
    await stale.checklist.getState().setDone('hashtags', false);
    await tick();

    expect(b.checklist.getState().data).toEqual({ hashtags: true });
    expect(a.checklist.getState().data).toEqual({ hashtags: true });
    const stored = (await storage.local.get('checklist')).checklist as { at: number; data: unknown };
    expect(stored).toMatchObject({ at: 5_000, data: { hashtags: true } });
  });
});

describe('checklist, trainees and reviews', () => {
  it('keeps readable trainees, leaves out the rest and says so', async () => {
    const good = { id: 't1', name: 'A', specialty: '', assistant: 'Sam', progress: 40, followUp: '', note: '' };
    const bad = { id: 't2', name: 'B', specialty: '', assistant: '', progress: 40, followUp: 'next week', note: '' };
    await storage.local.set({ trainees: { v: 1, at: 1, by: 'x', data: [good, bad] } });
    const { trainees } = await context('a');
    expect(trainees.getState().data).toEqual([good]);
    expect(trainees.getState().notice).toBe(
      "Part of your saved trainees could not be read and was left out (trainees[1].followUp: expected an ISO date or ''). " +
        'The old data is kept as "trainees.corrupt" in the extension\'s local storage.',
    );
  });

  it('reads a corrupt checklist as empty with a notice', async () => {
    await storage.local.set({ checklist: { v: 1, at: 1, by: 'x', data: ['a', 'b'] } });
    const { checklist } = await context('a');
    expect(checklist.getState().data).toEqual({});
    expect(checklist.getState().notice).toBe(
      'Your saved checklist could not be read; defaults are in use. The old data is kept as "checklist.corrupt" in the extension\'s local storage.',
    );
  });

  it('saves reviews newest first, deletes one and deletes all', async () => {
    let t = 100;
    const { reviews } = await context('a', () => t++);
    const first = await reviews.getState().add({ drafts: ['one'] });
    const second = await reviews.getState().add({ drafts: ['two', 'three'], note: 'thread' });
    expect(reviews.getState().data.map((r) => r.id)).toEqual([second, first]);
    await reviews.getState().setNote(first, 'fixed');
    expect(reviews.getState().data[1]).toMatchObject({ id: first, note: 'fixed', drafts: ['one'] });
    await reviews.getState().remove(second);
    expect(reviews.getState().data.map((r) => r.id)).toEqual([first]);
    await reviews.getState().removeAll();
    expect(reviews.getState().data).toEqual([]);
    expect((await storage.local.get('reviews')).reviews).toMatchObject({ data: [] });
  });

  it('removes a trainee', async () => {
    const { trainees } = await context('a');
    const id = await trainees.getState().add({ name: 'X' });
    await trainees.getState().remove(id);
    expect(trainees.getState().data).toEqual([]);
  });
});
