// The posting checklist's progress (storage.local "checklist"): item id → done.
import { storedItem, type Validation } from './item.ts';
import { persistedStore, persistedValue, type PersistedState, type PersistedStore } from './store.ts';

export type ChecklistProgress = Record<string, boolean>;

export interface ChecklistState extends PersistedState<ChecklistProgress> {
  setDone(id: string, done: boolean): Promise<void>;
  toggle(id: string): Promise<void>;
  reset(): Promise<void>;
}

const MAX_ITEMS = 200;

export function validateChecklist(data: unknown): Validation<ChecklistProgress> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: 'checklist: expected an object of item ids' };
  const value: ChecklistProgress = {};
  const problems: string[] = [];
  for (const [id, done] of Object.entries(data).slice(0, MAX_ITEMS)) {
    if (typeof done === 'boolean') value[id] = done;
    else problems.push(`checklist.${id}: expected true or false`);
  }
  if (Object.keys(data).length > MAX_ITEMS) problems.push(`checklist: only the first ${MAX_ITEMS} items are kept`);
  return { ok: true, value, problems };
}

export function createChecklistStore(): PersistedStore<ChecklistState> {
  const value = persistedValue(storedItem('local', 'checklist', { fallback: {} }), { fallback: () => ({}), validate: validateChecklist, label: 'checklist' });
  return persistedStore<ChecklistProgress, ChecklistState>({
    value,
    label: 'checklist',
    initial: {},
    actions: ({ get, commit }) => ({
      setDone: async (id, done) => void (await commit({ ...get().data, [id]: done })),
      toggle: async (id) => void (await commit({ ...get().data, [id]: !get().data[id] })),
      reset: async () => void (await commit({})),
    }),
  });
}
