import type { Suggestion } from '../lib/engine/types.ts';

export interface HashtagChipProps {
  suggestion: Suggestion;
  onInsert: (tag: string) => void;
}

export function HashtagChip({ suggestion, onInsert }: HashtagChipProps) {
  return (
    <button type="button" className="coach-chip" data-coach-hashtag={suggestion.tag} title={suggestion.reason}
      onClick={() => onInsert(suggestion.tag)}>
      {suggestion.tag}
    </button>
  );
}
