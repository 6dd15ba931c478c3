// One regex for a list of words and phrases from a data file: longest first, whole words only
// (letters of any script count as word characters), compiled once by each reader at load.
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compilePhrases(phrases: readonly string[], flags = 'iu'): RegExp {
  const alts = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => {
      const body = esc(p).replace(/\s+/g, '\\s+');
      const start = /^[\p{L}\d]/u.test(p) ? '(?<![\\p{L}\\d])' : '';
      const end = /[\p{L}\d]$/u.test(p) ? '(?![\\p{L}\\d])' : '';
      return `${start}${body}${end}`;
    });
  return new RegExp(`(?:${alts.join('|')})`, flags.includes('u') ? flags : `${flags}u`);
}
