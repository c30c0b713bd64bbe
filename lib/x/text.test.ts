// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { rangeFor, readEditor } from './text.ts';

function draft(blocks: string[][]): HTMLElement {
  const ed = document.createElement('div');
  ed.setAttribute('contenteditable', 'true');
  ed.setAttribute('data-testid', 'tweetTextarea_0');
  ed.innerHTML = '<div data-contents="true">' + blocks.map((leaves, b) =>
    `<div data-block="true"><div>${leaves.length === 0 ? '<span><br data-text="true"></span>' :
      leaves.map((l, i) => `<span data-offset-key="b${b}-${i}-0"><span data-text="true">${l}</span></span>`).join('')}</div></div>`).join('') + '</div>';
  document.body.append(ed);
  return ed;
}

describe('readEditor / rangeFor', () => {
  it('joins blocks with newlines and maps spans across leaves', () => {
    const ed = draft([['Mrs. ', 'Alvarez', ', 93'], [], ['room 412']]);
    const map = readEditor(ed);
    expect(map.text).toBe('Mrs. Alvarez, 93\n\nroom 412');
    expect(rangeFor(map, 0, 12)!.toString()).toBe('Mrs. Alvarez');
    expect(rangeFor(map, 18, 26)!.toString()).toBe('room 412');
    expect(rangeFor(map, 5, 12)!.toString()).toBe('Alvarez');
    expect(rangeFor(map, 0, 99)).toBeNull();
  });
});
