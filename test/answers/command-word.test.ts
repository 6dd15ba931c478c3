// Typos of command words, by edit distance with transpositions.
import { describe, expect, it } from 'vitest';
import { correctCommandWord, editDistance } from '../../src/answers/command-word.ts';

const COMMANDS = [
  'help',
  'list',
  'show',
  'search',
  'deadlines',
  'skills',
  'contact',
  'eligible',
  'subscribe',
  'unsubscribe',
  'profile',
];

describe('correctCommandWord', () => {
  it.each([
    ['skils', 'skills'],
    ['skilsl', 'skills'],
    ['contcat', 'contact'],
    ['contatc', 'contact'],
    ['subscirbe', 'subscribe'],
    ['subscrbe', 'subscribe'],
    ['deadlnes', 'deadlines'],
    ['dealines', 'deadlines'],
    ['deadliens', 'deadlines'],
    ['shwo', 'show'],
    ['lsit', 'list'],
    ['serach', 'search'],
    ['elligible', 'eligible'],
    ['porfile', 'profile'],
    ['SKILS', 'skills'],
  ])('reads "%s" as "%s"', (typo, command) => {
    expect(correctCommandWord(typo, COMMANDS)).toBe(command);
  });

  it.each(['show', 'xyzzy', 'sh', 'deadline-ish', 'kubernetes', 'abc'])('leaves "%s" alone', (word) => {
    expect(correctCommandWord(word, COMMANDS)).toBeNull();
  });

  it('does not guess between two equally near commands', () => {
    expect(correctCommandWord('lost', ['list', 'last'])).toBeNull();
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('shwo', 'show', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });
});
