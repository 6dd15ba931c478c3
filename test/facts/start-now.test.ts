import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/corpus/role.ts';
import { findStartNow } from '../../src/facts/start-now.ts';
import { entry } from './entry.ts';

const e = (text: string, extra: Partial<Entry> = {}): Entry => entry(text, { line: 3, ...extra });
const now = (text: string, extra: Partial<Entry> = {}) => findStartNow([e(text, extra)]);

describe('a start with no date', () => {
  it('reads "ab sofort", "as soon as possible" after a start word or in a start section', () => {
    expect(now('Eintritt: ab sofort')).toEqual({ text: 'Eintritt: ab sofort', line: 3, from: null, to: null });
    expect(now('Starting date: as soon as possible')?.from).toBeNull();
    expect(now('Prise de fonction : dès que possible')).not.toBeNull();
    expect(now('Fecha de incorporación: lo antes posible')).not.toBeNull();
    expect(now('as soon as possible', { section: 'start' })).not.toBeNull();
  });

  it('reads a phrase that says it all', () => {
    expect(now('Die Stelle ist ab sofort zu besetzen.')).not.toBeNull();
    expect(now('The position is available immediately.')).not.toBeNull();
  });

  it('reads nothing from a sentence about applying, or without a start word', () => {
    expect(now('Please start your application as soon as possible.')).toBeNull();
    expect(now('Send your CV as soon as possible to the address below.')).toBeNull();
    expect(now('We will reply as soon as possible.')).toBeNull();
  });
});
