// The coach's access to X's pages. Firefox (Manifest V3) lets the user withhold an add-on's host
// permissions, at install or later from the add-ons manager; the content script then never runs.
// The extension pages check with permissions.contains and ask with permissions.request.

/** The pages the content script runs on (its `matches`); tests/e2e-firefox/bundles.spec.ts checks the manifest agrees. */
export const X_ORIGINS = ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'];

interface PermissionEvent {
  addListener(listener: () => void): void;
  removeListener(listener: () => void): void;
}

/** The part of `browser.permissions` used here, so tests can pass a fake. */
export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  request(permissions: { origins: string[] }): Promise<boolean>;
  onAdded?: PermissionEvent;
  onRemoved?: PermissionEvent;
}

/** `browser.permissions` in an extension page; undefined anywhere else (a plain web page, Node). */
export function browserPermissions(): PermissionsApi | undefined {
  const api = (globalThis as { browser?: { permissions?: PermissionsApi } }).browser?.permissions;
  return typeof api?.contains === 'function' && typeof api.request === 'function' ? api : undefined;
}

/** 'granted' or 'withheld'; 'unknown' when there is no API to ask or it fails (then nothing is shown). */
export type HostAccess = 'granted' | 'withheld' | 'unknown';

export async function hostAccess(api: PermissionsApi | undefined, origins: string[] = X_ORIGINS): Promise<HostAccess> {
  if (!api) return 'unknown';
  try {
    return (await api.contains({ origins })) ? 'granted' : 'withheld';
  } catch {
    return 'unknown';
  }
}

/**
 * Asks the user for access to every origin. Call it straight from a click: Firefox only shows the
 * prompt during a user action, so nothing may be awaited before it.
 */
export async function requestHostAccess(api: PermissionsApi, origins: string[] = X_ORIGINS): Promise<boolean> {
  try {
    return await api.request({ origins });
  } catch {
    return false;
  }
}
