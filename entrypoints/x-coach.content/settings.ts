// The content script's view of the settings: the same persisted store the popup and options use,
// so a change there reaches open tabs through storage change events, without a reload.
import { createSettingsStore, type AppSettings } from '../../lib/store/stores.ts';

/** Calls `apply` once the settings are loaded, then on every change of the effective settings. */
export function watchCoachSettings(apply: (effective: AppSettings, ignoreTerm: (term: string, rule: string) => void) => void): () => void {
  const store = createSettingsStore();
  const ignoreTerm = (term: string, rule: string) => void store.getState().ignoreTerm(term, rule);
  let unsubscribe = () => {};
  let stopped = false;
  void store.loaded.then(() => {
    if (stopped) return;
    apply(store.getState().effective, ignoreTerm);
    unsubscribe = store.subscribe((s, prev) => { if (s.effective !== prev.effective) apply(s.effective, ignoreTerm); });
  });
  return () => { stopped = true; unsubscribe(); store.dispose(); };
}
