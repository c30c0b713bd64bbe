// Hashtag scores as the judging harness computes them: hit@3 on drafts that expect tags, and
// noise (a strong suggestion, score >= 0.5) on drafts that expect none and set no specialty.
import type { Analysis } from '../../lib/engine/types.ts';
import type { PrivacyDraft } from './corpus.ts';

export interface HashtagScores {
  hit3: number;
  noise: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function scoreHashtags(drafts: PrivacyDraft[], analyses: Analysis[], misses?: string[]): HashtagScores {
  let tagDrafts = 0, tagHits = 0, noiseDrafts = 0, noisy = 0;
  drafts.forEach((d, i) => {
    const a = analyses[i]!;
    const top = a.hashtags.slice(0, 3).map((s) => s.tag.toLowerCase());
    if (d.hashtags.length) {
      tagDrafts++;
      if (d.hashtags.some((t) => top.includes(t.toLowerCase()))) tagHits++;
      else misses?.push(`TAGS  ${d.id}: want ${d.hashtags.join(' ')} got ${top.join(' ') || '-'}`);
    } else if (!d.specialty) {
      noiseDrafts++;
      if (a.hashtags.some((s) => s.score >= 0.5)) {
        noisy++;
        misses?.push(`NOISE ${d.id}: ${a.hashtags.map((s) => `${s.tag}(${s.score.toFixed(2)})`).join(' ')}`);
      }
    }
  });
  return { hit3: ratio(tagHits, tagDrafts), noise: ratio(noisy, noiseDrafts) };
}
