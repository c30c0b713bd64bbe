// Launches the system Chromium with the built extension loaded, recording every request so a
// test can prove that nothing leaves the browser.
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  /** Every request URL any page, frame or worker of the context made. */
  requests: string[];
}

export async function launchExtension(): Promise<Launched> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'coach-e2e-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, requests };
}
