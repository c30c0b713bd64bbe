// Launches Firefox ESR over WebDriver BiDi (puppeteer-core) with the production Firefox build
// installed, serves the Draft.js stand-in of X for https://x.com/* and https://twitter.com/*, and
// records every request a page makes so a test can prove that nothing leaves the browser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { FIXTURE_BUNDLE, fixtureHtml } from '../fixtures/build.ts';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));
const DRAFT_CSS = fileURLToPath(new URL('../../node_modules/draft-js/dist/Draft.css', import.meta.url));

export interface Firefox {
  browser: Browser;
  /** Every request URL the test pages made. */
  requests: string[];
  open(path: string): Promise<Page>;
}

const FIXTURE_ORIGIN = /^https:\/\/(x|twitter)\.com\//;

export async function launchFirefox(): Promise<Firefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      // Grants the content script's hosts as a user accepting the install prompt would.
      'extensions.originControls.grantByDefault': true,
      // No background traffic of Firefox's own.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
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
    async open(path: string) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', serve);
      await page.goto(`https://x.com${path}`);
      return page;
    },
  };
}

/** Requests that went anywhere but the fixture's own origins and the extension itself. */
export function outsideRequests(requests: string[]): string[] {
  return requests.filter((u) => !FIXTURE_ORIGIN.test(u) && !u.startsWith('moz-extension://') && !u.startsWith('data:'));
}
