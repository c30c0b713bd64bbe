import { ruleById } from '../lib/engine/index.ts';
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
  const rule = ruleById(finding.rule);
  const quoted = text.slice(finding.start, finding.end);
  // A direct identifier (a patient's name, a record number) is never offered for the ignore list:
  // that list is a setting, synced by the browser, and must not become a list of patients.
  const ignorable = !(finding.category === 'privacy' && finding.severity === 'block');
  return (
    <div className="coach-card" data-severity={finding.severity} data-rule={finding.rule} role="group" aria-label={finding.message}>
      <div className="coach-message">{finding.message}</div>
      {quoted && <q className="coach-quote">{quoted}</q>}
      {rule?.why && <div className="coach-muted coach-why">{rule.why}</div>}
      <div className="coach-actions">
        {finding.fix && onFix && (
          <button type="button" data-coach-action="fix" onClick={() => onFix(finding)}>
            {finding.fix.replacement ? `Replace with “${finding.fix.replacement}”` : 'Remove'}
          </button>
        )}
        {onDismiss && (
          <button type="button" data-coach-action="dismiss" onClick={() => onDismiss(finding)}>Dismiss</button>
        )}
        {onIgnore && ignorable && quoted.trim() && (
          <button type="button" data-coach-action="ignore" onClick={() => onIgnore(quoted.trim(), finding)}>Add to ignore list</button>
        )}
      </div>
    </div>
  );
}
