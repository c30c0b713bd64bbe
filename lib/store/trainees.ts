// The trainer's roster (storage.local "trainees"): the physicians being coached, never patients.
import { isCalendarDate } from '../engine/settings.ts';
import type { Trainee } from '../trainees/export.ts';
import { storedItem, type Validation } from './item.ts';
import { persistedStore, persistedValue, randomId, type PersistedState, type PersistedStore } from './store.ts';

// The roster's row: defined beside its exports (lib/trainees/export.ts).
export type { Trainee } from '../trainees/export.ts';

export interface TraineesState extends PersistedState<Trainee[]> {
  /** Adds a trainee (fields not given are empty) and returns its id. */
  add(fields?: Partial<Omit<Trainee, 'id'>>): Promise<string>;
  update(id: string, patch: Partial<Omit<Trainee, 'id'>>): Promise<void>;
  remove(id: string): Promise<void>;
  /** Puts back a removed trainee at its old place (the page's "Undo"). */
  restore(trainee: Trainee, index: number): Promise<void>;
}

const MAX_TRAINEES = 500;
const MAX_TEXT = 2_000;

function traineeProblem(t: unknown): string | null {
  if (typeof t !== 'object' || t === null || Array.isArray(t)) return 'expected an object';
  const o = t as Record<string, unknown>;
  if (typeof o.id !== 'string' || o.id === '') return 'id: expected a non-empty string';
  for (const k of ['name', 'specialty', 'assistant', 'note'] as const) {
    if (typeof o[k] !== 'string' || (o[k] as string).length > MAX_TEXT) return `${k}: expected a string of at most ${MAX_TEXT} characters`;
  }
  if (typeof o.progress !== 'number' || !(o.progress >= 0 && o.progress <= 100)) return 'progress: expected a number from 0 to 100';
  if (typeof o.followUp !== 'string') return "followUp: expected a date as YYYY-MM-DD or ''";
  return null;
}

/**
 * The follow-up as a date only (reminders are at 9:00 on the day, so a stored time was never used),
 * or null when it is not a real date.
 */
function followUpDate(value: string): string | null {
  const date = value.slice(0, 10);
  if (value === '') return '';
  return isCalendarDate(date) && (value.length === 10 || value[10] === 'T') ? date : null;
}

export function validateTrainees(data: unknown): Validation<Trainee[]> {
  if (!Array.isArray(data)) return { ok: false, problem: 'trainees: expected a list' };
  const value: Trainee[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  data.slice(0, MAX_TRAINEES).forEach((t: unknown, i) => {
    const problem = traineeProblem(t);
    if (problem) return void problems.push(`trainees[${i}].${problem}`);
    const o = t as Trainee;
    if (ids.has(o.id)) return void problems.push(`trainees[${i}].id: the same id as an earlier trainee`);
    ids.add(o.id);
    // A bad date loses the date, not the trainee.
    const followUp = followUpDate(o.followUp);
    if (followUp === null) problems.push(`trainees[${i}].followUp: expected a date as YYYY-MM-DD, not "${o.followUp.slice(0, 40)}"`);
    value.push({ id: o.id, name: o.name, specialty: o.specialty, assistant: o.assistant, progress: o.progress, followUp: followUp ?? '', note: o.note });
  });
  if (data.length > MAX_TRAINEES) problems.push(`trainees: only the first ${MAX_TRAINEES} are kept`);
  return { ok: true, value, problems };
}

function clampProgress(n: number): number {
  return Number.isFinite(n) ? Math.min(100, Math.max(0, Math.round(n))) : 0;
}

export function createTraineesStore(): PersistedStore<TraineesState> {
  const value = persistedValue(storedItem('local', 'trainees', { fallback: [] }), { fallback: () => [], validate: validateTrainees, label: 'trainees' });
  return persistedStore<Trainee[], TraineesState>({
    value,
    label: 'trainees',
    initial: [],
    actions: ({ get, commit }) => ({
      async add(fields = {}) {
        const t: Trainee = { name: '', specialty: '', assistant: '', followUp: '', note: '', ...fields, progress: clampProgress(fields.progress ?? 0), id: randomId() };
        await commit([...get().data, t]);
        return t.id;
      },
      async update(id, patch) {
        await commit(get().data.map((t) => (t.id === id ? { ...t, ...patch, id, progress: clampProgress(patch.progress ?? t.progress) } : t)));
      },
      remove: async (id) => void (await commit(get().data.filter((t) => t.id !== id))),
      async restore(trainee, index) {
        const list = get().data.filter((t) => t.id !== trainee.id);
        list.splice(Math.min(index, list.length), 0, trainee);
        await commit(list);
      },
    }),
  });
}
