// Settings: defaults, and validation of anything that comes from outside the code
// (storage, an imported policy file, the CLI). Validation never throws: it keeps what is
// valid, drops what is not, and says why.
import { DEFAULT_SETTINGS } from './settings-defaults.ts';
import type { ConferenceTag, IgnoredTerm, RuleOverride, Settings, Severity, TweetChat } from './types.ts';

export { DEFAULT_SETTINGS, PREMIUM_LIMIT, STANDARD_LIMIT } from './settings-defaults.ts';

export interface SettingsResult {
  settings: Settings;
  /** One line per problem, naming the field: empty when the input was fully valid. */
  errors: string[];
}

const SEVERITIES: readonly Severity[] = ['info', 'warn', 'block'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_TERMS = 500;
const MAX_TERM_LENGTH = 100;
// Lists a person types in by hand; the caps keep a stored or imported value bounded.
const MAX_LIST = 100;
const RULE_ID = /^[a-z]+\/[a-z0-9-]{1,60}$/;
// Spaces and invisible characters (zero-width, joiners, direction marks): a term of only these matches nothing visible.
const INVISIBLE = /^[\s\p{Cf}]*$/u;

/** A real day written YYYY-MM-DD (not 2026-02-31, which Date.parse rolls over to March). */
export function isCalendarDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringList(v: unknown, field: string, errors: string[], lower = false): string[] {
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list)) {
    errors.push(`${field}: expected a list of strings`);
    return [];
  }
  const out: string[] = [];
  for (const item of list.slice(0, MAX_TERMS)) {
    if (typeof item !== 'string' || INVISIBLE.test(item) || item.length > MAX_TERM_LENGTH) {
      errors.push(`${field}: ignored an entry that is not a visible string of at most ${MAX_TERM_LENGTH} characters`);
      continue;
    }
    const t = item.trim();
    out.push(lower ? t.toLowerCase() : t);
  }
  if (list.length > MAX_TERMS) errors.push(`${field}: only the first ${MAX_TERMS} entries are kept`);
  return out;
}

/**
 * `{ rule, term }` entries; a plain string (the old, rule-less list) becomes `{ rule: '*', term }`,
 * which never hides a privacy finding. The same term for the same rule is kept once.
 */
function ignoredTerms(v: unknown, errors: string[]): IgnoredTerm[] {
  if (!Array.isArray(v)) {
    errors.push('ignoredTerms: expected a list of { rule, term }');
    return [];
  }
  const out: IgnoredTerm[] = [];
  const seen = new Set<string>();
  for (const item of v.slice(0, MAX_TERMS)) {
    const entry = typeof item === 'string' ? { rule: '*', term: item } : item;
    const rule = isRecord(entry) ? entry.rule : undefined;
    const term = isRecord(entry) ? entry.term : undefined;
    if (typeof rule !== 'string' || (rule !== '*' && !RULE_ID.test(rule))) {
      errors.push('ignoredTerms: ignored an entry without a rule id');
      continue;
    }
    if (typeof term !== 'string' || INVISIBLE.test(term) || term.length > MAX_TERM_LENGTH) {
      errors.push(`ignoredTerms: ignored an entry that is not a visible string of at most ${MAX_TERM_LENGTH} characters`);
      continue;
    }
    const key = `${rule}\n${term.trim().toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ rule, term: term.trim() });
  }
  if (v.length > MAX_TERMS) errors.push(`ignoredTerms: only the first ${MAX_TERMS} entries are kept`);
  return out;
}

function normaliseTag(tag: string): string {
  const t = tag.trim();
  return t.startsWith('#') ? t : `#${t}`;
}

function validTag(tag: unknown): tag is string {
  return typeof tag === 'string' && /^#?[\p{L}\p{N}_]{1,100}$/u.test(tag.trim());
}

function conferences(v: unknown, errors: string[]): ConferenceTag[] {
  if (!Array.isArray(v)) {
    errors.push('conferences: expected a list');
    return [];
  }
  const out: ConferenceTag[] = [];
  if (v.length > MAX_LIST) errors.push(`conferences: only the first ${MAX_LIST} are kept`);
  v.slice(0, MAX_LIST).forEach((c, i) => {
    if (!isRecord(c) || !validTag(c.tag)) return void errors.push(`conferences[${i}].tag: expected a hashtag`);
    if (typeof c.start !== 'string' || !isCalendarDate(c.start))
      return void errors.push(`conferences[${i}].start: expected a date as YYYY-MM-DD`);
    if (typeof c.end !== 'string' || !isCalendarDate(c.end))
      return void errors.push(`conferences[${i}].end: expected a date as YYYY-MM-DD`);
    if (c.end < c.start) return void errors.push(`conferences[${i}]: end is before start`);
    out.push({ tag: normaliseTag(c.tag), start: c.start, end: c.end });
  });
  return out;
}

function tweetChats(v: unknown, errors: string[]): TweetChat[] {
  if (!Array.isArray(v)) {
    errors.push('tweetChats: expected a list');
    return [];
  }
  const out: TweetChat[] = [];
  if (v.length > MAX_LIST) errors.push(`tweetChats: only the first ${MAX_LIST} are kept`);
  v.slice(0, MAX_LIST).forEach((c, i) => {
    if (!isRecord(c) || !validTag(c.tag)) return void errors.push(`tweetChats[${i}].tag: expected a hashtag`);
    if (typeof c.weekday !== 'number' || !Number.isInteger(c.weekday) || c.weekday < 0 || c.weekday > 6)
      return void errors.push(`tweetChats[${i}].weekday: expected 0 (Sunday) to 6 (Saturday)`);
    if (typeof c.time !== 'string' || !HH_MM.test(c.time))
      return void errors.push(`tweetChats[${i}].time: expected HH:MM (24-hour)`);
    const duration = c.durationMinutes ?? 60;
    if (typeof duration !== 'number' || !(duration > 0 && duration <= 24 * 60))
      return void errors.push(`tweetChats[${i}].durationMinutes: expected minutes between 1 and 1440`);
    out.push({ tag: normaliseTag(c.tag), weekday: c.weekday, time: c.time, durationMinutes: duration });
  });
  return out;
}

function ruleOverrides(v: unknown, errors: string[]): Record<string, RuleOverride> {
  if (!isRecord(v)) {
    errors.push('rules: expected an object keyed by rule id');
    return {};
  }
  const out: Record<string, RuleOverride> = {};
  const entries = Object.entries(v);
  if (entries.length > MAX_LIST) errors.push(`rules: only the first ${MAX_LIST} overrides are kept`);
  for (const [id, o] of entries.slice(0, MAX_LIST)) {
    if (!RULE_ID.test(id)) {
      errors.push(`rules.${id.slice(0, 60)}: not a rule id`);
      continue;
    }
    if (!isRecord(o)) {
      errors.push(`rules.${id}: expected { enabled?, severity? }`);
      continue;
    }
    const r: RuleOverride = {};
    if (o.enabled !== undefined) {
      if (typeof o.enabled === 'boolean') r.enabled = o.enabled;
      else errors.push(`rules.${id}.enabled: expected true or false`);
    }
    if (o.severity !== undefined) {
      if (SEVERITIES.includes(o.severity as Severity)) r.severity = o.severity as Severity;
      else errors.push(`rules.${id}.severity: expected info, warn or block`);
    }
    out[id] = r;
  }
  return out;
}

/** Validates settings from outside the code. Unknown keys are reported and ignored. */
export function validateSettings(input: unknown): SettingsResult {
  const errors: string[] = [];
  // The defaults' lists are empty: each result gets lists of its own.
  const s: Settings = { ...DEFAULT_SETTINGS, specialty: [], conferences: [], tweetChats: [], watchTerms: [], ignoredTerms: [], rules: {} };
  if (input === undefined || input === null) return { settings: s, errors };
  if (!isRecord(input)) return { settings: s, errors: ['settings: expected an object'] };

  for (const [key, v] of Object.entries(input)) {
    if (v === undefined) continue;
    switch (key) {
      case 'specialty':
        s.specialty = stringList(v, 'specialty', errors, true);
        break;
      case 'premium':
        if (typeof v === 'boolean') s.premium = v;
        else errors.push('premium: expected true or false');
        break;
      case 'conferences':
        s.conferences = conferences(v, errors);
        break;
      case 'tweetChats':
        s.tweetChats = tweetChats(v, errors);
        break;
      case 'tweetChat': // a single chat is accepted too
        s.tweetChats = tweetChats([v], errors);
        break;
      case 'watchTerms':
        s.watchTerms = stringList(v, 'watchTerms', errors);
        break;
      case 'ignoredTerms':
        s.ignoredTerms = ignoredTerms(v, errors);
        break;
      case 'rules':
        s.rules = ruleOverrides(v, errors);
        break;
      case 'patientFacing':
        if (typeof v === 'boolean') s.patientFacing = v;
        else errors.push('patientFacing: expected true or false');
        break;
      case 'gradeTarget':
        if (typeof v === 'number' && v >= 1 && v <= 20) s.gradeTarget = v;
        else errors.push('gradeTarget: expected a number from 1 to 20');
        break;
      case 'now':
        if ((typeof v === 'string' || typeof v === 'number') && !Number.isNaN(new Date(v).getTime())) s.now = v;
        else errors.push('now: expected an ISO date-time or milliseconds');
        break;
      case 'timezoneOffsetMinutes':
        if (typeof v === 'number' && Math.abs(v) <= 14 * 60) s.timezoneOffsetMinutes = v;
        else errors.push('timezoneOffsetMinutes: expected minutes between -840 and 840');
        break;
      default:
        errors.push(`${key}: unknown setting, ignored`);
    }
  }
  return { settings: s, errors };
}

/**
 * Settings as analyze() receives them: typed callers pass Partial<Settings>, but a value may
 * still come from JSON at run time, so it goes through the same validation. Errors are dropped
 * here (analyze never throws); callers who load settings should call validateSettings themselves.
 */
const resolved = new WeakMap<object, Settings>();

export function resolveSettings(partial?: Partial<Settings> | null): Settings {
  // The same settings object is passed on every keystroke: validate it once.
  if (partial && typeof partial === 'object') {
    let s = resolved.get(partial);
    if (!s) resolved.set(partial, (s = validateSettings(partial).settings));
    return s;
  }
  return validateSettings(undefined).settings;
}
