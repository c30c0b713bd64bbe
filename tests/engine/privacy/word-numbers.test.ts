import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../lib/engine/document.ts';
import { byWordNumber, numberedLexemes } from '../../../lib/engine/privacy/word-numbers.ts';
import { resolveSettings, STANDARD_LIMIT } from '../../../lib/engine/settings.ts';

const doc = (text: string) => buildDocument(text, resolveSettings({}), Date.parse('2026-11-22T12:00:00Z'), STANDARD_LIMIT);

describe('word numbers', () => {
  it('read a list by word number as a Map reads it by word, keys that are no single word included', () => {
    const keys = ['saw', "season's", 'y/o', 'a&e', 'Foo', 'crohn’s', 'covid-19', 'été', 'zzqx-never'];
    const map = new Map(keys.map((k, i) => [k, i]));
    const table = byWordNumber(keys, (w) => map.get(w));
    const d = doc("Saw a 58 y/o in A&E: season's greetings, Crohn’s, COVID-19, été, foo, Foo! saw-it");
    const lexemes = numberedLexemes(d);
    expect(lexemes).toHaveLength(d.words.length);
    const read = d.words.map((w, i) => {
      const id = lexemes[i]!.firstId;
      return id < 0 ? undefined : table[id];
    });
    expect(read).toEqual(d.words.map((w) => map.get(w.lower)));
    expect(read.filter((x) => x !== undefined)).toEqual([0, 1, 6, 7]);
  });
});
