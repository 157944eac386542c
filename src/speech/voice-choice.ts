/**
 * Picks the installed voice that should read a given language. Runs over every voice the browser lists,
 * which on Linux with speech-dispatcher is ~13,000 espeak-ng voices, so it is one pass with cheap checks
 * first (language) and the name heuristics only for the few voices that speak the language.
 */
import type { SpeechEngine, VoiceInfo } from './engine';

export interface LangTag {
  /** Lower-case primary language, two letters where one exists ("sv", "en", "se" = Northern Sami). */
  language: string;
  /** Upper-case region ("SE", "FI") or null. */
  region: string | null;
}

// Three-letter codes (ISO 639-2/3) that have a two-letter equivalent, for the languages Swedish
// public-sector sites publish in. Codes without one (fit, sma, smj, rom...) stay as they are.
const THREE_TO_TWO: Record<string, string> = {
  swe: 'sv',
  eng: 'en',
  fin: 'fi',
  nor: 'no',
  nob: 'no',
  dan: 'da',
  deu: 'de',
  ger: 'de',
  fra: 'fr',
  fre: 'fr',
  spa: 'es',
  ara: 'ar',
  som: 'so',
  fas: 'fa',
  per: 'fa',
  pol: 'pl',
  tir: 'ti',
  sme: 'se',
  yid: 'yi',
  bos: 'bs',
  hrv: 'hr',
  srp: 'sr',
  rus: 'ru',
  ukr: 'uk',
  tur: 'tr',
  kur: 'ku',
  isl: 'is',
  ice: 'is',
};
// Norwegian Bokmål voices say "nb" or "no" for the same language.
const MACRO: Record<string, string> = { nb: 'no' };
// When a page only says "sv", a voice for Sweden is the better guess than one for Finland.
const DEFAULT_REGION: Record<string, string> = { sv: 'SE', fi: 'FI', da: 'DK', no: 'NO', de: 'DE', fr: 'FR', es: 'ES' };

/** Parses "sv-SE", "sv_SE", "SV", "swe", "sv_SE.UTF-8"; null when there is no usable language. */
export function parseLang(code: string | null | undefined): LangTag | null {
  if (!code) return null;
  const parts = code.trim().split(/[.@]/)[0]!.split(/[-_]/);
  let language = parts[0]!.toLowerCase();
  if (!/^[a-z]{2,3}$/.test(language)) return null;
  language = THREE_TO_TWO[language] ?? language;
  language = MACRO[language] ?? language;
  // The region is the first 2-letter or 3-digit subtag (after an optional 4-letter script).
  const region = parts.slice(1).find((p) => /^([a-z]{2}|\d{3})$/i.test(p));
  return { language, region: region ? region.toUpperCase() : null };
}

// Parsing the same few lang strings for 13,000 voices is the hot path; remember each result.
const parsed = new Map<string, LangTag | null>();
function parseCached(code: string): LangTag | null {
  let tag = parsed.get(code);
  if (tag === undefined && !parsed.has(code)) {
    tag = parseLang(code);
    if (parsed.size < 1000) parsed.set(code, tag);
  }
  return tag ?? null;
}

/** True when the language tag `code` is the requested one's language (regions may differ). */
export function sameLanguage(code: string, lang: string): boolean {
  const want = parseCached(lang);
  const have = parseCached(code);
  return !!want && !!have && want.language === have.language;
}

/** True when the voice's language is the requested one (regions may differ). */
export function speaksLanguage(voice: VoiceInfo, lang: string): boolean {
  return sameLanguage(voice.lang, lang);
}

/** The engine's voices that speak `lang`'s language, in its list's order: from its index when it keeps one. */
export function voicesSpeaking(engine: Pick<SpeechEngine, 'getVoices' | 'voicesFor'>, lang: string): VoiceInfo[] {
  return engine.voicesFor?.(lang) ?? engine.getVoices().filter((voice) => speaksLanguage(voice, lang));
}

const LANG_TAG = /^[a-z]{2,3}[-_][a-z]{2}$/i;
const HIGH_QUALITY = /\b(natural|neural|premium|enhanced)\b/i;
// Well-known good voices: Apple/Microsoft Swedish voices, and Google's network voices.
const KNOWN_GOOD = /\b(google|alva|klara|oskar|bengt|sofie|mattias|hedvig)\b/i;
const ESPEAK = /espeak|mbrola/i;
const VARIANT = /\+[\p{L}\d]/u;

function quality(name: string): number {
  if (HIGH_QUALITY.test(name)) return 4;
  if (KNOWN_GOOD.test(name)) return 3;
  // espeak-ng is intelligible but robotic; its "+variant" voices are the same voice with odd pitch.
  // Through speech-dispatcher (Firefox on Linux) they are named "Swedish" and "Swedish+Hugo", with no
  // "espeak" in the name: the "+name" alone marks a variant.
  if (VARIANT.test(name)) return 0;
  if (ESPEAK.test(name)) return 1;
  return 2;
}

/**
 * The best voice for `lang`, or null when no installed voice speaks it (never a voice of another
 * language: Swedish read by an English voice is worse than a clear "no voice" message).
 * Order: the preferred name (if it speaks the language) > region match > name quality > local > default.
 */
export function chooseVoice(voices: VoiceInfo[], lang: string, preferredName?: string | null): VoiceInfo | null {
  const want = parseLang(lang);
  if (!want) return null;
  // A preference may also be a language tag ("sv-FI": a Finland-Swedish voice for Swedish text).
  const tag = preferredName && LANG_TAG.test(preferredName) ? parseLang(preferredName) : null;
  const tagRegion = tag?.language === want.language ? tag.region : null;
  const wantRegion = tagRegion ?? want.region ?? DEFAULT_REGION[want.language] ?? null;

  let best: VoiceInfo | null = null;
  let bestScore = -1;
  for (const voice of voices) {
    const have = parseCached(voice.lang);
    if (!have || have.language !== want.language) continue;
    if (preferredName && (voice.name === preferredName || voice.voiceURI === preferredName)) return voice;
    // Exact region, then a voice with no region (generic), then another region (sv-FI for sv-SE).
    // With no region to aim for ("en"), all regions rank alike.
    const region = wantRegion === null || have.region === wantRegion ? 2 : have.region === null ? 1 : 0;
    const score = region * 1000 + quality(voice.name) * 100 + (voice.localService ? 10 : 0) + (voice.default ? 1 : 0);
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}
