/** A PDF or Word file that cannot be read; the message is the reason a reader is shown. */
export class UnreadableDocument extends Error {
  override name = 'UnreadableDocument';
}
