import { existsSync } from 'node:fs';
import { minify } from 'terser';
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

/**
 * twitter-text 3's build imports core-js 2 polyfills (`import 'core-js/modules/es6.regexp.match'`…)
 * for browsers older than any that runs Manifest V3. They only add weight, and one of them,
 * `Function('return this')()`, is blocked by Firefox's content-script CSP, so the coach never
 * started there. Every `core-js/…` import resolves to an empty module instead;
 * tests/build/bundles.test.ts checks that no bundle holds core-js.
 */
const EMPTY_CORE_JS = '\0empty-core-js';
const withoutCoreJs: VitePlugin = {
  name: 'without-core-js',
  enforce: 'pre',
  resolveId(source: string) {
    return /^core-js(\/|$)/.test(source) ? EMPTY_CORE_JS : null;
  },
  load(id: string) {
    return id === EMPTY_CORE_JS ? 'export {};' : null;
  },
};

/**
 * Lighter stand-ins resolved in the content script's build only (its entry is WXT's content-script
 * virtual module); the extension pages and the background keep React and the polyfill. The coach's
 * end-to-end tests in Chromium and Firefox run on this build.
 * - React: the content script renders its few components (underlines, card, panel, dialog) with
 *   Preact through preact/compat. React 19's react-dom alone was 63 KB of its gzipped weight.
 * - webextension-polyfill (3 KB): the content script only reads and writes storage and listens for
 *   one message without answering, which Chrome's own promise-based MV3 API does the same way.
 *   `@wxt-dev/browser` is WXT's plain `browser` (Firefox's `browser`, else `chrome`).
 */
const CONTENT_SCRIPT_STAND_INS: Record<string, string> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/compat/jsx-dev-runtime',
  '@wxt-dev/webextension-polyfill/browser': '@wxt-dev/browser',
};
/**
 * A rule's one-line description (`description: '…',` on a line of its own in lib/engine/rules) is
 * read by the options and review pages and the rules' meta-test, never in X's page: the content
 * script's rules carry none (1 KB less gzipped). Their `why`, which the card shows, stays.
 */
const RULE_FILE = /\/lib\/engine\/rules\/[^/]+\/[^/]+\.ts$/;
const RULE_DESCRIPTION = /^[ \t]*description: (['"`])(?:\\.|(?!\1).)*\1,$/m;
export function withoutRuleDescription(code: string): string {
  return code.replace(RULE_DESCRIPTION, '');
}

function contentScriptStandIns(): VitePlugin {
  let contentScript = false;
  return {
    name: 'content-script-stand-ins',
    enforce: 'pre',
    configResolved(config) {
      const lib = config.build.lib;
      contentScript = !!lib && String(lib.entry).includes('content-script');
    },
    resolveId(source, importer, options) {
      const target = contentScript ? CONTENT_SCRIPT_STAND_INS[source] : undefined;
      return target ? this.resolve(target, importer, { ...options, skipSelf: true }) : null;
    },
    transform(code, id) {
      return contentScript && RULE_FILE.test(id) ? { code: withoutRuleDescription(code), map: null } : null;
    },
    // Terser's compress passes over esbuild's minified output pack the content script about 1.2 KB
    // smaller gzipped (esbuild stops at one pass; terser gains nothing past six), room the privacy
    // rules need under issue 12's 150 KB. Only there: the other scripts have no budget.
    async generateBundle(_options, bundle) {
      if (!contentScript) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const out = await minify(chunk.code, { compress: { passes: 6 }, mangle: true });
        if (out.code) chunk.code = out.code;
      }
    },
  };
}

/**
 * twitter-text's entry bundles all of it (auto-linking, HTML escaping, validators) in one default
 * object that no bundler can tree-shake. The engine reads only these members (lib/engine/twitter.ts;
 * tests/e2e-firefox/bundles.spec.ts checks the list against the engine's source), so the bundles
 * import just their modules: about 5 KB less gzipped. Tests and scripts in Node use the full package.
 */
export const TWITTER_TEXT_MEMBERS = [
  'parseTweet', 'extractUrlsWithIndices', 'extractCashtagsWithIndices',
  'removeOverlappingEntities', 'regexen', 'configs',
];
/**
 * The patterns of `regexen` the engine reads: the bundles' `regexen` holds only these (its index
 * module imports every pattern twitter-text has). Checked against the source by the same test.
 */
export const TWITTER_TEXT_REGEXEN = [
  'validHashtag', 'hashSigns', 'endHashtagMatch', 'validMentionOrList', 'endMentionMatch', 'validCCTLD', 'validGTLD', 'validPunycode',
];
const TWITTER_TEXT_SLIM = '\0twitter-text-slim';
const slimTwitterText: VitePlugin = {
  name: 'slim-twitter-text',
  enforce: 'pre',
  resolveId(source: string) {
    return source === 'twitter-text' ? TWITTER_TEXT_SLIM : null;
  },
  load(id: string) {
    if (id !== TWITTER_TEXT_SLIM) return null;
    const imports = [
      ...TWITTER_TEXT_MEMBERS.filter((m) => m !== 'regexen').map((m) => `import ${m} from 'twitter-text/dist/esm/${m}.js';`),
      ...TWITTER_TEXT_REGEXEN.map((r) => `import ${r} from 'twitter-text/dist/esm/regexp/${r}.js';`),
    ];
    return `${imports.join('\n')}\nconst regexen = { ${TWITTER_TEXT_REGEXEN.join(', ')} };\nexport default { ${TWITTER_TEXT_MEMBERS.join(', ')} };\n`;
  },
};

/** punycode.js, which twitter-text asks for a domain label's encoding, gives way to the platform's URL parser (lib/punycode.ts). */
const PUNYCODE_STAND_IN: VitePlugin = {
  name: 'punycode-stand-in',
  enforce: 'pre',
  resolveId(source, importer, options) {
    return source === 'punycode' ? this.resolve('/lib/punycode.ts', importer, { ...options, skipSelf: true }) : null;
  },
};

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [withoutCoreJs, slimTwitterText, PUNYCODE_STAND_IN, contentScriptStandIns(), pluralizeCommonJs] }),
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
              // Our own id (not a real domain, so nobody else can own it); it keys storage and policies.json.
              id: 'physician-post-coach@physician-post-coach.addons',
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
