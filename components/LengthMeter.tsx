import type { LengthInfo } from '../lib/engine/types.ts';

export interface LengthMeterProps {
  length: LengthInfo;
  overflowText?: string;
}

export function LengthMeter({ length, overflowText }: LengthMeterProps) {
  const ratio = Math.min(1, length.weighted / Math.max(1, length.limit));
  const colour = !length.valid ? 'var(--coach-block)' : ratio > 0.9 ? 'var(--coach-warn)' : 'var(--coach-accent)';
  return (
    <div className="coach-length" data-valid={String(length.valid)}>
      <div role="meter" aria-valuemin={0} aria-valuemax={length.limit} aria-valuenow={length.weighted}
        aria-label="Weighted length" style={{ height: 4, background: 'var(--coach-border)', borderRadius: 2 }}>
        <div style={{ width: `${ratio * 100}%`, height: 4, background: colour, borderRadius: 2 }} />
      </div>
      <span>{length.weighted}/{length.limit}</span>
      {overflowText && <div className="coach-overflow">Over the limit: <mark>{overflowText}</mark></div>}
    </div>
  );
}
