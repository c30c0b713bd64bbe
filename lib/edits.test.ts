import type { Analysis, Finding } from './engine/types.ts';
import { appendEdit, applyEdit, fixEdit } from './edits.ts';
import { findingKey, overflowText } from './findings.ts';

const room: Finding = { rule: 'privacy/room-number', category: 'privacy', severity: 'block', start: 6, end: 14, message: 'Room', fix: { replacement: '' } };

describe('draft edits', () => {
  it('a removal takes the spaces after the gap, and only those', () => {
    expect(fixEdit('Pt in room 412  was stable', room)).toEqual({ start: 6, end: 16, text: '' });
    expect(fixEdit('Pt in room 412', room)).toEqual({ start: 6, end: 14, text: '' });
    expect(fixEdit('Pt in room 412', { ...room, fix: { replacement: 'a room' } })).toEqual({ start: 6, end: 14, text: 'a room' });
  });

  it('takes the wider range a fix names (a preposition beside the span), never a narrower one', () => {
    expect(fixEdit('Pt in room 412 was stable', { ...room, fix: { replacement: '', start: 3, end: 14 } })).toEqual({ start: 3, end: 15, text: '' });
    expect(fixEdit('Pt in room 412', { ...room, fix: { replacement: '', start: 7, end: 14 } })).toBeNull();
    expect(fixEdit('Pt in room 412', { ...room, fix: { replacement: '', start: 3, end: 40 } })).toBeNull();
  });

  it('refuses a finding without a fix or whose offsets no longer fit', () => {
    expect(fixEdit('Pt in room 412', { ...room, fix: undefined })).toBeNull();
    expect(fixEdit('Pt in', room)).toBeNull();
  });

  it('appends after a space only when one is needed', () => {
    expect(applyEdit('Great talk', appendEdit('Great talk', '#MedEd'))).toBe('Great talk #MedEd');
    expect(applyEdit('Great talk\n', appendEdit('Great talk\n', '#MedEd'))).toBe('Great talk\n#MedEd');
    expect(appendEdit('', '#MedEd')).toEqual({ start: 0, end: 0, text: '#MedEd' });
  });
});

describe('findings helpers', () => {
  it('keys a finding by rule and text, so it survives edits elsewhere', () => {
    expect(findingKey(room, 'Pt in room 412')).toBe(findingKey({ ...room, start: 11, end: 19 }, 'Yes, pt in room 412'));
  });

  it('gives the overflowing part, or nothing', () => {
    const over: Finding = { rule: 'length/over-limit', category: 'length', severity: 'block', start: 3, end: 6, message: 'Over' };
    const analysis = { findings: [over] } as Analysis;
    expect(overflowText(analysis, 'abcdef')).toBe('def');
    expect(overflowText({ findings: [] as Finding[] } as Analysis, 'abc')).toBeUndefined();
  });
});
