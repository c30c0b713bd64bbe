import { useState } from 'react';
import type { Finding } from '../lib/engine/types.ts';

export interface FindingCardProps {
  finding: Finding;
  text: string;
  onFix?: (finding: Finding) => void;
  onDismiss?: (finding: Finding) => void;
  onIgnore?: (term: string, finding: Finding) => void;
}

/** One finding: what was found, the quoted text, why in one line, and its actions. */
export function FindingCard({ finding, text, onFix, onDismiss, onIgnore }: FindingCardProps) {
  const quoted = text.slice(finding.start, finding.end);
  // Never for privacy: an ignored phone number or name would go unflagged in later drafts. Never for
  // length or whole sentences: there is no term to ignore. A term is ignored for this rule only, after a confirmation.
  const ignorable = finding.category !== 'privacy' && finding.category !== 'length' && quoted.trim().length <= 100;
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="coach-card" data-severity={finding.severity} data-rule={finding.rule} role="group" aria-label={finding.message}>
      <div className="coach-message">{finding.message}</div>
      {quoted && <q className="coach-quote">{quoted}</q>}
      {finding.because && <div className="coach-muted coach-because" data-coach-because="">Seen in {finding.because}.</div>}
      {finding.why && <div className="coach-muted coach-why">{finding.why}</div>}
      <div className="coach-actions">
        {finding.fix && onFix && (
          <button type="button" data-coach-action="fix" onClick={() => onFix(finding)}>
            {finding.fix.replacement ? `Replace with “${finding.fix.replacement}”` : 'Remove'}
          </button>
        )}
        {onDismiss && (
          <button type="button" data-coach-action="dismiss" onClick={() => onDismiss(finding)}>Dismiss</button>
        )}
        {onIgnore && ignorable && quoted.trim() && !confirming && (
          <button type="button" data-coach-action="ignore" onClick={() => setConfirming(true)}>Add to ignore list…</button>
        )}
        {onIgnore && ignorable && quoted.trim() && confirming && (
          <span role="group" aria-label="Confirm ignore">
            <span className="coach-muted">Never flag “{quoted.trim()}” for this rule again? </span>
            <button type="button" data-coach-action="ignore-confirm" onClick={() => { setConfirming(false); onIgnore(quoted.trim(), finding); }}>Ignore it</button>
            <button type="button" data-coach-action="ignore-cancel" onClick={() => setConfirming(false)}>Cancel</button>
          </span>
        )}
      </div>
    </div>
  );
}
