// The advice the page does not compute (clarity, professionalism, readability, hashtags for an open
// panel) comes from the background script, which loads the whole engine once for the browser rather
// than in every X tab (lib/engine/advice.ts). The draft goes to the extension's own background over
// runtime messaging, inside the browser, and nothing there keeps it. Advice is asked for when typing
// pauses; until it arrives the last advice is carried over the edits, so underlines do not flicker.
import { carryFindings, NO_ADVICE, withAdvice, type Advice } from '../../lib/engine/advice.ts';
import type { Analysis, Settings, Suggestion } from '../../lib/engine/in-page.ts';
import { IN_PAGE_RULE_IDS } from '../../lib/engine/rules/in-page.ts';
import { ADVICE_MESSAGE, type AdviceRequest } from '../../lib/x/advice-request.ts';

type Send = (request: AdviceRequest) => Promise<unknown>;
interface Asked { text: string; settings: Partial<Settings>; hashtags: boolean }
interface Box {
  /** What the box should have advice for now. */
  wanted: Asked;
  /** The request on its way, if any (one at a time per box: the latest text goes next). */
  sent: Asked | null;
  /** The last advice that arrived, and what it was for. */
  got: (Asked & { advice: Advice }) | null;
  /** The last suggestions that arrived (shown while newer ones are on their way). */
  chips: Suggestion[];
  waiters: Array<() => void>;
  /** The page's own analysis of the box's last text: advice arriving re-merges without re-running it. */
  page: { text: string; settings: Partial<Settings>; analysis: Analysis } | null;
  /** What the box shows of the advice (shape()), so advice that changes nothing redraws nothing. */
  shown: string;
  /** Cancels the request waiting for typing to pause, if one is. */
  cancel: (() => void) | null;
}

/** How long the check before posting waits for advice that could stop the post. */
export const SETTLE_MS = 1500;
/**
 * Advice is asked for once typing pauses this long, so the background analyses once a pause rather
 * than on every keystroke (its CPU is the page's too); meanwhile the last advice is carried over.
 */
export const ADVICE_PAUSE_MS = 120;
/** Boxes remembered (a thread has a few; closed ones fall out). */
const MAX_BOXES = 16;

export class BackgroundAdvice {
  private readonly boxes = new Map<number, Box>();

  constructor(
    /** Called when advice arrives (the coach analyses again and shows it). */
    private readonly onArrive: () => void,
    private readonly send: Send = (request) => browser.runtime.sendMessage(request),
    /** Runs `fn` after `ms`; returns what cancels it. */
    private readonly schedule: (fn: () => void, ms: number) => () => void = (fn, ms) => {
      const t = setTimeout(fn, ms);
      return () => clearTimeout(t);
    },
  ) {}

  /**
   * The page's analysis of a box (`analyse`, run only when text or settings changed) with its advice
   * added; asks for advice when text, settings or the panel changed.
   */
  merge(box: number, text: string, settings: Partial<Settings>, hashtags: boolean, analyse: () => Analysis): Analysis {
    const b = this.ask(box, { text, settings, hashtags });
    if (b.page?.text !== text || b.page.settings !== settings) b.page = { text, settings, analysis: analyse() };
    const advice = this.adviceFor(b, text, hashtags);
    b.shown = shape(advice);
    return withAdvice(b.page.analysis, advice);
  }

  /** The advice for this text: as it arrived, or carried over the edits since. */
  private adviceFor(b: Box, text: string, hashtags: boolean): Advice {
    const got = b.got;
    if (!got) return { ...NO_ADVICE, hashtags: hashtags ? b.chips : [] };
    const findings = got.text === text ? got.advice.findings : carryFindings(got.advice.findings, got.text, text);
    return { findings, stats: got.advice.stats, hashtags: hashtags ? b.chips : [] };
  }

  /**
   * While the advice for this text is on its way and could stop the post (settings raise a rule
   * outside the page's to block): a promise that settles when it arrives or after SETTLE_MS. Else null.
   */
  pending(box: number, text: string, settings: Partial<Settings>): Promise<void> | null {
    const raised = Object.entries(settings.rules ?? {}).some(([id, r]) => r?.severity === 'block' && r.enabled !== false && !IN_PAGE_RULE_IDS.has(id));
    const b = this.boxes.get(box);
    if (!raised || !b || (b.got && answers(b.got, { text, settings, hashtags: false }))) return null;
    return new Promise((resolve) => {
      b.waiters.push(resolve);
      this.schedule(resolve, SETTLE_MS);
    });
  }

  private ask(box: number, wanted: Asked): Box {
    let b = this.boxes.get(box);
    if (!b) {
      if (this.boxes.size >= MAX_BOXES) this.boxes.delete(this.boxes.keys().next().value!);
      b = { wanted, sent: null, got: null, chips: [], waiters: [], page: null, shown: '', cancel: null };
      this.boxes.set(box, b);
    } else if (!same(b.wanted, wanted)) b.wanted = wanted;
    else return b;
    this.later(b);
    return b;
  }

  /** Asks once typing pauses (each new text restarts the wait), unless the advice in hand answers. */
  private later(b: Box): void {
    b.cancel?.();
    b.cancel = null;
    if (b.got && answers(b.got, b.wanted)) return;
    b.cancel = this.schedule(() => {
      b.cancel = null;
      if (!b.sent) this.sendNow(b);
    }, ADVICE_PAUSE_MS);
  }

  /** Sends the box's latest wanted request; one at a time per box. */
  private sendNow(b: Box): void {
    const asked = b.wanted;
    b.sent = asked;
    const done = () => {
      b.sent = null;
      if (!same(asked, b.wanted)) this.later(b);
    };
    const failed = () => { done(); b.waiters.splice(0).forEach((w) => w()); };
    let request: Promise<unknown>;
    try {
      request = this.send({ type: ADVICE_MESSAGE, ...asked });
    } catch {
      return failed();
    }
    request.then(
      (reply) => {
        done();
        if (!isAdvice(reply)) return;
        b.got = { ...asked, advice: reply };
        if (asked.hashtags) b.chips = reply.hashtags;
        b.waiters.splice(0).forEach((w) => w());
        // Most pauses change no advice: redraw only when the box would show something new.
        const page = b.page;
        if (!page || shape(this.adviceFor(b, page.text, b.wanted.hashtags)) !== b.shown) this.onArrive();
      },
      // No background (the extension was reloaded): the page's own findings stand, nothing is lost.
      failed,
    );
  }
}

function same(a: Asked, b: Asked): boolean {
  return a.text === b.text && a.settings === b.settings && a.hashtags === b.hashtags;
}

function shape(a: Advice): string {
  return JSON.stringify(a);
}

/** Advice asked with hashtags also answers a request without them. */
function answers(got: Asked, wanted: Asked): boolean {
  return got.text === wanted.text && got.settings === wanted.settings && (got.hashtags || !wanted.hashtags);
}

function isAdvice(v: unknown): v is Advice {
  const a = v as Partial<Advice> | null;
  return !!a && Array.isArray(a.findings) && Array.isArray(a.hashtags) && typeof a.stats === 'object' && a.stats !== null;
}
