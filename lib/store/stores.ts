// The app's zustand stores, each persisted through persisted.ts and kept in step across the
// extension's contexts (popup, options page, content scripts) by storage change events.
//
// Stores are vanilla zustand stores made by factories, so tests create fresh ones over a fake
// storage; React reads them with `useStore(store, selector)` from 'zustand'. `getStores()` gives
// the extension's shared set over `browser.storage`.
//
//   settings   storage.sync   key "settings"   engine Settings + enabled, sites, gate, theme
//                                              (never draft text: unknown keys are not kept);
//                                              storage.managed (organisation policy) overrides it
//   checklist  storage.local  key "checklist"  item id → done
//   trainees   storage.local  key "trainees"   the people a physician is coaching
//   reviews    storage.local  key "reviews"    saved draft reviews
//
// Every store's state has `ready` (first load done), `notice` (a sentence for the UI when saved
// data could not be read or saved, else null), `data`, and its actions. Actions update the state at
// once and then write; a failed write sets `notice`.
import { browser } from 'wxt/browser';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  DEFAULT_APP_SETTINGS,
  SETTINGS_KEYS,
  cloneAppSettings,
  validateAppSettings,
  type AppSettings,
} from './app-settings.ts';
import type { Trainee } from '../trainees/export.ts';
import { persisted, randomId, type Persisted, type StorageLike, type Validation } from './persisted.ts';

export type { AppSettings, Theme } from './app-settings.ts';
export { DEFAULT_APP_SETTINGS } from './app-settings.ts';
export type { StorageLike } from './persisted.ts';

export interface StoreOptions {
  /** Defaults to `browser.storage`. */
  storage?: StorageLike;
  /** Id of this context for persisted.ts; random by default. */
  contextId?: string;
  /** Clock, for tests. */
  now?: () => number;
}

/** A zustand store with the promise of its first load and a way to stop following storage. */
export type PersistedStore<S> = StoreApi<S> & {
  /** Resolves once the first load has finished (`ready` is then true). Never rejects. */
  loaded: Promise<void>;
  /** Stops following storage changes. */
  dispose(): void;
};

export interface PersistedState<T> {
  ready: boolean;
  notice: string | null;
  data: T;
  dismissNotice(): void;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function defaultStorage(): StorageLike {
  return browser.storage;
}

interface Wiring<T, S extends PersistedState<T>> {
  p: Persisted<T>;
  label: string;
  initial: T;
  /** Extra state derived from `data` (kept up to date on every change), e.g. effective settings. */
  derive?: (data: T, state: S | undefined) => Partial<S>;
  actions: (ctx: {
    get: () => S;
    set: (partial: Partial<S>) => void;
    commit: (next: T) => Promise<void>;
  }) => Omit<S, keyof PersistedState<T>>;
}

/** Builds a store over one persisted value: first load, change events, and the commit helper. */
function wire<T, S extends PersistedState<T>>(w: Wiring<T, S>): PersistedStore<S> {
  // Set when the state was changed by an action or by another context before the first load
  // finished: the load's (older) result must not replace it.
  let touched = false;

  const store = createStore<S>()((set, get) => {
    const setData = (data: T) => set({ data, ...w.derive?.(data, get()) } as Partial<S>);
    const commit = async (next: T) => {
      touched = true;
      setData(next);
      try {
        await w.p.save(next);
      } catch (e) {
        set({ notice: `Your ${w.label} could not be saved: ${describe(e)}` } as Partial<S>);
      }
    };
    const base: PersistedState<T> = {
      ready: false,
      notice: null,
      data: w.initial,
      dismissNotice: () => set({ notice: null } as Partial<S>),
    };
    return {
      ...base,
      ...w.derive?.(w.initial, undefined),
      ...w.actions({ get, set: (partial) => set(partial), commit }),
    } as S;
  });

  const setData = (data: T) => store.setState({ data, ...w.derive?.(data, store.getState()) } as Partial<S>);
  const unsubscribe = w.p.subscribe((data) => {
    touched = true;
    setData(data);
  });
  const loaded = w.p.load().then((r) => {
    if (!touched) setData(r.data);
    store.setState({ ready: true, notice: r.notice } as Partial<S>);
  });
  return Object.assign(store, { loaded, dispose: unsubscribe });
}

// ---- settings ----

export interface SettingsState extends PersistedState<AppSettings> {
  /** `data` is what the user chose; these are the organisation's values (storage.managed). */
  managed: Partial<AppSettings>;
  /** What the extension should use: the user's settings overridden by policy. */
  effective: AppSettings;
  /** Top-level keys set by policy; the UI shows them as locked and update() leaves them alone. */
  locked: string[];
  /** Problems in the managed policy (its valid keys still apply). */
  policyErrors: string[];
  /**
   * Changes the user's settings. Locked keys are skipped. Returns the problems found; when there
   * are any nothing is saved.
   */
  update(patch: Partial<AppSettings>): Promise<string[]>;
  /** Adds a term to the personal ignore list (once), from a finding's "Add to ignore list". */
  ignoreTerm(term: string): Promise<string[]>;
  /** Back to defaults (policy still applies). */
  reset(): Promise<void>;
}

function validateStoredSettings(data: unknown): Validation<AppSettings> {
  if (!isRecord(data)) return { ok: false, problem: 'settings: expected an object' };
  const { settings, errors } = validateAppSettings(data);
  return errors.length ? { ok: true, value: settings, problems: errors } : { ok: true, value: settings };
}

function effectiveOf(user: AppSettings, managed: Partial<AppSettings>): AppSettings {
  const out = cloneAppSettings(user);
  for (const key of SETTINGS_KEYS) {
    if (managed[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = structuredClone(managed[key]);
  }
  return out;
}

async function readManaged(storage: StorageLike): Promise<{ managed: Partial<AppSettings>; policyErrors: string[] }> {
  try {
    // Firefox rejects when no policy is installed; some browsers have no managed area at all.
    const raw = storage.managed ? await storage.managed.get(null) : {};
    const { settings, errors } = validateAppSettings(raw, { partial: true });
    return { managed: settings, policyErrors: errors };
  } catch {
    return { managed: {}, policyErrors: [] };
  }
}

export function createSettingsStore(options: StoreOptions = {}): PersistedStore<SettingsState> {
  const storage = options.storage ?? defaultStorage();
  const p = persisted<AppSettings>({
    storage,
    area: 'sync',
    key: 'settings',
    version: 1,
    defaults: () => cloneAppSettings(DEFAULT_APP_SETTINGS),
    validate: validateStoredSettings,
    label: 'settings',
    contextId: options.contextId,
    now: options.now,
  });
  const store = wire<AppSettings, SettingsState>({
    p,
    label: 'settings',
    initial: cloneAppSettings(DEFAULT_APP_SETTINGS),
    derive: (data, state) => ({ effective: effectiveOf(data, state?.managed ?? {}) }),
    actions: ({ get, commit }) => ({
      managed: {},
      effective: cloneAppSettings(DEFAULT_APP_SETTINGS),
      locked: [],
      policyErrors: [],
      async update(patch) {
        const locked = new Set(get().locked);
        const allowed = Object.fromEntries(Object.entries(patch).filter(([k]) => !locked.has(k)));
        const { settings, errors } = validateAppSettings({ ...get().data, ...allowed });
        if (errors.length) return errors;
        await commit(settings);
        return [];
      },
      ignoreTerm(term) {
        const { ignoredTerms } = get().data;
        return ignoredTerms.includes(term) ? Promise.resolve([]) : get().update({ ignoredTerms: [...ignoredTerms, term] });
      },
      reset: () => commit(cloneAppSettings(DEFAULT_APP_SETTINGS)),
    }),
  });

  // Policy: read once, and again whenever the browser reports the managed area changed.
  const applyManaged = async () => {
    const { managed, policyErrors } = await readManaged(storage);
    store.setState((s) => ({
      managed,
      policyErrors,
      locked: SETTINGS_KEYS.filter((k) => managed[k] !== undefined),
      effective: effectiveOf(s.data, managed),
    }));
  };
  const onManaged = (_changes: unknown, areaName: string) => {
    if (areaName === 'managed') void applyManaged();
  };
  storage.onChanged.addListener(onManaged);
  const loaded = Promise.all([store.loaded, applyManaged()]).then(() => undefined);
  const dispose = store.dispose;
  return Object.assign(store, {
    loaded,
    dispose: () => {
      dispose();
      storage.onChanged.removeListener(onManaged);
    },
  });
}

// ---- checklist ----

export type ChecklistProgress = Record<string, boolean>;

export interface ChecklistState extends PersistedState<ChecklistProgress> {
  setDone(id: string, done: boolean): Promise<void>;
  toggle(id: string): Promise<void>;
  reset(): Promise<void>;
}

function validateChecklist(data: unknown): Validation<ChecklistProgress> {
  if (!isRecord(data)) return { ok: false, problem: 'checklist: expected an object of item ids' };
  const value: ChecklistProgress = {};
  const problems: string[] = [];
  for (const [id, done] of Object.entries(data)) {
    if (typeof done === 'boolean') value[id] = done;
    else problems.push(`checklist.${id}: expected true or false`);
  }
  return { ok: true, value, problems };
}

export function createChecklistStore(options: StoreOptions = {}): PersistedStore<ChecklistState> {
  const p = persisted<ChecklistProgress>({
    storage: options.storage ?? defaultStorage(),
    area: 'local',
    key: 'checklist',
    version: 1,
    defaults: () => ({}),
    validate: validateChecklist,
    label: 'checklist',
    contextId: options.contextId,
    now: options.now,
  });
  return wire<ChecklistProgress, ChecklistState>({
    p,
    label: 'checklist',
    initial: {},
    actions: ({ get, commit }) => ({
      setDone: (id, done) => commit({ ...get().data, [id]: done }),
      toggle: (id) => commit({ ...get().data, [id]: !get().data[id] }),
      reset: () => commit({}),
    }),
  });
}

// ---- trainees ----

// The roster's row: defined beside its exports (lib/trainees/export.ts).
export type { Trainee } from '../trainees/export.ts';

export interface TraineesState extends PersistedState<Trainee[]> {
  /** Adds a trainee (fields not given are empty) and returns its id. */
  add(fields?: Partial<Omit<Trainee, 'id'>>): Promise<string>;
  update(id: string, patch: Partial<Omit<Trainee, 'id'>>): Promise<void>;
  remove(id: string): Promise<void>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;

function traineeProblem(t: unknown): string | null {
  if (!isRecord(t)) return 'expected an object';
  if (typeof t.id !== 'string' || t.id === '') return 'id: expected a non-empty string';
  for (const k of ['name', 'specialty', 'assistant', 'note'] as const) {
    if (typeof t[k] !== 'string') return `${k}: expected a string`;
  }
  if (typeof t.progress !== 'number' || !(t.progress >= 0 && t.progress <= 100)) return 'progress: expected a number from 0 to 100';
  if (typeof t.followUp !== 'string' || (t.followUp !== '' && (!ISO_DATE.test(t.followUp) || Number.isNaN(Date.parse(t.followUp)))))
    return "followUp: expected an ISO date or ''";
  return null;
}

function cleanTrainee(t: Record<string, unknown>): Trainee {
  return {
    id: t.id as string,
    name: t.name as string,
    specialty: t.specialty as string,
    assistant: t.assistant as string,
    progress: t.progress as number,
    followUp: t.followUp as string,
    note: t.note as string,
  };
}

function validateTrainees(data: unknown): Validation<Trainee[]> {
  if (!Array.isArray(data)) return { ok: false, problem: 'trainees: expected a list' };
  const value: Trainee[] = [];
  const problems: string[] = [];
  data.forEach((t, i) => {
    const problem = traineeProblem(t);
    if (problem) problems.push(`trainees[${i}].${problem}`);
    else value.push(cleanTrainee(t as Record<string, unknown>));
  });
  return { ok: true, value, problems };
}

function clampProgress(n: number): number {
  return Number.isFinite(n) ? Math.min(100, Math.max(0, Math.round(n))) : 0;
}

export function createTraineesStore(options: StoreOptions = {}): PersistedStore<TraineesState> {
  const p = persisted<Trainee[]>({
    storage: options.storage ?? defaultStorage(),
    area: 'local',
    key: 'trainees',
    version: 1,
    defaults: () => [],
    validate: validateTrainees,
    label: 'trainees',
    contextId: options.contextId,
    now: options.now,
  });
  return wire<Trainee[], TraineesState>({
    p,
    label: 'trainees',
    initial: [],
    actions: ({ get, commit }) => ({
      async add(fields = {}) {
        const t: Trainee = {
          name: '',
          specialty: '',
          assistant: '',
          followUp: '',
          note: '',
          ...fields,
          progress: clampProgress(fields.progress ?? 0),
          id: randomId(),
        };
        await commit([...get().data, t]);
        return t.id;
      },
      async update(id, patch) {
        const next = get().data.map((t) =>
          t.id === id ? { ...t, ...patch, id, progress: clampProgress(patch.progress ?? t.progress) } : t,
        );
        await commit(next);
      },
      remove: (id) => commit(get().data.filter((t) => t.id !== id)),
    }),
  });
}

// ---- saved reviews ----

export interface SavedReview {
  id: string;
  /** When it was saved, ms since epoch. */
  savedAt: number;
  drafts: string[];
  note: string;
}

export interface ReviewsState extends PersistedState<SavedReview[]> {
  /** Saves a review (newest first) and returns its id. */
  add(review: { drafts: string[]; note?: string }): Promise<string>;
  setNote(id: string, note: string): Promise<void>;
  remove(id: string): Promise<void>;
  removeAll(): Promise<void>;
}

function validateReviews(data: unknown): Validation<SavedReview[]> {
  if (!Array.isArray(data)) return { ok: false, problem: 'reviews: expected a list' };
  const value: SavedReview[] = [];
  const problems: string[] = [];
  data.forEach((r, i) => {
    if (!isRecord(r)) return void problems.push(`reviews[${i}]: expected an object`);
    if (typeof r.id !== 'string' || r.id === '') return void problems.push(`reviews[${i}].id: expected a non-empty string`);
    if (typeof r.savedAt !== 'number' || !Number.isFinite(r.savedAt)) return void problems.push(`reviews[${i}].savedAt: expected a time in ms`);
    if (!Array.isArray(r.drafts) || !r.drafts.every((d) => typeof d === 'string'))
      return void problems.push(`reviews[${i}].drafts: expected a list of strings`);
    if (typeof r.note !== 'string') return void problems.push(`reviews[${i}].note: expected a string`);
    value.push({ id: r.id, savedAt: r.savedAt, drafts: [...(r.drafts as string[])], note: r.note });
  });
  return { ok: true, value, problems };
}

export function createReviewsStore(options: StoreOptions = {}): PersistedStore<ReviewsState> {
  const now = options.now ?? Date.now;
  const p = persisted<SavedReview[]>({
    storage: options.storage ?? defaultStorage(),
    area: 'local',
    key: 'reviews',
    version: 1,
    defaults: () => [],
    validate: validateReviews,
    label: 'reviews',
    contextId: options.contextId,
    now: options.now,
  });
  return wire<SavedReview[], ReviewsState>({
    p,
    label: 'reviews',
    initial: [],
    actions: ({ get, commit }) => ({
      async add({ drafts, note = '' }) {
        const review: SavedReview = { id: randomId(), savedAt: now(), drafts: [...drafts], note };
        await commit([review, ...get().data]);
        return review.id;
      },
      setNote: (id, note) => commit(get().data.map((r) => (r.id === id ? { ...r, note } : r))),
      remove: (id) => commit(get().data.filter((r) => r.id !== id)),
      removeAll: () => commit([]),
    }),
  });
}

// ---- all together ----

export interface Stores {
  settings: PersistedStore<SettingsState>;
  checklist: PersistedStore<ChecklistState>;
  trainees: PersistedStore<TraineesState>;
  reviews: PersistedStore<ReviewsState>;
  /** Resolves when every store has loaded. */
  loaded: Promise<void>;
  dispose(): void;
}

/** Creates the four stores over one storage and one context id. */
export function createStores(options: StoreOptions = {}): Stores {
  const opts: StoreOptions = { ...options, storage: options.storage ?? defaultStorage(), contextId: options.contextId ?? randomId() };
  const settings = createSettingsStore(opts);
  const checklist = createChecklistStore(opts);
  const trainees = createTraineesStore(opts);
  const reviews = createReviewsStore(opts);
  const all = [settings, checklist, trainees, reviews];
  return {
    settings,
    checklist,
    trainees,
    reviews,
    loaded: Promise.all(all.map((s) => s.loaded)).then(() => undefined),
    dispose: () => all.forEach((s) => s.dispose()),
  };
}

let shared: Stores | undefined;

/** The stores of this context over `browser.storage`, created on first use. */
export function getStores(): Stores {
  shared ??= createStores();
  return shared;
}
