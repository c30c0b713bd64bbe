// Renders an extension page over an in-memory browser.storage, as each page would run in its own context.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StoresProvider } from '../../components/use-stores.tsx';
import { createStores, type Stores } from '../../lib/store/stores.ts';

const open: Stores[] = [];

export async function renderPage(ui: ReactElement, _context = 'page') {
  const stores = createStores();
  open.push(stores);
  await stores.loaded;
  return { stores, ...render(<StoresProvider stores={stores}>{ui}</StoresProvider>) };
}

export function disposeStores() {
  open.splice(0).forEach((s) => s.dispose());
  fakeBrowser.reset();
}
