/**
 * Swedish or English, from the text itself: for a page whose `lang` attribute is wrong (a Swedish article
 * on a page marked English by its template, or the reverse), so that it is read with the right voice.
 * Short, common words give a language away quickly and reliably; each list holds words that are
 * frequent in one language and rare in the other (so not "in", "is", "it", "all", "under", "man", which
 * Swedish uses too: "logga in", "IT", "all information").
 */

// prettier-ignore
const SWEDISH = new Set([
  'och', 'att', 'det', 'som', 'är', 'på', 'för', 'med', 'av', 'till', 'den', 'har', 'inte', 'om', 'ett',
  'de', 'kan', 'du', 'vi', 'ska', 'eller', 'från', 'så', 'men', 'när', 'var', 'vid', 'hos', 'också',
  'sig', 'efter', 'mot', 'här', 'där', 'måste', 'får', 'finns', 'inom', 'samt', 'dig', 'din',
  'ditt', 'dina', 'vår', 'våra', 'oss', 'blir', 'även', 'alla', 'mer', 'hur', 'vad', 'vill',
]);

// prettier-ignore
const ENGLISH = new Set([
  'the', 'and', 'of', 'to', 'that', 'for', 'with', 'as', 'on', 'are', 'this', 'by',
  'you', 'or', 'from', 'have', 'not', 'at', 'was', 'will', 'can', 'which', 'we', 'your', 'if', 'our',
  'their', 'has', 'more', 'about', 'be', 'been', 'they', 'would', 'there', 'what', 'when',
  'who', 'also', 'into', 'than', 'these', 'those', 'must', 'may', 'should',
]);

/** Below this many characters the text is too short to overrule what the page says. */
export const MIN_TEXT_FOR_LANGUAGE = 200;
/** The winning language's words must be this share of all words… */
const MIN_SHARE = 0.1;
/** …and this many times the other language's. */
const MIN_RATIO = 4;

export type TextLanguage = 'sv' | 'en';

/** 'sv' or 'en' when the text clearly is that language, else null (too short, mixed or another). */
export function textLanguage(text: string): TextLanguage | null {
  if (text.length < MIN_TEXT_FOR_LANGUAGE) return null;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 30) return null;
  let sv = 0;
  let en = 0;
  for (const word of words) {
    if (SWEDISH.has(word)) sv++;
    else if (ENGLISH.has(word)) en++;
  }
  if (sv >= MIN_SHARE * words.length && sv >= MIN_RATIO * en) return 'sv';
  if (en >= MIN_SHARE * words.length && en >= MIN_RATIO * sv) return 'en';
  return null;
}
