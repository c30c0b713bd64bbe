// The app's zustand stores, one file each with its validator, all on WXT's storage utility
// (item.ts) and kept in step across the extension's contexts (popup, options page, content
// scripts) by storage change events.
//
//   settings   storage.sync "settings" (switches) + storage.local "settings" (watch and ignored
//              terms); storage.managed (organisation policy) overrides it      → settings.ts
//   checklist  storage.local "checklist"  item id → done                      → checklist.ts
//   trainees   storage.local "trainees"   the people a physician is coaching  → trainees.ts
//   reviews    storage.local "reviews"    saved draft reviews                 → reviews.ts
//
// Every store's state has `ready` (first load done), `notice` (a sentence for the UI when saved
// data could not be read or saved, else null), `data`, and its actions. Actions update the state at
// once and then write; a refused write puts the stored value back and sets `notice`.
import { createChecklistStore, type ChecklistState } from './checklist.ts';
import { createReviewsStore, type ReviewsState } from './reviews.ts';
import { createSettingsStore, type SettingsState } from './settings.ts';
import type { PersistedStore } from './store.ts';
import { createTraineesStore, type TraineesState } from './trainees.ts';

export type { AppSettings, Theme } from './app-settings.ts';
export { DEFAULT_APP_SETTINGS } from './app-settings.ts';
export type { PersistedState, PersistedStore } from './store.ts';
export { createSettingsStore, type SettingsState } from './settings.ts';
export { createChecklistStore, type ChecklistProgress, type ChecklistState } from './checklist.ts';
export { createTraineesStore, type Trainee, type TraineesState } from './trainees.ts';
export { createReviewsStore, type ReviewsState, type SavedReview } from './reviews.ts';

export interface StoreOptions {
  /** Clock for saved reviews' times, for tests. */
  now?: () => number;
}

export interface Stores {
  settings: PersistedStore<SettingsState>;
  checklist: PersistedStore<ChecklistState>;
  trainees: PersistedStore<TraineesState>;
  reviews: PersistedStore<ReviewsState>;
  /** Resolves when every store has loaded. */
  loaded: Promise<void>;
  dispose(): void;
}

/** Creates the four stores of one context. */
export function createStores(options: StoreOptions = {}): Stores {
  const settings = createSettingsStore();
  const checklist = createChecklistStore();
  const trainees = createTraineesStore();
  const reviews = createReviewsStore(options);
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
