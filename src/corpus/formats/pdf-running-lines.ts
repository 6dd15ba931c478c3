// Running heads and feet of a PDF: a line at the top or the bottom of a page that comes back on
// other pages ("Vacancy notice 2027/15", "Example Institute - Human Resources") and page
// numbers ("Page 2 of 3", "- 2 -"). They would repeat facts or split a paragraph across pages,
// so they are blanked, keeping each slot, so lines keep their numbers; a running line is kept
// on the first page it is on, where it may carry the organisation.
import type { SizedLine } from './pdf-lines.ts';

/** Lines looked at at each end of a page. */
const EDGE_LINES = 2;
// Arabic or lower-case roman (front matter: "iii"), alone or as "Page 2 of 3", "- 2 -".
const pageNumber =
  /^(?:(?:[Pp]age|p\.|[Ss]eite|[Pp]agina|[Pp]ágina)\s*)?(?:\d{1,3}|[ivxl]{1,6})(?:\s*(?:of|\/|von|sur|de|di)\s*\d{1,3})?$|^[-–—]\s*\d{1,3}\s*[-–—]$/;

const keyOf = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
const numbersOf = (text: string): number[] => (text.match(/\d+/g) ?? []).map(Number);

/**
 * Whether the numbers of one line's copies, page by page, are those of a running line: each
 * number the same on every page, or moving with the page ("Page 2 of 5" on page 2, "Page 3 of
 * 5" on page 3). "Closing date: 3 June 2027" and "Closing date: 10 June 2027" on two pages are
 * two vacancies' deadlines, not a running line.
 */
function numbersRun(copies: ReadonlyArray<{ page: number; numbers: number[] }>): boolean {
  const first = copies[0];
  if (!first) return false;
  return first.numbers.every((n, k) => {
    const same = copies.every((c) => c.numbers[k] === n);
    return same || copies.every((c) => (c.numbers[k] ?? Number.NaN) - c.page === n - first.page);
  });
}

/** The slots of a page's first and last non-empty lines. */
function edgeSlots(page: readonly SizedLine[]): number[] {
  const filled = page.flatMap((l, i) => (l.text ? [i] : []));
  return [...new Set([...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)])];
}

/** The pages with running lines and page numbers blanked (new arrays; the input is not changed). */
export function blankRunningLines(pages: readonly SizedLine[][]): SizedLine[][] {
  const out = pages.map((p) => p.map((l) => ({ ...l })));
  const edges = out.map(edgeSlots);
  const pagesByKey = new Map<string, Set<number>>();
  const copiesByKey = new Map<string, Array<{ page: number; numbers: number[] }>>();
  edges.forEach((slots, page) => {
    for (const slot of slots) {
      const text = out[page]?.[slot]?.text ?? '';
      const key = keyOf(text);
      if (!key) continue;
      const set = pagesByKey.get(key) ?? new Set<number>();
      set.add(page);
      pagesByKey.set(key, set);
      if (key.includes('#')) {
        const copies = copiesByKey.get(key) ?? [];
        copies.push({ page, numbers: numbersOf(text) });
        copiesByKey.set(key, copies);
      }
    }
  });
  const runs = new Map<string, boolean>();
  for (const [key, copies] of copiesByKey) runs.set(key, numbersRun(copies));
  edges.forEach((slots, page) => {
    for (const slot of slots) {
      const line = out[page]?.[slot];
      if (!line) continue;
      const key = keyOf(line.text);
      const on = pagesByKey.get(key);
      const running = on !== undefined && on.size >= 2 && Math.min(...on) !== page && runs.get(key) !== false;
      if (running || pageNumber.test(line.text.trim())) line.text = '';
    }
  });
  return out;
}
