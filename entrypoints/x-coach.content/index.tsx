// Content script for X: coaches every compose box. Loads no remote code, sends nothing anywhere.
import { createRoot, type Root } from 'react-dom/client';
import { THEME_CSS } from '../../components/styles.ts';
import { Coach } from './coach.ts';
import { Layer, LAYER_CSS } from './layer.tsx';
import { watchCoachSettings } from './settings.ts';
import { createView } from './view.ts';
import { EDITOR_SELECTOR } from '../../lib/x/text.ts';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Start-up figures for `npm run bench:e2e` (marks are shared with the page, and carry no text).
    performance.mark('coach:main');
    const view = createView();
    let coach: Coach | null = null;
    let host: HTMLElement | null = null;
    let root: Root | null = null;

    const mount = (c: Coach) => {
      host = document.createElement('physician-post-coach');
      host.setAttribute('data-coach-root', '');
      const shadow = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = THEME_CSS + LAYER_CSS;
      const container = document.createElement('div');
      shadow.append(style, container);
      // Outside X's React tree, so X's re-renders never touch it.
      document.documentElement.append(host);
      root = createRoot(container);
      root.render(<Layer view={view} coach={c} />);
    };
    const unmount = () => {
      coach?.stop();
      coach = null;
      root?.unmount();
      root = null;
      host?.remove();
      host = null;
    };

    const stopWatching = watchCoachSettings((s, addIgnoredTerm) => {
      const options = { settings: s.effective, gate: s.gate, onIgnoreTerm: addIgnoredTerm };
      if (!s.on) return unmount();
      if (coach) return coach.setOptions(options);
      coach = new Coach(view, options);
      mount(coach);
      coach.start();
      performance.mark('coach:ready');
    });

    // The keyboard shortcut (commands API) arrives from the background script.
    const onMessage = (message: unknown) => {
      if ((message as { type?: string })?.type === 'coach:toggle-panel') coach?.togglePanel();
    };
    browser.runtime.onMessage.addListener(onMessage);

    // X's markup may change: if the user writes in a box that looks like X's composer but is not
    // recognised, say so once in the console and stay out of the way.
    let warned = false;
    const onFocus = (e: FocusEvent) => {
      const el = e.target;
      if (warned || !coach || !(el instanceof HTMLElement) || el.getAttribute('contenteditable') !== 'true' || el.getAttribute('role') !== 'textbox') return;
      if (el.matches(EDITOR_SELECTOR) || !el.closest('main, #layers')) return;
      warned = true;
      console.warn('Physician Post Coach: this compose box was not recognised (X may have changed its page); coaching is paused here.');
    };
    window.addEventListener('focusin', onFocus, true);

    ctx.onInvalidated(() => {
      window.removeEventListener('focusin', onFocus, true);
      stopWatching();
      browser.runtime.onMessage.removeListener(onMessage);
      unmount();
    });
  },
});
