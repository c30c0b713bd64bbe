// WXT's storage utility (wxt/utils/storage) reads the global `chrome` or `browser` when it is first
// imported; in unit tests that is WXT's in-memory fake browser, as in the WXT testing guide.
import { fakeBrowser } from 'wxt/testing/fake-browser';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
