// Shared severity colours and theme variables for the coach's UI (X shadow root and extension pages).
import type { Severity } from '../lib/engine/types.ts';

export const SEVERITY_COLOURS: Record<Severity, string> = {
  block: '#e0245e',
  warn: '#f5a623',
  info: '#1d9bf0',
};

export const THEME_CSS = `
:host, .coach-theme {
  --coach-bg: #ffffff; --coach-fg: #0f1419; --coach-muted: #536471; --coach-border: #cfd9de;
  --coach-block: ${SEVERITY_COLOURS.block}; --coach-warn: ${SEVERITY_COLOURS.warn}; --coach-info: ${SEVERITY_COLOURS.info};
  --coach-accent: #1d9bf0;
  /* Primary buttons: 4.5:1 or better against their text in every theme. */
  --coach-primary-bg: #0b62a8; --coach-primary-fg: #ffffff;
}
[data-theme="dim"], [data-theme="dark"], [data-theme="high-contrast"] { --coach-primary-bg: #8fd3ff; --coach-primary-fg: #000000; }
[data-theme="dim"] { --coach-bg: #15202b; --coach-fg: #f7f9f9; --coach-muted: #8b98a5; --coach-border: #38444d; }
[data-theme="dark"] { --coach-bg: #000000; --coach-fg: #e7e9ea; --coach-muted: #71767b; --coach-border: #2f3336; }
[data-theme="high-contrast"] { --coach-bg: #050505; --coach-fg: #ffffff; --coach-muted: #d0d0d0; --coach-border: #ffffff;
  --coach-block: #ff6b8f; --coach-warn: #ffd23f; --coach-info: #6cc7ff; }
.coach-card { background: var(--coach-bg); color: var(--coach-fg); border: 1px solid var(--coach-border);
  border-radius: 12px; padding: 10px 12px; font: 14px/1.4 system-ui, sans-serif; max-width: 320px; }
.coach-card[data-severity="block"] { border-left: 4px solid var(--coach-block); }
.coach-card[data-severity="warn"] { border-left: 4px solid var(--coach-warn); }
.coach-card[data-severity="info"] { border-left: 4px solid var(--coach-info); }
.coach-card button, .coach-chip { font: inherit; cursor: pointer; border-radius: 999px; border: 1px solid var(--coach-border);
  background: transparent; color: var(--coach-fg); padding: 2px 10px; margin: 4px 4px 0 0; }
.coach-card button[data-coach-action="fix"] { background: var(--coach-primary-bg); color: var(--coach-primary-fg); border-color: var(--coach-primary-bg); }
.coach-muted { color: var(--coach-muted); }
`;
