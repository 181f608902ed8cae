/**
 * How the import reads bytes and reports what is wrong with them (issue 14). Bad input is the
 * user's to fix, not a bug: it is reported as ONE line that names the file and the problem
 * (the CLI prints it without a stack trace). Upstream text is never echoed beyond a short,
 * quoted snippet: a truncated 7 MB bundle must not end up on the terminal.
 */
import { gunzipSync } from 'node:zlib';
import type { z } from 'zod';

/** Longest message we print: a final guard so that no message can carry a file's content. */
const MAX_MESSAGE = 600;

/** A failure the import expects and explains (bad input, a refused path): one line, no stack. */
export class ImportError extends Error {
  constructor(message: string) {
    // One line whatever the parts held; clipped, so a careless caller cannot echo a file.
    const line = message.replace(/\s*[\r\n]+\s*/g, ' ');
    super(line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE)}…` : line);
    this.name = 'ImportError';
  }
}

/** What is wrong with one input file. */
export class InputError extends ImportError {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
  }
}

/** Upstream text clipped to a length that is safe to put in a message. */
export const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** A short, quoted excerpt of upstream text: JSON escapes keep it on one line, quotes show its ends. */
export const snippet = (text: string, max = 40) => JSON.stringify(clip(text, max));

const isGzip = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Gunzips when the bytes start with the gzip magic number (whatever the file is called). */
export function gunzipIfGzip(bytes: Buffer, file: string): Buffer {
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // zlib says "unexpected end of file" (Z_BUF_ERROR) for a cut-off stream and names the
    // defect (Z_DATA_ERROR: "invalid block type", "incorrect data check") for damaged bytes.
    throw new InputError(file, `${err.code === 'Z_BUF_ERROR' ? 'truncated' : 'corrupt'} gzip (${err.message})`);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes → text; invalid UTF-8 is refused rather than silently turned into U+FFFD. */
export function utf8(bytes: Buffer, file: string): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new InputError(file, 'not UTF-8 text');
  }
}

/** JSON.parse that names the file and the position, and quotes only a few characters there. */
export function parseJson(text: string, file: string): unknown {
  if (!text.trim()) throw new InputError(file, 'empty file, expected JSON');
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    // V8 says "… in JSON at position N" for most errors and nothing for a cut-off text.
    const at = /\s+in JSON at position (\d+)/.exec(message);
    const position = at ? Number(at[1]) : /^Unexpected end of JSON input/.test(message) ? text.length : undefined;
    const what = at ? message.slice(0, at.index) : message;
    if (position === undefined) throw new InputError(file, `invalid JSON: ${what}`);
    // A few characters where it broke, so the place can be found; at the end, the file was likely cut off.
    if (position >= text.length) throw new InputError(file, `invalid JSON at position ${position}, the end of the text (truncated?): ${what}; the text ends with ${snippet(text.slice(-30))}`);
    throw new InputError(file, `invalid JSON at position ${position}: ${what}; the text there: ${snippet(text.slice(position, position + 30))}`);
  }
}

/** `objects.12.kill_chain_phases.0.phase_name` → `objects[12].kill_chain_phases[0].phase_name`; odd keys quoted. */
export const fieldPath = (path: readonly PropertyKey[]) =>
  path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_][\w-]*$/.test(String(k)) ? `${i ? '.' : ''}${String(k)}` : `[${snippet(String(k))}]`))
    .join('') || '(document)';

/** The first zod issue as one line (and how many more there are). */
export function describeIssues(error: z.ZodError, label: (path: readonly PropertyKey[]) => string = fieldPath): string {
  const [first, ...rest] = error.issues;
  if (!first) return 'invalid';
  // A bad record key is reported as "Invalid key in record"; what is wrong with it is one level down.
  const message = first.code === 'invalid_key' ? (first.issues[0]?.message ?? first.message) : first.message;
  return `${label(first.path)}: ${message}${rest.length ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : ''}`;
}
