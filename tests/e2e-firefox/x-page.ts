// Helpers for driving the X stand-in in Firefox with puppeteer-core: the boxes, the coach's layer
// (an open shadow root, reached with `>>>`), keyboard chords and what X's model posted.
import type { ElementHandle, Page } from 'puppeteer-core';
import { draftModelText } from '../fixtures/e2e-cases.ts';
import { textRect } from '../fixtures/e2e-x.ts';

export const editorSelector = (n = 0, scope = 'body') => `${scope} [data-testid="tweetTextarea_${n}"]`;
export const EDITOR = editorSelector();
/** The coach's layer is an open shadow root; `>>>` reaches into it. */
export const inLayer = (selector: string) => `[data-coach-root] >>> ${selector}`;

export const posts = (page: Page) => page.evaluate(() => (window as unknown as { __posts: string[] }).__posts);
/** The text as Draft's model has it (blocks joined with newlines). */
export const draftText = (page: Page, box = 0) => page.evaluate(draftModelText, box);
/**
 * Waits until the layer's `selector` is there, drawn, or gone (not there or not drawn), asking
 * again every 50 ms: waitForSelector's observer does not see into a shadow root that changes or is
 * mounted after the wait began, as the layer is when the coach starts again after a settings change.
 */
async function inLayerUntil(page: Page, selector: string, state: 'attached' | 'visible' | 'hidden'): Promise<ElementHandle<Element> | null> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = await page.$(inLayer(selector)).catch(() => null);
    const drawn = !!found && (await found.isVisible().catch(() => false));
    if (state === 'hidden' ? !drawn : found && (state === 'attached' || drawn)) return found;
    if (Date.now() > deadline) throw new Error(`${selector} is not ${state} in the coach's layer after 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
export const visible = (page: Page, selector: string) => inLayerUntil(page, selector, 'visible') as Promise<ElementHandle<Element>>;
export const gone = (page: Page, selector: string) => inLayerUntil(page, selector, 'hidden');
/** Present in the layer (drawn or not), as Playwright's toBeAttached. */
export const attached = (page: Page, selector: string) => inLayerUntil(page, selector, 'attached') as Promise<ElementHandle<Element>>;
export const count = (page: Page, selector: string) => page.$$eval(inLayer(selector), (found) => found.length);

/**
 * Clicks `element` after scrolling it into view inside its own scroller (the panel scrolls), as
 * Playwright's click does; puppeteer scrolls only the page and would click what covers the spot.
 */
export async function press(element: ElementHandle): Promise<void> {
  await element.evaluate((e) => e.scrollIntoView({ block: 'nearest' }));
  await element.click();
}

/** Where the layer's `selector` is drawn, asked again while the layer redraws (as a Playwright locator is). */
export async function layerBox(page: Page, selector: string) {
  for (let tries = 0; ; tries++) {
    const box = await (await visible(page, selector)).boundingBox().catch(() => null);
    if (box || tries > 50) return box!;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The mouse over the middle of the layer's `selector` (an underline: its card opens). */
/** Clicks the layer's `selector`, found again if the layer redrew it between the look-up and the click. */
export async function clickLayer(page: Page, selector: string): Promise<void> {
  for (let tries = 0; ; tries++) {
    try {
      await press(await visible(page, selector));
      return;
    } catch (error) {
      if (tries > 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export async function hover(page: Page, selector: string): Promise<void> {
  const box = await layerBox(page, selector);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

/** A chord such as chord(page, 'Control', 'z'). */
export async function chord(page: Page, modifier: 'Control' | 'Shift', key: string): Promise<void> {
  await page.keyboard.down(modifier);
  await page.keyboard.press(key as never);
  await page.keyboard.up(modifier);
}

/** What has focus inside the layer's shadow root: its data-coach-action, or its tag and class. */
export const layerFocus = (page: Page) => page.evaluate(() => {
  const el = document.querySelector('[data-coach-root]')?.shadowRoot?.activeElement;
  return el ? el.getAttribute('data-coach-action') ?? `${el.tagName.toLowerCase()}.${el.className}` : null;
});

/** The data-testid of the focused element of the page (the box when the caret is in it). */
export const pageFocus = (page: Page) => page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid')
  ?? document.activeElement?.tagName.toLowerCase() ?? null);

/** Where `needle` is drawn in the first box's own text nodes, as the page lays it out. */
export const textBox = (page: Page, needle: string) => page.evaluate(textRect, needle);
