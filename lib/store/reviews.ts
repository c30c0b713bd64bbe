// Saved draft reviews (storage.local "reviews"), newest first.
import { storedItem, type Validation } from './item.ts';
import { persistedStore, persistedValue, randomId, type PersistedState, type PersistedStore } from './store.ts';

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

const MAX_REVIEWS = 500;

export function validateReviews(data: unknown): Validation<SavedReview[]> {
  if (!Array.isArray(data)) return { ok: false, problem: 'reviews: expected a list' };
  const value: SavedReview[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  data.slice(0, MAX_REVIEWS).forEach((r: unknown, i) => {
    if (typeof r !== 'object' || r === null) return void problems.push(`reviews[${i}]: expected an object`);
    const o = r as Record<string, unknown>;
    if (typeof o.id !== 'string' || o.id === '') return void problems.push(`reviews[${i}].id: expected a non-empty string`);
    if (ids.has(o.id)) return void problems.push(`reviews[${i}].id: the same id as an earlier review`);
    if (typeof o.savedAt !== 'number' || !Number.isFinite(o.savedAt)) return void problems.push(`reviews[${i}].savedAt: expected a time in ms`);
    if (!Array.isArray(o.drafts) || !o.drafts.every((d) => typeof d === 'string'))
      return void problems.push(`reviews[${i}].drafts: expected a list of strings`);
    if (typeof o.note !== 'string') return void problems.push(`reviews[${i}].note: expected a string`);
    ids.add(o.id);
    value.push({ id: o.id, savedAt: o.savedAt, drafts: [...(o.drafts as string[])], note: o.note });
  });
  if (data.length > MAX_REVIEWS) problems.push(`reviews: only the newest ${MAX_REVIEWS} are kept`);
  return { ok: true, value, problems };
}

export function createReviewsStore(options: { now?: () => number } = {}): PersistedStore<ReviewsState> {
  const now = options.now ?? Date.now;
  const value = persistedValue(storedItem('local', 'reviews'), { fallback: () => [], validate: validateReviews, label: 'reviews' });
  return persistedStore<SavedReview[], ReviewsState>({
    value,
    label: 'saved reviews',
    initial: [],
    actions: ({ get, commit }) => ({
      async add({ drafts, note = '' }) {
        const review: SavedReview = { id: randomId(), savedAt: now(), drafts: [...drafts], note };
        const problem = await commit([review, ...get().data]);
        if (problem) throw new Error(`The review was not saved: ${problem}.`);
        return review.id;
      },
      setNote: async (id, note) => void (await commit(get().data.map((r) => (r.id === id ? { ...r, note } : r)))),
      remove: async (id) => void (await commit(get().data.filter((r) => r.id !== id))),
      removeAll: async () => void (await commit([])),
    }),
  });
}
