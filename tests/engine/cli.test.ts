import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const run = (args: string[], input?: string) =>
  execFileSync(resolve(root, 'node_modules/.bin/tsx'), [resolve(root, 'scripts/check.ts'), ...args], { input, encoding: 'utf8' });

describe('check CLI', () => {
  it('prints one Analysis per JSON line, in order, and an error object for bad lines', () => {
    const out = run(['--json'], ['{"text":"Mrs. Alvarez in room 412"}', 'not json', '{"text": 5}', '{"text":"hello","settings":{"premium":true}}'].join('\n'));
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].findings.map((f: { rule: string }) => f.rule)).toContain('privacy/patient-name');
    expect(lines[1].error).toMatch(/invalid JSON/);
    expect(lines[2].error).toMatch(/text/);
    expect(lines[3].length).toEqual({ weighted: 5, limit: 25000, valid: true });
  });

  it('prints a readable report with the flagged text', () => {
    const out = run(['Mrs. Alvarez, 93, came in today']);
    expect(out).toContain('"Mrs. Alvarez, 93,"');
    expect(out).toContain('privacy/patient-name');
    expect(out).toMatch(/Length: \d+\/280/);
  });
});
