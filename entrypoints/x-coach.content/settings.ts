// The content script's view of the settings: the same persisted store the popup and options use,
// so a change there reaches open tabs through storage change events, without a reload.
import { createSettingsStore, type AppSettings } from '../../lib/store/stores.ts';

export interface CoachSettings {
  on: boolean;
  gate: boolean;
  effective: AppSettings;
}

export function watchCoachSettings(apply: (s: CoachSettings, addIgnoredTerm: (term: string) => void) => void): () => void {
  const store = createSettingsStore();
  const addIgnoredTerm = (term: string) => {
    const { data } = store.getState();
    if (!data.ignoredTerms.includes(term)) void store.getState().update({ ignoredTerms: [...data.ignoredTerms, term] });
  };
  const emit = () => {
    const { effective, ready } = store.getState();
    if (ready) apply({ on: effective.enabled && effective.sites.x, gate: effective.gate, effective }, addIgnoredTerm);
  };
  const unsubscribe = store.subscribe((s, prev) => { if (s.effective !== prev.effective || s.ready !== prev.ready) emit(); });
  void store.loaded.then(emit);
  return () => { unsubscribe(); store.dispose(); };
}
