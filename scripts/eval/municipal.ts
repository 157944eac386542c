/**
 * The municipal corpus: tests/fixtures/municipal/<name>.html, each with <name>.json (what the page is
 * and what must come out of it) and, for article pages, <name>.txt (the expected text: what a reader
 * should hear, one block a line). See tests/fixtures/municipal/README.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, OrganisationKind } from '../../src/core/model';
import { score, type Scores } from './metrics';
import { runPage } from './run-page';

export interface FixtureSpec {
  url: string;
  cms: string;
  /** news | service | event | decision | start | list | search | other */
  type: string;
  /** Written after the rules were done and never used to tune them. */
  heldOut?: boolean;
  publicSector: boolean;
  organisation: { name: string; kind: OrganisationKind; code: string | null } | null;
  article: boolean;
  title?: string;
  published?: string | null;
  updated?: string | null;
  mustContain?: string[];
  mustNotContain?: string[];
  /** Text that must be in Article.contact (kept apart, not read). */
  contact?: string[];
  easyToReadUrl?: string | null;
  languageLinks?: Array<{ lang: string; url: string }>;
}

export interface Fixture {
  name: string;
  /** "development" (tests/fixtures/municipal/*.html) or the held-out folder the page is in. */
  group: string;
  html: string;
  spec: FixtureSpec;
  expected: string | null;
}

export interface MunicipalResult {
  name: string;
  group: string;
  type: string;
  heldOut: boolean;
  ours: Scores | null;
  plain: Scores | null;
  problems: string[];
  boilerplate: string[];
  checks: number;
  ms: number;
}

export function municipalFixtures(dir: string): Fixture[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort((a, b) => Number(a.includes('/')) - Number(b.includes('/')) || a.localeCompare(b));
  return files.map((file) => {
    const name = file.replace(/\.html$/, '');
    const spec = JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as FixtureSpec;
    const txt = path.join(dir, `${name}.txt`);
    return {
      name: name.replace(/^.*\//, ''),
      group: name.includes('/') ? name.split('/')[0]! : 'development',
      html: readFileSync(path.join(dir, file), 'utf8'),
      spec,
      expected: existsSync(txt) ? readFileSync(txt, 'utf8') : null,
    };
  });
}

interface BoilerplateString {
  text: string;
  kind: string;
  handling: string;
}

/** Boilerplate labels, copied into the repository (see tests/fixtures/data/README.md). */
const BOILERPLATE_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../tests/fixtures/data/boilerplate-strings-sv.json',
);
let boilerplate: BoilerplateString[] | null = null;

const norm = (s: string) =>
  s
    .toLocaleLowerCase('sv')
    .replace(/\s+/g, ' ')
    .replace(/[\s:.»›>/|–-]+$/u, '')
    .trim();

/**
 * Blocks that are a boilerplate string of the list: the string itself, or a short line that
 * starts with it ("Dela på Facebook", "Publicerad 9 februari 2023"). Teaser links count only as
 * themselves ("Läs mer"), since "Läs mer om bygglov" can be article text.
 */
export function boilerplateLeft(blocks: readonly string[]): string[] {
  boilerplate ??= JSON.parse(readFileSync(BOILERPLATE_FILE, 'utf8')) as BoilerplateString[];
  const left: string[] = [];
  for (const block of blocks) {
    const b = norm(block);
    for (const entry of boilerplate) {
      const s = norm(entry.text);
      const exactOnly = /teaser/.test(entry.kind);
      const hit =
        b === s ||
        (!exactOnly && b.startsWith(s) && !/[\p{L}\p{N}]/u.test(b.charAt(s.length)) && b.length <= s.length + 40);
      if (hit) {
        left.push(`"${block}" (${entry.kind})`);
        break;
      }
    }
  }
  return left;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

export async function evalMunicipalPage(fx: Fixture): Promise<MunicipalResult> {
  const { spec } = fx;
  const run = await runPage(fx.html, spec.url);
  const { detection, article } = run;
  const problems: string[] = [];
  let checks = 0;
  const check = (ok: boolean, message: string) => {
    checks++;
    if (!ok) problems.push(message);
  };

  check(
    detection.publicSector === spec.publicSector,
    `publicSector ${detection.publicSector}, expected ${spec.publicSector}`,
  );
  const org = detection.organisation;
  if (spec.organisation === null) check(org === null, `organisation ${JSON.stringify(org)}, expected none`);
  else
    check(
      !!org &&
        org.name === spec.organisation.name &&
        org.kind === spec.organisation.kind &&
        org.code === spec.organisation.code,
      `organisation ${JSON.stringify(org)}, expected ${JSON.stringify(spec.organisation)}`,
    );
  check(
    detection.articlePage === spec.article,
    `articlePage ${detection.articlePage}, expected ${spec.article} (${detection.signals.at(-1)})`,
  );

  let ours: Scores | null = null;
  let plain: Scores | null = null;
  let left: string[] = [];
  if (spec.article) {
    check(article !== null, 'no article extracted');
    const text = collapse(run.ours);
    if (spec.title !== undefined)
      check(article?.title === spec.title, `title "${article?.title}", expected "${spec.title}"`);
    if (spec.published !== undefined)
      check(
        (article?.published ?? null) === spec.published,
        `published ${article?.published}, expected ${spec.published}`,
      );
    if (spec.updated !== undefined)
      check((article?.updated ?? null) === spec.updated, `updated ${article?.updated}, expected ${spec.updated}`);
    for (const s of spec.mustContain ?? []) check(text.includes(collapse(s)), `missing "${s}"`);
    for (const s of spec.mustNotContain ?? []) check(!text.includes(collapse(s)), `reads "${s}"`);
    const extra = article as (Article & Record<string, unknown>) | null;
    if (spec.contact) {
      const contact = collapse(((extra?.contact as string[] | undefined) ?? []).join(' '));
      for (const s of spec.contact) check(contact.includes(collapse(s)), `contact lacks "${s}"`);
      // Only the contact box: nothing else the page must not read (related links, feedback, ...).
      for (const s of spec.mustNotContain ?? [])
        if (!spec.contact.some((c) => c.includes(s) || s.includes(c)))
          check(!contact.includes(collapse(s)), `contact holds "${s}"`);
    }
    if (spec.easyToReadUrl !== undefined)
      check(
        (extra?.easyToReadUrl ?? null) === spec.easyToReadUrl,
        `easyToReadUrl ${String(extra?.easyToReadUrl)}, expected ${spec.easyToReadUrl}`,
      );
    if (spec.languageLinks) {
      const got = JSON.stringify((extra?.languageLinks as unknown[] | undefined) ?? []);
      check(
        got === JSON.stringify(spec.languageLinks),
        `languageLinks ${got}, expected ${JSON.stringify(spec.languageLinks)}`,
      );
    }
    left = boilerplateLeft(article?.blocks.map((b) => b.text) ?? []);
    checks++;
    if (left.length) problems.push(`boilerplate left: ${left.join('; ')}`);
    if (fx.expected !== null) {
      ours = score(run.ours, fx.expected);
      plain = score(run.plain, fx.expected);
    } else problems.push('article page without expected text (.txt)');
  }
  return {
    name: fx.name,
    group: fx.group,
    type: spec.type,
    heldOut: !!spec.heldOut,
    ours,
    plain,
    problems,
    boilerplate: left,
    checks,
    ms: run.ms,
  };
}
