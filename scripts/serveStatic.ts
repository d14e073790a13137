import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * The strict policy the demo is served under, so every page proves it works without
 * `eval`, inline scripts or foreign origins. Inline style *attributes* are allowed because
 * React and focus-scrolling set them; style elements and scripts must come from 'self'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src blob:",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site (the demo's `dist/`) with the strict Content-Security-Policy.
 * Unknown paths without a file extension fall back to index.html (the portal routes itself).
 *
 * @example
 * const site = await serveStatic('dist', 0);
 * console.log(site.url); // http://127.0.0.1:43567
 * await site.close();
 */
export async function serveStatic(rootDir: string, port: number, host = '127.0.0.1'): Promise<StaticServer> {
  const root = resolve(rootDir);
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const candidate = normalize(join(root, pathname));
    if (!candidate.startsWith(root)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    const file = await existingFile(candidate) ?? await existingFile(join(candidate, 'index.html'))
      ?? (extname(pathname) === '' ? join(root, 'index.html') : undefined);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${pathname}`);
      return;
    }
    const body = await readFile(file);
    response.writeHead(200, {
      'Content-Type': MEDIA_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': 'no-store',
    });
    response.end(body);
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    url: `http://${host}:${actualPort}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

async function existingFile(path: string): Promise<string | undefined> {
  try {
    return (await stat(path)).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}
