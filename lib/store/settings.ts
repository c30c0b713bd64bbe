// The user's settings: the small switches in storage.sync "settings" (they follow the person to
// other computers), the long lists (watch terms, ignored terms) in storage.local "settings" so the
// sync item stays far below Chrome's 8 KB an item, and ignored terms never reach the browser
// vendor's sync servers. storage.managed (organisation policy) overrides both and locks its keys.
import { browser } from 'wxt/browser';
import type { IgnoredTerm } from '../engine/types.ts';
import { DEFAULT_APP_SETTINGS, SETTINGS_KEYS, cloneAppSettings, validateAppSettings, type AppSettings } from './app-settings.ts';
import { clearLegacyAsideCopies, storedItem, type Validation } from './item.ts';
import { persistedStore, readValidated, type PersistedState, type PersistedStore, type PersistedValue } from './store.ts';

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
   * Changes the user's settings. Locked keys are skipped. Resolves to the problems found (invalid
   * values, or storage refusing the change); when there are any nothing is saved.
   */
  update(patch: Partial<AppSettings>): Promise<string[]>;
  /**
   * Adds `term` to the ignore list of rule `rule` (once), kept on this computer. Privacy rules are
   * refused: a term that identifies a patient must stay flagged. Resolves to the problems found.
   */
  ignoreTerm(term: string, rule: string): Promise<string[]>;
  /** Back to defaults (policy still applies). */
  reset(): Promise<void>;
}

/** Keys kept in storage.local: lists long enough to break the sync quota, and nothing to sync. */
export const LOCAL_KEYS = ['watchTerms', 'ignoredTerms'] as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function validateStoredSettings(data: unknown): Validation<AppSettings> {
  if (!isRecord(data)) return { ok: false, problem: 'settings: expected an object' };
  const { settings, errors } = validateAppSettings(data);
  return errors.length ? { ok: true, value: settings, problems: errors } : { ok: true, value: settings };
}

function split(s: AppSettings): { sync: Record<string, unknown>; local: Record<string, unknown> } {
  const sync: Record<string, unknown> = { ...s };
  const local: Record<string, unknown> = {};
  for (const k of LOCAL_KEYS) {
    local[k] = s[k];
    delete sync[k];
  }
  return { sync, local };
}

/** The two stored parts as one value: the sync part (which held the lists before they moved) under the local one. */
function merge(sync: unknown, local: unknown): unknown {
  if (sync !== null && !isRecord(sync)) return sync; // unreadable: validation says so
  if (sync === null && local === null) return null;
  return { ...(sync ?? {}), ...(isRecord(local) ? local : {}) };
}

const VALUE_OPTIONS = { fallback: () => cloneAppSettings(DEFAULT_APP_SETTINGS), validate: validateStoredSettings, label: 'settings' };

function settingsValue(): PersistedValue<AppSettings> {
  const syncItem = storedItem('sync', 'settings');
  const localItem = storedItem('local', 'settings');
  let syncRaw: unknown = null;
  let localRaw: unknown = null;
  // The parts are written one after the other and each one's change event comes on its own: the
  // parts this context wrote are what it merges from at once, so the echo of the first part never
  // shows the older second part for a moment. The sync part goes first: when its quota refuses it,
  // nothing is written.
  const save = async (data: AppSettings) => {
    const { sync, local } = split(data);
    const [oldSync, oldLocal] = [syncRaw, localRaw];
    syncRaw = sync;
    localRaw = local;
    const syncProblem = await syncItem.write(sync);
    if (syncProblem) {
      [syncRaw, localRaw] = [oldSync, oldLocal];
      return syncProblem;
    }
    const localProblem = await localItem.write(local);
    if (localProblem) localRaw = oldLocal;
    return localProblem;
  };
  return {
    async load() {
      // In parallel with the read: the coach on X waits for these settings.
      const legacy = clearLegacyAsideCopies('sync', 'settings');
      try {
        [syncRaw, localRaw] = await Promise.all([syncItem.read(), localItem.read()]);
        await legacy;
      } catch (e) {
        return { data: VALUE_OPTIONS.fallback(), notice: `Your saved settings could not be read (${e instanceof Error ? e.message : String(e)}); defaults are in use.` };
      }
      const result = await readValidated(merge(syncRaw, localRaw), 'settings', VALUE_OPTIONS);
      // Settings saved before the lists moved: move them now (only when fully readable; otherwise
      // the stored value stays as it is until the user changes something).
      const old = isRecord(syncRaw) && LOCAL_KEYS.some((k) => k in (syncRaw as object));
      if (old && result.notice === null) {
        const problem = await save(result.data);
        if (problem) return { ...result, notice: `Your settings could not be moved to this version's storage: ${problem}.` };
      }
      return result;
    },
    save,
    watch(listener) {
      const changed = () => {
        const merged = merge(syncRaw, localRaw);
        if (merged === null) return listener(VALUE_OPTIONS.fallback());
        const checked = validateStoredSettings(merged);
        if (checked.ok) listener(checked.value);
      };
      const stopSync = syncItem.watch((v) => { syncRaw = v; changed(); });
      const stopLocal = localItem.watch((v) => { localRaw = v; changed(); });
      return () => { stopSync(); stopLocal(); };
    },
  };
}

function effectiveOf(user: AppSettings, managed: Partial<AppSettings>): AppSettings {
  const out = cloneAppSettings(user);
  for (const key of SETTINGS_KEYS) {
    if (managed[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = structuredClone(managed[key]);
  }
  return out;
}

/** The organisation's policy as the stores read it: its valid keys and its problems. */
export interface Policy {
  managed: Partial<AppSettings>;
  policyErrors: string[];
}

export async function readManaged(): Promise<Policy> {
  try {
    // Firefox rejects when no policy is installed; some browsers have no managed area at all.
    const raw = browser.storage.managed ? await browser.storage.managed.get(null) : {};
    const { settings, errors } = validateAppSettings(raw, { partial: true });
    return { managed: settings, policyErrors: errors };
  } catch {
    return { managed: {}, policyErrors: [] };
  }
}

/** `readPolicy`: how the policy is read, at first and after each change of it (storage.managed by default). */
export function createSettingsStore(readPolicy: () => Promise<Policy> = readManaged): PersistedStore<SettingsState> {
  const store = persistedStore<AppSettings, SettingsState>({
    value: settingsValue(),
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
        const problem = await commit(settings);
        return problem ? [`Not saved: ${problem}.`] : [];
      },
      ignoreTerm(term, rule) {
        if (rule.startsWith('privacy/')) return Promise.resolve(['Privacy findings cannot be ignored: edit the text instead.']);
        const t = term.trim();
        const { ignoredTerms } = get().data;
        if (ignoredTerms.some((x) => x.rule === rule && x.term.toLowerCase() === t.toLowerCase())) return Promise.resolve([]);
        const entry: IgnoredTerm = { rule, term: t };
        return get().update({ ignoredTerms: [...ignoredTerms, entry] });
      },
      reset: async () => void (await commit(cloneAppSettings(DEFAULT_APP_SETTINGS))),
    }),
  });

  // Policy: read once, and again whenever the browser reports the managed area changed.
  const applyManaged = async () => {
    const { managed, policyErrors } = await readPolicy();
    store.setState((s) => ({ managed, policyErrors, locked: SETTINGS_KEYS.filter((k) => managed[k] !== undefined), effective: effectiveOf(s.data, managed) }));
  };
  const onManaged = (_changes: unknown, areaName: string) => {
    if (areaName === 'managed') void applyManaged();
  };
  browser.storage.onChanged.addListener(onManaged);
  const loaded = Promise.all([store.loaded, applyManaged()]).then(() => undefined);
  const dispose = store.dispose;
  return Object.assign(store, {
    loaded,
    dispose: () => {
      dispose();
      browser.storage.onChanged.removeListener(onManaged);
    },
  });
}
