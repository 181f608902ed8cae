/**
 * Reads a (gzipped) tar archive into memory with node-tar: regular files only, as UTF-8 text,
 * keyed by their path inside the archive. Paths are normalised (no leading "./") and returned
 * sorted, so everything built on them is deterministic whatever order the archive has.
 *
 * A damaged archive is refused with one line naming the file (issue 14): we gunzip it ourselves
 * (zlib's own error, not node-tar's wrapped one), and require the end-of-archive marker, since
 * an archive cut exactly between two entries parses cleanly and would silently lose the rest.
 */
import { Parser, type ReadEntry } from 'tar';
import { gunzipIfGzip, InputError, snippet } from './input';

export type ArchiveFiles = Map<string, string>;

/** POSIX: an archive ends with two 512-byte blocks of zeros (writers may pad further with zeros). */
const hasEndMarker = (tar: Buffer) => tar.length >= 1024 && tar.subarray(tar.length - 1024).every((b) => b === 0);

/** node-tar's error → what is wrong with the archive, in a few words. `last` is the last entry read. */
function tarProblem(e: Error & { entry?: ReadEntry }, last: string | undefined): string {
  const message = e.message.replace(/^TAR_[A-Z_]+: /, '');
  const cut = /^Truncated input \(needed (\d+) more bytes, only (\d+) available\)/.exec(message);
  // node-tar counts what the entry still needed (block-padded) and what was left in its buffer.
  if (cut) return `truncated tar (entry ${snippet(e.entry?.path ?? '?', 120)} is cut off, ${Number(cut[1]) - Number(cut[2])} bytes short)`;
  // No entry read yet: the first header is bad, so this is most likely not a tar at all.
  if (!last || /^Unrecognized archive format/.test(message)) return `not a tar archive (${message})`;
  return `corrupt tar (${message}, after the entry ${snippet(last, 120)})`;
}

export async function readTarArchive(bytes: Buffer, accept: (path: string) => boolean = () => true, file = 'tar archive'): Promise<ArchiveFiles> {
  const tar = gunzipIfGzip(bytes, file);
  const found = new Map<string, string>();
  const pending: Promise<void>[] = [];
  let last: string | undefined;
  await new Promise<void>((resolve, reject) => {
    const parser = new Parser({
      strict: true,
      onReadEntry(entry: ReadEntry) {
        const name = entry.path.replace(/^\.\//, '');
        last = name;
        if (entry.type !== 'File' || !accept(name)) {
          entry.resume();
          return;
        }
        const chunks: Buffer[] = [];
        entry.on('data', (c: Buffer) => chunks.push(c));
        pending.push(
          new Promise<void>((done) =>
            entry.on('end', () => {
              found.set(name, Buffer.concat(chunks).toString('utf8'));
              done();
            }),
          ),
        );
      },
    });
    parser.on('error', (e: Error) => reject(new InputError(file, tarProblem(e, last))));
    parser.on('end', () => resolve());
    parser.end(tar);
  });
  await Promise.all(pending);
  if (!hasEndMarker(tar)) throw new InputError(file, `truncated tar (no end-of-archive marker${last ? ` after the entry ${snippet(last, 120)}` : ''})`);
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
