// A short line that names a role is a title, even when a section word stands in it ("Grid Site
// Administrator": "site" is a location heading word); the section words alone still head sections.
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { classifyHeading } from '../../src/corpus/sections.ts';

const titleOf = (text: string) => parseFile('role.txt', Buffer.from(text)).postings[0]?.title;

describe('role lines and section words', () => {
  it.each([
    'Grid Site Administrator',
    'Site Reliability Engineer',
    'Computing Site Manager',
    'Remote Site Operations Physicist',
  ])('"%s" is the title', (title) => {
    expect(
      titleOf(`${title}\n\nThe data centre in Madrid is hiring for its computing farm.\nDeadline: 12 March 2027\n`),
    ).toBe(title);
  });

  it('a role line is no section heading, the section words alone still are', () => {
    expect(classifyHeading('Grid Site Administrator')).toBeNull();
    expect(classifyHeading('Site')).toBe('location');
    expect(classifyHeading('Place of work')).toBe('location');
    expect(classifyHeading('Contract duration and salary')).not.toBeNull();
  });
});
