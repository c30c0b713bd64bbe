// The engine's own weighted length for long drafts must agree with twitter-text's parseTweet.
import fc from 'fast-check';
import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { extractEntities, measureWithUrls } from '../../lib/engine/twitter.ts';

const pieces = fc.constantFrom(
  'word ', 'Mrs. Alvarez ', 'https://example.org/a/b?c=1 ', 'example.com/fund ', '#MedEd ', '@pt_handle ', '😀', '👩🏽‍⚕️', '🇺🇸',
  '漢字', 'שלום ', 'مرحبا ', '\u200d', '\u2019', '—', '…', '\n', '\uFEFF', 'é', '𝒜', '1/2 ', '$AAPL ',
);

describe('measureWithUrls', () => {
  it('gives parseTweet’s weighted length, validity and valid range on long drafts', () => {
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 300, maxLength: 700 }), fc.constantFrom(280, 25_000), (parts, limit) => {
        // Words separated by spaces, as in any real post (twitter.ts cuts runs of 100+ characters
        // without a space into pieces, where it may differ from parseTweet by design).
        const text = parts.join(' ');
        const mine = measureWithUrls(text, limit, extractEntities(text).filter((e) => e.kind === 'url'));
        expect(mine).not.toBeNull();
        if (!mine) return;
        const ref = twitterText.parseTweet(text, { ...(twitterText as unknown as { configs: { version3: object } }).configs.version3, maxWeightedTweetLength: limit });
        expect(mine.weighted).toBe(ref.weightedLength);
        expect(mine.valid).toBe(ref.valid);
        if (!ref.valid) expect(mine.validEnd).toBe(ref.validRangeEnd + 1);
      }),
      { numRuns: 80 },
    );
  });

  it('declines text that NFC normalisation would change (the engine then asks parseTweet)', () => {
    expect(measureWithUrls('cafe\u0301 '.repeat(500), 280, [])).toBeNull();
  });

  // It skips normalize() on text made of units NFC leaves alone: each UTF-16 unit, and each emoji
  // plane's code point, after a Latin letter, a Hangul jamo or syllable, or kana.
  it('declines exactly the text NFC would change, whatever unit comes after a base', () => {
    const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
    for (let c = 0x1f000; c < 0x1fc00; c++) units.push(String.fromCodePoint(c));
    const wrong: string[] = [];
    for (const base of ['e', 'A', '\u1100', '\uac00', '\u304b', '\uff76'])
      for (const u of units) {
        const text = base + u;
        if ((measureWithUrls(text, 280, []) === null) !== (text.normalize() !== text)) wrong.push(text);
      }
    expect(wrong).toEqual([]);
  });
});
