import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const postingOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings[0];

describe('a host named by its initials in the hiring sentence', () => {
  it('takes a bare acronym that invites applications, with or without its place in brackets', () => {
    for (const text of [
      'Postdoctoral contract\n\nThe KIO (Antofagasta) invites applications for one postdoctoral contract in stellar physics.\n',
      'Research engineer\n\nThe LRQ is seeking a research engineer for its cryogenic platform.\n',
      'Ingénieur de recherche\n\nLe IPSX recrute un ingénieur de recherche en instrumentation.\n',
    ])
      expect(['KIO', 'LRQ', 'IPSX']).toContain(postingOf(text)?.organisation);
  });

  it('prefers a named host over a funder mentioned later', () => {
    const p = postingOf(
      'Postdoctoral contract\n\nThe KIO (Antofagasta) invites applications for one postdoctoral contract in the project STARS, funded by the European Research Council (ERC).\n',
    );
    expect(p?.organisation).toBe('KIO');
  });

  it('does not take a capitalised word that is no acronym', () => {
    const p = postingOf('Postdoc\n\nThe Group invites applications for a postdoc in lattice QCD.\n');
    expect(p?.organisation).not.toBe('Group');
  });
});

describe('the institutes added to the vocabulary', () => {
  it('reads the IAC and its country from its full name', () => {
    const p = postingOf(
      'Postdoctoral contract\n\nThe Instituto de Astrofísica de Canarias (Tenerife, Spain) offers one postdoctoral contract in solar physics.\n',
    );
    expect(p?.organisation).toContain('Instituto de Astrofísica de Canarias');
    expect(p?.country).toBe('Spain');
  });
});
