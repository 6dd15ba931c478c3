import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { simpleFrontMatter } from '../../src/corpus/formats/front-matter.ts';

const viaYaml = (lines: string[]) => parse(lines.join('\n'), { uniqueKeys: false }) ?? {};

describe('simple front matter', () => {
  it('reads the common lines as YAML does', () => {
    const lines = [
      'title: "CMS Tracking Project Associate"',
      'deadline: 2026-10-12',
      'location: "Zürich, Switzerland"  ',
      'excerpt: interested candidates should send their CVs to eva at nbi.example.dk by 22 November 2026.',
      'organisation: CERN [EP] {x}, R&D - part time?  ',
    ];
    expect(simpleFrontMatter(lines)).toEqual(viaYaml(lines));
  });

  it('leaves YAML every line it could read otherwise', () => {
    for (const line of [
      'a: null',
      'a: True',
      'null: x',
      'a: 12',
      'a: 1e3',
      'a: 2026-10-12T10:00',
      'a: b: c',
      'a: b # comment',
      'a: "b\\tc"',
      "a: 'b'",
      'a: *ref',
      'a: |',
      'a:',
      '  a: b',
      'a: b\u2028c',
      '# comment',
      '',
    ])
      expect(simpleFrontMatter([line]), line).toBeNull();
    expect(simpleFrontMatter(['a: x', 'a: y'])).toBeNull();
  });

  it('agrees with YAML on every block it reads', () => {
    const atoms = ['Prague', ' ', ', ', 'null', 'yes', '~', '1e3', '- ', '?', ':', '#', "'", '"', '\\', '\t'];
    const more = ['\u00a0', 'ü', '[', ']', '{', '}', '&a', '*a', '!t', '|', '>', '%', '@', '`', '2026-10-12', '.'];
    const pool = [...atoms, ...more];
    let seed = 1;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)] as T;
    let read = 0;
    for (let i = 0; i < 5000; i++) {
      let v = '';
      for (let j = 1 + Math.floor(rnd() * 4); j > 0; j--) v += pick(pool);
      const lines = [`${pick(['title', 'a', 'x-y', 'True'])}:${pick([' ', ''])}${pick([v, `"${v}"`])}`];
      const simple = simpleFrontMatter(lines);
      if (!simple) continue;
      read++;
      expect(simple, JSON.stringify(lines)).toEqual(viaYaml(lines));
    }
    expect(read).toBeGreaterThan(500);
  });
});
