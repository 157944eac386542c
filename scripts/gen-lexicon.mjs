#!/usr/bin/env node
// Generates src/core/simplify/lexicon/sv-verbs-data.ts: the finite verb forms of Swedish, read from the
// Hunspell dictionary `dictionary-sv` (Göran Andersson's sv_SE, LGPL-3.0; a devDependency).
//
// Why: Lättläst may only show whole sentences, and "whole" needs a finite verb. Telling a finite
// verb from a noun that ends the same way ("regler", "kostar"/"kostnader") needs word-class
// knowledge, so we take it from a maintained lexicon instead of growing a hand list.
//
// How the dictionary marks verbs: a verb is an entry in its infinitive ("betala", "köpa", "gå") that
// carries the present-tense flag `m` (betala → betalar) or the second-conjugation flag `K`
// (köpa → köper, köpte, köpt). Each flag's rules add endings under conditions; we apply them and
// sort each output by the ending the rule adds: present, past, passive present/past (finite) or
// supine/participle (not finite). Irregular forms the dictionary keeps as separate entries ("är",
// "har", "tar") are the closed class in src/core/simplify/sv-words.ts.
//
// The generated file is committed (the extension builds without node_modules/dictionary-sv at run
// time). Usage: node scripts/gen-lexicon.mjs [--check]

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const OUT = path.resolve(repo, 'src/core/simplify/lexicon/sv-verbs-data.ts');
const dir = path.resolve(repo, 'node_modules/dictionary-sv');
const aff = readFileSync(path.join(dir, 'index.aff'), 'utf8');
const dic = readFileSync(path.join(dir, 'index.dic'), 'utf8');
const version = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;

/** SFX rules by flag: { strip, add, cond: RegExp }. */
const rules = new Map();
for (const line of aff.split('\n')) {
  const m = /^SFX\s+(\S)\s+(\S+)\s+(\S+)\s+(\S+)/.exec(line);
  if (!m || /^[YN]$/.test(m[3])) continue;
  const [, flag, strip, addRaw, cond] = m;
  const add = addRaw.split('/')[0];
  const list = rules.get(flag) ?? [];
  list.push({ strip: strip === '0' ? '' : strip, add: add === '0' ? '' : add, cond: new RegExp(`${cond}$`, 'u') });
  rules.set(flag, list);
}

function apply(word, flag) {
  const out = [];
  for (const r of rules.get(flag) ?? []) {
    if (!r.cond.test(word) || (r.strip && !word.endsWith(r.strip))) continue;
    out.push({ form: word.slice(0, word.length - r.strip.length) + r.add, add: r.add });
  }
  return out;
}

// What an ending makes of a verb: 'f' finite, 'n' not finite (supine, participle, adjective forms).
function kindOf(flag, add) {
  switch (flag) {
    case 'm':
      return 'f'; // present: betalar, bor
    case 'K':
      if (add === 'er') return 'f';
      return /(?:^t|it|tt|dd|dda)$/.test(add) && !/^(?:et|öt|ät)$/.test(add) ? 'n' : 'f';
    case 'M':
      return /t$/.test(add) || /^(?:la|ra|ma|na|a)$/.test(add) ? 'n' : 'f';
    case 'P':
      return add === 'de' ? 'f' : 'n'; // betalade (past); betalad, betalat are participles
    case 'N':
      return /ts$/.test(add) || /^(?:mas|mes|las|les|nas|nes|ras|res|t)$/.test(add) ? 'n' : 'f';
    case 'L':
      return /^(?:s|des|tes|es|eds|öds|ets|öts|äts|eps|öps|evs|ölls)$/.test(add) ? 'f' : 'n';
    default:
      return 'n';
  }
}

const finite = new Set();
const infinitives = new Set();
for (const line of dic.split('\n').slice(1)) {
  const [word, flags = ''] = line.trim().split('/');
  if (!word || /[^a-zåäöéü]/.test(word)) continue;
  const present = flags.includes('m');
  const second = flags.includes('K') && word.endsWith('a');
  // `j` lets a verb stem begin a compound ("handlägg-ning"): it marks verbs that have no tense flags.
  const verbStem = flags.includes('j') && word.endsWith('a');
  if (!present && !second && !verbStem) continue;
  if (!/[aåoeiyuöä]$/.test(word)) continue;
  infinitives.add(word);
  for (const flag of ['m', 'K', 'M', 'N', 'L', 'P']) {
    if (!flags.includes(flag)) continue;
    for (const { form, add } of apply(word, flag)) if (kindOf(flag, add) === 'f') finite.add(form);
  }
  // First conjugation and short verbs: the s-passive of the present is the infinitive + s
  // (betalas, nås, föreslås); the dictionary files it under the genitive flag.
  if (present) finite.add(word + 's');
  // A stem that ends in r is the present itself (föra → för, medföra → medför): no rule adds it.
  // Only for verbs without the first conjugation's -ar present (konsertera → konserterar, not konserter).
  if (!present && word.endsWith('ra') && word.length > 3) finite.add(word.slice(0, -1));
  // A verb with no present-tense flag (handlägga, innebära) makes its present by the regular rule of
  // the second conjugation: the stem + "er", or the stem alone when it ends in r (innebär).
  if (!present && !second) {
    const stem = word.slice(0, -1);
    finite.add(stem.endsWith('r') ? stem : stem + 'er');
    finite.add(stem.endsWith('mm') ? stem.slice(0, -1) + 's' : stem + 's'); // handläggs, glöms
  }
}

// Prefix-compressed, sorted: each entry is "<shared prefix length as a letter a..z><rest>".
const sorted = [...finite].filter((w) => w.length > 1).sort();
const parts = [];
let prev = '';
for (const w of sorted) {
  let n = 0;
  while (n < 25 && n < prev.length && n < w.length && prev[n] === w[n]) n++;
  parts.push(String.fromCharCode(97 + n) + w.slice(n));
  prev = w;
}
const body = `// Generated by scripts/gen-lexicon.mjs from dictionary-sv ${version} (Hunspell sv_SE by Göran Andersson,
// LGPL-3.0: this file is a derived word list under the same licence). Do not edit: regenerate.
// ${sorted.length} finite verb forms (present, past, s-passive) of ${infinitives.size} verbs,
// sorted and prefix-compressed: each entry is a letter (a = 0, b = 1, ...) giving how many
// characters it shares with the entry before it, then the rest.
export const FINITE_FORMS_PACKED =
  ${JSON.stringify(parts.join(' '))};
`;

if (process.argv.includes('--check')) {
  const now = readFileSync(OUT, 'utf8');
  if (now !== body) {
    console.error('src/core/simplify/lexicon/sv-verbs-data.ts is out of date: run node scripts/gen-lexicon.mjs');
    process.exit(1);
  }
  console.log('lexicon up to date');
} else {
  writeFileSync(OUT, body);
  console.log(`${sorted.length} finite forms of ${infinitives.size} verbs, ${body.length} bytes`);
}
