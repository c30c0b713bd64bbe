// The coach on X asks the background script for its settings rather than reading storage itself:
// the settings store (validation, migrations, the organisation's policy, WXT's storage utility)
// then stays out of the script every X tab loads. Shared by both ends so the shapes are checked in
// one place.

import type { AppSettings } from '../store/app-settings.ts';

export const SETTINGS_MESSAGE = 'coach:settings';
export const IGNORE_MESSAGE = 'coach:ignore';

/** Asks for the effective settings (the user's, overridden by policy). */
export interface SettingsRequest {
  type: typeof SETTINGS_MESSAGE;
  /** The policy changed: read it again, not as the background script last read it. */
  policy?: boolean;
  /** Wait for the policy however long its read takes (the last answer was provisional). */
  wait?: boolean;
}

/**
 * The answer: the effective settings, `provisional` when the policy's first read was still under way
 * (the user's settings alone, for the moment: the tab asks again, waiting).
 */
export type SettingsAnswer = AppSettings & { provisional?: true };

/** Adds a term to a rule's ignore list; the answer is the problems found. */
export interface IgnoreRequest {
  type: typeof IGNORE_MESSAGE;
  term: string;
  rule: string;
}

export function isSettingsRequest(m: unknown): m is SettingsRequest {
  return (m as Partial<SettingsRequest> | null)?.type === SETTINGS_MESSAGE;
}

export function isIgnoreRequest(m: unknown): m is IgnoreRequest {
  const r = m as Partial<IgnoreRequest> | null;
  return r?.type === IGNORE_MESSAGE && typeof r.term === 'string' && typeof r.rule === 'string';
}
