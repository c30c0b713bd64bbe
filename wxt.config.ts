import { existsSync } from 'node:fs';
import { defineConfig, type WxtViteConfig } from 'wxt';

type VitePlugin = NonNullable<WxtViteConfig['plugins']>[number];

/**
 * `pluralize` (used by `syllable`) picks CommonJS only when a global `require` exists, which is
 * not the case inside a bundled content script: it then exports nothing and readability breaks.
 * Let it take the CommonJS branch the bundler provides.
 */
const pluralizeCommonJs: VitePlugin = {
  name: 'pluralize-commonjs',
  transform(code: string, id: string) {
    if (!id.includes('/node_modules/pluralize/')) return null;
    return { code: code.replace("typeof require === 'function' && typeof exports === 'object'", "typeof exports === 'object'"), map: null };
  },
};

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [pluralizeCommonJs] }),
  // `npm run dev` opens a browser with the extension: the Debian Chromium when there is one, and on
  // a machine without a display (CI, containers) a headless one; root needs Chromium's --no-sandbox.
  webExt: {
    binaries: existsSync('/usr/bin/chromium') ? { chrome: '/usr/bin/chromium' } : undefined,
    chromiumArgs: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY ? ['--headless=new'] : []),
    ],
  },
  manifest: ({ browser }) => ({
    name: 'Physician Post Coach',
    description:
      'A private, local writing coach for physicians on X: catches what could identify a patient, keeps posts short and clear, suggests hashtags.',
    // Trainee reminders only: asked for on the options page when the first follow-up date is set.
    // Firefox cannot make `alarms` optional (it shows no prompt there anyway).
    permissions: browser === 'firefox' ? ['storage', 'alarms'] : ['storage'],
    optional_permissions: browser === 'firefox' ? ['notifications'] : ['alarms', 'notifications'],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open or close the post coach findings for the focused box',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'physician-post-coach@example.org',
              // Firefox asks extensions to declare what they collect: nothing leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // Organisation policy pushed by IT (storage.managed), shown as locked settings. Firefox
          // reads managed storage from enterprise policies instead and has no such key.
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
});
