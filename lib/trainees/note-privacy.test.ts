import { describeRisks, noteRisks } from './note-privacy.ts';

describe('noteRisks', () => {
  it('flags a patient name and a bed number in a trainee note', () => {
    const risks = noteRisks('saw pt Maria Alvarez bed 7');
    expect(risks).toEqual([
      { quote: 'Maria Alvarez', message: 'Patient name' },
      { quote: 'bed 7', message: 'Room or bed number' },
    ]);
    expect(describeRisks(risks)).toBe('“Maria Alvarez” (patient name), “bed 7” (room or bed number)');
  });

  it('leaves ordinary notes about the trainee alone', () => {
    expect(noteRisks('thread practice, good progress')).toEqual([]);
    expect(noteRisks('   ')).toEqual([]);
  });
});
