// The structured posting: what every parser produces and everything downstream reads.
// Each fact keeps the posting's own words (`text`) and the 1-based line it came from, so an
// answer can quote and cite it.
import { z } from 'zod';

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date');

export const SourceRef = z.object({
  file: z.string().min(1),
  line: z.number().int().positive(),
  /** In a paged document (PDF): the page of `line`, and the line on that page (./cite-line.ts). */
  page: z.number().int().positive().optional(),
  pageLine: z.number().int().positive().optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** A piece of the posting's text with the line it starts on. */
export const Quote = z.object({
  text: z.string(),
  line: z.number().int().positive(),
});
export type Quote = z.infer<typeof Quote>;

export const DateFact = Quote.extend({ date: IsoDate });
export type DateFact = z.infer<typeof DateFact>;

/** A deadline may state a time and zone ("23:59 CET"): `at` is then that instant (ISO, UTC). */
export const DeadlineFact = DateFact.extend({ at: z.iso.datetime().optional() });
export type DeadlineFact = z.infer<typeof DeadlineFact>;

/** A start date may be a single day or a range ("From May to September 2021"). */
export const StartFact = Quote.extend({ from: IsoDate.nullable(), to: IsoDate.nullable() });
export type StartFact = z.infer<typeof StartFact>;

export const DurationFact = Quote.extend({ months: z.number().positive().nullable() });
export type DurationFact = z.infer<typeof DurationFact>;

export const WorkloadFact = Quote.extend({ fte: z.number().positive().max(1).nullable() });
export type WorkloadFact = z.infer<typeof WorkloadFact>;

export const SalaryFact = Quote.extend({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  /** ISO 4217 code: EUR, CHF, GBP, USD, JPY... */
  currency: z.string().length(3).nullable(),
  period: z.enum(['year', 'month', 'hour']).nullable(),
  net: z.boolean().nullable(),
});
export type SalaryFact = z.infer<typeof SalaryFact>;

export const Contact = Quote.extend({
  email: z.string().nullable(),
  name: z.string().nullable(),
});
export type Contact = z.infer<typeof Contact>;

/** A skill line, with the canonical skill names (from the vocabulary) found in it. */
export const SkillFact = Quote.extend({ skills: z.array(z.string()) });
export type SkillFact = z.infer<typeof SkillFact>;

/** The minimum degree a role requires; null when the posting states none. */
export const Degree = z.enum(['bachelor', 'master', 'phd']).nullable();
export type Degree = z.infer<typeof Degree>;

export const PostingFormat = z.enum([
  'front-matter',
  'twiki-table',
  'markdown',
  'html',
  'plain-text',
  'note',
  'email',
  'pdf',
  'docx',
]);
export type PostingFormat = z.infer<typeof PostingFormat>;

export const Posting = z.object({
  /** Stable across restarts: derived from the file name and the role's position/title. */
  id: z.string().min(1),
  title: z.string().min(1),
  organisation: z.string().nullable(),
  /** Experiment or collaboration: CMS, CTA, LHCb, WLCG, SKA... */
  experiment: z.string().nullable(),
  location: Quote.nullable(),
  /** Country name in English, when the location names one. */
  country: z.string().nullable(),
  contacts: z.array(Contact),
  deadline: DeadlineFact.nullable(),
  /** Applications taken with no closing date ("accepted at any time"): open without a deadline. */
  rolling: Quote.nullable().optional(),
  /** When applications open ("applications open on 1 March"): before that day the posting is upcoming. */
  opens: DateFact.nullable().optional(),
  /** A notice that applications are no longer taken ("The application has already closed"). */
  closedNotice: Quote.nullable().optional(),
  start: StartFact.nullable(),
  /** Posted or last revised. */
  posted: DateFact.nullable(),
  duration: DurationFact.nullable(),
  workload: WorkloadFact.nullable(),
  salary: SalaryFact.nullable(),
  /** A pay scale named where no amount is stated ("Entgeltgruppe 13 TV-L", "GS-12"). */
  payScale: Quote.nullable().optional(),
  requiredSkills: z.array(SkillFact),
  desiredSkills: z.array(SkillFact),
  degree: Degree,
  duties: z.array(Quote),
  /** Eligibility criteria in the posting's own words. */
  eligibility: z.array(Quote),
  documents: z.array(Quote),
  links: z.array(z.string()),
  summary: z.string(),
  /** Every canonical skill named anywhere in the role (required, desired or in the prose). */
  skills: z.array(z.string()),
  /** The role's whole text, for search and quoting. */
  text: z.string(),
  /** The file line of each line of `text` (absent in postings made before it was kept). */
  textLines: z.array(z.number().int()).optional(),
  format: PostingFormat,
  source: SourceRef,
  /**
   * A paged document (PDF): the line of the extracted text each page starts on. Lines stay
   * numbered across the whole text; a reader is shown "p.2 l.14" (./cite-line.ts).
   */
  pageStarts: z.array(z.number().int().positive()).optional(),
});
export type Posting = z.infer<typeof Posting>;

/** `upcoming`: applications have not opened yet (the posting's `opens` day is ahead). */
export type PostingStatus = 'open' | 'closed' | 'upcoming' | 'unknown';

/** A problem found while loading: the file is named, the rest of the corpus still loads. */
export interface LoadWarning {
  file: string;
  line?: number;
  /** 'skipped' when the whole file was left out, 'partial' when a field could not be read. */
  severity: 'skipped' | 'partial';
  reason: string;
}
