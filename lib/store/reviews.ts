// Saved draft reviews (storage.local "reviews"), newest first.
import { storedItem, type Validation } from './item.ts';
import { persistedStore, persistedValue, randomId, type PersistedState, type PersistedStore } from './store.ts';

export interface SavedReview {
  id: string;
  /** When it was saved, ms since epoch. */
  savedAt: number;
  /** When it is deleted, ms since epoch: REVIEW_KEEP_DAYS after it was saved (or after the upgrade that added expiry). */
  expiresAt: number;
  drafts: string[];
  note: string;
}

export interface ReviewsState extends PersistedState<SavedReview[]> {
  /** Saves a review (newest first) and returns its id. */
  add(review: { drafts: string[]; note?: string }): Promise<string>;
  setNote(id: string, note: string): Promise<void>;
  remove(id: string): Promise<void>;
  removeAll(): Promise<void>;
  /** Deletes the reviews whose time is up. */
  removeExpired(): Promise<void>;
}

const MAX_REVIEWS = 500;
/** Saved reviews are deleted this many days after they were saved: a review is working material, not an archive. */
export const REVIEW_KEEP_DAYS = 30;
const KEEP = REVIEW_KEEP_DAYS * 24 * 60 * 60 * 1000;

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
    if (typeof o.expiresAt !== 'number' || !Number.isFinite(o.expiresAt)) return void problems.push(`reviews[${i}].expiresAt: expected a time in ms`);
    ids.add(o.id);
    value.push({ id: o.id, savedAt: o.savedAt, expiresAt: o.expiresAt, drafts: [...(o.drafts as string[])], note: o.note });
  });
  if (data.length > MAX_REVIEWS) problems.push(`reviews: only the newest ${MAX_REVIEWS} are kept`);
  return { ok: true, value, problems };
}

export function createReviewsStore(options: { now?: () => number } = {}): PersistedStore<ReviewsState> {
  const now = options.now ?? Date.now;
  // Version 3 added expiry: reviews saved before it get the full time from the upgrade, so none is lost at once.
  const addExpiry = (old: unknown) =>
    Array.isArray(old) ? old.map((r: unknown) => (typeof r === 'object' && r !== null && !('expiresAt' in r) ? { ...r, expiresAt: now() + KEEP } : r)) : old;
  const value = persistedValue(storedItem('local', 'reviews', { fallback: [], later: { 3: addExpiry } }), { fallback: () => [], validate: validateReviews, label: 'reviews' });
  const store = persistedStore<SavedReview[], ReviewsState>({
    value,
    label: 'saved reviews',
    initial: [],
    actions: ({ get, commit }) => ({
      async add({ drafts, note = '' }) {
        const review: SavedReview = { id: randomId(), savedAt: now(), expiresAt: now() + KEEP, drafts: [...drafts], note };
        const problem = await commit([review, ...get().data]);
        if (problem) throw new Error(`The review was not saved: ${problem}.`);
        return review.id;
      },
      setNote: async (id, note) => void (await commit(get().data.map((r) => (r.id === id ? { ...r, note } : r)))),
      remove: async (id) => void (await commit(get().data.filter((r) => r.id !== id))),
      removeAll: async () => void (await commit([])),
      removeExpired: async () => void (await commit(get().data.filter((r) => r.expiresAt > now()))),
    }),
  });
  // Expired reviews go at the first load of each context.
  const loaded = store.loaded.then(async () => {
    if (store.getState().data.some((r) => r.expiresAt <= now())) await store.getState().removeExpired();
  });
  return Object.assign(store, { loaded });
}
