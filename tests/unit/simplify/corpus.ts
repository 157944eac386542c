/**
 * The pages the simplifier is measured and property-tested on, found at run time: every sample page
 * (samples/**\/*.html) but the generated hostile ones, and every page of the municipal corpus
 * (tests/fixtures/municipal/**\/*.html, which grows). Each is read by the extension's own pipeline in
 * happy-dom. A page's address comes from the JSON beside it ("url"), from samples/hosts.json for sample
 * pages, or is made up from the name.
 */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWindow } from '../../../cli/happy-dom';
import type { Article } from '../../../src/core/model';
import { readPage } from '../../../src/core/pipeline';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SAMPLES = join(ROOT, 'samples');
export const MUNICIPAL = join(ROOT, 'tests/fixtures/municipal');

export interface CorpusPage {
  file: string;
  url: string;
  article: Article | null;
}

/** samples/hostile/ tests safety only (see its README): its pages are nobody's text to measure. */
const NOT_TEXTS = join(SAMPLES, 'hostile');

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (path === NOT_TEXTS) continue;
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

function sampleHosts(): Map<string, string> {
  const hosts = new Map<string, string>();
  const file = join(SAMPLES, 'hosts.json');
  if (!existsSync(file)) return hosts;
  for (const [host, folder] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) {
    if (!host.startsWith('$') && !hosts.has(folder)) hosts.set(folder, host);
  }
  return hosts;
}

function urlFor(file: string, hosts: Map<string, string>): string {
  const json = file.replace(/\.html$/, '.json');
  if (existsSync(json)) {
    try {
      const meta = JSON.parse(readFileSync(json, 'utf8')) as { url?: unknown };
      if (typeof meta.url === 'string' && /^https?:\/\//.test(meta.url)) return meta.url;
    } catch {
      // not our JSON: fall through
    }
  }
  const host = hosts.get(basename(dirname(file)));
  if (host) return `https://${host}/${basename(file)}`;
  return `https://corpus.invalid/${encodeURI(relative(ROOT, file))}`;
}

export function articleOf(html: string, url: string): Article | null {
  const window = createWindow(url);
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return readPage(doc, url, { window: window as unknown as Window }).article;
  } finally {
    void window.happyDOM.close();
  }
}

/** Every corpus page with its article (null when the pipeline finds none). */
export function loadCorpus(which: 'samples' | 'municipal' | 'all' = 'all'): CorpusPage[] {
  const hosts = sampleHosts();
  const files = [
    ...(which !== 'municipal' ? htmlFiles(SAMPLES) : []),
    ...(which !== 'samples' ? htmlFiles(MUNICIPAL) : []),
  ];
  return files.map((file) => {
    const url = urlFor(file, hosts);
    return { file: relative(ROOT, file), url, article: articleOf(readFileSync(file, 'utf8'), url) };
  });
}
