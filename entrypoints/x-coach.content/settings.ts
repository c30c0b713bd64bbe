// The content script's view of the user's settings: read from storage, followed through change events.
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../../lib/engine/index.ts';

export interface CoachSettings {
  enabled: boolean;
  siteEnabled: boolean;
  gate: boolean;
  engine: Settings;
}

function fromStored(raw: unknown, managed: unknown): CoachSettings {
  const data = (raw && typeof raw === 'object' && 'data' in raw ? (raw as { data: unknown }).data : raw) as Record<string, unknown> | undefined;
  const app = data && typeof data === 'object' ? data : {};
  const { settings } = validateSettings(pickEngine({ ...app, ...(managed && typeof managed === 'object' ? managed : {}) }));
  const sites = (app.sites ?? {}) as Record<string, unknown>;
  return {
    enabled: app.enabled !== false,
    siteEnabled: sites.x !== false,
    gate: app.gate !== false,
    engine: settings,
  };
}

const ENGINE_KEYS = Object.keys(DEFAULT_SETTINGS);
function pickEngine(o: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(o).filter(([k]) => ENGINE_KEYS.includes(k)));
}

export function watchCoachSettings(apply: (s: CoachSettings) => void): () => void {
  let raw: unknown;
  let managed: unknown;
  const emit = () => apply(fromStored(raw, managed));
  void Promise.all([
    browser.storage.sync.get('settings').then((r) => { raw = r.settings; }).catch(() => undefined),
    browser.storage.managed?.get(null).then((r) => { managed = r; }).catch(() => undefined),
  ]).then(emit);
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && 'settings' in changes) { raw = changes.settings.newValue; emit(); }
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

export async function addIgnoredTerm(term: string): Promise<void> {
  void term;
}
