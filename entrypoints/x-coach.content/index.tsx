// Content script for X: coaches every compose box. Loads no remote code, sends nothing anywhere.
import { createRoot, type Root } from 'react-dom/client';
import { THEME_CSS } from '../../components/styles.ts';
import { Coach } from './coach.ts';
import { Layer, LAYER_CSS } from './layer.tsx';
import { watchCoachSettings } from './settings.ts';
import { createView } from './view.ts';

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

    const stopWatching = watchCoachSettings((settings, ignoreTerm) => {
      const options = { settings, gate: settings.gate, onIgnoreTerm: ignoreTerm };
      if (!settings.enabled || !settings.sites.x) return unmount();
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

    ctx.onInvalidated(() => {
      stopWatching();
      browser.runtime.onMessage.removeListener(onMessage);
      unmount();
    });
  },
});
