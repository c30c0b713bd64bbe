// @vitest-environment jsdom
import { composerRoot, editorsOf, postButtonFor, scrollBoxOf } from './composer.ts';

function page() {
  document.body.innerHTML = `
    <main><div id="home">
      <div data-testid="tweetTextarea_0RichTextInputContainer"><div id="e0" data-testid="tweetTextarea_0" contenteditable="true"></div></div>
      <div data-testid="toolBar"><button data-testid="tweetButtonInline">Post</button></div>
    </div></main>
    <div id="layers"><div role="dialog" id="modal">
      <div data-testid="tweetTextarea_0_label"><div id="m0" data-testid="tweetTextarea_0" contenteditable="true"></div></div>
      <div id="m1" data-testid="tweetTextarea_1" contenteditable="true"></div>
      <div><button data-testid="tweetButton">Post all</button></div>
    </div></div>`;
}

describe('composer lookup', () => {
  it('finds the Post button and every box of the same composer, never another one', () => {
    page();
    const e0 = document.getElementById('e0')!;
    const m1 = document.getElementById('m1')!;
    expect(postButtonFor(e0)!.textContent).toBe('Post');
    expect(postButtonFor(m1)!.textContent).toBe('Post all');
    expect(editorsOf(composerRoot(postButtonFor(m1)!)!).map((e) => e.id)).toEqual(['m0', 'm1']);
    expect(editorsOf(composerRoot(postButtonFor(e0)!)!).map((e) => e.id)).toEqual(['e0']);
  });

  it('uses X’s scrolling container for clipping, or the editor itself', () => {
    page();
    expect(scrollBoxOf(document.getElementById('e0')!).dataset.testid).toBe('tweetTextarea_0RichTextInputContainer');
    expect(scrollBoxOf(document.getElementById('m1')!).id).toBe('m1');
  });
});
