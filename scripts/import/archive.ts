/**
 * Reads a (gzipped) tar archive into memory with node-tar: regular files only, as UTF-8 text,
 * keyed by their path inside the archive. Paths are normalised (no leading "./") and returned
 * sorted, so everything built on them is deterministic whatever order the archive has.
 */
import { Parser, type ReadEntry } from 'tar';

export type ArchiveFiles = Map<string, string>;

export async function readTarArchive(bytes: Buffer, accept: (path: string) => boolean = () => true): Promise<ArchiveFiles> {
  const found = new Map<string, string>();
  const pending: Promise<void>[] = [];
  await new Promise<void>((resolve, reject) => {
    const parser = new Parser({
      strict: true,
      onReadEntry(entry: ReadEntry) {
        const name = entry.path.replace(/^\.\//, '');
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
    parser.on('error', reject);
    parser.on('end', () => resolve());
    parser.end(bytes);
  });
  await Promise.all(pending);
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
