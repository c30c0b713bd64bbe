import { dueFollowUps, traineesCsv, traineesMarkdown, type Trainee } from './export.ts';

const t = (over: Partial<Trainee>): Trainee => ({ id: 'x', name: 'Dr. Ada Obi', specialty: 'cardiology', assistant: 'Sam', progress: 40, followUp: '', note: '', ...over });

describe('trainees export', () => {
  it('writes RFC 4180 CSV with quoting and neutralised formulas', () => {
    const csv = traineesCsv([t({ note: 'said "hi", then left\nearly', assistant: '=HYPERLINK("x")' })]);
    expect(csv.split('\r\n')[0]).toBe('Name,Specialty,Assistant,Progress (%),Next follow-up,Note');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"said ""hi"", then left\nearly"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes a Markdown table with pipes escaped', () => {
    const md = traineesMarkdown([t({ note: 'a | b' })]);
    expect(md.split('\n')[1]).toBe('| --- | --- | --- | --- | --- | --- |');
    expect(md).toContain('| Dr. Ada Obi | cardiology | Sam | 40 |  | a \\| b |');
  });

  it('finds who is due a follow-up', () => {
    const list = [t({ id: 'a', followUp: '2026-11-20' }), t({ id: 'b', followUp: '2026-11-23' }), t({ id: 'c', followUp: '2026-12-01' }), t({ id: 'd' })];
    expect(dueFollowUps(list, '2026-11-23').map((x) => x.id)).toEqual(['a', 'b']);
  });
});
