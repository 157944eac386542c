/**
 * What the voice should say for a sentence: `toSpeech(sentence.text, sentence.lang)` fills
 * `Sentence.speech`. Swedish gets the full normalisation (sv-speech.ts); English only the few
 * abbreviations voices stumble on; other languages are passed through with white space collapsed.
 */

import { collapse, swedishSpeech } from './sv-speech';

const ENGLISH: Array<[RegExp, string]> = [
  [/(?<![\p{L}.])e\.\s?g\.(?:,)?/giu, 'for example'],
  [/(?<![\p{L}.])i\.\s?e\.(?:,)?/giu, 'that is'],
  [/(?<![\p{L}.])etc\./giu, 'et cetera'],
  [/(?<![\p{L}.])vs\./giu, 'versus'],
];

function englishSpeech(text: string): string {
  let t = collapse(text);
  for (const [re, say] of ENGLISH) {
    t = t.replace(re, (match: string, offset: number, whole: string) => {
      const spoken = /\p{Lu}/u.test(match.charAt(0)) ? say.charAt(0).toUpperCase() + say.slice(1) : say;
      // Keep the full stop when the abbreviation ended the text.
      return spoken + (match.endsWith('.') && offset + match.length === whole.length ? '.' : '');
    });
  }
  return t;
}

/** `lang` is a BCP 47 tag; "sv", "sv-SE", "sv-FI" are Swedish, "en", "en-GB" English. */
export function toSpeech(text: string, lang: string): string {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'sv') return swedishSpeech(text);
  if (primary === 'en') return englishSpeech(text);
  return collapse(text);
}
