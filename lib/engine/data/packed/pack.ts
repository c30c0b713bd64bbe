// Front coding for long sorted word lists, which the content script carries.
// - Words (given names, common words): each word is one character that says how many characters
//   to drop from the end of the word before ('0' none … '@' sixteen), then its new ending, with no
//   separator: "aaren aarika" → "0aaren2ika". Words hold no digit, capital or space, so that
//   character marks where each starts. Gzipped, a third smaller than the words as an array.
// - Phrases ("west palm beach", "21-weeker") are "|"-separated, each as the number of leading
//   characters it shares with the one before (0–9) and the rest.

const DROP = 48; // '0'
const MAX_DROP = 16; // '@'
const isDrop = (c: number) => c >= DROP && c <= DROP + MAX_DROP;

export function packWords(words: Iterable<string>, sep: ' ' | '|' = ' '): string {
  const sorted = [...new Set(words)].sort();
  let prev = '';
  const out: string[] = [];
  for (const w of sorted) {
    let n = 0;
    if (sep === '|') {
      // The count is always one digit, so a phrase may start with a digit; it may not hold the separator.
      if (!w || w.includes(sep)) throw new Error(`cannot pack ${JSON.stringify(w)}`);
      while (n < 9 && n < prev.length && n < w.length && prev[n] === w[n]) n++;
      out.push(`${n}${w.slice(n)}`);
    } else {
      if (!w || /[\s0-9:;<=>?@A-Z]/.test(w)) throw new Error(`cannot pack ${JSON.stringify(w)}`);
      while (n < prev.length && n < w.length && prev[n] === w[n]) n++;
      if (prev.length - n > MAX_DROP) throw new Error(`cannot pack ${JSON.stringify(w)} after ${JSON.stringify(prev)}`);
      out.push(String.fromCharCode(DROP + prev.length - n) + w.slice(n));
    }
    prev = w;
  }
  return out.join(sep === '|' ? sep : '');
}

export function unpackWords(packed: string, sep: ' ' | '|' = ' '): string[] {
  const out: string[] = [];
  let prev = '';
  if (sep === '|') {
    for (const item of packed.split(sep)) {
      if (!item) continue;
      const w = prev.slice(0, Number(item[0])) + item.slice(1);
      out.push(w);
      prev = w;
    }
    return out;
  }
  for (let i = 0; i < packed.length; ) {
    const drop = packed.charCodeAt(i) - DROP;
    let j = i + 1;
    while (j < packed.length && !isDrop(packed.charCodeAt(j))) j++;
    const w = prev.slice(0, prev.length - drop) + packed.slice(i + 1, j);
    out.push(w);
    prev = w;
    i = j;
  }
  return out;
}
