// What a format parser hands to fact extraction: a role's text as numbered entries, each
// tagged with the section it sits in. Every format reduces to this, so facts are found the
// same way whatever the layout was.
import type { DateFact, PostingFormat, SalaryFact, WorkloadFact } from './posting.ts';

export type SectionKind =
  | 'duties'
  | 'required'
  | 'desired'
  | 'eligibility'
  | 'documents'
  | 'contact'
  | 'location'
  | 'salary'
  | 'duration'
  | 'start'
  | 'deadline'
  | 'description'
  | 'other'
  | 'none';

export interface Entry {
  text: string;
  /** 1-based line in the file. */
  line: number;
  kind: 'heading' | 'item' | 'text' | 'label';
  section: SectionKind;
  /** For `Label: value` lines, the label. */
  label?: string;
  /** For a heading written with "#" marks (markdown, or an HTML heading rebuilt so): their number. */
  level?: number;
}

export interface RawRole {
  title: string | null;
  titleLine: number | null;
  /** Where the role starts. */
  line: number;
  entries: Entry[];
  /** The role's raw text (for links and full-text search). */
  raw: string;
  format: PostingFormat;
  /** Cut from a file that lists several roles: `title` is the role's own line, kept as it is. */
  split?: boolean;
  /** The format states the title outright (a front matter `title:`, an e-mail's Subject). */
  titleStated?: boolean;
  /** Facts a format states outright (front matter keys, email Date, note timestamp). */
  stated?: {
    posted?: DateFact;
    deadline?: DateFact;
    summary?: string;
    organisation?: string;
    /** A page's site name (og:site_name, its <title>'s last part): the organisation only where the text names none. */
    site?: string;
    location?: { text: string; line: number };
    /** A page's schema.org baseSalary and employmentType: used only where the text states none. */
    salary?: SalaryFact;
    workload?: WorkloadFact;
  };
}

export interface FormatParser {
  format: PostingFormat;
  /** Cheap test on the decoded text and file name. */
  detect(text: string, file: string): boolean;
  /** Throws ParseSkip for a file that must be skipped (e.g. broken front matter). */
  parse(text: string, file: string): RawRole[];
}

export class ParseSkip extends Error {}
