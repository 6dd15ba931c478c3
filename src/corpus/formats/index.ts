// The format registry: detection runs in this order and the first match parses the file.
// A new format is one module here plus one line in this list.
import type { FormatParser } from '../role.ts';
import { emailParser } from './email.ts';
import { frontMatterParser } from './front-matter.ts';
import { htmlParser } from './html.ts';
import { markdownParser, plainTextParser } from './markdown.ts';
import { noteParser } from './note.ts';
import { twikiTableParser } from './twiki-table.ts';

export const formatParsers: readonly FormatParser[] = [
  frontMatterParser,
  emailParser,
  twikiTableParser,
  htmlParser,
  noteParser,
  markdownParser,
  plainTextParser,
];
