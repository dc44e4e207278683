import {createServer, type Server} from 'node:http';
import {createReadStream, existsSync, readFileSync, statSync} from 'node:fs';
import {extname, join, normalize} from 'node:path';
import {gzipSync} from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Each file's gzip body, made once per file and modification time: a host serves pre-compressed files, and
 * compressing on every request would take this process's CPU (on the cores the measured browser runs on) in
 * the middle of the loads it serves.
 */
const gzipCache = new Map<string, {mtimeMs: number; body: Buffer}>();
function gzipped(file: string): Buffer {
  const {mtimeMs} = statSync(file);
  const cached = gzipCache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const body = gzipSync(readFileSync(file));
  gzipCache.set(file, {mtimeMs, body});
  return body;
}

/**
 * A static file server on loopback that compresses text like a real host (GitHub Pages gzips), so Lighthouse
 * measures both sites as they would be served. Directory paths serve their index.html; unknown paths the 404 page.
 */
export function serveStatic(root: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compressible = /text|json|xml|svg/.test(type) && /gzip/.test(String(request.headers['accept-encoding']));
    if (compressible) {
      response.writeHead(status, {'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-cache'});
      response.end(gzipped(file));
    } else {
      response.writeHead(status, {'content-type': type, 'cache-control': 'no-cache'});
      createReadStream(file).pipe(response);
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
