import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, validateSettings } from '../../lib/engine/settings.ts';

describe('validateSettings', () => {
  it('returns the defaults for nothing', () => {
    expect(validateSettings(undefined)).toEqual({ settings: { ...DEFAULT_SETTINGS }, errors: [] });
  });

  it('accepts a full, valid policy', () => {
    const { settings, errors } = validateSettings({
      specialty: 'Oncology',
      premium: true,
      conferences: [{ tag: 'ASCO25', start: '2025-05-30', end: '2025-06-03' }],
      tweetChats: [{ tag: '#hcsm', weekday: 0, time: '20:00', durationMinutes: 60 }],
      watchTerms: ['Kestrelvale'],
      ignoredTerms: [{ rule: 'clarity/jargon', term: 'HTN' }],
      rules: { 'clarity/jargon': { enabled: false }, 'privacy/exact-age': { severity: 'warn' } },
    });
    expect(errors).toEqual([]);
    expect(settings.specialty).toEqual(['oncology']);
    expect(settings.conferences[0]!.tag).toBe('#ASCO25');
    expect(settings.rules['privacy/exact-age']).toEqual({ severity: 'warn' });
  });

  it('names each problem and keeps the valid parts', () => {
    const { settings, errors } = validateSettings({
      premium: 'yes',
      conferences: [{ tag: 'ok', start: '2025-13-01', end: '2025-01-01' }],
      tweetChats: [{ tag: '#hcsm', weekday: 9, time: '8pm' }],
      rules: { 'privacy/patient-name': { severity: 'loud' } },
      watchTerms: ['Kestrelvale', 42],
      colour: 'blue',
    });
    expect(settings.premium).toBe(false);
    expect(settings.watchTerms).toEqual(['Kestrelvale']);
    expect(errors.join('\n')).toMatch(/premium/);
    expect(errors.join('\n')).toMatch(/conferences\[0\]/);
    expect(errors.join('\n')).toMatch(/tweetChats\[0\]\.weekday/);
    expect(errors.join('\n')).toMatch(/rules\.privacy\/patient-name\.severity/);
    expect(errors.join('\n')).toMatch(/colour: unknown setting/);
  });

  it('rejects what is not an object', () => {
    expect(validateSettings('nope').errors).toEqual(['settings: expected an object']);
    expect(validateSettings([1]).errors).toEqual(['settings: expected an object']);
  });
});
