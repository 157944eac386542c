#!/usr/bin/env node
// Generates src/core/detect/registry-data.ts from the CSV of Swedish public-sector sites in
// tests/fixtures/data/ (a copy of ../shared/data/; see tests/fixtures/data/README.md).
//
// The generated file is committed: the extension builds without generating it. The CSV stays the
// source; corrections and additions we know of go in src/core/detect/registry-extra.ts (hand-kept),
// never into the generated file, so regenerating never loses them.
//
// Usage: node scripts/gen-registry.mjs            write the file, print what the checks found
//        node scripts/gen-registry.mjs --check    exit 1 if the committed file is out of date
//        node scripts/gen-registry.mjs --csv PATH read another copy of the CSV (e.g. ../shared/data/...)
//
// Malformed rows (bad kind/code/domain) stop the run; suspicious ones (duplicate domains, odd
// names, counts other than 290/21) are reported as warnings, because the fix belongs in
// registry-extra.ts, not in a silently altered copy of the source.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const DEFAULT_CSV = path.resolve(repo, 'tests/fixtures/data/sv-public-sector-sites.csv');
const OUT = path.resolve(repo, 'src/core/detect/registry-data.ts');

const KINDS = new Set(['kommun', 'region', 'national', 'other']);
const CODE_RE = { kommun: /^\d{4}$/, region: /^\d{2}$/ };
// A registrable host name: ASCII labels (IDN must be punycode), no scheme, port, path or "www.".
const LABEL_RE = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD_RE = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) {
    endField();
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

export function domainProblem(domain) {
  if (domain !== domain.trim()) return 'white space';
  if (/[A-Z]/.test(domain)) return 'upper case';
  if (/^[a-z]+:\/\//.test(domain) || /[/:?#@]/.test(domain)) return 'not a bare host name';
  if (domain.startsWith('www.')) return 'starts with www. (subdomains match anyway)';
  if ([...domain].some((c) => c.charCodeAt(0) > 0x7f)) return 'non-ASCII (use punycode)';
  const labels = domain.split('.');
  if (labels.length < 2) return 'no top-level domain';
  if (!labels.every((l) => LABEL_RE.test(l))) return 'bad label';
  if (!TLD_RE.test(labels[labels.length - 1])) return 'bad top-level domain';
  return null;
}

/** Parses and checks the CSV; returns entries plus errors (fatal) and warnings (to review). */
export function buildEntries(csvText) {
  const [header, ...rows] = parseCsv(csvText);
  const errors = [];
  const warnings = [];
  const want = ['kind', 'code', 'name', 'county', 'domains'];
  if (!header || want.some((h, i) => header[i]?.trim() !== h)) {
    errors.push(`header must be ${want.join(',')}, got ${header?.join(',')}`);
    return { entries: [], errors, warnings };
  }
  const entries = [];
  const domainOwner = new Map();
  const codes = new Set();
  rows.forEach((cells, index) => {
    const line = index + 2;
    const [kind = '', code = '', name = '', county = '', domainCell = ''] = cells.map((c) => c.trim());
    if (cells.length !== want.length) errors.push(`line ${line}: ${cells.length} fields, expected ${want.length}`);
    if (!KINDS.has(kind)) return void errors.push(`line ${line}: unknown kind "${kind}"`);
    if (CODE_RE[kind] && !CODE_RE[kind].test(code)) errors.push(`line ${line}: ${kind} code "${code}" malformed`);
    if (!CODE_RE[kind] && code) warnings.push(`line ${line}: ${kind} "${name}" has a code "${code}"`);
    if (!name) errors.push(`line ${line}: no name`);
    if (code && codes.has(`${kind}:${code}`)) errors.push(`line ${line}: duplicate ${kind} code ${code}`);
    codes.add(`${kind}:${code}`);
    if (kind === 'kommun' && !/ kommun$/.test(name))
      warnings.push(`line ${line}: kommun name "${name}" lacks "kommun"`);
    // Names ending in s/x/z take no genitive s ("Kalix kommun", not "Kalixs kommun").
    if (kind === 'kommun' && /[sxz]s kommun$/.test(name))
      warnings.push(`line ${line}: "${name}" has a double genitive s`);

    const domains = domainCell
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean);
    if (!domains.length) errors.push(`line ${line}: "${name}" has no domain`);
    for (const domain of domains) {
      const problem = domainProblem(domain);
      if (problem) errors.push(`line ${line}: domain "${domain}" of ${name}: ${problem}`);
      const owner = domainOwner.get(domain);
      if (owner)
        warnings.push(
          `line ${line}: domain ${domain} of ${name} is also listed for ${owner} (resolve in registry-extra.ts)`,
        );
      else domainOwner.set(domain, name);
    }
    entries.push({ kind, code: code || null, name, county: county || null, domains: [...new Set(domains)] });
  });

  const count = (k) => entries.filter((e) => e.kind === k).length;
  if (count('kommun') !== 290) warnings.push(`${count('kommun')} kommuner, expected 290`);
  if (count('region') !== 21) warnings.push(`${count('region')} regioner, expected 21`);
  // A kommun code starts with its county code: the two must name the same county.
  const regionCounty = new Map(entries.filter((e) => e.kind === 'region').map((e) => [e.code, e.county]));
  for (const e of entries.filter((x) => x.kind === 'kommun')) {
    const county = regionCounty.get(e.code.slice(0, 2));
    if (county && county !== e.county)
      warnings.push(`${e.name} (${e.code}) is in ${e.county}, its code says ${county}`);
  }
  return { entries, errors, warnings };
}

const quote = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export function render(entries, sourceName) {
  const lines = entries.map((e) => {
    const code = e.code === null ? 'null' : quote(e.code);
    const county = e.county === null ? 'null' : quote(e.county);
    return `  { kind: ${quote(e.kind)}, code: ${code}, name: ${quote(e.name)}, county: ${county}, domains: [${e.domains.map(quote).join(', ')}] },`;
  });
  return `// GENERATED by scripts/gen-registry.mjs from ${sourceName}. Do not edit: fix the CSV or
// src/core/detect/registry-extra.ts, then run \`node scripts/gen-registry.mjs\`.
//
// Source (see tests/fixtures/data/README.md): codes and counties from sjbrg/swedish-geodata (CC0);
// kommun domains from a public table of all 290 kommun domains (tomasbackmansmail-source/floede-agent)
// checked against ArcAF1/ML-bot-SN kommuner.csv (MIT); region domains from public region lists.
// Names are the formal ones; everyday names ("Stockholms stad") are in registry-extra.ts.

import type { SiteEntry } from './site-entry';

export const SITES: readonly SiteEntry[] = [
${lines.join('\n')}
];
`;
}

function main(argv) {
  const check = argv.includes('--check');
  const csvArg = argv.indexOf('--csv');
  const csvPath = csvArg >= 0 && argv[csvArg + 1] ? path.resolve(argv[csvArg + 1]) : DEFAULT_CSV;
  const { entries, errors, warnings } = buildEntries(readFileSync(csvPath, 'utf8'));
  for (const w of warnings) console.warn(`warning: ${w}`);
  for (const e of errors) console.error(`error: ${e}`);
  if (errors.length) process.exit(1);
  // The header names the in-repository copy whichever copy was read, so --check compares the data.
  const output = render(entries, `tests/fixtures/data/${path.basename(csvPath)}`);
  if (check) {
    let current = '';
    try {
      current = readFileSync(OUT, 'utf8');
    } catch {
      /* missing counts as out of date */
    }
    if (current !== output) {
      console.error(`${path.relative(repo, OUT)} is out of date: run node scripts/gen-registry.mjs`);
      process.exit(1);
    }
    console.log(`${path.relative(repo, OUT)} is up to date (${entries.length} organisations)`);
    return;
  }
  writeFileSync(OUT, output);
  console.log(`wrote ${path.relative(repo, OUT)}: ${entries.length} organisations, ${warnings.length} warnings`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
