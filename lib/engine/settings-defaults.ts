// The settings' defaults and the length limits, apart from their validation (./settings.ts): the
// coach on X reads settings the background script has already validated, so its bundle needs these
// values and not the validator.
import type { Settings } from './types.ts';

// Its lists stay empty: validateSettings starts each result from these values with empty lists of its own.
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  specialty: [],
  premium: false,
  conferences: [],
  tweetChats: [],
  watchTerms: [],
  ignoredTerms: [],
  rules: {},
  patientFacing: false,
  gradeTarget: 8,
});

export const STANDARD_LIMIT = 280;
export const PREMIUM_LIMIT = 25_000;
