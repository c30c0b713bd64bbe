// Checks over the production builds in .output (`npm run test:e2e` builds them first).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { X_ORIGINS } from '../../lib/permissions.ts';
import { TWITTER_TEXT_MEMBERS, TWITTER_TEXT_REGEXEN } from '../../wxt.config.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../../.output', import.meta.url));
const TARGETS = ['chrome-mv3', 'firefox-mv3'];

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? scripts(path) : f.endsWith('.js') ? [path] : [];
  });
}

describe.each(TARGETS)('%s', (target) => {
  const files = scripts(join(OUTPUT, target));

  test('the pages ask for access to exactly the origins the content script runs on', () => {
    const manifest = JSON.parse(readFileSync(join(OUTPUT, target, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ matches: string[] }> };
    expect(manifest.content_scripts.flatMap((c) => c.matches).sort()).toEqual([...X_ORIGINS].sort());
  });

  test('was built with its content script', () => {
    expect(files.map((f) => f.slice(OUTPUT.length + target.length + 2))).toContain('content-scripts/x-coach.js');
  });

  // core-js 2 (through twitter-text) calls Function('return this')(), which Firefox's
  // content-script CSP blocks: the coach never started there. No bundle may hold any of it.
  test.each(files.map((f) => [f.slice(OUTPUT.length + 1), f]))('%s holds no core-js and no Function()', (_name, file) => {
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/core-js|zloirock/);
    expect(code).not.toMatch(/\bFunction\(\s*[`'"]return this/);
    expect(code).not.toMatch(/\bnew Function\(|\beval\(/);
  });
});

// Rule descriptions are for the options and review pages; the page's copy of the rules has none
// (wxt.config.ts), while the card's one-line why stays.
test.each(TARGETS)('%s: the content script carries the rules\' why but not their descriptions, which the background keeps', async (target) => {
  const { rule } = await import('../../lib/engine/rules/privacy/room-number.ts');
  const content = readFileSync(join(OUTPUT, target, 'content-scripts/x-coach.js'), 'utf8');
  const background = readFileSync(join(OUTPUT, target, 'background.js'), 'utf8') + scripts(join(OUTPUT, target, 'chunks')).map((f) => readFileSync(f, 'utf8')).join('\n');
  expect(content).toContain(rule.why);
  expect(content).not.toContain(rule.description);
  expect(background).toContain(rule.description);
});

test('the Firefox manifest carries our own add-on id and declares no data collection', () => {
  const manifest = JSON.parse(readFileSync(join(OUTPUT, 'firefox-mv3/manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string; data_collection_permissions: unknown } };
  };
  expect(manifest.browser_specific_settings.gecko).toEqual({
    id: 'physician-post-coach@physician-post-coach.addons',
    data_collection_permissions: { required: ['none'] },
  });
});

// The bundles get a slim twitter-text holding only TWITTER_TEXT_MEMBERS (wxt.config.ts); a member
// read anywhere else would be undefined in the extension while every Node test passed.
test('the slim twitter-text of the bundles holds every member the code reads', () => {
  const sources = ['lib', 'components', 'entrypoints'].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f)).map((f) => join(ROOT, dir, f)),
  );
  const read = new Set<string>();
  let importers = 0;
  for (const file of sources) {
    const code = readFileSync(file, 'utf8');
    const name = /import\s+(\w+)\s*(?:,\s*\{[^}]*\})?\s*from\s*'twitter-text'/.exec(code)?.[1];
    if (!name) {
      expect(code, file).not.toMatch(/from\s*'twitter-text'/);
      continue;
    }
    importers++;
    for (const m of code.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))) read.add(m[1]!);
    for (const m of code.matchAll(new RegExp(`\\{([^}]*)\\}\\s*=\\s*${name}\\b`, 'g'))) {
      for (const member of m[1]!.split(',')) read.add(member.split(':')[0]!.trim());
    }
  }
  expect(importers).toBeGreaterThan(0);
  expect([...read].filter(Boolean).sort()).toEqual([...TWITTER_TEXT_MEMBERS].sort());
  // Its regexen holds only the patterns read as regexen.<name>.
  const patterns = new Set(sources.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bregexen\.(\w+)/g)].map((m) => m[1]!)));
  expect([...patterns].sort()).toEqual([...TWITTER_TEXT_REGEXEN].sort());
});
