// clarity/hashtag-case runs in the page without the hashtag ontology: its two lists must carry every
// multi-word CamelCase tag and every chat tag the ontology knows.
import { describe, expect, it } from 'vitest';
import { CAMEL_CASE_TAGS, LOWER_CASE_CHAT_TAGS } from '../../../lib/engine/data/hashtag-case.ts';
import { HASHTAGS } from '../../../lib/engine/data/hashtag-communities.ts';

describe('hashtag-case lists', () => {
  it('hold every CamelCase tag of the ontology, in its case', () => {
    const camel = new Set(CAMEL_CASE_TAGS);
    const missing = HASHTAGS.filter((e) => e.kind !== 'chat' && /\p{Lu}\p{Ll}/u.test(e.tag.slice(2)))
      .map((e) => e.tag)
      .filter((t) => !camel.has(t) && !CAMEL_CASE_TAGS.some((c) => c.toLowerCase() === t.toLowerCase()));
    expect(missing).toEqual([]);
  });

  it('hold every chat tag of the ontology, lower-cased', () => {
    const chats = new Set(LOWER_CASE_CHAT_TAGS);
    expect(HASHTAGS.filter((e) => e.kind === 'chat').map((e) => e.tag.toLowerCase()).filter((t) => !chats.has(t))).toEqual([]);
  });
});
