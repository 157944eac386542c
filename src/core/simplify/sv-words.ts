/**
 * Small closed classes of Swedish words that the simplifier's rules look at: pronouns, modal and
 * other common finite verbs, sentence adverbs, prepositions and subordinating conjunctions. They are
 * lower case. These are grammar words, not a vocabulary: the rules use them to tell a subject from an
 * object, a main clause from a subordinate one, and a finite verb from a noun.
 */

import { isLexiconFinite } from './lexicon/sv-verbs';

export const SUBJECT_PRONOUNS = new Set(['jag', 'du', 'han', 'hon', 'hen', 'vi', 'ni', 'de', 'man', 'dom']);

/** Pronouns that can be the subject but are also determiners or objects. */
export const DEMONSTRATIVES = new Set(['det', 'den', 'detta', 'denna', 'dessa', 'de']);

export const MODALS = new Set([
  'ska',
  'skall',
  'skulle',
  'kan',
  'kunde',
  'får',
  'fick',
  'måste',
  'bör',
  'borde',
  'vill',
  'ville',
  'behöver',
  'behövde',
  'brukar',
  'brukade',
  'lär',
  'tycks',
  'verkar',
  'måtte',
  'kunna',
  'vilja',
  'att',
]);

/** Words that negate what they stand in: a rule must not move them out of their clause. */
export const NEGATIONS = new Set(['inte', 'ej', 'icke', 'aldrig', 'ingen', 'inget', 'inga', 'varken']);

/** Adverbs that stand between the finite verb and the rest (the "sentence adverbial" place). */
export const SENTENCE_ADVERBS = new Set([
  'inte',
  'ej',
  'icke',
  'också',
  'även',
  'alltid',
  'aldrig',
  'redan',
  'ofta',
  'sällan',
  'gärna',
  'bara',
  'ju',
  'nog',
  'dock',
  'därför',
  'normalt',
  'oftast',
  'troligen',
  'eventuellt',
  'snart',
  'själv',
  'själva',
  'först',
  'fortfarande',
  'ändå',
  'kanske',
  'heller',
  'endast',
  'alltså',
  'dessutom',
  'tyvärr',
  'givetvis',
  'naturligtvis',
  'vanligtvis',
  'sedan',
  'då',
  'nu',
  'också',
]);

export const PREPOSITIONS = new Set([
  'i',
  'på',
  'till',
  'från',
  'för',
  'med',
  'av',
  'om',
  'hos',
  'vid',
  'under',
  'över',
  'efter',
  'före',
  'inom',
  'utan',
  'mot',
  'genom',
  'enligt',
  'bland',
  'mellan',
  'trots',
  'via',
  'per',
  'utanför',
  'inför',
  'kring',
  'runt',
  'sedan',
  'bakom',
  'framför',
  'angående',
  'beträffande',
  'gällande',
  'inklusive',
  'exklusive',
  'senast',
  'utom',
  'åt',
  'ur',
]);

export const SUBORDINATORS = new Set([
  'att',
  'om',
  'när',
  'då',
  'eftersom',
  'innan',
  'efter',
  'medan',
  'tills',
  'som',
  'där',
  'dit',
  'därifrån',
  'vilket',
  'vilken',
  'vilka',
  'vars',
  'ifall',
  'fast',
  'fastän',
  'trots',
  'även',
  'såvida',
  'sedan',
  'så',
  'för',
  'utan',
  'än',
  'liksom',
  'huruvida',
  'varför',
  'hur',
  'vad',
  'vem',
  'vart',
  'var',
]);

/** Words that start a question or a fronted adverbial: the finite verb after them comes before the subject. */
export const FRONTING_ADVERBS = new Set([
  'då',
  'sedan',
  'därefter',
  'därför',
  'dessutom',
  'nu',
  'här',
  'där',
  'ibland',
  'ofta',
  'oftast',
  'också',
  'även',
  'först',
  'sist',
  'slutligen',
  'i',
  'idag',
  'igår',
  'imorgon',
  'annars',
  'alltså',
  'ändå',
  'tyvärr',
  'senare',
  'tidigare',
  'efteråt',
  'samtidigt',
  'dock',
  'vanligtvis',
  'normalt',
  'därmed',
  'så',
]);

/** Common finite verb forms (present and past), with the copula and the auxiliaries. */
export const FINITE_VERBS = new Set(
  (
    'är var blir blev har hade ska skall skulle kan kunde får fick måste bör borde vill ville behöver behövde ' +
    'brukar brukade kommer kom går gick gör gjorde ger gav tar tog ser såg finns fanns gäller gällde betyder ' +
    'innebär innebar kostar kostade handlar ligger låg står stod heter hette vet visste tycker tror säger sa sade ' +
    'betalar betalade ansöker ansökte söker sökte skickar skickade beslutar beslutade beslutar bestämmer bestämde ' +
    'ansvarar ansvarade erbjuder erbjöd hjälper hjälpte arbetar arbetade jobbar börjar började slutar slutade ' +
    'pågår pågick öppnar öppnade stänger stängde svarar svarade behandlar handlägger prövar prövade fattar fattade ' +
    'kräver krävde krävs krävdes behövs behövdes används användes hittar hittade läser läste ringer ringde bor ' +
    'bodde lever levde känner kände förstår förstod saknar saknade väljer valde lämnar lämnade skriver skrev följer ' +
    'följde leder ledde visar visade innehåller innehöll omfattar omfattade utgår ingår ingick avgör avgjorde ' +
    'tillhör tillhörde äger ägde räcker räckte dröjer dröjde passar passade riskerar önskar planerar planerade ' +
    'bygger byggde startar startade genomför genomförde utför utförde består bestod beror berodde påverkar påverkade ' +
    'måste får fås ges gavs sker skedde görs gjordes tas togs sköts skickas skickades betalas betalades ' +
    'kallas kallades hålls hölls håller höll anordnar anordnade ordnar ordnade erbjuds erbjöds lånar lånade ' +
    'gjorde ändras ändrades ändrar ändrade blir uppstår uppstod minskar minskade ökar ökade fortsätter fortsatte ' +
    'träffas träffades möts möttes syns syntes verkar tycks märks'
  ).split(' '),
);

/** Nouns and other words that end like verbs but are not. */
const NOT_VERBS = new Set(
  (
    'regler åtgärder avgifter ansökningar handlingar bilar barn kronor timmar veckor dagar år månader tider ' +
    'kostnader insatser tjänster platser personer medarbetare invånare ägare sökande frågor uppgifter lagar ' +
    'villkor beslut skäl behov förskolor skolor områden vuxna unga äldre andra flera fler några alla inga ' +
    'under efter över eller sedan mer mest mindre mycket annars kommunens staden stadens datum pris plats'
  ).split(' '),
);

/**
 * Grammar words that the lexicon also lists as verb forms ("för" of "föra", "vet" is a verb but
 * "sedan" is not): as a preposition, conjunction or determiner they are far more common.
 */
const CLOSED_NOT_VERB = new Set([
  'för',
  'men',
  'om',
  'än',
  'dess',
  'vars',
  'mot',
  'sådan',
  'sådana',
  'inom',
  'bland',
  'genom',
  'mer',
  'rätt',
]);

function closedNonVerb(word: string): boolean {
  return (
    CLOSED_NOT_VERB.has(word) ||
    NOT_VERBS.has(word) ||
    PREPOSITIONS.has(word) ||
    SUBJECT_PRONOUNS.has(word) ||
    DEMONSTRATIVES.has(word)
  );
}

/** A grammar word ("hur", "för", "men", "den", "inte"), never a verb whatever the lexicon lists ("hura" → "hur"). */
export function isGrammarWord(word: string): boolean {
  return closedNonVerb(word) || SENTENCE_ADVERBS.has(word) || SUBORDINATORS.has(word) || FRONTING_ADVERBS.has(word);
}

/**
 * Is this (lower-case) word a finite verb? The closed class above and the lexicon's present, past and
 * s-passive forms (src/core/simplify/lexicon). `loose` (the context already points to a verb, e.g. right after
 * a subject pronoun) also takes unknown words with a verb ending, as a compound the lexicon lacks.
 */
export function looksFinite(word: string, loose = false): boolean {
  if (FINITE_VERBS.has(word)) return true;
  if (closedNonVerb(word) || SENTENCE_ADVERBS.has(word) || SUBORDINATORS.has(word)) return false;
  if (isLexiconFinite(word)) return true;
  if (!loose || word.length < 4) return false;
  // Present (-ar, -er, -ir), past (-ade, -de, -te, -dde), passive (-as, -s after a stem: "förlängs"),
  // but not genitives (-ens, -ets) or nouns in -are, -ande, -ning, -het, -skap.
  return (
    /(?:ar|er|ir|ade|dde|[^e]de|[kptsx]te|as|ades|des|tes|ers|[aeiouyåäö][bdfglmnprv]+s)$/.test(word) &&
    !/(?:are|ande|ende|else|ning|het|skap|ens|ets|ans|arnas|ernas|ornas)$/.test(word)
  );
}

export const OPENING_MARKS = /^["'“”‘’„«»‹›([{•▪◦‣●■–—-]+$/u;
