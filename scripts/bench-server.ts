/**
 * What the browser benchmarks share (bench-search.ts, bench-coverage.ts): the exported site served
 * by scripts/serve.ts on a port (reusing a server already there), and percentiles.
 */
import { spawn, type ChildProcess } from 'node:child_process';

async function up(base: string): Promise<boolean> {
  try {
    return (await fetch(base)).ok;
  } catch {
    return false;
  }
}

/** Starts scripts/serve.ts on `port` unless `base` already answers; null when it was running. */
export async function startServer(base: string, port: number): Promise<ChildProcess | null> {
  if (await up(base)) return null;
  // One process (node with tsx's loader), so kill() really stops the server.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (await up(base)) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`server did not start on ${base}`);
}

/** The p-th percentile (nearest rank) of xs; NaN for none. */
export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};
