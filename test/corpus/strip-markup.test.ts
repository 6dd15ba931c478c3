import { describe, expect, it } from 'vitest';
import { stripMarkup } from '../../src/corpus/sections.ts';

describe('markdown emphasis taken off a line', () => {
  it.each([
    ['**Deadline:** 31 January 2027', 'Deadline: 31 January 2027'],
    ['a *very* good fit', 'a very good fit'],
    ['***Contract*** 2 years', 'Contract 2 years'],
    ['*Note*: see below', 'Note: see below'],
  ])('takes the stars off %j', (line, plain) => {
    expect(stripMarkup(line)).toBe(plain);
  });

  it.each([
    ['Doktorand*in (m/w/d) in Teilchenphysik', 'Doktorand*in (m/w/d) in Teilchenphysik'],
    ['Wissenschaftliche*r Mitarbeiter*in (w/m/d)', 'Wissenschaftliche*r Mitarbeiter*in (w/m/d)'],
    ['**Wissenschaftliche*r Mitarbeiter*in (m/w/d)**', 'Wissenschaftliche*r Mitarbeiter*in (m/w/d)'],
    ['*Ingenieur*in Detektorentwicklung*', 'Ingenieur*in Detektorentwicklung'],
  ])('keeps a gender star inside a word in %j', (line, plain) => {
    expect(stripMarkup(line)).toBe(plain);
  });
});
