// A stand-in for the `punycode` package in the extension's bundles (wxt.config.ts). twitter-text
// asks it one thing: a URL's domain label encoded, to reject a label longer than 63 characters.
// The platform's URL parser encodes internationalised labels itself (IDNA), so the bundles need not
// carry punycode.js (1.4 KB gzipped in the content script). tests/engine/punycode.test.ts holds it
// to the package on the labels of twitter-text's conformance suites.
function toASCII(label: string): string {
  // An ASCII label is its own encoding.
  if (!/[^\0-\x7f]/.test(label)) return label;
  try {
    return new URL(`http://${label}`).hostname;
  } catch {
    // Not a host the platform accepts: as long as the package's encoding, near enough to judge 63.
    return `xn--${label}-`;
  }
}

export default { toASCII };
