// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { X_ORIGINS, type PermissionsApi } from '../lib/permissions.ts';
import { HostPermission } from './HostPermission.tsx';

afterEach(() => {
  cleanup();
  delete (globalThis as { browser?: unknown }).browser;
});

/** browser.permissions over a set of granted origins; `answer` is what the user says to a request. */
function fakePermissions(granted: string[], answer = true) {
  const origins = new Set(granted);
  const added = new Set<() => void>();
  const removed = new Set<() => void>();
  const event = (set: Set<() => void>) => ({ addListener: (l: () => void) => set.add(l), removeListener: (l: () => void) => set.delete(l) });
  const api = {
    contains: vi.fn(async ({ origins: asked }: { origins: string[] }) => asked.every((o) => origins.has(o))),
    request: vi.fn(async ({ origins: asked }: { origins: string[] }) => {
      if (!answer) return false;
      asked.forEach((o) => origins.add(o));
      added.forEach((l) => l());
      return true;
    }),
    onAdded: event(added),
    onRemoved: event(removed),
    /** The user removes access from the add-ons manager. */
    revoke() {
      origins.clear();
      removed.forEach((l) => l());
    },
  };
  return api satisfies PermissionsApi;
}

const notice = () => screen.queryByRole('status', { name: 'Access to X' });

describe('HostPermission', () => {
  it('says access is withheld and asks for exactly the coached origins; gone once granted', async () => {
    const api = fakePermissions([]);
    render(<HostPermission api={api} />);
    await waitFor(() => expect(notice()).not.toBeNull());
    expect(notice()!.textContent).toContain('no access to x.com and twitter.com');
    fireEvent.click(screen.getByRole('button', { name: 'Allow on x.com and twitter.com' }));
    expect(api.request).toHaveBeenCalledTimes(1);
    expect(api.request).toHaveBeenCalledWith({ origins: X_ORIGINS });
    await waitFor(() => expect(notice()).toBeNull());
  });

  it('shows nothing while access is granted, and appears when the user removes it', async () => {
    const api = fakePermissions(X_ORIGINS);
    render(<HostPermission api={api} />);
    await waitFor(() => expect(api.contains).toHaveBeenCalledWith({ origins: X_ORIGINS }));
    expect(notice()).toBeNull();
    act(() => api.revoke());
    await waitFor(() => expect(notice()).not.toBeNull());
  });

  it('counts access to only some of the origins as withheld', async () => {
    render(<HostPermission api={fakePermissions(['https://x.com/*'])} />);
    await waitFor(() => expect(notice()).not.toBeNull());
  });

  it('stays when the user declines', async () => {
    const api = fakePermissions([], false);
    render(<HostPermission api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Allow on x.com and twitter.com' }));
    await waitFor(() => expect(api.contains).toHaveBeenCalledTimes(2));
    expect(notice()).not.toBeNull();
  });

  it('uses browser.permissions when given no API', async () => {
    const api = fakePermissions([]);
    (globalThis as { browser?: unknown }).browser = { permissions: api };
    render(<HostPermission />);
    await waitFor(() => expect(notice()).not.toBeNull());
  });

  it('shows nothing where access cannot be known (no API, or it fails)', async () => {
    const failing = { contains: vi.fn(async () => { throw new Error('no'); }), request: vi.fn(async () => false) };
    const { container } = render(<><HostPermission /><HostPermission api={failing} /></>);
    await waitFor(() => expect(failing.contains).toHaveBeenCalled());
    await act(async () => {});
    expect(container.innerHTML).toBe('');
  });
});
