// Whether the extension behind this content script is really gone (reloaded, updated, disabled or
// removed): then the browser has cut the script off from it and `runtime.id` is undefined. A page
// replaying WXT's "script started" event does not make this true.
export function extensionGone(runtime: () => { id?: string } | undefined = () => browser.runtime): boolean {
  try {
    return runtime()?.id == null;
  } catch {
    // Some browsers throw on any access once the context is invalidated.
    return true;
  }
}
