/**
 * A tiny static file server for the built site, used by the browser tests (also as the clinic
 * host's second origin). It behaves like a static host: `/a/` serves `a/index.html`, unknown
 * paths get `404.html` with status 404, and nothing is cached (every response is `no-store`,
 * whatever `_headers` says). The root's `_headers` file is applied as Cloudflare Pages does:
 * every matching rule applies in file order, a header set by several is joined with ", ", and
 * `! Name` detaches a header an earlier rule set. Rules match the same decoded, normalised path
 * that picks the file, so `/embed/..%2fquiz/` gets the quiz's headers. (Stricter than
 * `wrangler pages dev`, which matches the raw path but serves the decoded one; see the README.)
 * tests/e2e/framing.spec.ts checks the same rules on Cloudflare's own runtime.
 *
 * With `--compress`, text is sent gzipped to clients that accept it, as Cloudflare Pages and
 * other hosts do (the Lighthouse gate uses it, so page weight is judged as visitors get it).
 *
 *   node tests/tools/serve.ts [--root dist] [--port 4329] [--compress]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, posix, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? (args[at + 1] as string) : fallback;
};
const root = resolve(option('root', 'dist'));
const port = Number(option('port', '4329'));
const compress = args.includes('--compress');
/** What a host compresses: text, not images or Pagefind's already-compressed index files. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.txt', '.svg']);

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/**
 * One `_headers` rule: a path pattern (`*` matches anything, `:name` one segment or the part of
 * one up to the next literal), the headers it detaches (`! Name`) and the headers it sets.
 * Names are lower-cased, as Cloudflare does.
 */
interface HeaderRule {
  pattern: RegExp;
  detach: string[];
  set: Array<[string, string]>;
}

function readHeaderRules(file: string): HeaderRule[] {
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const text = line.trim();
    if (!text || text.startsWith('#')) continue;
    if (/^([^\s]+:\/\/|\/)/.test(text)) {
      // A path, or an absolute URL (`https://host/path`), which never matches on this local server.
      const source = text
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:[A-Za-z]\w*/g, '[^/]+');
      rules.push({ pattern: text.startsWith('/') ? new RegExp(`^${source}$`) : /(?!)/, detach: [], set: [] });
    } else if (text.startsWith('! ')) {
      rules.at(-1)?.detach.push(text.slice(2).trim().toLowerCase());
    } else {
      const at = text.indexOf(':');
      rules.at(-1)?.set.push([text.slice(0, at).trim().toLowerCase(), text.slice(at + 1).trim()]);
    }
  }
  return rules;
}
const headerRules = readHeaderRules(join(root, '_headers'));

/** The headers for a path: each matching rule in order detaches, then sets (joining a header set twice). */
function headersFor(pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of headerRules.filter((r) => r.pattern.test(pathname))) {
    for (const name of rule.detach) delete out[name];
    for (const [name, value] of rule.set) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}

/** The file for a decoded, normalised URL path, or undefined. Paths never leave the root. */
function fileFor(pathname: string): string | undefined {
  const path = normalize(join(root, pathname));
  if (!path.startsWith(root)) return undefined;
  if (pathname === '/_headers') return undefined; // read by the host, never served
  const candidates = pathname.endsWith('/') ? [join(path, 'index.html')] : [path, join(path, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

createServer((request, response) => {
  const raw = new URL(request.url ?? '/', 'http://localhost').pathname;
  let pathname: string;
  try {
    // One path for choosing the file and matching the header rules, as a real host resolves it.
    pathname = posix.normalize(decodeURIComponent(raw));
  } catch {
    response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
    return;
  }
  const file = fileFor(pathname);
  // A directory without its trailing slash redirects, as static hosts do.
  if (file && !pathname.endsWith('/') && file.endsWith('index.html') && !pathname.endsWith('.html')) {
    response.writeHead(301, { Location: `${pathname}/` }).end();
    return;
  }
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  if (!existsSync(body)) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const gzip = compress && COMPRESSIBLE.has(extname(body)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  response.writeHead(status, {
    ...headersFor(pathname),
    'Content-Type': types[extname(body)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
  });
  if (gzip) createReadStream(body).pipe(createGzip()).pipe(response);
  else createReadStream(body).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
