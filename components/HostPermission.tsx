import { useCallback, useEffect, useState } from 'react';
import { browserPermissions, hostAccess, requestHostAccess, X_ORIGINS, type HostAccess, type PermissionsApi } from '../lib/permissions.ts';

/** Whether the coach may run on X, kept current as permissions are granted or removed, and a way to ask. */
export function useHostPermission(api: PermissionsApi | undefined = browserPermissions(), origins: string[] = X_ORIGINS) {
  const [access, setAccess] = useState<HostAccess>('unknown');
  const refresh = useCallback(() => {
    void hostAccess(api, origins).then(setAccess);
  }, [api, origins]);
  useEffect(() => {
    refresh();
    api?.onAdded?.addListener(refresh);
    api?.onRemoved?.addListener(refresh);
    return () => {
      api?.onAdded?.removeListener(refresh);
      api?.onRemoved?.removeListener(refresh);
    };
  }, [api, refresh]);
  const request = useCallback(() => {
    if (!api) return;
    // Called straight from the click, with nothing awaited before it (Firefox's user-action rule).
    void requestHostAccess(api, origins).then(refresh);
  }, [api, origins, refresh]);
  return { access, request };
}

/**
 * Says so when the coach has no access to x.com and twitter.com (Firefox lets users withhold it),
 * with a button that asks for it. Shows nothing while access is granted or cannot be known.
 */
export function HostPermission({ api }: { api?: PermissionsApi }) {
  const { access, request } = useHostPermission(api);
  if (access !== 'withheld') return null;
  return (
    <section className="notice host-permission" role="status" aria-label="Access to X" data-host-permission="withheld">
      <p>The coach has no access to x.com and twitter.com, so it cannot check your posts there.</p>
      <button type="button" data-host-permission-request onClick={request}>Allow on x.com and twitter.com</button>
    </section>
  );
}
