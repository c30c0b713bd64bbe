// WXT's fake storage.sync with Chrome's quotas enforced as Chrome does: a write that would pass
// them rejects with Chrome's error and changes nothing.
// https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const QUOTA_BYTES_PER_ITEM = 8_192;
export const QUOTA_BYTES = 102_400;
export const MAX_ITEMS = 512;

/** Chrome's count for one item: the key plus the JSON of the value (bytes). */
const bytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

/** Enforces the quotas on fakeBrowser.storage.sync; returns the function that lifts them. */
export function enforceSyncQuotas(options: { getBytesInUse?: boolean } = {}): () => void {
  const sync = fakeBrowser.storage.sync as unknown as {
    set(items: Record<string, unknown>): Promise<void>;
    get(keys?: unknown): Promise<Record<string, unknown>>;
    getBytesInUse: unknown;
  };
  const { set, getBytesInUse } = sync;
  const inUse = (all: Record<string, unknown>) => Object.entries(all).reduce((n, [k, v]) => n + bytes(k, v), 0);
  sync.set = async (items) => {
    for (const [k, v] of Object.entries(items)) {
      if (v !== undefined && bytes(k, v) > QUOTA_BYTES_PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    const next = { ...(await sync.get(null)), ...items };
    if (Object.keys(next).length > MAX_ITEMS) throw new Error('MAX_ITEMS quota exceeded');
    if (inUse(next) > QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
    return set(items);
  };
  if (options.getBytesInUse) {
    sync.getBytesInUse = async (keys?: string | string[] | null) => {
      const all = await sync.get(null);
      const wanted = keys == null ? Object.keys(all) : [keys].flat();
      return inUse(Object.fromEntries(Object.entries(all).filter(([k]) => wanted.includes(k))));
    };
  }
  return () => {
    sync.set = set;
    sync.getBytesInUse = getBytesInUse;
  };
}

/** Every key in storage.sync and storage.local. */
export async function storedKeys(): Promise<{ sync: string[]; local: string[] }> {
  return {
    sync: Object.keys(await fakeBrowser.storage.sync.get(null)).sort(),
    local: Object.keys(await fakeBrowser.storage.local.get(null)).sort(),
  };
}
