// A zustand store over one persisted value: first load, other contexts' changes, and actions that
// update the view at once, then write, and roll the view back (with a notice) when storage refuses.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { clearLegacyAsideCopies, keepAside, listProblems, type StoredItem, type Validation } from './item.ts';

/** A zustand store with the promise of its first load and a way to stop following storage. */
export type PersistedStore<S> = StoreApi<S> & {
  /** Resolves once the first load has finished (`ready` is then true). Never rejects. */
  loaded: Promise<void>;
  /** Stops following storage changes. */
  dispose(): void;
};

export interface PersistedState<T> {
  /** The first load has finished. */
  ready: boolean;
  /** A sentence for the UI when saved data could not be read or a change could not be saved. */
  notice: string | null;
  data: T;
  dismissNotice(): void;
}

/** A value as stores see it: loaded and validated, saved, and followed across contexts. */
export interface PersistedValue<T> {
  load(): Promise<{ data: T; notice: string | null }>;
  /** Null when saved, else why not. */
  save(data: T): Promise<string | null>;
  /** Calls `listener` with each (validated) value another context stores. */
  watch(listener: (data: T) => void): () => void;
}

export interface ValueOptions<T> {
  /** A fresh default value (called each time: never shared). */
  fallback: () => T;
  validate: (data: unknown) => Validation<T>;
  /** How notices name the data: "checklist" → "Your saved checklist could not be read…". */
  label: string;
}

/** Validates what comes from storage; keeps what cannot be read aside (once) and says so. */
export async function readValidated<T>(raw: unknown, asideKey: string, o: ValueOptions<T>): Promise<{ data: T; notice: string | null }> {
  if (raw === null || raw === undefined) return { data: o.fallback(), notice: null };
  let checked: Validation<T>;
  try {
    checked = o.validate(raw);
  } catch (e) {
    checked = { ok: false, problem: e instanceof Error ? e.message : String(e) };
  }
  if (checked.ok && !checked.problems?.length) return { data: checked.value, notice: null };
  const kept = await keepAside(asideKey, raw);
  if (checked.ok) {
    return { data: checked.value, notice: `Part of your saved ${o.label} could not be read and was left out (${listProblems(checked.problems!)}). ${kept}` };
  }
  return { data: o.fallback(), notice: `Your saved ${o.label} could not be read; defaults are in use. ${kept}` };
}

export function persistedValue<T>(item: StoredItem, o: ValueOptions<T>): PersistedValue<T> {
  return {
    async load() {
      let raw: unknown;
      const legacy = clearLegacyAsideCopies(item.area, item.key);
      try {
        raw = await item.read();
        await legacy;
      } catch (e) {
        return { data: o.fallback(), notice: `Your saved ${o.label} could not be read (${e instanceof Error ? e.message : String(e)}); defaults are in use.` };
      }
      return readValidated(raw, item.key, o);
    },
    save: (data) => item.write(data),
    watch: (listener) =>
      item.watch((raw) => {
        if (raw === null || raw === undefined) return listener(o.fallback());
        const checked = o.validate(raw);
        // Another context stored something unreadable: keep what we have.
        if (checked.ok) listener(checked.value);
      }),
  };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface Wiring<T, S extends PersistedState<T>> {
  value: PersistedValue<T>;
  /** How the "could not be saved" notice names the data. */
  label: string;
  initial: T;
  /** Extra state derived from `data` (kept up to date on every change), e.g. effective settings. */
  derive?: (data: T, state: S | undefined) => Partial<S>;
  actions: (ctx: {
    get: () => S;
    set: (partial: Partial<S>) => void;
    /** Shows `next` at once and saves it; on failure shows the stored value again and a notice. Resolves to the problem or null. */
    commit: (next: T) => Promise<string | null>;
  }) => Omit<S, keyof PersistedState<T>>;
}

/** Builds a store over one persisted value. */
export function persistedStore<T, S extends PersistedState<T>>(w: Wiring<T, S>): PersistedStore<S> {
  // Set when the state was changed by an action or by another context before the first load
  // finished: the load's (older) result must not replace it.
  let touched = false;
  // The value storage holds as far as this context knows: what the view goes back to on failure.
  let confirmed: T = w.initial;

  const store = createStore<S>()((set, get) => {
    const setData = (data: T) => set({ data, ...w.derive?.(data, get()) } as Partial<S>);
    const commit = async (next: T) => {
      touched = true;
      setData(next);
      const problem = await w.value.save(next);
      if (problem === null) {
        confirmed = next;
        return null;
      }
      setData(confirmed);
      set({ notice: `Your change to the ${w.label} was not saved: ${problem}. The previous value is back.` } as Partial<S>);
      return problem;
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
  const unwatch = w.value.watch((data) => {
    touched = true;
    confirmed = data;
    if (!sameJson(data, store.getState().data)) setData(data);
  });
  const loaded = w.value.load().then((r) => {
    if (!touched) {
      confirmed = r.data;
      setData(r.data);
    }
    store.setState({ ready: true, notice: r.notice } as Partial<S>);
  });
  return Object.assign(store, { loaded, dispose: unwatch });
}

export function randomId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
