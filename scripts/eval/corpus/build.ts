/**
 * Writes the municipal corpus to tests/fixtures/municipal/: <name>.html, <name>.json and, for article
 * pages, <name>.txt (the expected text). Run: `npx tsx scripts/eval/corpus/build.ts`.
 * The expected text is the text of what we wrote as the article (title, lead, body fragments that are
 * read), not anything our extractor produced.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWindow } from '../../../cli/happy-dom';
import { visibleText } from '../metrics';
import type { FixtureSpec } from '../municipal';
import { readFrags } from './html';
import { PAGES } from './pages';
import { render } from './templates';
import type { PageInput } from './site';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const OUT = path.join(ROOT, 'tests/fixtures/municipal');

const ARTICLE_TYPES = new Set(['news', 'service', 'event', 'decision', 'other']);

function textOf(html: string): string {
  const window = createWindow('https://example.invalid/');
  try {
    const doc = new window.DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
    return visibleText(doc.body as unknown as Node);
  } finally {
    void window.happyDOM.close();
  }
}

const firstSentence = (text: string) => (/^.+?[.!?](?=\s|$)/.exec(text)?.[0] ?? text).slice(0, 120);

function build(input: PageInput) {
  const rendered = render(input);
  const isArticle = ARTICLE_TYPES.has(input.type) && !input.main;
  const site = input.site;
  const expectedOrg =
    input.expect?.organisation !== undefined
      ? input.expect.organisation
      : site.org
        ? { name: site.orgName, kind: site.org.kind, code: site.org.code }
        : null;
  const spec: FixtureSpec = {
    url: `https://${site.host}${input.path}`,
    cms: site.cms,
    type: input.type,
    ...(input.heldOut ? { heldOut: true } : {}),
    publicSector: input.expect?.publicSector ?? expectedOrg !== null,
    organisation: expectedOrg,
    article: isArticle,
  };
  let expected: string | null = null;
  if (isArticle) {
    const read = textOf(`<h1>${input.title}</h1>${input.lead ? `<p>${input.lead}</p>` : ''}${readFrags(input.body)}`);
    expected = read;
    const lines = read.split('\n').filter((l) => l.trim());
    const must = [
      firstSentence(lines[1] ?? ''),
      ...lines
        .filter((l) => l.length > 20)
        .slice(-1)
        .map(firstSentence),
    ];
    const heading = /<h2[^>]*>([^<]+)<\/h2>/.exec(readFrags(input.body))?.[1];
    if (heading) must.push(heading);
    spec.title = input.title;
    spec.published = input.noDates ? null : input.published;
    spec.updated = input.noDates ? null : input.updated;
    spec.mustContain = [...new Set([...must.filter(Boolean), ...(input.mustContain ?? [])])];
    spec.mustNotContain = [...new Set([...rendered.notRead, ...(input.mustNotContain ?? [])])];
    if (rendered.contact.length) spec.contact = rendered.contact;
    spec.easyToReadUrl = site.easyToRead ? new URL(site.easyToRead, spec.url).href : null;
    spec.languageLinks = (site.languages ?? []).map((l) => ({ lang: l.lang, url: new URL(l.href, spec.url).href }));
  }
  return { html: rendered.html, spec, expected };
}

mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(OUT)) if (/\.(html|json|txt)$/.test(f) && f !== 'README.md') rmSync(path.join(OUT, f));
const names = new Set<string>();
for (const input of PAGES) {
  if (names.has(input.name)) throw new Error(`duplicate fixture ${input.name}`);
  names.add(input.name);
  const { html, spec, expected } = build(input);
  writeFileSync(path.join(OUT, `${input.name}.html`), html);
  writeFileSync(path.join(OUT, `${input.name}.json`), JSON.stringify(spec, null, 2) + '\n');
  if (expected !== null) writeFileSync(path.join(OUT, `${input.name}.txt`), expected + '\n');
}
console.log(`wrote ${PAGES.length} pages to ${path.relative(ROOT, OUT)}`);
