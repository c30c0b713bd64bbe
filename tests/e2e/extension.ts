// Launches the system Chromium with the built extension loaded, recording every request so a
// test can prove that nothing leaves the browser.
import { chromium, expect, test, type BrowserContext, type Route } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURE_BUNDLE, fixtureHtml } from '../fixtures/build.ts';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  /** Every request URL any page, frame or worker of the context made. */
  requests: string[];
}

/** The system Chromium, headless, quiet (no background traffic), with or without the built extension. */
export async function launchChromium({ extension = true, args = [] as string[] } = {}): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'coach-e2e-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      ...(extension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...args,
    ],
  });
  if (extension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  return context;
}

export async function launchExtension(): Promise<Launched> {
  const context = await launchChromium();
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const extensionId = new URL(context.serviceWorkers()[0]!.url()).host;
  return { context, extensionId, requests };
}

/**
 * Serves the Draft.js fixture of X for every https://x.com/ and https://twitter.com/ URL, so the
 * production manifest's matches are what is tested. Build the fixture first (global-setup.ts).
 */
export async function serveX(context: BrowserContext): Promise<void> {
  const bundle = readFileSync(FIXTURE_BUNDLE, 'utf8');
  const draftCss = readFileSync(fileURLToPath(new URL('../../node_modules/draft-js/dist/Draft.css', import.meta.url)), 'utf8');
  const handler = async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/__fixture/x-app.js') return route.fulfill({ body: bundle, contentType: 'text/javascript' });
    if (url.pathname === '/__fixture/draft.css') return route.fulfill({ body: draftCss, contentType: 'text/css' });
    if (url.pathname === '/favicon.ico') return route.fulfill({ status: 204 });
    return route.fulfill({ body: fixtureHtml(), contentType: 'text/html' });
  };
  await context.route('https://x.com/**', handler);
  await context.route('https://twitter.com/**', handler);
}

/** Requests that went anywhere but the fixture's own origins and the extension itself. */
export function outsideRequests(requests: string[], extensionId: string): string[] {
  return requests.filter((u) => !u.startsWith(`chrome-extension://${extensionId}/`) && !/^https:\/\/(x|twitter)\.com\//.test(u) && !u.startsWith('data:'));
}

/**
 * One browser with the extension and the X fixture for a whole spec file; after the last test,
 * fails if any request left for anywhere but the fixture and the extension.
 */
export function withExtension(): Launched {
  const shared = {} as Launched;
  test.beforeAll(async () => {
    Object.assign(shared, await launchExtension());
    await serveX(shared.context);
  });
  test.afterAll(async () => {
    expect(outsideRequests(shared.requests, shared.extensionId)).toEqual([]);
    await shared.context.close();
  });
  return shared;
}
