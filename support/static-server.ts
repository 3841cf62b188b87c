import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml',
  '.xhtml': 'application/xhtml+xml',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `roots` (first match wins) on 127.0.0.1, for tests and `npm start`; `extra` answers generated pages by path. */
export async function serveStatic(roots: string[], extra: Record<string, () => string> = {}, port = 0): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    // /nojs/<page> serves <page> with the page's own JavaScript off (extension scripts still run).
    const headers: Record<string, string> = {};
    if (path.startsWith('/nojs/')) {
      path = path.slice('/nojs'.length);
      headers['content-security-policy'] = "script-src 'none'";
    }
    const generated = extra[path];
    if (generated) {
      response.writeHead(200, { ...headers, 'content-type': TYPES['.html']! }).end(generated());
      return;
    }
    for (const root of roots) {
      const file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
      if (!file.startsWith(root)) break;
      try {
        const body = await readFile(file);
        response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
        return;
      } catch {
        // try the next root
      }
    }
    response.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${boundPort}`,
    // Browsers keep connections alive; end them, or close() would wait for the browser to quit.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
