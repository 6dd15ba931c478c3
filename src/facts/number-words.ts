// Numbers written as words in postings and chat ("two years", "eighteen months", "drei Jahre",
// "cinq années", "36 mesi"), in every language of number-words.json. Each reader adds its own
// loose words ("a", "half", "a few") to these.
import data from './number-words.json' with { type: 'json' };

export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.freeze({
  ...data.es,
  ...data.it,
  ...data.de,
  ...data.fr,
  ...data.en,
});
