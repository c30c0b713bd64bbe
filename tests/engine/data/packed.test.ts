import { readFileSync } from 'node:fs';
import { packWords, unpackWords } from '../../../lib/engine/data/packed/pack.ts';
import { LISTS, SOURCES, render, renderLists } from '../../../scripts/pack-wordlists.ts';
import * as packed from '../../../lib/engine/data/packed/lists.ts';

describe('front-coded word lists', () => {
  it('round-trips any sorted, de-duplicated list', () => {
    const words = ['zoe', 'aaren', 'aarika', 'aaren', 'abagael', 'a', "o'neil", 'ab-cd', 'ééa', 'éé'];
    expect(unpackWords(packWords(words))).toEqual([...new Set(words)].sort());
    expect(packWords(['aaren', 'aarika'])).toBe('0aaren2ika');
    expect(unpackWords('0aaren2ika')).toEqual(['aaren', 'aarika']);
  });

  it.each(Object.keys(SOURCES) as (keyof typeof SOURCES)[])('%s matches its npm package (run scripts/pack-wordlists.ts after an upgrade)', (file) => {
    const onDisk = readFileSync(new URL(`../../../lib/engine/data/packed/${file}.ts`, import.meta.url), 'utf8');
    expect(onDisk).toBe(render(file));
    const packed = /= (".*");/.exec(onDisk)![1]!;
    expect(new Set(unpackWords(JSON.parse(packed) as string))).toEqual(new Set(SOURCES[file].words));
  });

  it('packs phrase lists with "|" and words that start with a digit', () => {
    const words = ['west palm beach', '21-weeker', 'a', "o'fallon"];
    expect(unpackWords(packWords(words, '|'), '|')).toEqual([...words].sort());
    expect(() => packWords(['a b'])).toThrow();
    expect(() => packWords(['21-weeker'])).toThrow();
    expect(() => packWords(['Aaren'])).toThrow();
    expect(() => packWords(['a|b'], '|')).toThrow();
  });

  it('our own lists are packed as their sources say (run scripts/pack-wordlists.ts after editing one)', () => {
    const onDisk = readFileSync(new URL('../../../lib/engine/data/packed/lists.ts', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderLists());
    for (const [name, l] of Object.entries(LISTS)) expect(new Set((packed as Record<string, readonly string[]>)[name])).toEqual(new Set(l.words));
  });
});
