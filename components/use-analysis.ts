import { useMemo } from 'react';
import { analyze, type Analysis } from '../lib/engine/index.ts';
import { findingKey } from '../lib/findings.ts';
import type { AppSettings } from '../lib/store/stores.ts';

/** The engine's analysis of `text` with the user's settings, minus findings dismissed on this page. */
export function useAnalysis(text: string, settings: AppSettings, dismissed: ReadonlySet<string> = new Set()): Analysis {
  return useMemo(() => {
    const a = analyze(text, settings);
    return dismissed.size ? { ...a, findings: a.findings.filter((f) => !dismissed.has(findingKey(f, text))) } : a;
  }, [text, settings, dismissed]);
}
