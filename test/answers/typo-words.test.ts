// "wich jobs ned pyhton?": mistyped skills and question words of five letters or more are read as meant.
import { describe, expect, it } from 'vitest';
import { askerOfTexts, type JsonReply } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'pipeline.txt': `Data Pipeline Engineer

Requirements: experience with Python and Kubernetes is required.
Closing date: 20 February 2027
Contact: pipeline.office@example.org
`,
  'optics.txt': `Optics Technician

Requirements: experience with LabVIEW is required.
Closing date: 28 February 2027
`,
};

const { ask } = askerOfTexts(POSTINGS);
const files = (r: JsonReply) => r.postings.map((p) => p.source.file);

describe('typos in questions', () => {
  it.each(['wich jobs ned pyhton?', 'which positions need Pyhton?', 'which jobs requier kubernets?'])(
    '"%s" finds the posting asking for the skill',
    (q) => {
      expect(files(ask(q))).toEqual(['pipeline.txt']);
    },
  );

  it.each(['what is the dedline for the optics job?', 'whats the deadlnie of the optics technician?'])(
    '"%s" answers the deadline',
    (q) => {
      const r = ask(q);
      expect(files(r)).toEqual(['optics.txt']);
      expect(r.text).toContain('28 February 2027');
    },
  );

  it.each(['wher is the optics job?', 'wher is the optics technician based'])(
    '"%s": a four-letter typo of a question word',
    (q) => {
      const r = ask(q);
      expect(files(r)).toEqual(['optics.txt']);
      expect(r.text).not.toMatch(/No posting mentions/);
    },
  );

  it('reads no other four-letter word as a longer one', () => {
    // "star" is one letter from "start", "hour" from "hours": real words, left as typed.
    expect(ask('any star jobs?').text).not.toMatch(/start/i);
    expect(files(ask('which jobs need pyhton, in one hour'))).toEqual(['pipeline.txt']);
  });

  it('leaves a word the postings hold as it is', () => {
    // "optics" is one edit from "topics"-like words, but the postings hold it: it names the posting.
    expect(files(ask('show the optics job'))).toEqual(['optics.txt']);
  });
});
