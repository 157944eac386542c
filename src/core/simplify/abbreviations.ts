/**
 * Abbreviations written out, as easy-to-read Swedish does: "bl.a." → "bland annat", "t.ex." → "till
 * exempel", "kl." → "klockan", "ca" → "cirka", "fr.o.m." → "från och med". A reader who stumbles on
 * letters and dots, or who is learning Swedish, meets the words instead. The list is the one speech
 * uses (src/core/speak/sv-expansions.ts), less what the reader should see as written:
 * - amounts keep their "kr" (as the meaning check holds them: "1 500 kr"), and "mkr"/"SEK";
 * - forms matched by case only (acronyms such as "OBS", names such as "S:t Olof");
 * - "t.v.", which may be "tills vidare" or "till vänster"; "ex.", which stands for "till exempel" as
 *   often as for "exempel";
 * - "kap." in a law's citation ("11 kap. kommunallagen"), which written out reads wrong.
 */

import { expandAbbreviations, type Expansion } from '../speak/sv-expansions';
import { remembered } from './remembered';

// prettier-ignore
const KEPT_AS_WRITTEN = new Set([
  'kronor', 'miljoner kronor', 'miljarder kronor', 'tusen kronor', 'sankt', 'tills vidare', 'exempel', 'kapitel',
]);

const written = (entry: Expansion) => !entry.exact && !KEPT_AS_WRITTEN.has(entry.say);

/** Lättläst asks for the same sentence more than once (to simplify it, and to count its LIX). */
const writtenOut = remembered((sentence) => expandAbbreviations(sentence, written), 256);

/**
 * The sentence with its abbreviations written out. `label`: a heading or a table cell, where a last
 * abbreviation's dot ("Pension och lön m.m.") was no full stop and is not kept after the words.
 */
export function writeOutAbbreviations(sentence: string, { label = false } = {}): string {
  const out = writtenOut(sentence);
  if (!label || out === sentence || !out.endsWith('.')) return out;
  const lastWord = (s: string) => /\S+$/u.exec(s)?.[0];
  return lastWord(out) === lastWord(sentence) ? out : out.slice(0, -1);
}
