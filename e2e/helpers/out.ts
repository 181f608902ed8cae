/** The built site, for specs that read its files (page weights, integrity) rather than load pages. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const OUT = path.join(process.cwd(), 'out');

/** Every `index.html` below `dir` (a page of the static export), depth first. */
export function htmlPages(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) htmlPages(p, out);
    else if (name === 'index.html') out.push(p);
  }
  return out;
}
