// Typed access to scripts/serve-samples.mjs (a plain Node script, so that `npm start` needs no build).

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface RequestRecord {
  time: number;
  method: string;
  /** Host header without port, lower case. */
  host: string;
  /** Path without query string. */
  path: string;
  /** Path with query string, as requested. */
  url: string;
  status: number;
  userAgent: string;
  referer: string;
}

export interface SampleServer {
  port: number;
  /** Host name -> folder under samples/ (from samples/hosts.json). */
  hosts: Record<string, string>;
  /** Every request received, in order (live array). */
  requests: RequestRecord[];
  clearRequests(): void;
  /** URL carrying the port: http://host:PORT/path. In a browser, use LaunchedBrowser.baseUrl. */
  urlFor(host: string, path?: string): string;
  close(): Promise<void>;
}

export interface SampleServerOptions {
  /** 0 or omitted: a free port. */
  port?: number;
  samplesDir?: string;
  /** true: one line per request on stderr. */
  log?: boolean | ((line: string) => void);
}

export const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SAMPLES_DIR = path.join(REPO_DIR, 'samples');

interface ServeSamplesModule {
  startSampleServer(options?: SampleServerOptions): Promise<SampleServer>;
}

export async function startSampleServer(options: SampleServerOptions = {}): Promise<SampleServer> {
  const url = pathToFileURL(path.join(REPO_DIR, 'scripts', 'serve-samples.mjs')).href;
  const mod = (await import(/* @vite-ignore */ url)) as ServeSamplesModule;
  return mod.startSampleServer(options);
}

/** Requests other than those a browser makes by itself (/favicon.ico). */
export function pageRequests(server: SampleServer): RequestRecord[] {
  return server.requests.filter((r) => r.path !== '/favicon.ico');
}
