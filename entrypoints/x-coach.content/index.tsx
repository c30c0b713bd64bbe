// Content script for X: coaches every compose box. Loads no remote code, sends nothing anywhere.
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { THEME_CSS } from '../../components/styles.ts';
import { analyzeInPage } from '../../lib/engine/in-page.ts';
import { DEFAULT_APP_SETTINGS, type AppSettings } from '../../lib/store/app-settings.ts';
import { BackgroundAdvice } from './advice.ts';
import type { Analyser } from './analysis.ts';
import { Coach, type CoachOptions } from './coach.ts';
import { Layer, LAYER_CSS } from './layer.tsx';
import { extensionGone } from './lifetime.ts';
import { watchCoachSettings } from './settings.ts';
import { createView } from './view.ts';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  runAt: 'document_idle',
  // WXT would announce the script to the page with postMessage('*') (wxt-dev/wxt#1359): the page
  // needs to know nothing about the coach.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Start-up figures for `npm run bench:e2e` (marks are shared with the page, and carry no text).
    performance.mark('coach:main');
    const view = createView();
    let coach: Coach | null = null;
    let ui: ShadowRootContentScriptUi<Root> | null = null;
    // Privacy and length in the page; the rest of the advice from the background script (advice.ts).
    const advice = new BackgroundAdvice(() => coach?.reanalyse());
    const analyse: Analyser = (text, settings, options) =>
      options.box === undefined
        ? analyzeInPage(text, settings)
        : advice.merge(options.box, text, settings, options.hashtags !== false, () => analyzeInPage(text, settings));
    analyse.pending = (box, text, settings) => advice.pending(box, text, settings);
    const optionsOf = (s: AppSettings): CoachOptions => ({ settings: s, gate: s.gate, onIgnoreTerm: (t, rule) => watch.ignoreTerm(t, rule) });

    const start = (settings: AppSettings) => {
      const c = new Coach(view, optionsOf(settings), analyse);
      coach = c;
      // The coach starts at once (the box may already be focused); the layer mounts when WXT has built it.
      c.start();
      performance.mark('coach:ready');
      void mountLayer(ctx, c, view).then((mounted) => {
        if (coach === c) ui = mounted;
        else mounted.remove();
      });
    };
    const stop = () => {
      coach?.stop();
      coach = null;
      ui?.remove();
      ui = null;
    };

    // Coach with the defaults from the first moment; the stored settings replace them when read.
    start(DEFAULT_APP_SETTINGS as AppSettings);
    const watch = watchCoachSettings((settings) => {
      if (!settings.enabled || !settings.sites.x) return stop();
      if (coach) return coach.setOptions(optionsOf(settings));
      start(settings);
    });

    // The keyboard shortcut (commands API) arrives from the background script.
    const onMessage = (message: unknown) => {
      if ((message as { type?: string })?.type === 'coach:toggle-panel') coach?.shortcut();
    };
    browser.runtime.onMessage.addListener(onMessage);

    const teardown = () => {
      watch.stop();
      browser.runtime.onMessage.removeListener(onMessage);
      stop();
    };
    // WXT invalidates the context when an event named after the script fires on `document`, which a
    // page can replay. Tear down only when the extension itself is gone (reloaded, updated, removed);
    // otherwise put back the layer that WXT removed.
    ctx.onInvalidated(() => window.setTimeout(() => {
      if (extensionGone()) return teardown();
      // After WXT's own handler, which removed the layer.
      if (ui && !ui.shadowHost.isConnected) ui.mount();
    }, 0));
  },
});

/** The layer, in a shadow root WXT builds and removes with the content script's context. */
async function mountLayer(ctx: ContentScriptContext, coach: Coach, view: ReturnType<typeof createView>): Promise<ShadowRootContentScriptUi<Root>> {
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'physician-post-coach',
    position: 'inline',
    // Outside X's React tree (and its <body>), so X's re-renders never touch it.
    anchor: () => document.documentElement,
    css: THEME_CSS + LAYER_CSS,
    onMount(container, shadow, host) {
      host.setAttribute('data-coach-root', '');
      // WXT's isolated element is a small document of its own: the coach speaks English.
      shadow.querySelector('html')?.setAttribute('lang', 'en');
      const root = createRoot(container);
      root.render(<Layer view={view} coach={coach} />);
      return root;
    },
    onRemove(root) { root?.unmount(); },
  });
  ui.mount();
  return ui;
}
