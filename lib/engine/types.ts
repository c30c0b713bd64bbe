// The engine's public shapes. Pure data: no DOM, no browser APIs.

export type Category = 'privacy' | 'length' | 'clarity' | 'professionalism';
export type Severity = 'info' | 'warn' | 'block';

export interface Fix {
  /** Text that replaces text.slice(start, end). May be empty (remove the span). */
  replacement: string;
  /**
   * The range the replacement takes when it is wider than the finding's span: a preposition or a
   * separator that goes with the identifier ("in bed 9", ", DOB 4/11/1961"). UTF-16 offsets.
   */
  start?: number;
  end?: number;
}

export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offset, inclusive. */
  start: number;
  /** UTF-16 offset, exclusive. */
  end: number;
  message: string;
  /** Privacy findings weighed by the model: the two or three cues that raised it, e.g. "a given name, a patient story". */
  because?: string;
  /** The rule's one-line why (its `why`), so a finding explains itself wherever it is shown. */
  why?: string;
  fix?: Fix;
}

export interface Suggestion {
  /** With the leading '#', in its canonical CamelCase form. */
  tag: string;
  /** In [0, 1]; >= 0.5 means a strong suggestion. */
  score: number;
  reason: string;
}

export interface LengthInfo {
  weighted: number;
  limit: number;
  valid: boolean;
}

export interface Analysis {
  length: LengthInfo;
  findings: Finding[];
  hashtags: Suggestion[];
  /** Extra figures for the UI (readability grade, thread split). Never needed to decide anything. */
  stats: Stats;
}

export interface Stats {
  /** Flesch–Kincaid grade of the draft's prose, or null when there is too little prose. */
  grade: number | null;
  words: number;
  sentences: number;
  /** Suggested thread when over the limit: each part already numbered "1/n". Empty when within. */
  thread: string[];
  /** Reminder text for a tweet chat in session ("Start answers with A1:"), or null. */
  chatReminder: string | null;
}

/** A token of the draft: a run of letters/digits (with inner ' - . allowed, see document.ts). */
export interface Word {
  text: string;
  /** Lower-cased text with straight apostrophes, for look-ups. */
  lower: string;
  start: number;
  end: number;
  /** Index of the sentence holding this word. */
  sentence: number;
  /** 'cap' = Capitalised ("Grace"), 'upper' = ALL CAPS of 2+ letters ("MRN"), 'lower', or 'other' (digits, mixed, "I"). */
  shape: 'cap' | 'upper' | 'lower' | 'other';
}

export interface Sentence {
  start: number;
  end: number;
  /** Indices into Document.words: [first, last+1). */
  firstWord: number;
  endWord: number;
}

export type EntityKind = 'url' | 'mention' | 'hashtag' | 'cashtag';

export interface Entity {
  kind: EntityKind;
  /** As written, including '#', '@' or '$'; URLs as written. */
  text: string;
  start: number;
  end: number;
}

/** Draft-level context, computed once and shared by the privacy rules. */
export interface Context {
  /** The draft tells of a particular patient's case (my patient, pt, 58M, admitted, coded…). */
  patientCase: boolean;
  /** The draft is an announcement by a practice or about an event (hours, hiring, conference, RSVP…). */
  announcement: boolean;
  /** The draft talks about the author themself or their own family in the first person. */
  selfStory: boolean;
}

/** The pre-tokenised draft every rule checks. Built once per analyze() call. */
export interface Document {
  text: string;
  /** text.toLowerCase(); same length and offsets as text for the scripts we care about. */
  lower: string;
  words: Word[];
  sentences: Sentence[];
  entities: Entity[];
  context: Context;
  settings: Settings;
  /** X's weighted length, measured once (see twitter.ts). */
  length: LengthInfo & { validEnd: number };
  /** Milliseconds since epoch, from settings.now or the clock; used for conference dates and chat slots. */
  now: number;
}

/** What a rule reports; the engine adds rule id, category and the effective severity. */
export interface RawFinding {
  start: number;
  end: number;
  message: string;
  /** Overrides the rule's default severity for this finding (e.g. an age of 90+ is always block). */
  severity?: Severity;
  fix?: Fix;
  /**
   * Privacy only: the finding is a quasi-identifier of this kind. Quasi findings are reported as
   * `info` alone and escalated to `warn` when two or more kinds combine (see privacy/combine.ts).
   */
  quasi?: QuasiKind;
  /**
   * Privacy only: a detail that identifies nobody by itself and adds nothing to a combination
   * (the treating doctor's name, a big city), but narrows a post that already holds a direct
   * identifier. Reported as `info`, or `warn` beside a direct identifier.
   */
  companion?: boolean;
  /**
   * Privacy only: the candidate is a direct identifier in unambiguous form (an explicit label or
   * shape: "MRN 00482913", "97-year-old", an e-mail address). The fitted model cannot lower its
   * severity below this floor; it still decides every ambiguous candidate.
   */
  floor?: 'block' | 'warn';
}

export type QuasiKind =
  | 'time'
  | 'age'
  | 'place'
  | 'condition'
  | 'occupation'
  | 'event'
  | 'description'
  | 'family'
  | 'media';

export interface Rule {
  /** Stable id, "<category>/<name>", e.g. "privacy/patient-name". */
  id: string;
  category: Category;
  severity: Severity;
  /** One line: what the rule looks for. */
  description: string;
  /** Why it matters, one line, shown in the finding card. */
  why: string;
  check(doc: Document): RawFinding[];
}

/** One rule's raw findings on a document, before privacy findings are weighed together. */
export interface RuleResult {
  rule: Rule;
  raw: RawFinding[];
}

// ---- Settings ----

export interface ConferenceTag {
  /** With or without '#'. */
  tag: string;
  /** ISO date (YYYY-MM-DD), inclusive. */
  start: string;
  /** ISO date (YYYY-MM-DD), inclusive. */
  end: string;
}

export interface TweetChat {
  tag: string;
  /** 0 = Sunday … 6 = Saturday, in the author's local time. */
  weekday: number;
  /** "HH:MM", 24-hour, local time. */
  time: string;
  /** Length of the chat in minutes. */
  durationMinutes: number;
}

export interface RuleOverride {
  enabled?: boolean;
  severity?: Severity;
}

export interface IgnoredTerm {
  /** The rule id the term was ignored for, or '*' (a term kept from the old, rule-less list: every rule outside privacy). */
  rule: string;
  term: string;
}

export interface Settings {
  /** Lower-case specialty names such as "oncology", "emergency medicine". */
  specialty: string[];
  /** X Premium: 25,000 instead of 280. */
  premium: boolean;
  conferences: ConferenceTag[];
  tweetChats: TweetChat[];
  /** Local facility, unit and place names the author wants flagged. */
  watchTerms: string[];
  /** Personal dictionary: each term is never flagged again by the rule it was ignored for. */
  ignoredTerms: IgnoredTerm[];
  /** Per-rule enable and severity overrides, keyed by rule id. */
  rules: Record<string, RuleOverride>;
  /** Patient-facing posts get a plain-language reading target. */
  patientFacing: boolean;
  /** Reading-grade target for patient-facing posts. */
  gradeTarget: number;
  /** Fixed clock for tests and reproducible runs (ISO date-time or ms). Defaults to now. */
  now?: string | number;
  /** Minutes east of UTC for the author's local time (tweet chats). Defaults to the host's offset. */
  timezoneOffsetMinutes?: number;
}
