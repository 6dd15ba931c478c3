// The words of a plain-ASCII text as the whole-text index reads them, without a regex match,
// a lowercase copy of the text or a string per word: ./text-index.ts looks a word up in a table
// by its hash and compares it in place (reading and looking up the words was half of indexing;
// this takes 15-25% off adding 10,000 texts). The same words, at the same places, as
//   /[a-z0-9]+(?:'[a-z]+)?(?:\+\+|#)?/g
// finds in the text lowercased with "`" read as "'" (test/answers/ascii-words.test.ts).

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isLetter = (c: number): boolean => c >= 97 && c <= 122;
/** An ASCII character as the lowercased text has it ("`" as "'"). */
const low = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c === 96 ? 39 : c);

/** The hash of a word's lowercase, as wordHashOf gives it for the word's string. */
const step = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

export function wordHashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = step(h, word.charCodeAt(i));
  return h;
}

/**
 * The words of a text (all ASCII), one per next(): text.slice(from, to) in lower case, "`" read
 * as "'", is the word, and `hash` is wordHashOf of that. An object with fields rather than a
 * callback per word, so that the caller's loop is compiled as one.
 */
export class AsciiWords {
  from = 0;
  to = 0;
  hash = 0;
  private text = '';
  private i = 0;

  reset(text: string): this {
    this.text = text;
    this.i = 0;
    return this;
  }

  next(): boolean {
    const text = this.text;
    const n = text.length;
    let i = this.i;
    while (i < n && !isAlnum(low(text.charCodeAt(i)))) i++;
    if (i >= n) {
      this.i = n;
      return false;
    }
    const from = i;
    let h = 0;
    let c = low(text.charCodeAt(i));
    while (i < n && isAlnum(c)) {
      h = step(h, c);
      c = ++i < n ? low(text.charCodeAt(i)) : -1;
    }
    // An inner apostrophe and the letters after it ("physicist's").
    if (c === 39 && i + 1 < n && isLetter(low(text.charCodeAt(i + 1)))) {
      h = step(h, 39);
      c = low(text.charCodeAt(++i));
      while (i < n && isLetter(c)) {
        h = step(h, c);
        c = ++i < n ? low(text.charCodeAt(i)) : -1;
      }
    }
    // C++ and C#.
    if (c === 43 && i + 1 < n && text.charCodeAt(i + 1) === 43) {
      h = step(step(h, 43), 43);
      i += 2;
    } else if (c === 35) {
      h = step(h, 35);
      i++;
    }
    this.from = from;
    this.to = i;
    this.hash = h;
    this.i = i;
    return true;
  }
}

/** Whether text.slice(from, to), lowercased with "`" read as "'", is `word`. */
export function sameWord(text: string, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (low(text.charCodeAt(from + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** The word text.slice(from, to) as a string, lowercased with "`" read as "'". */
export function wordAt(text: string, from: number, to: number): string {
  return text.slice(from, to).replaceAll('`', "'").toLowerCase();
}
