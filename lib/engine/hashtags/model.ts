// The learned hashtag model: one logistic regression per tag over the draft's features, plus a
// few weights shared by all tags that carry the curated ontology into the score (the draft holds
// the tag's trigger words; the tag belongs to the author's specialty, or is its community tag;
// the hashtags already in the draft, or the draft's other topics, share its specialty). The
// shared weights let a tag the labelled drafts rarely show still score from the ontology.
import { HASHTAG_MODEL } from '../data/hashtag-model.ts';
import { cueBit, F_TEXT, F_WEIGHTS, FIXED_REC, FS, T_FID, TOKENS, W_HAS_G, W_WEIGHED, W_WEIGHTS, WB_END, WB_G, WB_START, triggeredNumbers, wordRefs, type DraftFeatures, type Feature, type TagFeatures, type WeightRow } from './features.ts';
import { COMMUNITY_OF, ENTRY_OF } from './index-build.ts';

export interface HashtagModel {
  version: number;
  /** Weights are stored as integers: the weight times `scale`. */
  scale: number;
  /** Canonical tags the model scores, in the order of its weight lists. */
  tags: readonly string[];
  bias: readonly number[];
  /** Weights of the shared features, in the order of SHARED_FEATURES. */
  shared: readonly number[];
  /** Feature -> "tagIndex:weight tagIndex:weight …"; "g:weight" counts for every tag. */
  weights: Readonly<Record<string, string>>;
  /** Each feature of a draft with n features counts featureValue(n) (else 1). */
  norm: boolean;
  /** Scores are log-probabilities of one softmax over the tags and "no tag" (else: logits). */
  softmax: boolean;
  /**
   * Platt scaling fitted on cross-validated scores: p = sigmoid(a * score + c). A draft with no
   * medical word gets suggestions only when the model's `any` reaches `gate` and its best tag
   * reaches `minTop`.
   */
  calibration: { a: number; c: number; gate: number; minTop: number };
}

const SHARED = ['trigger', 'specialty', 'community', 'hashtag', 'topic', 'teach'] as const;
/** Kinds of tag in the ontology: each shared feature has its own weight per kind. */
const KINDS = ['specialty', 'disease', 'chat', 'education', 'topic', 'advocacy'] as const;
export const SHARED_FEATURES: readonly string[] = KINDS.flatMap((k) => SHARED.map((s) => `${s}/${k}`));

export interface TagInfo {
  tag: string;
  specialties: readonly string[];
  /** Specialties whose community tag this is. */
  communityOf: readonly string[];
  /** Offset of the tag's kind in the shared features. */
  block: number;
  /** A tag of medical education: a teaching post (a pearl, a board question, a thread ...) points at it. */
  teach: boolean;
}

export function tagInfo(tag: string): TagInfo {
  const entry = ENTRY_OF.get(tag.toLowerCase());
  const communityOf: string[] = [];
  for (const [s, c] of COMMUNITY_OF) if (c === tag) communityOf.push(s);
  const kind = Math.max(0, KINDS.indexOf(entry?.kind ?? 'topic'));
  const specialties = entry?.specialties ?? [];
  return { tag, specialties, communityOf, block: kind * SHARED.length, teach: entry?.kind === 'education' || specialties.includes('medical education') };
}

/** tagInfo of the model's k-th tag, made once when the model loads (tagInfo walks every community). */
export function modelTagInfo(k: number): TagInfo {
  return (loaded ??= load(HASHTAG_MODEL)).tags[k]!;
}

const TEACHING_KINDS = ['k:teaching', 'k:question', 'k:thread', 'k:journal', 'k:students', 'k:eponym'];
const TEACHING_BITS = TEACHING_KINDS.reduce((bits, k) => bits | cueBit(k), 0);

/** The draft is a teaching post of some kind. */
export function isTeaching(f: DraftFeatures): boolean {
  return (f.cueBits & TEACHING_BITS) !== 0;
}

/** The shared features of one tag for one draft, in the order of SHARED_FEATURES. */
export function sharedFeatures(f: DraftFeatures, topics: ReadonlySet<string>, t: TagInfo, out: Float64Array, teaching = isTeaching(f)): void {
  out.fill(0);
  const o = t.block;
  out[o] = f.triggered.has(t.tag) ? 1 : 0;
  out[o + 5] = teaching && t.teach ? 1 : 0;
  for (const s of t.specialties) {
    if (f.specialties.has(s)) out[o + 1] = 1;
    if (f.hashSpecialties.has(s)) out[o + 3] = 1;
    if (topics.has(s)) out[o + 4] = 1;
  }
  for (const s of t.communityOf) {
    if (f.specialties.has(s)) out[o + 2] = 1;
    if (f.hashSpecialties.has(s)) out[o + 3] = 1;
    if (topics.has(s)) out[o + 4] = 1;
  }
}

/** Specialties of the tags the draft's trigger words point at, of its patients' ages and of its hashtags. */
export function topicSpecialties(f: DraftFeatures): Set<string> {
  const out = new Set<string>();
  for (const tag of f.triggered.keys()) for (const s of ENTRY_OF.get(tag.toLowerCase())?.specialties ?? []) out.add(s);
  // A patient's age names a field too: an infant or a child is pediatrics, a patient over 80 geriatrics.
  for (const [age, s] of AGE_SPECIALTY) if (f.cueBits & cueBit(age)) out.add(s);
  // A conference or specialty hashtag ("#ESMO24") names the draft's field as a trigger word would.
  for (const s of f.hashSpecialties) out.add(s);
  return out;
}

const AGE_SPECIALTY: ReadonlyArray<readonly [string, string]> = [
  ['a:infant', 'pediatrics'],
  ['a:child', 'pediatrics'],
  ['a:preterm', 'pediatrics'],
  ['a:old', 'geriatrics'],
];
const AGE_BITS = AGE_SPECIALTY.map(([age, s]) => [cueBit(age), s] as const);

interface Loaded {
  tags: TagInfo[];
  names: readonly string[];
  lower: readonly string[];
  /** The one TagScores object, made on the first draft. */
  scores: Scores | null;
  /** Canonical tag -> its index. */
  index: Map<string, number>;
  /** Specialty -> indices of the tags of that specialty, and of the tags that are its community. */
  ofSpecialty: Map<string, number[]>;
  communityOf: Map<string, number[]>;
  /** Indices of the tags of medical education. */
  teachTags: number[];
  /** See topicNumber: specialty -> its number, the two lists of each number, and the draft that last marked them. */
  topicOf: Map<string, number>;
  topicLists: Array<readonly number[] | undefined>;
  topicStamp: number[];
  /** Each tag's TagInfo.block, in one array (read per marked tag, where the TagInfo objects would each be a cache miss). */
  blocks: Int32Array;
  bias: Float64Array;
  shared: Float64Array;
  weights: Map<string, WeightRow>;
  /**
   * Every row's entries (WeightRow's [start, end)), each a tag index (its low `shift` bits, `mask`)
   * and the number of its weight in `values` (the bits above): one small array instead of two,
   * because on a keystroke the rows are read from a cold cache and each cache line missed costs
   * more than the sums. In 16 bits each (`pool16`) when the tags and weights fit (207 tags and 66
   * weights: half the lines of 32 bits), else in 32 (`pool32`, 16 bits each).
   */
  pool16: Uint16Array | null;
  pool32: Int32Array;
  shift: number;
  mask: number;
  /** The distinct weights (the model's integers over its scale: a few hundred at most). */
  values: Float64Array;
  a: number;
  c: number;
  softmax: boolean;
  norm: boolean;
}

/** Each word counts 1/sqrt(n) in a draft of n words: a long draft is not more of a topic. */
export function featureValue(n: number): number {
  return n > 0 ? 1 / Math.sqrt(n) : 0;
}

/** Features of the draft's text shrink with its length; the author's specialty (a prior) counts 1. */
export function isWordFeature(feature: string): number {
  return feature.startsWith('s:') ? 0 : 1;
}

function group(infos: readonly TagInfo[], keys: (t: TagInfo) => readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  infos.forEach((t, k) => {
    for (const s of keys(t)) {
      const list = out.get(s) ?? [];
      list.push(k);
      out.set(s, list);
    }
  });
  return out;
}

function load(m: HashtagModel): Loaded {
  const infos = m.tags.map(tagInfo);
  // All rows in two flat pools, in the model file's order: a draft's look-ups stay close in memory.
  const weights = new Map<string, WeightRow>();
  const entries = Object.entries(m.weights).map(([feature, packed]) => [feature, packed.split(' ')] as const);
  let size = 0;
  for (const [, pairs] of entries) size += pairs.length;
  const pool = new Int32Array(size);
  const tagOf = new Int32Array(size);
  const values: number[] = [];
  const valueAt = new Map<number, number>();
  let at = 0;
  for (const [feature, pairs] of entries) {
    const row: WeightRow = { start: at, end: at, g: 0, hasG: false };
    for (const p of pairs) {
      const [k, v] = p.split(':');
      const w = Number(v) / m.scale;
      if (k === 'g') {
        row.g = w;
        row.hasG = true;
      } else {
        let wi = valueAt.get(w);
        if (wi === undefined) valueAt.set(w, (wi = values.push(w) - 1));
        tagOf[at] = Number(k);
        pool[at] = wi;
        at++;
      }
    }
    row.end = at;
    weights.set(feature, row);
  }
  const bitsFor = (count: number) => 32 - Math.clz32(Math.max(0, count - 1));
  const narrow = bitsFor(m.tags.length) + bitsFor(values.length) <= 16;
  const shift = narrow ? bitsFor(m.tags.length) : 16;
  for (let i = 0; i < size; i++) pool[i] = tagOf[i]! | (pool[i]! << shift);
  return {
    tags: infos,
    names: m.tags,
    lower: m.tags.map((t) => t.toLowerCase()),
    scores: null,
    index: new Map(m.tags.map((t, k) => [t, k])),
    ofSpecialty: group(infos, (t) => t.specialties),
    communityOf: group(infos, (t) => t.communityOf),
    teachTags: infos.flatMap((t, k) => (t.teach ? [k] : [])),
    topicOf: new Map(),
    topicLists: [],
    topicStamp: [],
    blocks: Int32Array.from(infos, (t) => t.block),
    bias: Float64Array.from(m.bias, (b) => b / m.scale),
    shared: Float64Array.from(m.shared, (b) => b / m.scale),
    weights,
    pool16: narrow ? Uint16Array.from(pool) : null,
    pool32: narrow ? new Int32Array(0) : pool,
    shift,
    mask: (1 << shift) - 1,
    values: Float64Array.from(values),
    a: m.calibration.a,
    c: m.calibration.c,
    softmax: m.softmax,
    norm: m.norm,
  };
}

let loaded: Loaded | null = null;

/**
 * A triggered tag's index among the model's tags (-1: none) and the numbers of its specialties
 * (see topicNumber), whose lists of tags it marks as topics: worked out once per tag, kept side by
 * side in TRIGGERED from TRIGGERED_AT[its number] on (index, count, numbers), where a draft read
 * each tag's object and its entry's.
 */
const TRIGGERED_AT: number[] = [];
const TRIGGERED: number[] = [];
function triggeredAt(m: Loaded, tf: TagFeatures): number {
  let at = TRIGGERED_AT[tf.no];
  if (at === undefined) {
    const tag = tf.tag;
    const topic = (ENTRY_OF.get(tag.toLowerCase())?.specialties ?? []).map((s) => topicNumber(m, s));
    TRIGGERED_AT[tf.no] = at = TRIGGERED.length;
    TRIGGERED.push(m.index.get(tag) ?? -1, topic.length, ...topic);
  }
  return at;
}

/**
 * A specialty's number among the topics: its tags and its community's at 2n and 2n+1 of
 * m.topicLists. A draft whose triggered tags share a specialty marks its lists once (by a stamp).
 */
function topicNumber(m: Loaded, s: string): number {
  let id = m.topicOf.get(s);
  if (id === undefined) {
    m.topicOf.set(s, (id = m.topicStamp.push(0) - 1));
    m.topicLists.push(m.ofSpecialty.get(s), m.communityOf.get(s));
  }
  return id;
}
/** Counter of scored drafts, for m.topicStamp. */
let scored = 0;

/** The model's weights of a feature, looked up once and copied onto the (interned) feature. */
function weigh(f: Feature, weights: Map<string, WeightRow>): void {
  if (f.weighed) return;
  const row = weights.get(f.name);
  if (row) {
    f.start = row.start;
    f.end = row.end;
    f.g = row.g;
    f.hasG = row.hasG;
  }
  f.weighed = true;
}

/**
 * Adds, times v, the weights of the feature whose weight block (see features.ts WB_START) starts at
 * `at` of `rec` (`g`: its Float64Array view) to the tags' sums, copying them there from
 * features[no] the first time; returns its weight for every tag times v (0 for none).
 */
function addWeights(m: Loaded, out: Float64Array, rec: Int32Array, g: Float64Array, at: number, features: readonly Feature[], no: number, v: number): number {
  let flags = rec[at]!;
  if (flags === 0) {
    const f = features[no]!;
    weigh(f, m.weights);
    rec[at + WB_START] = f.start;
    rec[at + WB_END] = f.end;
    g[(at + WB_G) / 2] = f.g;
    rec[at] = flags = W_WEIGHED | (f.hasG ? W_HAS_G : 0);
  }
  addRow(m, out, rec[at + WB_START]!, rec[at + WB_END]!, v);
  return flags & W_HAS_G ? g[(at + WB_G) / 2]! * v : 0;
}

export interface TagScores {
  /** The model's tags, and the score of each (a log-probability), in the same order. Valid until the next call. */
  tags: readonly string[];
  /** The tags in lower case, in the same order. */
  lower: readonly string[];
  z: Float64Array;
  /**
   * The best `want` tags (want > 0) scoring at least zMin and not in `present` (lower case), into
   * `out`, best first (the first of equal scores first); returns how many. Reads z as the getter would.
   */
  pick(out: Int32Array, zMin: number, want: number, present: ReadonlySet<string> | null): number;
  /** The calibrated probability of tag k. */
  prob(k: number): number;
  /** The score below which a tag's calibrated probability is below p (scores order tags as probabilities do). */
  scoreFor(p: number): number;
  /** The model's probability, from the draft's text alone, that some tag fits it at all (computed when read). */
  readonly any: number;
  /** any < gate, without the exact sum unless the two are within rounding of each other. */
  anyBelow(gate: number): boolean;
  /** The best tag's calibrated probability from the draft's text alone (computed when read). */
  readonly textBest: number;
}

// Scratch, reused from draft to draft (the engine is synchronous): the scores, the text-alone
// scores, the shared-feature bits by tag (kept all zero between calls) and the marked tags.
let scratch: { logit: Float64Array; text: Float64Array; bits: Uint8Array; marked: Int32Array; markedBits: Uint8Array } | null = null;

/** Scratch of pick(): the scores of the tags picked so far, best first. */
let PICKED = new Float64Array(4);

class Scores implements TagScores {
  private textDone = false;
  private anyValue = 0;
  private anyDone = false;
  private anyEstimate = 0;
  private textBestValue = 0;
  private f: DraftFeatures | null = null;
  private marked = 0;
  /** The largest of 0 and the logits, and whether the softmax is applied yet. */
  private max = 0;
  private zDone = true;
  /** pick() found the softmax's log-sum (`lse`) without applying it: a score is its logit minus lse until z is read. */
  private lseKnown = false;
  private lse = 0;
  constructor(
    private readonly m: Loaded,
    private readonly logit: Float64Array,
  ) {}
  /** One object, reused from draft to draft as the scores it reads are. */
  reset(f: DraftFeatures, marked: number, max: number): void {
    this.f = f;
    this.marked = marked;
    this.max = max;
    this.textDone = false;
    this.anyDone = false;
    this.zDone = false;
    this.lseKnown = false;
  }
  /** The softmax (one exp per tag) only when the scores are read: a draft with no topic is decided by the text-alone scores. */
  get z(): Float64Array {
    if (!this.zDone) {
      this.zDone = true;
      if (this.lseKnown) {
        // As logSoftmaxFrom's last pass, with the log-sum pick() found.
        const z = this.logit;
        for (let k = 0; k < z.length; k++) z[k]! -= this.lse;
      } else if (this.m.softmax) logSoftmaxFrom(this.logit, this.max);
    }
    return this.logit;
  }
  get lower(): readonly string[] {
    return this.m.lower;
  }
  pick(out: Int32Array, zMin: number, want: number, present: ReadonlySet<string> | null): number {
    const z = this.logit;
    const n = z.length;
    // The softmax's log-sum, as logSoftmaxFrom finds it, and the choice in one pass over the
    // scores, each its logit minus the log-sum (what z will hold when read: see the getter).
    let lse = 0;
    if (!this.zDone && !this.lseKnown) {
      if (this.m.softmax) {
        const m = this.max;
        let sum = Math.exp(-m);
        for (let k = 0; k < n; k++) sum += Math.exp(z[k]! - m);
        this.lse = m + Math.log(sum);
        this.lseKnown = true;
      } else this.zDone = true;
    }
    if (!this.zDone) lse = this.lse;
    const lower = this.m.lower;
    const best = PICKED.length >= want ? PICKED : (PICKED = new Float64Array(want));
    let count = 0;
    for (let k = 0; k < n; k++) {
      // Subtracting 0 (no softmax, or applied already) leaves a score as it is.
      const zk = z[k]! - lse;
      // Below the floor, or not above the last of a full list: not among the best.
      if (zk < zMin || (count === want && !(best[count - 1]! < zk)) || (present !== null && present.has(lower[k]!))) continue;
      let i = count;
      while (i > 0 && best[i - 1]! < zk) i--;
      if (count < want) count++;
      for (let j = count - 1; j > i; j--) {
        out[j] = out[j - 1]!;
        best[j] = best[j - 1]!;
      }
      out[i] = k;
      best[i] = zk;
    }
    return count;
  }
  get tags(): readonly string[] {
    return this.m.names;
  }
  prob(k: number): number {
    const zk = !this.zDone && this.lseKnown ? this.logit[k]! - this.lse : this.z[k]!;
    return 1 / (1 + Math.exp(-(this.m.a * zk + this.m.c)));
  }
  scoreFor(p: number): number {
    return (Math.log(p / (1 - p)) - this.m.c) / this.m.a;
  }
  get any(): number {
    this.textScores();
    if (!this.anyDone) {
      this.anyDone = true;
      this.anyValue = this.anyExact();
    }
    return this.anyValue;
  }
  anyBelow(gate: number): boolean {
    this.textScores();
    // The estimate is within 1e-12 of the exact sum: only a draft within a hair of the gate needs it.
    if (this.anyEstimate < gate - 1e-7) return true;
    if (this.anyEstimate > gate + 1e-7) return false;
    return this.any < gate;
  }
  get textBest(): number {
    this.textScores();
    return this.textBestValue;
  }
  /** The text-alone scores matter only for a draft with no medical word: worked out when asked. */
  private textScores(): void {
    if (this.textDone) return;
    this.textDone = true;
    const { bias, shared, blocks, softmax, a, c } = this.m;
    const { text, marked, markedBits } = scratch!;
    const n = bias.length;
    const allText = sumFeatures(this.m, this.f!, text, true);
    for (let k = 0; k < n; k++) text[k]! += allText;
    for (let m = 0; m < this.marked; m++) {
      const k = marked[m]!;
      const b = markedBits[m]!;
      const o = blocks[k]!;
      // The specialty and community features (1 and 2) are the author's, not the text's.
      for (let bb = b & ~6; bb !== 0; bb &= bb - 1) text[k]! += shared[o + lowBit(bb)]!;
    }
    // `any` is the sum of the probabilities of the tags, 1 - p("no tag"): the softmax's own sum
    // gives it to within rounding, and the exact sum (one exp per tag) waits until it is read.
    this.anyEstimate = 0;
    if (softmax) {
      let m = 0;
      for (let k = 0; k < n; k++) if (text[k]! > m) m = text[k]!;
      this.anyEstimate = 1 - Math.exp(-m) / logSoftmaxFrom(text, m);
    }
    let best = -Infinity;
    for (let k = 0; k < n; k++) if (text[k]! > best) best = text[k]!;
    this.textBestValue = 1 / (1 + Math.exp(-(a * best + c)));
  }
  /** `any` as the steps before computed it: one exp per text-alone log-probability, summed in order. */
  private anyExact(): number {
    if (!this.m.softmax) return 0;
    const text = scratch!.text;
    let any = 0;
    for (let k = 0; k < text.length; k++) any += Math.exp(text[k]!);
    return any;
  }
}

/**
 * Sets `out` to the biases plus each of the draft's features' weights per tag (only its text
 * features when `textOnly`: whether the text alone has a topic), and returns the sum of their
 * weights for every tag, which the caller adds to each. A text feature counts the draft's feature
 * value, any other 1. A word feature (most of a draft's) is read from its record, which the draft's
 * pass has just read for its stamp: the same sums, in the same order, as from its object.
 */
function sumFeatures(m: Loaded, f: DraftFeatures, out: Float64Array, textOnly: boolean): number {
  const { weights } = m;
  out.set(m.bias);
  const xv = m.norm ? featureValue(f.words) : 1;
  let all = 0;
  // By the draft's numbers (see wordRefs), or by its features' objects when the numbers are stale.
  const numbered = wordRefs(f);
  const refs = numbered === null ? null : numbered.refs;
  const list = numbered === null ? f.list : numbered.hashes;
  const count = refs === null ? list.length : refs.length;
  let h = 0;
  const { rec, g } = TOKENS;
  for (let fi = 0; fi < count; fi++) {
    const r = refs === null ? -1 : refs[fi]!;
    if (r >= 0) {
      // A word feature is a text feature: it counts xv.
      all += addWeights(m, out, rec, g, r + W_WEIGHTS, TOKENS.feature, rec[r + T_FID]!, xv);
      continue;
    }
    if (r < -1) {
      // A fixed feature, read from its record (see FIXED_REC): the same sums as from its object.
      const no = -2 - r;
      const q = no * FS;
      const text = FIXED_REC.rec[q + F_TEXT] !== 0;
      if (textOnly && !text) continue;
      all += addWeights(m, out, FIXED_REC.rec, FIXED_REC.g, q + F_WEIGHTS, FIXED_REC.feature, no, text ? xv : 1);
      continue;
    }
    // A hashtag's feature (the next of `hashes`), or any feature by its object.
    const feature = list[refs === null ? fi : h++]!;
    if (textOnly && !feature.text) continue;
    weigh(feature, weights);
    const v = feature.text ? xv : 1;
    if (feature.hasG) all += feature.g * v;
    addRow(m, out, feature.start, feature.end, v);
  }
  return all;
}

/** Adds the weights of the pools' entries [start, end) times v to their tags' sums, in order. */
function addRow(m: Loaded, out: Float64Array, start: number, end: number, v: number): void {
  const { pool16, values, shift, mask } = m;
  if (pool16 !== null)
    for (let i = start; i < end; i++) {
      const p = pool16[i]!;
      out[p & mask]! += values[p >>> shift]! * v;
    }
  else {
    const pool = m.pool32;
    for (let i = start; i < end; i++) {
      const p = pool[i]!;
      out[p & mask]! += values[p >>> shift]! * v;
    }
  }
}

/** The number of the lowest bit set in b: set bits are visited in the order of SHARED, lowest first. */
function lowBit(b: number): number {
  return 31 - Math.clz32(b & -b);
}

/** The model's scores for a draft. */
export function scoreTags(f: DraftFeatures): TagScores {
  const m = (loaded ??= load(HASHTAG_MODEL));
  const { blocks, bias, shared } = m;
  const n = bias.length;
  scratch ??= { logit: new Float64Array(n), text: new Float64Array(n), bits: new Uint8Array(n), marked: new Int32Array(n), markedBits: new Uint8Array(n) };
  const { logit, bits, marked, markedBits } = scratch;
  // The sum with everything; the sum with the draft's text alone (whether it has a topic at all,
  // which the author's specialty cannot decide) only when asked (TagScores.textScores).
  const all = sumFeatures(m, f, logit, false);
  // The shared features, as sharedFeatures() computes them, but only for the few tags that have
  // one: the tags of the draft's specialties, hashtags and topics, and the triggered ones. Each
  // tag's bits are independent of the others', so a flat array and a list of the marked tags do.
  let count = 0;
  const mark = (list: readonly number[] | undefined, bit: number) => {
    if (!list) return;
    for (let i = 0; i < list.length; i++) {
      const k = list[i]!;
      if (bits[k] === 0) marked[count++] = k;
      bits[k]! |= bit;
    }
  };
  for (const s of f.specialties) {
    mark(m.ofSpecialty.get(s), 2);
    mark(m.communityOf.get(s), 4);
  }
  // A specialty the draft's hashtags name is one of its topics too.
  for (const s of f.hashSpecialties) {
    mark(m.ofSpecialty.get(s), 8 | 16);
    mark(m.communityOf.get(s), 8 | 16);
  }
  // The draft's topics (topicSpecialties(f)) and its triggered tags. Marking is idempotent and a
  // tag's bits are summed in their own order whatever the order of marking, so no set is needed.
  const triggered = f.triggeredTags;
  const numbers = triggeredNumbers(f);
  const draft = ++scored;
  const { topicLists, topicStamp } = m;
  for (let t = 0; t < triggered.length; t++) {
    const no = numbers === null ? -1 : numbers[3 * t]!;
    let at = no < 0 ? undefined : TRIGGERED_AT[no];
    if (at === undefined) at = triggeredAt(m, triggered[t]!);
    const k = TRIGGERED[at]!;
    const end = at + 2 + TRIGGERED[at + 1]!;
    for (let i = at + 2; i < end; i++) {
      const s = TRIGGERED[i]!;
      if (topicStamp[s] === draft) continue;
      topicStamp[s] = draft;
      mark(topicLists[2 * s], 16);
      mark(topicLists[2 * s + 1], 16);
    }
    if (k < 0) continue;
    if (bits[k] === 0) marked[count++] = k;
    bits[k]! |= 1;
  }
  if (f.ages)
    for (const [bit, s] of AGE_BITS)
      if (f.cueBits & bit) {
        mark(m.ofSpecialty.get(s), 16);
        mark(m.communityOf.get(s), 16);
      }
  if (isTeaching(f)) mark(m.teachTags, 32);
  // `all` is added to every tag, and the largest score so far (of 0 and the scores) found in the
  // same pass; then the marked tags' shared weights (each tag's sum in the same order as one pass
  // for each would). The largest score after them is the larger of that and the marked tags' new
  // scores, unless a marked tag that held it went down: only then are the scores read again.
  let max = 0;
  for (let k = 0; k < n; k++) {
    const v = (logit[k]! += all);
    if (v > max) max = v;
  }
  let lowered = false;
  for (let i = 0; i < count; i++) {
    const k = marked[i]!;
    const b = (markedBits[i] = bits[k]!);
    bits[k] = 0;
    const o = blocks[k]!;
    const before = logit[k]!;
    let v = before;
    for (let bb = b; bb !== 0; bb &= bb - 1) v += shared[o + lowBit(bb)]!;
    logit[k] = v;
    if (v < before && before === max) lowered = true;
    else if (v > max) max = v;
  }
  if (lowered) {
    max = 0;
    for (let k = 0; k < n; k++) if (logit[k]! > max) max = logit[k]!;
  }
  const scores = (m.scores ??= new Scores(m, logit));
  scores.reset(f, count, max);
  return scores;
}

/** A draft without a medical word gets suggestions only when the model's `any` reaches this. */
export function modelGate(): { gate: number; minTop: number } {
  return HASHTAG_MODEL.calibration;
}

/** Log-probabilities of one softmax over the tags and "no tag" (whose logit is 0), in place. */
export function logSoftmax(z: Float64Array): void {
  let m = 0;
  for (let k = 0; k < z.length; k++) if (z[k]! > m) m = z[k]!;
  logSoftmaxFrom(z, m);
}

/** logSoftmax, given the largest of 0 and the scores; returns the sum of the exps (over exp(m)). */
function logSoftmaxFrom(z: Float64Array, m: number): number {
  const n = z.length;
  let sum = Math.exp(-m);
  for (let k = 0; k < n; k++) sum += Math.exp(z[k]! - m);
  const lse = m + Math.log(sum);
  for (let k = 0; k < n; k++) z[k]! -= lse;
  return sum;
}
