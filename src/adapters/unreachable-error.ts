// A chat platform that cannot be used at start: one line naming the variable to check and what
// was tried, never a secret (URLs are shown without their user and password).
export class PlatformUnreachable extends Error {
  override name = 'PlatformUnreachable';
}

/** `url` without user, password, query or fragment (nor a trailing slash): safe to print. */
export function printableUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`.replace(/\/+$/, '');
  } catch {
    return '(not a URL)';
  }
}

const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s'"<>]+/gi;

/** The low-level reason of a failed request: ECONNREFUSED, ENOTFOUND, a timeout... */
export function networkReason(err: unknown): string {
  let e: unknown = err;
  for (let i = 0; i < 4 && e; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$|^UND_ERR/.test(code)) return code;
    e = (e as { cause?: unknown }).cause ?? (e as { original?: unknown }).original;
  }
  // A library's message may quote the URL it was given, credentials and all.
  const message = (err instanceof Error ? err.message : String(err)).replace(URL_IN_TEXT, (u) => printableUrl(u));
  return message.split('\n')[0]?.slice(0, 160) ?? 'error';
}
