import { dueFollowUps, traineesCsv, traineesMarkdown, type Trainee } from './export.ts';

const t = (over: Partial<Trainee>): Trainee => ({ id: 'x', name: 'Dr. Ada Obi', specialty: 'cardiology', assistant: 'Sam', progress: 40, followUp: '', note: '', ...over });

describe('traineesCsv', () => {
  it('writes a header row, CRLF line ends, and plain fields unquoted', () => {
    expect(traineesCsv([])).toBe('Name,Specialty,Assistant,Progress (%),Next follow-up,Note\r\n');
    expect(traineesCsv([t({ followUp: '2026-11-20', note: 'thread practice' })]).split('\r\n')).toEqual([
      'Name,Specialty,Assistant,Progress (%),Next follow-up,Note',
      'Dr. Ada Obi,cardiology,Sam,40,2026-11-20,thread practice',
      '',
    ]);
  });

  it('quotes fields with commas, quotes and newlines, doubling the quotes', () => {
    const csv = traineesCsv([t({ name: 'Obi, Ada', note: 'said "hi", then left\nearly', specialty: 'a\r\nb' })]);
    expect(csv).toContain('"Obi, Ada",');
    expect(csv).toContain('"said ""hi"", then left\nearly"');
    expect(csv).toContain('"a\r\nb"');
  });

  it('neutralises formula injection in any field starting with = + - @', () => {
    const row = traineesCsv([t({ name: '=1+1', specialty: '+cmd', assistant: '-2', note: '@SUM(A1)' })]).split('\r\n')[1];
    expect(row).toBe("'=1+1,'+cmd,'-2,40,,'@SUM(A1)");
    const quoted = traineesCsv([t({ assistant: '=HYPERLINK("http://x","y")' })]).split('\r\n')[1];
    expect(quoted).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    // Only a leading sign counts.
    expect(traineesCsv([t({ note: 'a=b - c' })]).split('\r\n')[1]!.endsWith(',a=b - c')).toBe(true);
  });
});

describe('traineesCsv in spreadsheets that split cells on other characters', () => {
  it('neutralises a formula after a semicolon, comma, bar, tab or line break', () => {
    const row = (note: string) => traineesCsv([t({ note })]).slice(traineesCsv([]).length, -2);
    expect(row('Smith;=1+1')).toBe('Dr. Ada Obi,cardiology,Sam,40,,"Smith;\'=1+1"');
    expect(row('\n=1+1')).toBe('Dr. Ada Obi,cardiology,Sam,40,,"\n\'=1+1"');
    expect(row('a, @SUM(A1)')).toBe('Dr. Ada Obi,cardiology,Sam,40,,"a, \'@SUM(A1)"');
  });
});

describe('traineesMarkdown', () => {
  it('passes no raw HTML and no link through', () => {
    const md = traineesMarkdown([t({ name: '<img src=x onerror=alert(1)>', note: '[click](javascript:alert(1)) <javascript:alert(1)>' })]);
    expect(md).not.toMatch(/<img|\]\(|<javascript/);
    expect(md).toContain('| &lt;img src=x onerror=alert\\(1\\)&gt; |');
    expect(md).toContain('| \\[click\\]\\(javascript:alert\\(1\\)\\) &lt;javascript:alert\\(1\\)&gt; |');
  });

  it('writes a table with a header and separator row', () => {
    const lines = traineesMarkdown([t({ followUp: '2026-11-20' })]).trimEnd().split('\n');
    expect(lines).toEqual([
      '| Name | Specialty | Assistant | Progress (%) | Next follow-up | Note |',
      '| --- | --- | --- | --- | --- | --- |',
      '| Dr. Ada Obi | cardiology | Sam | 40 | 2026-11-20 |  |',
    ]);
  });

  it('escapes pipes and backslashes and keeps each row on one line', () => {
    const md = traineesMarkdown([t({ name: 'A|B', note: 'a | b \\ c\nnext' })]);
    expect(md).toContain('| A\\|B |');
    expect(md).toContain('| a \\| b \\\\ c next |');
    expect(md.trimEnd().split('\n')).toHaveLength(3);
  });
});

describe('dueFollowUps', () => {
  it('returns trainees due today or earlier, skipping empty and malformed dates', () => {
    const list = [
      t({ id: 'a', followUp: '2026-11-20' }), t({ id: 'b', followUp: '2026-11-23' }), t({ id: 'c', followUp: '2026-12-01' }),
      t({ id: 'd' }), t({ id: 'e', followUp: 'next week' }), t({ id: 'f', followUp: '2025-01-31' }),
    ];
    expect(dueFollowUps(list, '2026-11-23').map((x) => x.id)).toEqual(['a', 'b', 'f']);
    expect(dueFollowUps(list, '2025-01-30')).toEqual([]);
    expect(dueFollowUps([], '2026-11-23')).toEqual([]);
  });
});
