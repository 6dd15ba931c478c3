// Which posting a few words name: the index behind "show X", ties, typos, ids and short names.
import { beforeAll, describe, expect, it } from 'vitest';
import { PostingIndex } from '../../src/answers/search-index.ts';
import { terms } from '../../src/answers/text.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import type { Posting } from '../../src/corpus/posting.ts';
import { root } from './helpers.ts';

let postings: Posting[];
let index: PostingIndex;

beforeAll(async () => {
  const seeds = (await loadCorpus(`${root}seeds`)).postings;
  const fixtures = (await loadCorpus(`${root}test/fixtures/answers`)).postings;
  postings = [...seeds, ...fixtures];
  index = new PostingIndex(postings);
});

function named(words: string): string[] {
  const r = index.resolve(terms(words));
  if (r.kind === 'one') return [r.match.posting.title];
  if (r.kind === 'tie') return r.matches.map((m) => m.posting.title).sort();
  return [];
}

describe('resolve: the posting a few words name', () => {
  it.each([
    ['kubernetes platform', 'Kubernetes Platform Engineer - CERN IT'],
    ['CBM', 'PhD student position in CBM online reconstruction at GSI Darmstadt'],
    ['DUNE', 'Fermilab - Computing Professional, DUNE Data Management'],
    ['Fermilab', 'Fermilab - Computing Professional, DUNE Data Management'],
    ['CTA DIRAC', 'Software Engineer position: data processing and workflow systems for distributed environments'],
    ['XRootD monitoring graduate', 'Computing graduate: XRootD data monitoring (WLCG, CERN)'],
    ['DQM shift manager', 'DQM Online Shift Manager'],
    ['offline DQM ML', 'Offline DQM ML infrastructure developer'],
    ['telescope control', 'Telescope Control Software Engineer'],
    ['Fink', 'IJCLab Orsay: Rust developer for the Rubin alert broker Fink, to follow up'],
    ['PETRA beamlines', 'Photon Science ML Engineer'],
  ])('"%s" names %s', (words, title) => {
    expect(named(words)).toEqual([title]);
  });

  it.each([
    ['alignmnet', 'M&O Cat.A open position in the CMS PPD Group'],
    ['kubernets platfrom', 'Kubernetes Platform Engineer - CERN IT'],
    ['telescpe controll', 'Telescope Control Software Engineer'],
    ['xrootd', 'Computing graduate: XRootD data monitoring (WLCG, CERN)'],
  ])('finds "%s" despite the typo or case', (words, title) => {
    expect(named(words)).toEqual([title]);
  });

  it('says several postings tie rather than guess', () => {
    expect(named('DQM')).toEqual([
      'DQM Online Shift Manager',
      'Offline DQM ML infrastructure developer',
      'Online DQM Operation Manager',
    ]);
    expect(named('Belle II')).toEqual(['Belle II Grid Operator', 'Belle II Rust DAQ Developer']);
  });

  it('names nothing for words no posting holds, or a common word beside an unknown one', () => {
    expect(index.resolve(terms('quantum basket weaving')).kind).toBe('none');
    expect(index.resolve(terms('quantum computing')).kind).toBe('none');
    expect(index.resolve(terms('astronaut')).kind).toBe('none');
    expect(index.resolve([]).kind).toBe('none');
  });

  it('still names one posting when an unknown word sits beside a distinctive one', () => {
    expect(named('cool xrootd')).toEqual(['Computing graduate: XRootD data monitoring (WLCG, CERN)']);
  });

  it('finds a posting by its exact id, in any case', () => {
    const p = postings.find((x) => x.title.startsWith('Kubernetes')) as Posting;
    expect(index.byExactId(p.id)).toBe(p);
    expect(index.byExactId(p.id.toUpperCase())).toBe(p);
    expect(index.byExactId('no-such-id')).toBeUndefined();
  });
});

describe('short names: words a suggestion uses', () => {
  it('names each posting on its own, as its title writes the words', () => {
    for (const p of postings) {
      const name = index.shortName(p);
      if (name === p.id) continue;
      const r = index.resolve(terms(name));
      expect(r.kind === 'one' && r.match.posting, `${name} -> ${p.title}`).toBe(p);
      // Title words, not index stems ("kubernetes", never "kubernete").
      for (const w of name.split(' ')) expect(`${p.title} ${p.experiment ?? ''}`.toLowerCase()).toContain(w);
    }
  });
});

describe('replaceFile', () => {
  it('forgets a removed file and finds a new one', () => {
    const local = new PostingIndex(postings);
    const k8s = postings.filter((p) => p.source.file === 'cern-kubernetes-platform.md');
    local.replaceFile('cern-kubernetes-platform.md', []);
    expect(local.postings().some((p) => p.source.file === 'cern-kubernetes-platform.md')).toBe(false);
    const gone = local.resolve(terms('kubernetes platform engineer cern'));
    expect(gone.kind === 'one' && gone.match.posting.source.file).not.toBe('cern-kubernetes-platform.md');
    expect(local.size).toBe(postings.length - k8s.length);
    local.replaceFile('cern-kubernetes-platform.md', k8s);
    const r = local.resolve(terms('kubernetes platform'));
    expect(r.kind === 'one' && r.match.posting.title).toBe('Kubernetes Platform Engineer - CERN IT');
  });
});

describe('rank and filter', () => {
  it('ranks the postings that match more of the words first', () => {
    const ranked = index.rank(terms('grid transfers'));
    expect(ranked[0]?.posting.title).toBe('Belle II Grid Operator');
    expect(ranked[0]?.coverage).toBe(1);
  });

  it('filter requires every known word and reports the unknown ones', () => {
    const { matches, unknown } = index.filter(terms('belle zeppelin'));
    expect(unknown).toEqual(['zeppelin']);
    expect(matches.map((m) => m.posting.title).sort()).toEqual([
      'Belle II Grid Operator',
      'Belle II Rust DAQ Developer',
    ]);
  });
});
