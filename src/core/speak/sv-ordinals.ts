/** Ordinals ("3:e"), statute numbers ("2010:800") and references to law ("3 kap. 5 §"). */

import { END, NB, keepStop } from './sv-patterns';
import { ordinalWord } from './sv-numbers';

const ORDINAL_RE = new RegExp(`${NB}(\\d{1,3}):(a|e|te|sta|dra|de)${END}`, 'gu');
const CHAPTER_RE = new RegExp(`${NB}(\\d{1,3})\\s?kap\\.?(?![\\p{L}])`, 'gu');
const SECTIONS_RE = new RegExp(`${NB}(\\d{1,3})\\s?[-–]\\s?(\\d{1,3})\\s?§§`, 'gu');
const SECTION_RE = new RegExp(`${NB}(\\d{1,3})(\\s?[a-z](?=\\s?§))?\\s?§(?!§)`, 'gu');

export function ordinals(text: string): string {
  if (!/[\d§]/.test(text)) return text; // every rule here needs a digit or a §
  // Statute and parliament numbers: "SFS 2010:800" → "2010 kolon 800", "prop. 2016/17:180" →
  // "2016 17 kolon 180", as they are read out; never a time or a span.
  text = text.replace(
    /(?<![\p{N}/])((?:19|20)\d\d)(?:\/(\d\d))?:(\d{1,4})(?![\p{N}]|[.:]\d)/gu,
    (_m, y: string, y2?: string, n?: string) => `${y}${y2 ? ` ${y2}` : ''} kolon ${n ?? ''}`,
  );
  // "1:a" → "första", "3:e" → "tredje", "21:a" → "tjugoförsta".
  text = text.replace(ORDINAL_RE, (match, n: string) => ordinalWord(Number(n)) ?? match);
  // "3 kap. 5 § skollagen" → "tredje kapitlet femte paragrafen skollagen", as lawyers read it.
  text = text.replace(CHAPTER_RE, (match, n: string, offset, whole) => {
    const word = ordinalWord(Number(n));
    return word ? `${word} kapitlet${keepStop(match, offset, whole)}` : match;
  });
  text = text.replace(SECTIONS_RE, (match, a: string, b: string) => {
    const [wa, wb] = [ordinalWord(Number(a)), ordinalWord(Number(b))];
    return wa && wb ? `${wa} till ${wb} paragraferna` : match;
  });
  text = text.replace(SECTION_RE, (match, n: string, letter?: string) => {
    const word = ordinalWord(Number(n));
    return word ? `${word}${letter ? ` ${letter.trim()}` : ''} paragrafen` : match;
  });
  return text.replace(/§§\s?/g, 'paragraferna ').replace(/§\s?/g, 'paragraf ');
}
