// Where a line is, as a reader is told it. Lines of a paged document (PDF) are numbered across
// its whole extracted text, so a line number stays one positive integer everywhere (quotes,
// warnings, the check output); a citation adds the page and the line on that page.

/** Page and line on the page of a 1-based line, given the line each page starts on. */
export function locateLine(
  pageStarts: readonly number[] | undefined,
  line: number,
): { page: number; pageLine: number } | null {
  if (!pageStarts || pageStarts.length === 0) return null;
  let page = 0;
  while (page + 1 < pageStarts.length && (pageStarts[page + 1] ?? Number.POSITIVE_INFINITY) <= line) page++;
  const first = pageStarts[page] ?? 1;
  return { page: page + 1, pageLine: Math.max(1, line - first + 1) };
}

/** "p.2 l.14" for a place on a page, "line 14" otherwise. */
export function describeLine(ref: { line: number; page?: number; pageLine?: number }): string {
  return ref.page && ref.pageLine ? `p.${ref.page} l.${ref.pageLine}` : `line ${ref.line}`;
}
