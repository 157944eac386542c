/** Symbols and punctuation the voice would read wrongly or not at all. */

import { FRACTIONS } from './sv-numbers';

const SINGLE_FRACTIONS = Object.keys(FRACTIONS).filter((written) => written.length === 1);
/** Any sign a rule below reads; a text with none (most sentences) passes untouched. */
const SYMBOL_SIGN = new RegExp(`[&~≈<>›»≤≥×=@#*_/|•▪◦‣●■${SINGLE_FRACTIONS.join('')}]|\\d\\s?x`, 'u');

export function symbols(text: string): string {
  if (!SYMBOL_SIGN.test(text)) return text;
  for (const written of SINGLE_FRACTIONS) text = text.split(written).join(` ${FRACTIONS[written]} `);
  return (
    text
      .replace(/\s?&\s?/g, ' och ')
      .replace(/~\s?(?=\d)/g, 'cirka ')
      .replace(/≈\s?/g, 'ungefär ')
      .replace(/<\s?(?=\d)/g, 'mindre än ')
      .replace(/>\s?(?=\d)/g, 'mer än ')
      // Breadcrumbs: "Startsidan > Nyheter › Kultur" is a list, not "större än".
      .replace(/\s[>›»]\s/g, ', ')
      .replace(/≤\s?/g, 'högst ')
      .replace(/≥\s?/g, 'minst ')
      .replace(/(\d)\s?[x×]\s?(?=\d)/g, '$1 gånger ')
      .replace(/\s?×\s?/g, ' gånger ')
      .replace(/\s=\s/g, ' är lika med ')
      .replace(/@/g, ' snabel-a ')
      .replace(/#\s?(?=\d)/g, 'nummer ')
      .replace(/[#*_]/g, ' ')
      .replace(/\b(och|eller)\/(och|eller)\b/g, '$1 $2')
      .replace(/(?<=\p{L})\s?\/\s?(?=\p{L})/gu, ' eller ')
      .replace(/(?<=\d)\/(?=\d)/g, ' snedstreck ')
      .replace(/\s\/\s/g, ', ')
      .replace(/[|•▪◦‣●■]/g, ', ')
  );
}

/** Dashes between words are pauses; dashes starting a line are list marks. */
export function dashes(text: string): string {
  return text
    .replace(/^\s*[-–—]+\s+/, '')
    .replace(/\s+[-–—]+\s+/g, ', ')
    .replace(/[–—]/g, ', ');
}
