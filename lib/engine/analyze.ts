// One analysis of a draft: tokenise once, run the rules, weigh the privacy candidates, readability
// and a thread split. The rules, readability and hashtag suggestions are passed in (`EngineParts`),
// so a bundle that needs only some of them (the coach on X runs the rules that can stop a post;
// the background runs the rest) never loads the others.
import { inTextOrder } from './advice.ts';
import { buildDocument } from './document.ts';
import { chatReminder } from './events.ts';
import { combinePrivacy } from './privacy/combine.ts';
import { PREMIUM_LIMIT, STANDARD_LIMIT } from './settings-defaults.ts';
import { splitThread } from './thread.ts';
import type { Readability } from './readability.ts';
import type { Analysis, Document, Finding, RawFinding, Rule, RuleResult, Settings, Suggestion } from './types.ts';

/** Hashtag suggestions for a document; `privacyRisk`: a block-level privacy finding stands. */
export type Suggester = (doc: Document, options: { privacyRisk: boolean }) => Suggestion[];

/** What an analysis runs. Without `readability` the grade is null; without `suggest`, no hashtags. */
export interface EngineParts {
  /**
   * Completes the caller's settings: the full engine validates them (./settings.ts); the coach on X
   * only fills in defaults, since the background script validated what it sends.
   */
  resolve: (settings: Partial<Settings> | undefined) => Settings;
  rules: readonly Rule[];
  readability?: (doc: Document) => Readability;
  suggest?: Suggester;
}

// The fixed clock is the same string on every keystroke: parsed once.
let lastNow: string | number | undefined;
let lastTime = NaN;

function clockOf(settings: Settings): number {
  if (settings.now !== undefined) {
    if (settings.now !== lastNow) {
      lastTime = new Date(settings.now).getTime();
      lastNow = settings.now;
    }
    if (!Number.isNaN(lastTime)) return lastTime;
  }
  return Date.now();
}

/** Ignored terms, lower-cased, by the rule they were ignored for ('*': any rule outside privacy). */
function ignoredByRule(settings: Settings): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const { rule, term } of settings.ignoredTerms) {
    let set = map.get(rule);
    if (!set) map.set(rule, (set = new Set()));
    set.add(term.toLowerCase());
  }
  return map;
}

/** A finding is ignored only for the rule its term was ignored for: ignoring a number as jargon leaves it a phone number. */
function isIgnored(ignored: Map<string, Set<string>>, f: Finding, text: string): boolean {
  const quoted = text.slice(f.start, f.end).trim().toLowerCase();
  if (ignored.get(f.rule)?.has(quoted)) return true;
  return f.category !== 'privacy' && (ignored.get('*')?.has(quoted) ?? false);
}

// Each rule's why by id, made once per rule list rather than once per keystroke.
const whys = new WeakMap<readonly Rule[], Map<string, string | undefined>>();

function runRules(doc: Document, rules: readonly Rule[]): Finding[] {
  const results: RuleResult[] = [];
  // Most settings override no rule: then no rule needs looking up.
  const overrides = Object.keys(doc.settings.rules).length > 0 ? doc.settings.rules : undefined;
  for (const rule of rules) {
    const override = overrides?.[rule.id];
    if (override?.enabled === false) continue;
    let raw: RawFinding[];
    try {
      raw = rule.check(doc);
    } catch {
      // A rule bug must never cost the user their draft or the other findings.
      continue;
    }
    results.push({ rule, raw });
  }
  const findings = combinePrivacy(doc, results);
  const ignored = ignoredByRule(doc.settings);
  let why = whys.get(rules);
  if (!why) whys.set(rules, (why = new Map(rules.map((r) => [r.id, r.why]))));
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.start < 0 || f.end > doc.text.length || f.end < f.start) continue;
    if (ignored.size && isIgnored(ignored, f, doc.text)) continue;
    // The finding was made for this analysis alone (privacy/combine.ts), so it is completed in place.
    f.severity = doc.settings.rules[f.rule]?.severity ?? f.severity;
    f.why = why.get(f.rule);
    out.push(f);
  }
  out.sort(inTextOrder);
  return out;
}

/** A part that runs after the rules: a bug in it must not cost the draft its findings. */
function orElse<T>(part: () => T, fallback: T): T {
  try {
    return part();
  } catch {
    return fallback;
  }
}

const EMPTY_STATS = { grade: null, words: 0, sentences: 0, thread: [], chatReminder: null };

export interface AnalyzeOptions {
  /**
   * Suggest hashtags (default true). The coach on X turns it off while only underlines and the
   * badge are on screen, to keep each keystroke's work small, and on when the panel opens.
   */
  hashtags?: boolean;
}

/** Analyses a draft. Deterministic for a given text, settings and clock; never throws. */
export function analyzeDraft(text: string, settings: Partial<Settings> | undefined, options: AnalyzeOptions, parts: EngineParts): Analysis {
  const s = parts.resolve(settings);
  const limit = s.premium ? PREMIUM_LIMIT : STANDARD_LIMIT;
  const safeText = typeof text === 'string' ? text : String(text ?? '');
  try {
    const doc = buildDocument(safeText, s, clockOf(s), limit);
    const { weighted, valid } = doc.length;
    const findings = runRules(doc, parts.rules);
    // While a block-level privacy finding stands, tags are offered but never as strong.
    const privacyRisk = findings.some((f) => f.category === 'privacy' && f.severity === 'block');
    const hashtags = options.hashtags === false || !parts.suggest ? [] : orElse(() => parts.suggest!(doc, { privacyRisk }), []);
    const r = orElse(() => parts.readability?.(doc), undefined) ?? { grade: null, words: 0, sentences: 0 };
    return {
      length: { weighted, limit, valid },
      findings,
      hashtags,
      stats: {
        grade: r.grade,
        words: r.words,
        sentences: r.sentences,
        thread: valid ? [] : orElse(() => splitThread(doc, limit), []),
        chatReminder: orElse(() => chatReminder(doc), null),
      },
    };
  } catch {
    // Defensive: analysis must never break typing. Report the length we have and nothing else.
    return { length: { weighted: safeText.length, limit, valid: false }, findings: [], hashtags: [], stats: EMPTY_STATS };
  }
}
