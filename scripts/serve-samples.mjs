#!/usr/bin/env node
// Serves the bundled sample pages (samples/<folder>/...) under real host names.
//
// The folder is chosen by the request's Host header through samples/hosts.json, e.g.
// {"www.umea.se": "umea"}: `GET /bygglov.html` with `Host: www.umea.se` (with or without a port)
// returns samples/umea/bygglov.html. Anything else is a 404. Listens on 127.0.0.1 only.
//
// Every request is recorded (see `requests`), so a test can assert that the extension made no
// requests of its own. Browsers ask for /favicon.ico by themselves: filter it out (`isFavicon`).
//
// API:  const server = await startSampleServer({ port: 0 });
//       server.urlFor('www.umea.se', '/bygglov.html')  // http://www.umea.se:PORT/bygglov.html
//       server.requests; server.clearRequests(); await server.close();
// CLI:  node scripts/serve-samples.mjs [port]     (default port 8787)
//
// No dependencies beyond Node's standard library.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_SAMPLES_DIR = path.resolve(here, '..', 'samples');
export const DEFAULT_CLI_PORT = 8787;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

/** Host header without port, lower case. Handles "[::1]:8080" too. */
export function hostWithoutPort(hostHeader) {
  const h = String(hostHeader ?? '')
    .trim()
    .toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.lastIndexOf(':');
  return colon >= 0 ? h.slice(0, colon) : h;
}

/** True for the requests browsers make on their own (not the page, not an extension). */
export function isFavicon(record) {
  return record.path === '/favicon.ico';
}

function loadHosts(samplesDir) {
  const raw = JSON.parse(readFileSync(path.join(samplesDir, 'hosts.json'), 'utf8'));
  const hosts = {};
  for (const [host, folder] of Object.entries(raw)) {
    if (host.startsWith('$') || typeof folder !== 'string') continue; // "$comment" keys
    hosts[host.toLowerCase()] = folder;
  }
  return hosts;
}

/** Resolves a URL path inside `root`, or returns null if it would leave it. */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  return full;
}

async function findFile(root, urlPath) {
  const full = resolveInside(root, urlPath);
  if (!full) return null;
  const candidates = urlPath.endsWith('/')
    ? [path.join(full, 'index.html')]
    : [full, path.join(full, 'index.html'), full + '.html'];
  for (const candidate of candidates) {
    try {
      const s = await stat(candidate);
      if (s.isFile()) return candidate;
    } catch {
      /* try the next one */
    }
  }
  return null;
}

function listingPage(hosts, port) {
  const items = Object.entries(hosts)
    .map(
      ([host, folder]) =>
        `<li><code>${host}</code> → <code>samples/${folder}/</code>: ` +
        `<a href="http://${host}:${port}/">http://${host}:${port}/</a></li>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lyssna sample server</title></head>
<body><h1>Lyssna sample server</h1>
<p>Pages are chosen by the Host header. Map these names to 127.0.0.1 (Chromium:
<code>--host-resolver-rules="MAP www.umea.se 127.0.0.1:${port}"</code>, then use the URL without port;
Firefox: preference <code>network.dns.localDomains</code>), or use
<code>curl -H 'Host: www.umea.se' http://127.0.0.1:${port}/bygglov.html</code>.</p>
<ul>${items}</ul></body></html>\n`;
}

/**
 * Starts the server.
 * @param {{ port?: number, samplesDir?: string, log?: boolean | ((line: string) => void) }} [options]
 *   port: 0 or omitted picks a free port. log: true prints one line per request to stderr.
 * @returns {Promise<{
 *   port: number,
 *   hosts: Record<string, string>,
 *   requests: Array<{ time: number, method: string, host: string, path: string, url: string, status: number, userAgent: string, referer: string }>,
 *   clearRequests(): void,
 *   urlFor(host: string, path?: string): string,
 *   close(): Promise<void>,
 * }>}
 */
export async function startSampleServer(options = {}) {
  const samplesDir = path.resolve(options.samplesDir ?? DEFAULT_SAMPLES_DIR);
  const hosts = loadHosts(samplesDir);
  const requests = [];
  const log =
    typeof options.log === 'function' ? options.log : options.log ? (line) => process.stderr.write(line + '\n') : null;
  let port = 0;

  const server = createServer(async (req, res) => {
    const host = hostWithoutPort(req.headers.host);
    const rawUrl = req.url ?? '/';
    const urlPath = rawUrl.split('?')[0].split('#')[0] || '/';
    const record = {
      time: Date.now(),
      method: req.method ?? 'GET',
      host,
      path: urlPath,
      url: rawUrl,
      status: 0,
      userAgent: String(req.headers['user-agent'] ?? ''),
      referer: String(req.headers.referer ?? ''),
    };
    requests.push(record);

    const send = (status, type, body) => {
      record.status = status;
      log?.(`${record.method} ${host}${rawUrl} -> ${status}`);
      res.writeHead(status, {
        'content-type': type,
        'content-length': Buffer.byteLength(body),
        'cache-control': 'no-store',
      });
      res.end(record.method === 'HEAD' ? undefined : body);
    };

    try {
      if (record.method !== 'GET' && record.method !== 'HEAD') {
        return send(405, 'text/plain; charset=utf-8', 'Method not allowed\n');
      }
      const folder = hosts[host];
      if (!folder) {
        if ((host === '127.0.0.1' || host === 'localhost') && urlPath === '/') {
          return send(200, 'text/html; charset=utf-8', listingPage(hosts, port));
        }
        return send(404, 'text/plain; charset=utf-8', `Unknown host ${host}\n`);
      }
      const root = path.join(samplesDir, folder);
      const file = await findFile(root, urlPath);
      if (!file) return send(404, 'text/plain; charset=utf-8', 'Not found\n');
      const body = await readFile(file);
      const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      return send(200, type, body);
    } catch (error) {
      return send(500, 'text/plain; charset=utf-8', `Server error: ${String(error)}\n`);
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;

  let closed = false;
  return {
    port,
    hosts,
    requests,
    clearRequests() {
      requests.length = 0;
    },
    /** URL that carries the port (what Firefox with network.dns.localDomains, or curl, needs). */
    urlFor(host, urlPath = '/') {
      const p = urlPath.startsWith('/') ? urlPath : '/' + urlPath;
      return `http://${host}:${port}${p}`;
    },
    close() {
      if (closed) return Promise.resolve();
      closed = true;
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      });
    },
  };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const arg = process.argv[2];
  const port = arg === undefined ? DEFAULT_CLI_PORT : Number(arg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Usage: node scripts/serve-samples.mjs [port]   (got "${arg}")`);
    process.exit(2);
  }
  const server = await startSampleServer({ port, log: true });
  console.log(`Serving samples on http://127.0.0.1:${server.port}/ (127.0.0.1 only)`);
  for (const [host, folder] of Object.entries(server.hosts)) {
    console.log(`  ${host.padEnd(24)} -> samples/${folder}/   ${server.urlFor(host, '/')}`);
  }
  console.log(
    `Chromium: --host-resolver-rules="${Object.keys(server.hosts)
      .map((h) => `MAP ${h} 127.0.0.1:${server.port}`)
      .join(',')}" and open http://www.umea.se/bygglov.html`,
  );
  console.log(`Firefox:  network.dns.localDomains=${Object.keys(server.hosts).join(',')}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
