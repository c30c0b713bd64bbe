// @vitest-environment jsdom
// The badge's place: beside X's toolbar row (before the ring, "Add post" and Post), never on the text.
import { badgeAnchor } from './geometry.ts';

function rect(el: Element, left: number, top: number, width: number, height: number) {
  el.getBoundingClientRect = () => ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;
}

function composer(boxes: number) {
  document.body.innerHTML = `<div id="c">${Array.from({ length: boxes }, (_, i) => `<div data-testid="tweetTextarea_${i}" contenteditable="true"></div>`).join('')}
    <div data-testid="toolBar"><div role="tablist"></div><div><div data-testid="countdown-circle"><svg></svg></div>
    <button data-testid="addButton"></button><button data-testid="tweetButton">Post</button></div></div></div>`;
  const q = (s: string) => document.querySelector(s)!;
  rect(q('[data-testid="toolBar"]'), 0, 200, 600, 40);
  rect(q('[data-testid="countdown-circle"] svg'), 440, 210, 20, 20);
  rect(q('[data-testid="addButton"]'), 470, 208, 24, 24);
  rect(q('[data-testid="tweetButton"]'), 510, 204, 80, 32);
  return (i: number) => q(`[data-testid="tweetTextarea_${i}"]`) as HTMLElement;
}

const box = { left: 0, top: 0, width: 600, height: 180, right: 600, bottom: 180 } as DOMRect;

describe('badgeAnchor', () => {
  it('puts the badge before the ring on the toolbar row, centred on Post', () => {
    const editor = composer(1);
    expect(badgeAnchor(editor(0), box, false)).toEqual({ x: 432, y: 220, side: 'left' });
  });

  it('mirrors for right-to-left pages', () => {
    const editor = composer(1);
    expect(badgeAnchor(editor(0), box, true)).toEqual({ x: 598, y: 220, side: 'right' });
  });

  it('gives the other posts of a thread a place just below their own box', () => {
    const editor = composer(2);
    expect(badgeAnchor(editor(0), box, false)).toEqual({ x: 596, y: 192, side: 'left' });
    expect(badgeAnchor(editor(1), box, false).y).toBe(220);
  });
});
