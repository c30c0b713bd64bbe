// Typing latency on X's composer with and without the extension, the content script's size and
// its start-up time. Prints figures; asserts nothing. Needs the production build (.output/chrome-mv3)
// and /usr/bin/chromium: `npm run bench:e2e` builds first.
import type { BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildFixtures } from '../tests/fixtures/build.ts';
import { EXTENSION_DIR, launchChromium, serveX } from '../tests/e2e/extension.ts';

const DRAFT = ('Saw Mrs. Jane Hollis in room 412 today. 58M with new onset afib and a BP of 190/110, started on a heparin gtt; '
  + 'family at bedside. Great teamwork from the night crew on 4 West! New data on DOACs are worth a read for #Cardiology folks too, '
  + 'and for anyone who covers the wards overnight.').slice(0, 280);

interface Run { delays: number[]; layer: number[]; startup: number | null }

async function launch(withExtension: boolean): Promise<BrowserContext> {
  // Without vsync, frames follow the work, so the figures measure work rather than the display's clock.
  const context = await launchChromium({ extension: withExtension, args: ['--disable-gpu-vsync', '--disable-frame-rate-limit'] });
  await serveX(context);
  return context;
}

async function typeDraft(context: BrowserContext): Promise<Run> {
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await page.waitForTimeout(300);
  // A string, so the page gets this code exactly as written (no bundler helpers).
  await page.evaluate(`(() => {
    const w = window;
    w.__delays = []; w.__layer = []; w.__t0 = 0; w.__seen = true;
    // Input to the end of the next frame: rAF, then a task queued from it runs after that frame's work.
    addEventListener('keydown', () => {
      const t0 = performance.now();
      w.__t0 = t0; w.__seen = false;
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => w.__delays.push(performance.now() - t0);
        ch.port2.postMessage(0);
      });
    }, true);
    // Input to the coach's layer changing (underlines and badge redrawn).
    const watch = () => {
      const root = document.querySelector('[data-coach-root]')?.shadowRoot;
      if (!root) return void setTimeout(watch, 50);
      new MutationObserver(() => {
        if (!w.__seen) { w.__seen = true; w.__layer.push(performance.now() - w.__t0); }
      }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    };
    watch();
  })()`);
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type(DRAFT, { delay: 25 });
  await page.waitForTimeout(200);
  const result = await page.evaluate(() => {
    const w = window as unknown as { __delays: number[]; __layer: number[] };
    const m = performance.getEntriesByName('coach:main')[0];
    const r = performance.getEntriesByName('coach:ready')[0];
    return { delays: w.__delays, layer: w.__layer, startup: m && r ? r.startTime - m.startTime : null };
  });
  const typed = await page.locator('[data-testid="tweetTextarea_0"]').innerText();
  if (typed.replace(/\n/g, '') !== DRAFT.replace(/\n/g, '')) console.warn('warning: the typed text differs from the draft');
  await page.close();
  return result;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const f = (n: number) => n.toFixed(2);

await buildFixtures();
const script = readFileSync(join(EXTENSION_DIR, 'content-scripts/x-coach.js'));
console.log(`content script: ${(script.length / 1024).toFixed(1)} KB minified, ${(gzipSync(script, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`);

const results: Record<string, Run[]> = { without: [], with: [] };
for (let round = 0; round < 3; round++) {
  for (const mode of ['without', 'with'] as const) {
    const context = await launch(mode === 'with');
    await typeDraft(context); // warm-up
    results[mode]!.push(await typeDraft(context));
    await context.close();
  }
}
const all = (mode: string, key: 'delays' | 'layer') => results[mode]!.flatMap((r) => r[key]);
const base = all('without', 'delays');
const ext = all('with', 'delays');
console.log(`keystrokes: ${DRAFT.length} × ${results.with!.length} runs each`);
console.log(`input → end of next frame, without the extension: median ${f(pct(base, 50))} ms, p95 ${f(pct(base, 95))} ms`);
console.log(`input → end of next frame, with the extension:    median ${f(pct(ext, 50))} ms, p95 ${f(pct(ext, 95))} ms`);
console.log(`added: median ${f(pct(ext, 50) - pct(base, 50))} ms, p95 ${f(pct(ext, 95) - pct(base, 95))} ms; ratio of p95 ${(pct(ext, 95) / pct(base, 95)).toFixed(2)}`);
const layer = all('with', 'layer');
console.log(`input → coach layer redrawn: median ${f(pct(layer, 50))} ms, p95 ${f(pct(layer, 95))} ms, max ${f(Math.max(...layer))} ms; within 16 ms: ${((layer.filter((x) => x <= 16).length / layer.length) * 100).toFixed(1)}%`);
const starts = results.with!.map((r) => r.startup).filter((x): x is number => x !== null);
console.log(`content script start-up (main() to ready): ${starts.map(f).join(', ')} ms`);
