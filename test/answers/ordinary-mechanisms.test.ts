// The small readers behind the questions in ordinary words (ordinary-words.test.ts), each on
// several phrasings: "next week" as the seven days after this week's, a kind of workload or a pay
// period asked over several postings, "what's new", and a word before a degree that asks who
// may apply rather than who must hold it.
import { describe, expect, it } from 'vitest';
import { asksNewest } from '../../src/answers/answer-newest.ts';
import { openToBefore } from '../../src/answers/degree-requirement.ts';
import { payPeriodAsked } from '../../src/answers/pay-period.ts';
import { words } from '../../src/answers/text.ts';
import { spanIn } from '../../src/answers/time-span.ts';
import { workloadAsked } from '../../src/answers/workload-kind.ts';

const TODAY = '2026-11-22';

describe('next week', () => {
  it.each([
    'anything closing next week?',
    'welche Stellen laufen nächste Woche ab',
    'quels postes ferment la semaine prochaine',
    'scadenze la settimana prossima',
    'qué cierra la próxima semana',
  ])('is the seven days after this week in %j', (q) => {
    const s = spanIn(q, TODAY);
    expect(s?.from).toBe('2026-11-30');
    expect(s?.to).toBe('2026-12-06');
  });

  it.each(['what closes in the next week', 'deadlines over the next week'])('is the coming seven days in %j', (q) => {
    expect(spanIn(q, TODAY)).toMatchObject({ from: TODAY, to: '2026-11-29' });
  });

  it('leaves this week as the next seven days', () => {
    expect(spanIn('what closes this week', TODAY)).toMatchObject({ from: TODAY, to: '2026-11-29' });
  });
});

describe('a kind of workload asked', () => {
  it.each([
    ['which jobs are part time', 'part'],
    ['any part-time positions?', 'part'],
    ['postes à temps partiel ?', 'part'],
    ['gibt es Teilzeitstellen', 'part'],
    ['lavori a tempo parziale', 'part'],
    ['trabajos a tiempo parcial', 'part'],
    ['full time jobs?', 'full'],
    ['welche Stellen sind Vollzeit', 'full'],
    ['postes à temps plein', 'full'],
  ])('%j asks for %s time', (q, kind) => {
    expect(workloadAsked(q)?.kind).toBe(kind);
  });

  it('asks for none when both kinds are named', () => {
    expect(workloadAsked('part time or full time?')).toBeNull();
  });
});

describe('a pay period asked', () => {
  it.each([
    ['which jobs pay per month', 'month'],
    ['which ones pay a yearly salary', 'year'],
    ['welche Stellen zahlen monatlich', 'month'],
    ['postes payés par an', 'year'],
  ])('%j asks for pay per %s, its words taken', (q, period) => {
    const asked = payPeriodAsked(q);
    expect(asked?.period).toBe(period);
    expect(asked?.words.length).toBeGreaterThan(0);
  });
});

describe("what's new", () => {
  it.each([
    "what's new",
    'whats new',
    'any new postings?',
    'latest jobs?',
    'quoi de neuf ?',
    "was gibt's Neues",
    'novità?',
    '¿qué hay de nuevo?',
  ])('%j asks for the postings posted lately', (q) => {
    expect(asksNewest(q)).toBe(true);
  });

  it.each(['jobs in New York', 'what closes before new year', 'is the new detector job open'])('%j does not', (q) => {
    expect(asksNewest(q)).toBe(false);
  });
});

describe('who may apply with a degree', () => {
  const openWordOf = (q: string, degree: string) => {
    const ws = words(q);
    return (
      openToBefore(
        ws,
        ws.findIndex((w) => w.norm === degree),
      )?.norm ?? null
    );
  };
  it.each([
    ["anything that accepts a master's", "master's", 'accepts'],
    ['jobs for people with just a bachelors', 'bachelors', 'with'],
    ['welche Stellen gehen mit einem Master', 'master', 'mit'],
    ['postes ouverts avec un master', 'master', 'avec'],
  ])('%j asks who may apply', (q, degree, word) => {
    expect(openWordOf(q, degree)).toBe(word);
  });

  it('a requirement asks who must hold it', () => {
    expect(openWordOf('which jobs require a phd', 'phd')).toBeNull();
  });
});
