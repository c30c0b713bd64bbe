// Organisation policy files: JSON with any of the settings keys, checked as strictly as the
// managed-storage schema (public/managed-schema.json) so a file that imports cleanly here also deploys
// cleanly as a browser policy. An organisation's values override the user's and are locked.
import { SETTINGS_KEYS, validateAppSettings, type AppSettings } from './app-settings.ts';

/** A real policy is a few kilobytes; anything far larger is refused before it is parsed. */
export const MAX_POLICY_CHARS = 256 * 1024;

export type PolicyResult = { ok: true; settings: Partial<AppSettings> } | { ok: false; error: string };

export interface PolicyOptions {
  /**
   * Rule ids the engine knows (e.g. `rules.map((r) => r.id)` from lib/engine). When given, an
   * override for any other id is an error, so a typo does not silently do nothing. Optional so
   * this file does not pull the whole engine into pages that only read settings.
   */
  ruleIds?: readonly string[];
}

/**
 * Parses and validates a policy file. Every problem is reported, one per line, each starting with
 * the path of the value ("conferences[0].start: expected a date as YYYY-MM-DD").
 */
export function parsePolicy(json: string, options: PolicyOptions = {}): PolicyResult {
  if (json.length > MAX_POLICY_CHARS) {
    return { ok: false, error: `The policy is ${Math.round(json.length / 1024)} KB; a policy file is at most ${MAX_POLICY_CHARS / 1024} KB.` };
  }
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (e) {
    return { ok: false, error: `The policy is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'The policy must be a JSON object of settings, such as { "premium": true }' };
  }
  const { settings, errors } = validateAppSettings(input, { partial: true });
  if (options.ruleIds && settings.rules) {
    for (const id of Object.keys(settings.rules)) {
      if (!options.ruleIds.includes(id)) errors.push(`rules.${id}: unknown rule`);
    }
  }
  if (errors.length > 0) return { ok: false, error: errors.join('\n') };
  return { ok: true, settings };
}

/**
 * A policy file for `settings`: policy keys only (in a fixed order), pretty-printed, ending with a
 * newline. parsePolicy(exportPolicy(s)) gives back the same settings.
 */
export function exportPolicy(settings: Partial<AppSettings>): string {
  const out: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) {
    if (settings[key] !== undefined) out[key] = settings[key];
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}
