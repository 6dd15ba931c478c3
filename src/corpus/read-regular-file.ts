// Reads a corpus file only if it is a regular file inside the folder: a symbolic link (to a
// secret, to /proc/self/environ...) is refused without being followed (O_NOFOLLOW, and fstat of
// the very file opened, so a link swapped in between cannot slip through), and at most
// `maxBytes` are read whatever the file claims its size is (/proc files say 0).
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

export type RegularRead = { bytes: Buffer } | { refused: string };

// Windows has no O_NOFOLLOW; there the lstat-free open still gets the fstat check.
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

function refusalOf(err: unknown): RegularRead | null {
  const code = (err as NodeJS.ErrnoException).code;
  // ELOOP: the last part of the path is a symbolic link (O_NOFOLLOW).
  if (code === 'ELOOP' || code === 'EMLINK')
    return { refused: 'a symbolic link (only regular files in the folder are read)' };
  return null;
}

const mib = (bytes: number) => bytes / (1024 * 1024);

function checkStat(st: { isFile(): boolean; size: number }, maxBytes: number): RegularRead | null {
  if (!st.isFile()) return { refused: 'not a regular file' };
  if (st.size > maxBytes) return { refused: `over ${mib(maxBytes)} MiB (${st.size} bytes)` };
  return null;
}

/** Room for the size the file states and one byte more (to see it grew); /proc files state 0. */
const firstSize = (stated: number, maxBytes: number) => Math.min(maxBytes + 1, Math.max(stated + 1, 4096));

function grow(buf: Buffer, maxBytes: number): Buffer {
  const next = Buffer.allocUnsafe(Math.min(maxBytes + 1, buf.length * 2));
  buf.copy(next);
  return next;
}

const tooLong = (maxBytes: number): RegularRead => ({
  refused: `over ${mib(maxBytes)} MiB (more than ${maxBytes} bytes)`,
});

/** Throws only for errors other than a refusal (ENOENT, EACCES...), as readFile would. */
export async function readRegularFile(path: string, maxBytes: number): Promise<RegularRead> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, constants.O_RDONLY | NOFOLLOW);
  } catch (err) {
    const refused = refusalOf(err);
    if (refused) return refused;
    throw err;
  }
  try {
    const st = await handle.stat();
    const bad = checkStat(st, maxBytes);
    if (bad) return bad;
    let buf: Buffer = Buffer.allocUnsafe(firstSize(st.size, maxBytes));
    let size = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, size, buf.length - size, size);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size === buf.length) {
        if (buf.length > maxBytes) return tooLong(maxBytes);
        buf = grow(buf, maxBytes);
      }
    }
    return { bytes: buf.subarray(0, size) };
  } finally {
    await handle.close();
  }
}

/** The same with blocking calls, for a worker thread. */
export function readRegularFileSync(path: string, maxBytes: number): RegularRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NOFOLLOW);
  } catch (err) {
    const refused = refusalOf(err);
    if (refused) return refused;
    throw err;
  }
  try {
    const st = fstatSync(fd);
    const bad = checkStat(st, maxBytes);
    if (bad) return bad;
    let buf: Buffer = Buffer.allocUnsafe(firstSize(st.size, maxBytes));
    let size = 0;
    for (;;) {
      const n = readSync(fd, buf, size, buf.length - size, size);
      if (n === 0) break;
      size += n;
      if (size === buf.length) {
        if (buf.length > maxBytes) return tooLong(maxBytes);
        buf = grow(buf, maxBytes);
      }
    }
    return { bytes: buf.subarray(0, size) };
  } finally {
    closeSync(fd);
  }
}
