// The rule folder's own contract, as ESLint keeps for its rules: every file in a category folder
// is a rule registered in that category's index, its id is its path, it has a test table of its
// own, and the README's rule table says what the rule itself says.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../lib/engine/rules/index.ts';
import type { Rule } from '../../../lib/engine/types.ts';
import { withoutRuleDescription } from '../../../wxt.config.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const rulesDir = resolve(root, 'lib/engine/rules');
const categories = readdirSync(rulesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');

/** README rows: | `category/name` | severity | description | */
const readmeRows = new Map(
  [...readme.matchAll(/^\| `([a-z]+\/[a-z0-9-]+)` \| (info|warn|block) \| (.+?) \|$/gm)].map((m) => [m[1]!, { severity: m[2]!, description: m[3]! }]),
);

describe.each(categories)('rules/%s', (category) => {
  const files = readdirSync(resolve(rulesDir, category)).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

  it.each(files)('%s is a rule registered in its index, with id = path', async (file) => {
    const mod = (await import(resolve(rulesDir, category, file))) as { rule?: Rule };
    expect(mod.rule, `${category}/${file} exports no rule: helpers belong outside the rule folders`).toBeDefined();
    const id = `${category}/${basename(file, '.ts')}`;
    expect(mod.rule!.id).toBe(id);
    expect(mod.rule!.category).toBe(category);
    expect(rules.filter((r) => r.id === id)).toEqual([mod.rule]);
  });

  // The content script's build leaves the description out (wxt.config.ts): it must find it, and
  // change nothing else (the line is left empty, so the others keep their numbers).
  it.each(files)('%s states its description on one line that the content script build leaves out', async (file) => {
    const source = readFileSync(resolve(rulesDir, category, file), 'utf8');
    const stripped = withoutRuleDescription(source);
    const changed = source.split('\n').filter((line, i) => line !== stripped.split('\n')[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^\s*description: /);
    expect(stripped.split('\n')).toHaveLength(source.split('\n').length);
    expect(stripped).not.toMatch(/^\s*description:/m);
  });

  it.each(files)('%s has a test table of its own', (file) => {
    const test = resolve(root, 'tests/engine/rules', category, file.replace(/\.ts$/, '.test.ts'));
    expect(existsSync(test), `missing ${test}`).toBe(true);
    expect(readFileSync(test, 'utf8')).toMatch(/testRule\(/);
  });
});

describe('registry and README', () => {
  it('registers only rules that have a file of their own', () => {
    for (const r of rules) expect(existsSync(resolve(rulesDir, `${r.id}.ts`)), r.id).toBe(true);
  });

  it.each(rules.map((r) => [r.id, r] as const))('README row for %s matches its severity and description', (id, r) => {
    const row = readmeRows.get(id);
    expect(row, `README has no row for ${id}`).toBeDefined();
    expect(row!.severity).toBe(r.severity);
    // The row opens with the rule's own description and may say more (where it shows, why).
    expect(row!.description.startsWith(r.description), `README row for ${id}: "${row!.description}"`).toBe(true);
  });

  it('lists no rule that does not exist', () => {
    expect([...readmeRows.keys()].filter((id) => !rules.some((r) => r.id === id))).toEqual([]);
  });
});
