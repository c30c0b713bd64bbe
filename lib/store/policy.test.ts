import { rules } from '../engine/index.ts';
import { SETTINGS_KEYS } from './app-settings.ts';
import schema from '../../public/managed-schema.json';
import { exportPolicy, parsePolicy } from './policy.ts';

const ruleIds = rules.map((r) => r.id);

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected invalid JSON');
}

describe('parsePolicy', () => {
  it('accepts a good policy and returns only the keys it sets', () => {
    const file = JSON.stringify({
      enabled: true,
      sites: { x: true },
      gate: true,
      theme: 'light',
      specialty: ['Emergency Medicine'],
      conferences: [{ tag: 'ACEP25', start: '2025-10-06', end: '2025-10-09' }],
      tweetChats: [{ tag: '#MedEdChat', weekday: 3, time: '21:00' }],
      rules: { 'privacy/contact': { severity: 'block' }, 'clarity/jargon': { enabled: false } },
      patientFacing: true,
      gradeTarget: 6,
      timezoneOffsetMinutes: -300,
    });
    expect(parsePolicy(file, { ruleIds })).toEqual({
      ok: true,
      settings: {
        enabled: true,
        sites: { x: true },
        gate: true,
        theme: 'light',
        specialty: ['emergency medicine'],
        conferences: [{ tag: '#ACEP25', start: '2025-10-06', end: '2025-10-09' }],
        tweetChats: [{ tag: '#MedEdChat', weekday: 3, time: '21:00', durationMinutes: 60 }],
        rules: { 'privacy/contact': { severity: 'block' }, 'clarity/jargon': { enabled: false } },
        patientFacing: true,
        gradeTarget: 6,
        timezoneOffsetMinutes: -300,
      },
    });
    expect(parsePolicy('{}')).toEqual({ ok: true, settings: {} });
  });

  it('names every problem with its path, in the order of the file', () => {
    const file = JSON.stringify({
      premium: 'yes',
      logo: 'acme.png',
      sites: { x: 'on', mastodon: true },
      conferences: [{ tag: '#ASCO', start: '2025-13-01', end: '2025-06-03' }, { tag: '#AHA', start: '2025-11-07', end: '2025-11-10', city: 'NOLA' }],
      theme: 'blue',
      rules: { 'privacy/contact': { severity: 'fatal', notify: true } },
      gradeTarget: 30,
    });
    const result = parsePolicy(file);
    expect(result).toEqual({
      ok: false,
      error: [
        'premium: expected true or false',
        'logo: unknown setting',
        'sites.x: expected true or false',
        'sites.mastodon: unknown site',
        'conferences[1].city: unknown key',
        'conferences[0].start: expected a date as YYYY-MM-DD',
        'theme: expected auto, light, dark',
        'rules.privacy/contact.notify: unknown key',
        'rules.privacy/contact.severity: expected info, warn or block',
        'gradeTarget: expected a number from 1 to 20',
      ].join('\n'),
    });
  });

  it('rejects an override for a rule the engine does not have, when told the rule ids', () => {
    const file = '{ "rules": { "privacy/patient-nmae": { "enabled": false } } }';
    expect(parsePolicy(file, { ruleIds })).toEqual({ ok: false, error: 'rules.privacy/patient-nmae: unknown rule' });
    expect(parsePolicy(file).ok).toBe(true);
  });

  it('rejects the test clock and the engine\'s single-chat shorthand', () => {
    expect(parsePolicy('{"now": 0, "tweetChat": {}}')).toEqual({
      ok: false,
      error: 'now: unknown setting\ntweetChat: unknown setting',
    });
  });

  it('gives the parser\'s message for malformed JSON', () => {
    const text = '{ "premium": true, }';
    expect(parsePolicy(text)).toEqual({ ok: false, error: `The policy is not valid JSON: ${jsonError(text)}` });
    expect(parsePolicy('')).toEqual({ ok: false, error: `The policy is not valid JSON: ${jsonError('')}` });
  });

  it('wants an object at the top', () => {
    const error = 'The policy must be a JSON object of settings, such as { "premium": true }';
    for (const text of ['[]', 'null', '"premium"', '42']) expect(parsePolicy(text)).toEqual({ ok: false, error });
  });
});

describe('exportPolicy', () => {
  it('writes pretty JSON in a fixed key order that parses back to the same settings', () => {
    const settings = {
      premium: true,
      gate: false,
      watchTerms: ['code brown'],
      now: 123, // not a policy key: left out
    };
    const text = exportPolicy(settings);
    expect(text).toBe('{\n  "gate": false,\n  "premium": true,\n  "watchTerms": [\n    "code brown"\n  ]\n}\n');
    expect(parsePolicy(text)).toEqual({ ok: true, settings: { gate: false, premium: true, watchTerms: ['code brown'] } });
  });
});

describe('managed-schema.json', () => {
  it('is an object schema covering exactly the policy keys', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...SETTINGS_KEYS].sort());
  });
});

describe('parsePolicy limits', () => {
  it('refuses a policy over 256 KB before parsing it', () => {
    const result = parsePolicy(`{"watchTerms": ["${'a'.repeat(300 * 1024)}"]}`);
    expect(result).toEqual({ ok: false, error: 'The policy is 300 KB; a policy file is at most 256 KB.' });
  });

  it('reports thousands of unknown keys in the order given', () => {
    const input = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, 1]));
    const result = parsePolicy(JSON.stringify({ ...input, premium: 'x' }));
    expect(result.ok).toBe(false);
    const lines = (result as { error: string }).error.split('\n');
    expect(lines).toHaveLength(20_001);
    expect(lines[0]).toBe('k0: unknown setting');
    expect(lines[19_999]).toBe('k19999: unknown setting');
    expect(lines[20_000]).toBe('premium: expected true or false');
  });
});
