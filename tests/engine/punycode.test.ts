// The bundles' stand-in for punycode.js (lib/punycode.ts) against the package, on what twitter-text
// asks of it: the encoded length of a URL's domain labels, where a label over 63 characters makes
// the URL invalid (and so changes a draft's weighted length).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import standIn from '../../lib/punycode.ts';

// The package twitter-text requires in Node (it ships no types).
const punycode = createRequire(import.meta.url)('punycode/punycode.js') as { toASCII(label: string): string };
const root = resolve(__dirname, '../..');
const suites = ['extract', 'validate'].map((s) => readFileSync(resolve(root, `../shared/conformance/twitter-text-${s}.yml`), 'utf8')).join('\n');
// Every label of every host after a scheme in the suites (the URLs they test), decoded from YAML's escapes.
const labels = [...new Set([...suites.matchAll(/https?:\/\/([^/\s"'?#:]+)/g)].flatMap((m) => JSON.parse(`"${m[1]!.replace(/"/g, '')}"`).split('.')))].filter((l) => l && !/\s/.test(l));

describe('punycode stand-in', () => {
  it('reads non-ASCII labels from the conformance suites', () => {
    expect(labels.filter((l) => /[^\0-\x7f]/.test(l)).length).toBeGreaterThan(5);
  });

  // (A label the platform rejects as a host, "xn--はじめよう", gets an estimate: twitter-text drops such a URL before asking.)
  const hosts = labels.filter((l) => URL.canParse(`http://${l}`));
  it('gives the encoded length of every label in the suites that is a host', () => {
    expect(hosts.length).toBeGreaterThan(labels.length - 3);
    for (const l of hosts) expect([l, standIn.toASCII(l).length]).toEqual([l, punycode.toASCII(l).length]);
  });

  it('agrees on either side of 63 encoded characters', () => {
    for (const base of ['あいうえおかきくけこ', 'café', 'ünïcødé', 'доктор', '医院']) {
      for (let n = 1; n <= 80; n++) {
        const label = base.repeat(20).slice(0, n);
        expect([label, standIn.toASCII(label).length > 63]).toEqual([label, punycode.toASCII(label).length > 63]);
      }
    }
  });

  it('leaves ASCII labels as they are', () => {
    expect(standIn.toASCII('Example-Host')).toBe('Example-Host');
  });
});
