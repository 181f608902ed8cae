// Tiny dependency-free static server for the exported site in out/.
// Why not `npx serve`: no extra dependency, exact control over base path,
// trailing-slash handling, caching and gzip (so e2e tests and page-weight
// checks see what a real static host would serve).
//
//   PORT=3000 KB_BASE_PATH=/kb tsx scripts/serve.ts
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const OUT = resolve(fileURLToPath(new URL("../out", import.meta.url)));
const HOST = "127.0.0.1";
const PORT = Number(process.env.PORT ?? 3000);
// Normalise "kb", "/kb/" -> "/kb"; "" or "/" -> "".
const BASE = (process.env.KB_BASE_PATH ?? "").replace(/^\/*/, "/").replace(/\/+$/, "");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  // Plain-text files (robots.txt).
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".woff2": "font/woff2",
  ".csv": "text/csv; charset=utf-8",
  // Sigma rules: shown as text in the browser, never executed.
  ".yml": "text/plain; charset=utf-8",
  ".gz": "application/gzip",
  ".webmanifest": "application/manifest+json",
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

// Compressed bodies are cached per file+mtime: tests hit the same chunks repeatedly.
const gzCache = new Map<string, { mtimeMs: number; body: Buffer }>();

async function fileInfo(path: string) {
  try {
    const s = await stat(path);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
}

async function isDir(path: string) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function acceptsGzip(req: IncomingMessage): boolean {
  const header = String(req.headers["accept-encoding"] ?? "");
  return header.split(",").some((part) => {
    const [name, ...params] = part.trim().split(";");
    if (name?.trim().toLowerCase() !== "gzip" && name?.trim() !== "*") return false;
    const q = params.find((p) => p.trim().startsWith("q="));
    return q === undefined || Number(q.trim().slice(2)) > 0;
  });
}

async function send(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  status: number,
  urlPath: string,
): Promise<void> {
  const info = await fileInfo(path);
  if (!info) return notFound(req, res);
  const type = TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
  let body: Buffer = await readFile(path);
  const headers: Record<string, string> = {
    "Content-Type": type,
    "X-Content-Type-Options": "nosniff",
    // Hashed build assets never change; everything else must be revalidated.
    // Hashed assets and the content-versioned search index never change at a given URL.
    "Cache-Control": urlPath.startsWith("/_next/static/") || urlPath.startsWith("/search-index/")
      ? "public, max-age=31536000, immutable"
      : "no-cache",
  };
  if (COMPRESSIBLE.test(type)) {
    headers["Vary"] = "Accept-Encoding";
    if (acceptsGzip(req) && body.length > 256) {
      const cached = gzCache.get(path);
      if (cached?.mtimeMs === info.mtimeMs) {
        body = cached.body;
      } else {
        const gz = gzipSync(body);
        gzCache.set(path, { mtimeMs: info.mtimeMs, body: gz });
        body = gz;
      }
      headers["Content-Encoding"] = "gzip";
    }
  }
  headers["Content-Length"] = String(body.length);
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

async function notFound(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const page = join(OUT, "404.html");
  if (await fileInfo(page)) return send(req, res, page, 404, "/404.html");
  res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
  res.end(req.method === "HEAD" ? undefined : "404 Not Found\n");
}

function redirect(res: ServerResponse, location: string): void {
  // Only ever to a path on this site: one leading slash, never "//" or "/\\" (another host).
  if (!/^\/(?![/\\])/.test(location)) throw new Error(`serve: refusing to redirect off the site: ${location}`);
  res.writeHead(308, { Location: location, "Cache-Control": "no-cache" });
  res.end();
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" });
    return void res.end();
  }
  const raw = req.url ?? "/";
  const qIndex = raw.indexOf("?");
  const pathname = qIndex === -1 ? raw : raw.slice(0, qIndex);
  const query = qIndex === -1 ? "" : raw.slice(qIndex);

  // Serve only under the base path, like the real host would.
  let urlPath = pathname;
  if (BASE) {
    if (pathname === "/" || pathname === BASE) return redirect(res, `${BASE}/${query}`);
    if (!pathname.startsWith(`${BASE}/`)) return notFound(req, res);
    urlPath = pathname.slice(BASE.length);
  }

  // Decode each segment separately so an encoded "/" (%2F) cannot create a
  // new path level, and reject anything that could escape out/.
  const segments: string[] = [];
  for (const seg of urlPath.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(seg);
    } catch {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
      return void res.end("400 Bad Request\n");
    }
    if (decoded === "" || decoded === ".") continue;
    if (decoded === ".." || /[/\\\0]/.test(decoded)) return notFound(req, res);
    segments.push(decoded);
  }
  const target = join(OUT, ...segments);
  if (target !== OUT && !target.startsWith(OUT + sep)) return notFound(req, res);

  if (urlPath.endsWith("/")) return send(req, res, join(target, "index.html"), 200, urlPath);
  if (await fileInfo(target)) return send(req, res, target, 200, urlPath);
  if (await fileInfo(`${target}.html`)) return send(req, res, `${target}.html`, 200, urlPath);
  if ((await isDir(target)) && (await fileInfo(join(target, "index.html")))) {
    // Built from the cleaned segments, never from the raw path: "//techniques" must not become
    // "//techniques/", which a browser reads as the host "techniques".
    return redirect(res, `${BASE}/${segments.map(encodeURIComponent).join("/")}/${query}`);
  }
  return notFound(req, res);
}

const server = createServer((req, res) => {
  handle(req, res).catch((err: unknown) => {
    console.error(err);
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("500 Internal Server Error\n");
  });
});

server.on("error", (err) => {
  console.error(`serve: ${err.message}`);
  process.exit(1);
});

server.listen(PORT, HOST, () => {
  console.log(`Serving ${OUT} at http://${HOST}:${PORT}${BASE}/`);
});
