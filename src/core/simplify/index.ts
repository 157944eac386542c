/** Lättläst: the pure, offline, rule-based easy-to-read core. */
export {
  simplify,
  simplifyArticle,
  simplifyArticleInSlices,
  simplifySentence,
  articleText,
  blocksToHtml,
  LONG_SENTENCE_WORDS,
} from './simplify';
export { RULE_FAMILIES, type RuleFamily } from './shorten';
export { contextOf } from './clause';
export { WARM_UP_STEPS } from './warm';
export type { SimplifyOptions, SimplifyResult, SimplifyStats, SliceOptions } from './simplify';
export { lix, lixBand, lixOfArticle, lixOfSentences, lixWords, isLongWord, type Lix, type LixBand } from './lix';
export { plainWords, type PlainResult, type Replacement } from './plain-words';
export { splitSentence, type SplitOptions } from './split';
export { keyPoints, type KeyPointOptions } from './key-points';
export { findGlossaryTerms, glossaryHits, GLOSSARY, type GlossaryEntry, type GlossaryHit } from './glossary';
export { checkMeaningKept, meaningItems, type KeptItem, type MeaningCheck } from './meaning';
