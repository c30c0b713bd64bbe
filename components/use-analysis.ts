import { useMemo } from 'react';
import { analyze, type Analysis, type Finding } from '../lib/engine/index.ts';
import type { AppSettings } from '../lib/store/stores.ts';

/** The engine's analysis of `text` with the user's settings, minus findings dismissed on this page. */
export function useAnalysis(text: string, settings: AppSettings, dismissed: ReadonlySet<string> = new Set()): Analysis {
  return useMemo(() => {
    const a = analyze(text, settings);
    return dismissed.size ? { ...a, findings: a.findings.filter((f) => !dismissed.has(findingKey(f, text))) } : a;
  }, [text, settings, dismissed]);
}

/** A finding's identity across edits: its rule and the text it covers. */
export function findingKey(f: Finding, text: string): string {
  return `${f.rule}\u0000${text.slice(f.start, f.end)}`;
}

/** `text` with the finding's fix applied. */
export function withFix(text: string, f: Finding): string {
  return f.fix ? text.slice(0, f.start) + f.fix.replacement + text.slice(f.end) : text;
}

/** `text` with `tag` appended, separated by a space. */
export function withHashtag(text: string, tag: string): string {
  return text === '' || /\s$/.test(text) ? text + tag : `${text} ${tag}`;
}
