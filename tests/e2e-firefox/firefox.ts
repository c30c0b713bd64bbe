// Launches Firefox ESR over WebDriver BiDi (puppeteer-core) with the production Firefox build
// installed, serves the Draft.js stand-in of X for https://x.com/* and https://twitter.com/*, and
// records every request a page makes so a test can prove that nothing leaves the browser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { FIXTURE_BUNDLE, fixtureHtml } from '../fixtures/build.ts';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));
const DRAFT_CSS = fileURLToPath(new URL('../../node_modules/draft-js/dist/Draft.css', import.meta.url));

export interface Firefox {
  browser: Browser;
  /** Every request URL the test pages (X stand-in and extension pages) made. */
  requests: string[];
  /**
   * A page of the X stand-in, e.g. '/home', once loaded; with `{ atOnce: true }` as soon as the
   * navigation starts (puppeteer has no "commit"), so a test can type before the coach is ready;
   * `init` runs in the page before any of its scripts.
   */
  open(path: string, options?: { atOnce?: boolean; init?: () => void }): Promise<Page>;
  /** One of the extension's own pages, e.g. '/popup.html', in a viewport of 1280×720 unless told. */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
}

const FIXTURE_ORIGIN = /^https:\/\/(x|twitter)\.com\//;
export const ADDON_ID = 'physician-post-coach@physician-post-coach.addons';
/** The add-on's internal UUID, fixed by pref so a test can open its pages (moz-extension://<uuid>/popup.html). */
export const EXTENSION_ORIGIN = 'moz-extension://5b0c7a7e-4d2a-4c8e-9a51-3f6f0c2d9e11';

/** Firefox with the add-on installed; `prefs` adds preferences (e.g. a dark colour scheme for every page). */
export async function launchFirefox({ prefs = {} as Record<string, unknown> } = {}): Promise<Firefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // Playwright's default, so the Chromium and Firefox suites lay the page out alike.
    defaultViewport: { width: 1280, height: 720 },
    // Firefox 153+ lets WebDriver open moz-extension:// pages (the popup, options) only with this flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Grants the content script's hosts as a user accepting the install prompt would.
      'extensions.originControls.grantByDefault': true,
      // permissions.request is answered yes without a prompt (headless has nobody to click it).
      'extensions.webextOptionalPermissionPrompts': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_ORIGIN.slice('moz-extension://'.length) }),
      // No background traffic of Firefox's own.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      ...prefs,
    },
  });
  try {
    const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (id !== ADDON_ID) throw new Error(`installed ${id}, expected ${ADDON_ID}`);
  } catch (error) {
    await browser.close(); // never leave a browser running
    throw error;
  }
  const bundle = readFileSync(FIXTURE_BUNDLE, 'utf8');
  const draftCss = readFileSync(DRAFT_CSS, 'utf8');
  const requests: string[] = [];

  const serve = (request: HTTPRequest) => {
    const url = request.url();
    requests.push(url);
    if (!FIXTURE_ORIGIN.test(url)) {
      // The extension's own files load; anything else is refused (and caught by the request check).
      return url.startsWith('moz-extension://') || url.startsWith('data:') ? request.continue() : request.abort();
    }
    const { pathname } = new URL(url);
    if (pathname === '/__fixture/x-app.js') return request.respond({ status: 200, body: bundle, contentType: 'text/javascript' });
    if (pathname === '/__fixture/draft.css') return request.respond({ status: 200, body: draftCss, contentType: 'text/css' });
    if (pathname === '/favicon.ico') return request.respond({ status: 204, body: '' });
    return request.respond({ status: 200, body: fixtureHtml(), contentType: 'text/html; charset=utf-8' });
  };

  return {
    browser,
    requests,
    async open(path: string, { atOnce = false, init }: { atOnce?: boolean; init?: () => void } = {}) {
      const page = await browser.newPage();
      if (init) await page.evaluateOnNewDocument(init);
      await page.setRequestInterception(true);
      page.on('request', serve);
      const loaded = page.goto(`https://x.com${path}`);
      if (atOnce) loaded.catch(() => {});
      else await loaded;
      return page;
    },
    async openExtensionPage(path: string, { width, height } = { width: 1280, height: 720 }) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      page.on('request', (request) => requests.push(request.url()));
      // The page loads, but puppeteer never sees this navigation end (Firefox 153 over BiDi):
      // start it, and wait for the page's own content instead.
      page.goto(`${EXTENSION_ORIGIN}${path}`, { timeout: 0 }).catch(() => {});
      return settled(page);
    },
  };
}

/**
 * One Firefox for the spec file (or the describe block) it is called in; after its last test, fails
 * if any request left for anywhere but the X stand-in and the extension, and closes the browser.
 */
export function withFirefox(options?: { prefs?: Record<string, unknown> }): Firefox {
  const shared = {} as Firefox;
  beforeAll(async () => {
    Object.assign(shared, await launchFirefox(options));
  });
  afterAll(async () => {
    if (!shared.browser) return; // the launch failed and said why
    try {
      expect(outsideRequests(shared.requests)).toEqual([]);
    } finally {
      await shared.browser.close();
    }
  });
  return shared;
}

/** Waits until the extension page has loaded (puppeteer does not see its navigations end). */
async function settled(page: Page): Promise<Page> {
  // An evaluation that meets the navigation half-way fails with a protocol error: ask again.
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await page.waitForFunction((origin) => location.origin === origin && document.readyState === 'complete', { timeout: 10_000 }, EXTENSION_ORIGIN);
      return page;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Reloads an extension page and waits for it (page.reload() would wait for an end puppeteer never sees). */
export async function reloadExtensionPage(page: Page): Promise<Page> {
  await page.evaluate(() => {
    (window as unknown as { __old?: boolean }).__old = true;
    location.reload();
  });
  await page.waitForFunction(() => !(window as unknown as { __old?: boolean }).__old, { timeout: 10_000 }).catch(() => {});
  return settled(page);
}

/** Requests that went anywhere but the fixture's own origins and the extension itself. */
export function outsideRequests(requests: string[]): string[] {
  return requests.filter((u) => !FIXTURE_ORIGIN.test(u) && !u.startsWith('moz-extension://') && !u.startsWith('data:'));
}
