// A text entry of a parsed role, for the fact readers' tests.
import type { Entry } from '../../src/corpus/role.ts';

export const entry = (text: string, extra: Partial<Entry> = {}): Entry => ({
  text,
  line: 1,
  kind: 'text',
  section: 'none',
  ...extra,
});
