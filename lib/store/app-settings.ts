// The settings the extension stores: the engine's Settings plus the app's own switches.
// Validation of the engine part is the engine's (validateSettings); this file adds the app keys,
// rejects keys it does not know, and can check a partial object (a policy) as well as a full one.
// The engine's settings module only: importing the engine's index would pull every rule and word
// list into pages and the background script that merely read settings.
import { DEFAULT_SETTINGS, validateSettings } from '../engine/settings.ts';
import type { Settings } from '../engine/types.ts';

export type Theme = 'auto' | 'light' | 'dark';

export interface AppSettings extends Settings {
  /** Master switch. */
  enabled: boolean;
  /** Per-site switches: `x` covers x.com and twitter.com. */
  sites: { x: boolean };
  /** Check the draft before it is posted. */
  gate: boolean;
  theme?: Theme;
}

export const DEFAULT_APP_SETTINGS: Readonly<AppSettings> = Object.freeze({
  ...DEFAULT_SETTINGS,
  enabled: true,
  sites: Object.freeze({ x: true }),
  gate: true,
});

/** Engine keys that are stored and may be set by policy (`now` is a test clock, not a setting). */
export const ENGINE_KEYS = [...Object.keys(DEFAULT_SETTINGS), 'timezoneOffsetMinutes'] as (keyof Settings)[];
export const APP_KEYS = ['enabled', 'sites', 'gate', 'theme'] as const;
/** Every key a stored settings object or a policy may hold, in export order. */
export const SETTINGS_KEYS: readonly (keyof AppSettings)[] = [...APP_KEYS, ...ENGINE_KEYS];

const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
const NESTED_KEYS: Record<string, readonly string[]> = {
  conferences: ['tag', 'start', 'end'],
  tweetChats: ['tag', 'weekday', 'time', 'durationMinutes'],
  rules: ['enabled', 'severity'],
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function cloneAppSettings(s: Readonly<AppSettings>): AppSettings {
  return structuredClone({ ...s, sites: { ...s.sites } }) as AppSettings;
}

export interface AppSettingsResult<S> {
  settings: S;
  /** One line per problem, starting with the path of the value ("conferences[0].start: …"). */
  errors: string[];
}

/**
 * Validates `input`. With `partial`, only the keys present are returned (a policy); otherwise the
 * result is complete, defaults filling what is missing or invalid. Unknown keys, including
 * unknown keys inside conferences, tweet chats, rule overrides and sites, are errors.
 */
export function validateAppSettings(input: unknown, options: { partial: true }): AppSettingsResult<Partial<AppSettings>>;
export function validateAppSettings(input: unknown, options?: { partial?: false }): AppSettingsResult<AppSettings>;
export function validateAppSettings(input: unknown, options: { partial?: boolean } = {}): AppSettingsResult<Partial<AppSettings>> {
  const full = cloneAppSettings(DEFAULT_APP_SETTINGS);
  const errors: string[] = [];
  if (input === undefined || input === null) return { settings: options.partial ? {} : full, errors };
  if (!isRecord(input)) return { settings: options.partial ? {} : full, errors: ['settings: expected an object'] };

  const present = new Set<keyof AppSettings>();
  const engineInput: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(input)) {
    if (v === undefined) continue;
    switch (key) {
      case 'enabled':
      case 'gate':
        if (typeof v === 'boolean') {
          full[key] = v;
          present.add(key);
        } else errors.push(`${key}: expected true or false`);
        break;
      case 'sites':
        if (!isRecord(v)) {
          errors.push('sites: expected an object such as { "x": true }');
          break;
        }
        for (const [site, on] of Object.entries(v)) {
          if (site !== 'x') errors.push(`sites.${site}: unknown site`);
          else if (typeof on !== 'boolean') errors.push('sites.x: expected true or false');
          else {
            full.sites.x = on;
            present.add('sites');
          }
        }
        break;
      case 'theme':
        if (THEMES.includes(v as Theme)) {
          full.theme = v as Theme;
          present.add('theme');
        } else errors.push(`theme: expected ${THEMES.join(', ')}`);
        break;
      default:
        if ((ENGINE_KEYS as string[]).includes(key)) {
          engineInput[key] = v;
          nestedUnknownKeys(key, v, errors);
        } else errors.push(`${key}: unknown setting`);
    }
  }

  const engine = validateSettings(engineInput);
  // The engine says "ignored" because it carries on; here the caller decides what to do.
  for (const e of engine.errors) errors.push(e.replace(/, ignored$/, ''));
  const engineErrorKeys = new Set(engine.errors.map((e) => e.split(/[.:[]/, 1)[0]));
  for (const key of ENGINE_KEYS) {
    if (!(key in engineInput)) continue;
    (full as unknown as Record<string, unknown>)[key] = engine.settings[key];
    // A partial result keeps a key whose value was valid, or partly valid (a list with one bad entry).
    if (!engineErrorKeys.has(key) || isUsable(engine.settings[key])) present.add(key);
  }

  // Report in the order of the input's keys (engine problems were collected after the others).
  // A map, not indexOf: a value with thousands of unknown keys must not take seconds to sort.
  const order = new Map(Object.keys(input).map((k, i) => [k, i]));
  const rank = (e: string) => order.get(e.split(/[.:[]/, 1)[0] ?? '') ?? -1;
  const ranked = errors.map((e, i) => ({ e, r: rank(e), i })).sort((a, b) => a.r - b.r || a.i - b.i);
  errors.splice(0, errors.length, ...ranked.map((x) => x.e));

  if (!options.partial) return { settings: full, errors };
  const partial: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) if (present.has(key)) partial[key] = full[key];
  return { settings: partial as Partial<AppSettings>, errors };
}

function isUsable(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (isRecord(v)) return Object.keys(v).length > 0;
  return false; // a scalar with an error was not taken
}

function nestedUnknownKeys(key: string, v: unknown, errors: string[]): void {
  const allowed = NESTED_KEYS[key];
  if (!allowed) return;
  if (key === 'rules') {
    if (!isRecord(v)) return;
    for (const [id, o] of Object.entries(v)) {
      if (!isRecord(o)) continue;
      for (const k of Object.keys(o)) if (!allowed.includes(k)) errors.push(`rules.${id}.${k}: unknown key`);
    }
    return;
  }
  if (!Array.isArray(v)) return;
  v.forEach((item, i) => {
    if (!isRecord(item)) return;
    for (const k of Object.keys(item)) if (!allowed.includes(k)) errors.push(`${key}[${i}].${k}: unknown key`);
  });
}
