// Chrome's storage.sync quotas, checked before a write so a setting that cannot be stored is
// refused with a sentence the user can act on, instead of failing somewhere the page never looks.
// https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync
export const SYNC_QUOTA = {
  /** Bytes of one item: its key plus the JSON of its value. */
  perItem: 8_192,
  /** Bytes of every item together. */
  total: 102_400,
  items: 512,
} as const;

const encoder = new TextEncoder();

/** What Chrome counts for one sync item: the key's length plus the JSON of the value, in bytes. */
export function syncBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value) ?? '').length;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/**
 * Null when `value` fits under `key` in storage.sync, else why not. The total is checked when the
 * browser can say what is in use (Chrome; Firefox and WXT's fake browser may not).
 */
export async function syncQuotaProblem(
  area: { getBytesInUse?: (keys?: string | string[] | null) => Promise<number> },
  key: string,
  value: unknown,
): Promise<string | null> {
  const bytes = syncBytes(key, value);
  if (bytes > SYNC_QUOTA.perItem) {
    return `it needs ${kb(bytes)} and the browser syncs at most ${kb(SYNC_QUOTA.perItem)} for it`;
  }
  try {
    const inUse = await area.getBytesInUse?.(null);
    const old = await area.getBytesInUse?.(key);
    if (typeof inUse === 'number' && typeof old === 'number' && inUse - old + bytes > SYNC_QUOTA.total) {
      return `the browser's sync storage is full (${kb(SYNC_QUOTA.total)})`;
    }
  } catch {
    // Not implemented here: the write itself reports a full storage.
  }
  return null;
}

/** A storage error as a readable reason ("QUOTA_BYTES_PER_ITEM quota exceeded" → words). */
export function describeStorageError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/QUOTA_BYTES_PER_ITEM/.test(message)) return 'it is larger than the browser syncs for one setting';
  if (/QUOTA_BYTES/.test(message)) return "the browser's sync storage is full";
  if (/MAX_ITEMS/.test(message)) return "the browser's sync storage holds too many items";
  if (/MAX_WRITE_OPERATIONS/.test(message)) return 'too many changes in a short time; try again in a minute';
  return message;
}
