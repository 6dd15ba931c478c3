import { describe, expect, it } from 'vitest';
import { describeLine, locateLine } from '../../src/corpus/cite-line.ts';

describe('locateLine', () => {
  const pages = [1, 31, 58];
  it('finds the page of a line and its line on that page', () => {
    expect(locateLine(pages, 1)).toEqual({ page: 1, pageLine: 1 });
    expect(locateLine(pages, 30)).toEqual({ page: 1, pageLine: 30 });
    expect(locateLine(pages, 31)).toEqual({ page: 2, pageLine: 1 });
    expect(locateLine(pages, 44)).toEqual({ page: 2, pageLine: 14 });
    expect(locateLine(pages, 200)).toEqual({ page: 3, pageLine: 143 });
  });
  it('says nothing for a file without pages', () => {
    expect(locateLine(undefined, 12)).toBeNull();
    expect(locateLine([], 12)).toBeNull();
  });
});

describe('describeLine', () => {
  it('cites a page and its line, or the line alone', () => {
    expect(describeLine({ line: 44, page: 2, pageLine: 14 })).toBe('p.2 l.14');
    expect(describeLine({ line: 44 })).toBe('line 44');
  });
});
