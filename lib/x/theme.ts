// X's theme, read the way X exposes it: the inline background colour on <body>.
export type XTheme = 'light' | 'dim' | 'dark' | 'high-contrast';

const KNOWN: Record<string, XTheme> = {
  '255,255,255': 'light',
  '21,32,43': 'dim', // removed by X in 2026; kept in case it returns
  '0,0,0': 'dark',
  '5,5,5': 'high-contrast', // lights out with High Contrast on
};

/** Maps a CSS colour such as "rgb(0, 0, 0)" to X's theme; unknown colours by their luminance. */
export function themeFromColour(colour: string | null | undefined): XTheme {
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour ?? '');
  if (!m) return 'light';
  const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const known = KNOWN[`${r},${g},${b}`];
  if (known) return known;
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return luminance > 0.5 ? 'light' : 'dark';
}

export function currentTheme(doc: Document): XTheme {
  return themeFromColour(doc.body?.style.backgroundColor || (doc.body ? getComputedStyle(doc.body).backgroundColor : ''));
}

/** X's font-size setting scales the root font size (15px by default). */
export function fontScale(doc: Document): number {
  const px = parseFloat(getComputedStyle(doc.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? Math.min(2, Math.max(0.75, px / 15)) : 1;
}
