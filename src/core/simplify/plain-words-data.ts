/**
 * Plain Swedish for officialese: the word list the Lättläst view replaces from.
 *
 * Sources:
 * - Entries marked `sl` start from "Svarta listan" (Regeringskansliet) as kept in
 *   ../shared/data/plain-language/svarta-listan.json (peterk/skrivregler-check, MIT). That file stops
 *   at "l" and gives alternatives, not rules; here each usable entry is written out with every
 *   inflected form, and the plain word is the one that fits municipal text. Entries of that file that
 *   are left out, and why, are listed at the end of this file.
 * - All other entries are written by the Lyssna project (MIT), in plain Swedish, after the advice of
 *   Klarspråk (Språkrådet, Institutet för språk och folkminnen) and MTM/LL-förlaget for easy-to-read
 *   Swedish: short everyday words, verbs instead of noun phrases, no legal idioms.
 *
 * How an entry is written (the replacer in plain-words.ts reads it):
 * - `verb`: forms "infinitive|present|past|supine|imperative" ("-" for a form that does not exist),
 *   both for the officialese verb and its plain verb. A plain verb of two or more words ("lämna in",
 *   "ta hänsyn till") is a particle verb: the replacer keeps Swedish word order around it. The passive
 *   (s-forms) is made from the active forms unless `passive` gives it ("inf|present|past|supine" for
 *   both) or turns it off (`false`, when the plain verb has no good passive).
 * - `noun`: "singular|singular definite|plural|plural definite"; the genitive (+s) is added. Only nouns
 *   of the same gender are paired, so articles and adjectives before them stay right.
 * - `adj`: "common|neuter|plural-or-definite".
 * - `phrase`: a fixed word or phrase (adverbs, prepositions, conjunctions, set phrases), `from` may list
 *   several spellings with "|".
 * Options: `notAfter`/`notBefore`: lower-case words that must not stand right before/after it;
 * `midSentence`: never at the start of a sentence; `notBeforeClause`: never right before a subject and
 * its finite verb.
 */

export type Source = 'sl' | 'lyssna';

interface Common {
  notAfter?: readonly string[];
  notBefore?: readonly string[];
  midSentence?: boolean;
  /** Never right before a clause (subject and finite verb): "om" there opens a condition. */
  notBeforeClause?: boolean;
  src?: Source;
}

export interface VerbEntry extends Common {
  verb: string;
  to: string;
  /** "inf|pres|past|supine" of both, or false for none. */
  passive?: false | { from: string; to: string };
}

export interface NounEntry extends Common {
  noun: string;
  to: string;
}

export interface AdjEntry extends Common {
  adj: string;
  to: string;
}

export interface PhraseEntry extends Common {
  phrase: string;
  to: string;
}

export type PlainEntry = VerbEntry | NounEntry | AdjEntry | PhraseEntry;

/** First conjugation ("-ar" verbs) from the infinitive; the suffix goes on the first word ("lämna in"). */
export function c1(base: string): string {
  const [head, ...tail] = base.split(' ');
  const t = tail.length ? ' ' + tail.join(' ') : '';
  return [head, head + 'r', head + 'de', head + 't', head].map((f) => f + t).join('|');
}

/** Words that decide the article/form of a noun before them: a noun entry must not follow them loosely. */
const DETERMINERS = ['i', 'detta', 'det', 'ett', 'varje', 'något', 'vissa', 'alla', 'flera', 'många', 'samma'];

const SL: Source = 'sl';

export const PLAIN_ENTRIES: readonly PlainEntry[] = [
  // ── Verbs from Svarta listan ─────────────────────────────────────────────────────────────
  { verb: c1('anbringa'), to: c1('placera'), src: SL },
  { verb: c1('anmana'), to: c1('uppmana'), src: SL },
  { verb: c1('anmoda'), to: c1('uppmana'), src: SL },
  { verb: c1('avbida'), to: c1('invänta'), src: SL },
  {
    verb: 'avge|avger|avgav|avgett|avge',
    to: c1('lämna'),
    passive: { from: 'avges|avges|avgavs|avgetts', to: 'lämnas|lämnas|lämnades|lämnats' },
    src: SL,
  },
  { verb: '-|-|-|avgivit|-', to: '-|-|-|lämnat|-', passive: false, src: SL },
  { verb: 'avsända|avsänder|avsände|avsänt|avsänd', to: c1('skicka'), src: SL },
  {
    verb: 'efterkomma|efterkommer|efterkom|efterkommit|efterkom',
    to: 'följa|följer|följde|följt|följ',
    src: SL,
  },
  { verb: 'efterleva|efterlever|efterlevde|efterlevt|efterlev', to: 'följa|följer|följde|följt|följ', src: SL },
  { verb: 'erfara|erfar|erfor|erfarit|-', to: 'få veta|får veta|fick veta|fått veta|-', passive: false, src: SL },
  {
    verb: c1('erfordra'),
    to: 'kräva|kräver|krävde|krävt|kräv',
    passive: { from: 'erfordras|erfordras|erfordrades|erfordrats', to: 'krävas|krävs|krävdes|krävts' },
    src: SL,
  },
  {
    verb: 'erhålla|erhåller|erhöll|erhållit|erhåll',
    to: 'få|får|fick|fått|få',
    // "Beslut fås" is Swedish but stilted: the passive stays officialese.
    passive: false,
    src: SL,
  },
  { verb: 'erlägga|erlägger|erlade|erlagt|erlägg', to: c1('betala'), src: SL },
  {
    verb: 'föranleda|föranleder|föranledde|föranlett|föranled',
    to: 'leda till|leder till|ledde till|lett till|led till',
    passive: false,
    src: SL,
  },
  { verb: 'föreligga|föreligger|förelåg|förelegat|-', to: 'finnas|finns|fanns|funnits|-', passive: false, src: SL },
  {
    verb: 'företa|företar|företog|företagit|företa',
    to: 'göra|gör|gjorde|gjort|gör',
    passive: { from: 'företas|företas|företogs|företagits', to: 'göras|görs|gjordes|gjorts' },
    src: SL,
  },
  { verb: 'förete|företer|företedde|förett|förete', to: c1('visa'), src: SL },
  { verb: 'förflyta|förflyter|förflöt|förflutit|-', to: 'gå|går|gick|gått|-', passive: false, src: SL },
  {
    verb: c1('handha').replace('handhat', 'handhaft'),
    to: 'sköta|sköter|skötte|skött|sköt',
    passive: { from: 'handhas|handhas|handhades|handhafts', to: 'skötas|sköts|sköttes|skötts' },
    src: SL,
  },
  {
    verb: 'hemställa|hemställer|hemställde|hemställt|hemställ',
    to: 'begära|begär|begärde|begärt|begär',
    src: SL,
  },
  { verb: c1('hörsamma'), to: 'följa|följer|följde|följt|följ', src: SL },
  { verb: c1('inhämta'), to: c1('skaffa'), src: SL },
  {
    verb: 'inkomma med|inkommer med|inkom med|inkommit med|-',
    to: 'lämna in|lämnar in|lämnade in|lämnat in|-',
    passive: false,
    src: SL,
  },
  {
    verb: 'inkomma|inkommer|inkom|inkommit|-',
    to: 'komma in|kommer in|kom in|kommit in|-',
    passive: false,
    notBefore: ['med'],
    src: SL,
  },
  // ── Verbs (Lyssna) ──────────────────────────────────────────────────────────────────────
  {
    verb: 'tillhandahålla|tillhandahåller|tillhandahöll|tillhandahållit|tillhandahåll',
    to: 'ge|ger|gav|gett|ge',
    passive: { from: 'tillhandahållas|tillhandahålls|tillhandahölls|tillhandahållits', to: 'ges|ges|gavs|getts' },
  },
  { verb: 'tillställa|tillställer|tillställde|tillställt|tillställ', to: c1('skicka') },
  { verb: 'översända|översänder|översände|översänt|översänd', to: c1('skicka') },
  { verb: 'tillsända|tillsänder|tillsände|tillsänt|tillsänd', to: c1('skicka') },
  { verb: 'tillse|tillser|tillsåg|tillsett|tillse', to: 'se till|ser till|såg till|sett till|se till', passive: false },
  {
    verb: c1('utfärda'),
    to: 'ge|ger|gav|gett|ge',
    passive: { from: 'utfärdas|utfärdas|utfärdades|utfärdats', to: 'ges|ges|gavs|getts' },
  },
  {
    verb: c1('bevilja'),
    to: 'ge|ger|gav|gett|ge',
    passive: { from: 'beviljas|beviljas|beviljades|beviljats', to: 'ges|ges|gavs|getts' },
  },
  {
    verb: 'verkställa|verkställer|verkställde|verkställt|verkställ',
    to: 'genomföra|genomför|genomförde|genomfört|genomför',
    passive: {
      from: 'verkställas|verkställs|verkställdes|verkställts',
      to: 'genomföras|genomförs|genomfördes|genomförts',
    },
  },
  { verb: c1('åberopa'), to: c1('hänvisa till'), passive: false },
  { verb: 'åtnjuta|åtnjuter|åtnjöt|åtnjutit|-', to: 'ha|har|hade|haft|-', passive: false },
  { verb: c1('inneha').replace('innehat', 'innehaft'), to: 'ha|har|hade|haft|ha', passive: false },
  {
    verb: c1('nyttja'),
    to: 'använda|använder|använde|använt|använd',
    passive: { from: 'nyttjas|nyttjas|nyttjades|nyttjats', to: 'användas|används|användes|använts' },
  },
  {
    verb: c1('begagna'),
    to: 'använda|använder|använde|använt|använd',
    passive: { from: 'begagnas|begagnas|begagnades|begagnats', to: 'användas|används|användes|använts' },
  },
  {
    verb: c1('beakta'),
    to: 'ta hänsyn till|tar hänsyn till|tog hänsyn till|tagit hänsyn till|ta hänsyn till',
    passive: false,
  },
  {
    verb: 'anhålla om|anhåller om|anhöll om|anhållit om|anhåll om',
    to: 'be om|ber om|bad om|bett om|be om',
    passive: false,
  },
  { verb: 'ombesörja|ombesörjer|ombesörjde|ombesörjt|ombesörj', to: c1('ordna') },
  { verb: c1('förorsaka'), to: c1('orsaka') },
  {
    verb: c1('inlämna'),
    to: c1('lämna in'),
    passive: { from: 'inlämnas|inlämnas|inlämnades|inlämnats', to: 'lämnas in|lämnas in|lämnades in|lämnats in' },
  },
  { verb: c1('förfoga över'), to: 'ha|har|hade|haft|ha', passive: false },
  { verb: 'vidtaga|vidtager|vidtog|vidtagit|vidtag', to: 'vidta|vidtar|vidtog|vidtagit|vidta', passive: false },
  { verb: 'äga rum|äger rum|ägde rum|ägt rum|-', to: 'ske|sker|skedde|skett|-', passive: false },
  {
    verb: 'tillkännage|tillkännager|tillkännagav|tillkännagett|tillkännage',
    to: c1('meddela'),
    passive: {
      from: 'tillkännages|tillkännages|tillkännagavs|tillkännagetts',
      to: 'meddelas|meddelas|meddelades|meddelats',
    },
  },
  {
    verb: 'kungöra|kungör|kungjorde|kungjort|kungör',
    to: c1('meddela'),
    passive: { from: 'kungöras|kungörs|kungjordes|kungjorts', to: 'meddelas|meddelas|meddelades|meddelats' },
  },
  { verb: 'avhjälpa|avhjälper|avhjälpte|avhjälpt|avhjälp', to: c1('åtgärda') },
  { verb: c1('anskaffa'), to: c1('skaffa') },
  { verb: c1('införskaffa'), to: c1('skaffa') },
  { verb: c1('påbörja'), to: c1('börja'), passive: false },
  { verb: 'uppbära|uppbär|uppbar|uppburit|-', to: 'få|får|fick|fått|-', passive: false },
  {
    verb: 'fastställa|fastställer|fastställde|fastställt|fastställ',
    to: 'bestämma|bestämmer|bestämde|bestämt|bestäm',
    passive: { from: 'fastställas|fastställs|fastställdes|fastställts', to: 'bestämmas|bestäms|bestämdes|bestämts' },
  },
  {
    verb: 'bifalla|bifaller|biföll|bifallit|bifall',
    to: 'godkänna|godkänner|godkände|godkänt|godkänn',
    passive: { from: 'bifallas|bifalls|bifölls|bifallits', to: 'godkännas|godkänns|godkändes|godkänts' },
  },
  { verb: c1('underrätta'), to: c1('informera') },
  {
    verb: c1('överlämna'),
    to: c1('lämna över'),
    passive: {
      from: 'överlämnas|överlämnas|överlämnades|överlämnats',
      to: 'lämnas över|lämnas över|lämnades över|lämnats över',
    },
  },
  {
    verb: 'biträda|biträder|biträdde|biträtt|biträd',
    to: 'hjälpa|hjälper|hjälpte|hjälpt|hjälp',
    passive: { from: 'biträdas|biträds|biträddes|biträtts', to: 'hjälpas|hjälps|hjälptes|hjälpts' },
  },
  { verb: c1('utröna'), to: 'ta reda på|tar reda på|tog reda på|tagit reda på|ta reda på', passive: false },
  {
    verb: c1('avyttra'),
    to: 'sälja|säljer|sålde|sålt|sälj',
    passive: { from: 'avyttras|avyttras|avyttrades|avyttrats', to: 'säljas|säljs|såldes|sålts' },
  },
  {
    verb: 'finnas att tillgå|finns att tillgå|fanns att tillgå|funnits att tillgå|-',
    to: 'finnas|finns|fanns|funnits|-',
    passive: false,
  },
  {
    verb: 'kvarstå|kvarstår|kvarstod|kvarstått|-',
    to: 'finnas kvar|finns kvar|fanns kvar|funnits kvar|-',
    passive: false,
  },
  {
    verb: 'bedriva|bedriver|bedrev|bedrivit|bedriv',
    to: 'driva|driver|drev|drivit|driv',
    passive: { from: 'bedrivas|bedrivs|bedrevs|bedrivits', to: 'drivas|drivs|drevs|drivits' },
  },
  {
    verb: 'åstadkomma|åstadkommer|åstadkom|åstadkommit|-',
    to: c1('skapa'),
    passive: { from: 'åstadkommas|åstadkoms|åstadkoms|åstadkommits', to: 'skapas|skapas|skapades|skapats' },
  },
  { verb: c1('uppvisa'), to: c1('visa') },
  { verb: 'deltaga|deltager|deltog|deltagit|deltag', to: 'delta|deltar|deltog|deltagit|delta', passive: false },
  { verb: 'hänskjuta|hänskjuter|hänsköt|hänskjutit|-', to: c1('skicka vidare'), passive: false },
  {
    verb: c1('vidarebefordra'),
    to: c1('skicka vidare'),
    passive: {
      from: 'vidarebefordras|vidarebefordras|vidarebefordrades|vidarebefordrats',
      to: 'skickas vidare|skickas vidare|skickades vidare|skickats vidare',
    },
  },
  {
    verb: 'hänföra sig till|hänför sig till|hänförde sig till|hänfört sig till|-',
    to: 'gälla|gäller|gällde|gällt|-',
    passive: false,
  },
  { verb: 'äga rätt|äger rätt|ägde rätt|ägt rätt|-', to: 'ha rätt|har rätt|hade rätt|haft rätt|-', passive: false },
  {
    verb: c1('upprätta'),
    to: 'göra|gör|gjorde|gjort|gör',
    passive: { from: 'upprättas|upprättas|upprättades|upprättats', to: 'göras|görs|gjordes|gjorts' },
  },
  { verb: c1('tillstyrka'), to: 'säga ja till|säger ja till|sa ja till|sagt ja till|säg ja till', passive: false },
  { verb: c1('avstyrka'), to: 'säga nej till|säger nej till|sa nej till|sagt nej till|säg nej till', passive: false },
  { verb: c1('verka för'), to: c1('arbeta för'), passive: false },
  {
    verb: 'tillvarata|tillvaratar|tillvaratog|tillvaratagit|tillvarata',
    to: 'ta vara på|tar vara på|tog vara på|tagit vara på|ta vara på',
    passive: false,
  },
  { verb: c1('tillfoga'), to: c1('orsaka') },
  {
    verb: c1('underteckna'),
    to: 'skriva under|skriver under|skrev under|skrivit under|skriv under',
    passive: {
      from: 'undertecknas|undertecknas|undertecknades|undertecknats',
      to: 'skrivas under|skrivs under|skrevs under|skrivits under',
    },
  },
  {
    verb: c1('fordra'),
    to: 'kräva|kräver|krävde|krävt|kräv',
    passive: { from: 'fordras|fordras|fordrades|fordrats', to: 'krävas|krävs|krävdes|krävts' },
  },
  { verb: 'utgöra|utgör|utgjorde|utgjort|-', to: 'vara|är|var|varit|-', passive: false },
  { verb: 'innebära|innebär|innebar|inneburit|-', to: 'betyda|betyder|betydde|betytt|-', passive: false },
  {
    verb: 'disponera|disponerar|disponerade|disponerat|-',
    to: 'ha tillgång till|har tillgång till|hade tillgång till|haft tillgång till|-',
    passive: false,
  },
  { verb: c1('initiera'), to: c1('starta') },
  {
    verb: c1('implementera'),
    to: 'införa|inför|införde|infört|inför',
    passive: {
      from: 'implementeras|implementeras|implementerades|implementerats',
      to: 'införas|införs|infördes|införts',
    },
  },
  { verb: c1('tillskapa'), to: c1('skapa') },
  { verb: 'upphöra|upphör|upphörde|upphört|-', to: c1('sluta'), passive: false },
  { verb: 'bistå|bistår|bistod|bistått|bistå', to: 'hjälpa|hjälper|hjälpte|hjälpt|hjälp', passive: false },
  {
    verb: 'säkerställa att|säkerställer att|säkerställde att|säkerställt att|säkerställ att',
    to: 'se till att|ser till att|såg till att|sett till att|se till att',
    passive: false,
  },
  {
    verb: 'ta i anspråk|tar i anspråk|tog i anspråk|tagit i anspråk|-',
    to: 'använda|använder|använde|använt|-',
    passive: {
      from: 'tas i anspråk|tas i anspråk|togs i anspråk|tagits i anspråk',
      to: 'användas|används|användes|använts',
    },
  },
  { verb: 'ådra sig|ådrar sig|ådrog sig|ådragit sig|-', to: 'få|får|fick|fått|-', passive: false },
  {
    verb: c1('förorda'),
    to: 'föreslå|föreslår|föreslog|föreslagit|föreslå',
    passive: { from: 'förordas|förordas|förordades|förordats', to: 'föreslås|föreslås|föreslogs|föreslagits' },
  },
  { verb: 'framgå av|framgår av|framgick av|framgått av|-', to: 'stå i|står i|stod i|stått i|-', passive: false },
  {
    verb: 'göra en bedömning av|gör en bedömning av|gjorde en bedömning av|gjort en bedömning av|gör en bedömning av',
    to: 'bedöma|bedömer|bedömde|bedömt|bedöm',
    passive: false,
  },
  {
    verb: 'göra en bedömning|gör en bedömning|gjorde en bedömning|gjort en bedömning|gör en bedömning',
    to: 'bedöma|bedömer|bedömde|bedömt|bedöm',
    passive: false,
    notBefore: ['av', 'som'],
  },
  {
    verb: 'genomföra en utredning av|genomför en utredning av|genomförde en utredning av|genomfört en utredning av|-',
    to: 'utreda|utreder|utredde|utrett|-',
    passive: false,
  },
  // "söka" is the everyday verb for "ansöka om" (söka bidrag, söka plats). "om" may also open a
  // condition ("Du kan ansöka om du bor här"): never before a clause, a pronoun or "att".
  {
    verb: 'ansöka om|ansöker om|ansökte om|ansökt om|ansök om',
    to: 'söka|söker|sökte|sökt|sök',
    passive: false,
    notBefore: ['att', 'du', 'ni', 'vi', 'jag', 'han', 'hon', 'hen', 'man', 'de', 'det', 'den', 'inte'],
    notBeforeClause: true,
  },
  {
    verb: 'göra en ansökan om|gör en ansökan om|gjorde en ansökan om|gjort en ansökan om|gör en ansökan om',
    to: 'söka|söker|sökte|sökt|sök',
    passive: false,
    notBefore: ['att', 'du', 'ni', 'vi', 'jag', 'han', 'hon', 'hen', 'man', 'de', 'det', 'den', 'inte'],
    notBeforeClause: true,
  },
  {
    verb: 'göra en ansökan|gör en ansökan|gjorde en ansökan|gjort en ansökan|gör en ansökan',
    to: 'ansöka|ansöker|ansökte|ansökt|ansök',
    passive: false,
  },
  {
    verb: 'ha möjlighet att|har möjlighet att|hade möjlighet att|haft möjlighet att|-',
    to: 'kunna|kan|kunde|kunnat|-',
    passive: false,
  },
  {
    verb: 'ges möjlighet att|ges möjlighet att|gavs möjlighet att|getts möjlighet att|-',
    to: 'få|får|fick|fått|-',
    passive: false,
  },
  {
    verb: 'bereda möjlighet|bereder möjlighet|beredde möjlighet|berett möjlighet|-',
    to: 'ge möjlighet|ger möjlighet|gav möjlighet|gett möjlighet|-',
    passive: {
      from: 'beredas möjlighet|bereds möjlighet|bereddes möjlighet|beretts möjlighet',
      to: 'ges möjlighet|ges möjlighet|gavs möjlighet|getts möjlighet',
    },
  },
  {
    verb: 'ha för avsikt att|har för avsikt att|hade för avsikt att|haft för avsikt att|-',
    to: 'planera att|planerar att|planerade att|planerat att|-',
    passive: false,
  },
  {
    verb: 'vara i behov av|är i behov av|var i behov av|varit i behov av|-',
    to: 'behöva|behöver|behövde|behövt|-',
    passive: false,
  },
  {
    verb: 'vara berättigad till|är berättigad till|var berättigad till|varit berättigad till|-',
    to: 'ha rätt till|har rätt till|hade rätt till|haft rätt till|-',
    passive: false,
  },
  {
    verb: 'vara berättigade till|är berättigade till|var berättigade till|varit berättigade till|-',
    to: 'ha rätt till|har rätt till|hade rätt till|haft rätt till|-',
    passive: false,
  },
  {
    verb: 'vara berättigad att|är berättigad att|var berättigad att|varit berättigad att|-',
    to: 'ha rätt att|har rätt att|hade rätt att|haft rätt att|-',
    passive: false,
  },
  {
    verb: 'vara belägen|är belägen|var belägen|varit belägen|-',
    to: 'ligga|ligger|låg|legat|-',
    passive: false,
    src: SL,
  },
  {
    verb: 'vara beläget|är beläget|var beläget|varit beläget|-',
    to: 'ligga|ligger|låg|legat|-',
    passive: false,
    src: SL,
  },
  {
    verb: 'vara belägna|är belägna|var belägna|varit belägna|-',
    to: 'ligga|ligger|låg|legat|-',
    passive: false,
    src: SL,
  },
  { phrase: 'är skyldig att|är skyldiga att|är skyldigt att', to: 'måste' },
  { phrase: 'var skyldig att', to: 'var tvungen att' },
  { phrase: 'var skyldiga att', to: 'var tvungna att' },
  { phrase: 'det är av vikt att', to: 'det är viktigt att' },
  { phrase: 'torde', to: 'bör', src: SL },
  { phrase: 'skall', to: 'ska' },
  // ── Nouns ───────────────────────────────────────────────────────────────────────────────
  {
    noun: 'anmaning|anmaningen|anmaningar|anmaningarna',
    to: 'uppmaning|uppmaningen|uppmaningar|uppmaningarna',
    src: SL,
  },
  { noun: 'anmodan|anmodan|-|-', to: 'uppmaning|uppmaningen|-|-', src: SL },
  { noun: 'avbidan|avbidan|-|-', to: 'väntan|väntan|-|-', src: SL },
  { noun: 'avnämare|avnämaren|avnämare|avnämarna', to: 'mottagare|mottagaren|mottagare|mottagarna', src: SL },
  { noun: 'avskrift|avskriften|avskrifter|avskrifterna', to: 'kopia|kopian|kopior|kopiorna', src: SL },
  {
    noun: 'redogörelse|redogörelsen|redogörelser|redogörelserna',
    to: 'beskrivning|beskrivningen|beskrivningar|beskrivningarna',
  },
  {
    noun: 'inbetalning|inbetalningen|inbetalningar|inbetalningarna',
    to: 'betalning|betalningen|betalningar|betalningarna',
  },
  { noun: 'anhållan|anhållan|-|-', to: 'begäran|begäran|-|-' },
  {
    noun: 'ansökningsblankett|ansökningsblanketten|ansökningsblanketter|ansökningsblanketterna',
    to: 'blankett|blanketten|blanketter|blanketterna',
  },
  { noun: 'tidsfrist|tidsfristen|tidsfrister|tidsfristerna', to: 'tid|tiden|tider|tiderna' },
  { noun: 'avgiftsnivå|avgiftsnivån|avgiftsnivåer|avgiftsnivåerna', to: 'avgift|avgiften|avgifter|avgifterna' },
  {
    noun: 'merkostnad|-|merkostnader|-',
    to: 'extra kostnad|-|extra kostnader|-',
  },
  { noun: 'tidpunkt|tidpunkten|tidpunkter|tidpunkterna', to: 'tid|tiden|tider|tiderna' },
  { noun: 'förfarande|förfarandet|förfaranden|förfarandena', to: 'sätt|sättet|sätt|sätten' },
  {
    noun: 'tillvägagångssätt|tillvägagångssättet|tillvägagångssätt|tillvägagångssätten',
    to: 'sätt|sättet|sätt|sätten',
  },
  { noun: 'syfte|syftet|syften|syftena', to: 'mål|målet|mål|målen' },
  { noun: 'ändamål|ändamålet|ändamål|ändamålen', to: 'mål|målet|mål|målen' },
  { noun: 'tidsperiod|tidsperioden|tidsperioder|tidsperioderna', to: 'period|perioden|perioder|perioderna' },
  {
    noun: 'ersättningsnivå|ersättningsnivån|ersättningsnivåer|ersättningsnivåerna',
    to: 'ersättning|ersättningen|ersättningar|ersättningarna',
  },
  { noun: 'bidragsbelopp|bidragsbeloppet|bidragsbelopp|bidragsbeloppen', to: 'bidrag|bidraget|bidrag|bidragen' },
  { noun: 'inkomstnivå|inkomstnivån|inkomstnivåer|inkomstnivåerna', to: 'inkomst|inkomsten|inkomster|inkomsterna' },
  // ── Adjectives ──────────────────────────────────────────────────────────────────────────
  { adj: 'erforderlig|erforderligt|erforderliga', to: 'nödvändig|nödvändigt|nödvändiga' },
  { adj: 'dylik|dylikt|dylika', to: 'sådan|sådant|sådana' },
  { adj: 'skyndsam|skyndsamt|skyndsamma', to: 'snabb|snabbt|snabba' },
  { adj: 'sedvanlig|sedvanligt|sedvanliga', to: 'vanlig|vanligt|vanliga' },
  { adj: 'ändamålsenlig|ändamålsenligt|ändamålsenliga', to: 'lämplig|lämpligt|lämpliga' },
  { adj: 'kostnadsfri|kostnadsfritt|kostnadsfria', to: 'gratis|gratis|gratis' },
  { adj: 'avgiftsfri|avgiftsfritt|avgiftsfria', to: 'gratis|gratis|gratis' },
  { adj: 'adekvat|-|adekvata', to: 'lämplig|-|lämpliga' },
  { adj: 'nedanstående|nedanstående|nedanstående', to: 'följande|följande|följande' },
  { adj: 'påföljande|påföljande|påföljande', to: 'nästa|nästa|nästa', notAfter: ['den', 'det', 'de'] },
  { adj: 'samtliga|samtliga|samtliga', to: 'alla|alla|alla' },
  { adj: 'befintlig|befintligt|befintliga', to: 'nuvarande|nuvarande|nuvarande' },
  { adj: 'fullständig|fullständigt|fullständiga', to: 'komplett|komplett|kompletta' },
  { adj: 'avsevärd|-|avsevärda', to: 'stor|-|stora' },
  { adj: 'marginell|-|marginella', to: 'liten|-|små' },
  { adj: 'angelägen|angeläget|angelägna', to: 'viktig|viktigt|viktiga', notBefore: ['om'] },
  { adj: 'fördelaktig|fördelaktigt|fördelaktiga', to: 'bra|bra|bra' },
  { adj: 'problematisk|problematiskt|problematiska', to: 'svår|svårt|svåra' },
  // ── Words and phrases (Svarta listan) ──────────────────────────────────────────────────────
  { phrase: 'därvid', to: 'då', src: SL },
  { phrase: 'eljest', to: 'annars', src: SL },
  { phrase: 'envar', to: 'var och en', src: SL },
  { phrase: 'ettvart', to: 'vart och ett', src: SL },
  { phrase: 'jämlikt', to: 'enligt', src: SL },
  { phrase: 'jämte', to: 'tillsammans med', src: SL },
  { phrase: 'om så erfordras|om så krävs', to: 'om det behövs', src: SL },
  // ── Words and phrases (Lyssna) ─────────────────────────────────────────────────────────────
  { phrase: 'samt', to: 'och' },
  { phrase: 'beträffande', to: 'om' },
  { phrase: 'vad beträffar|vad gäller|vad avser', to: 'när det gäller' },
  { phrase: 'med avseende på', to: 'när det gäller' },
  {
    phrase: 'avseende',
    to: 'om',
    notAfter: [
      ...DETERMINERS,
      'dess',
      'detta',
      'det',
      'alla',
      'två',
      'tre',
      'fyra',
      'flera',
      'olika',
      'ett',
      'något',
      'ena',
      'andra',
      'viktigt',
      'annat',
      'visst',
    ],
    midSentence: true,
  },
  { phrase: 'angående', to: 'om' },
  {
    phrase: 'rörande',
    to: 'om',
    midSentence: true,
    notAfter: ['en', 'ett', 'mycket', 'så', 'är', 'var', 'den', 'det', 'de'],
  },
  { phrase: 'i syfte att|i avsikt att', to: 'för att' },
  { phrase: 'i enlighet med', to: 'enligt' },
  { phrase: 'emedan|enär', to: 'eftersom' },
  { phrase: 'i och med att', to: 'eftersom' },
  { phrase: 'på grund av att', to: 'eftersom' },
  { phrase: 'därest', to: 'om' },
  { phrase: 'såvida', to: 'om' },
  { phrase: 'huruvida', to: 'om' },
  { phrase: 'ifall', to: 'om' },
  { phrase: 'medelst', to: 'med' },
  { phrase: 'oaktat', to: 'trots' },
  { phrase: 'likväl|icke desto mindre', to: 'ändå' },
  { phrase: 'dessförinnan', to: 'innan dess' },
  { phrase: 'därefter', to: 'sedan' },
  { phrase: 'därtill|därutöver|därjämte|härutöver', to: 'dessutom' },
  { phrase: 'tillika|ävenledes|likaledes|jämväl', to: 'också' },
  { phrase: 'ävensom', to: 'och' },
  { phrase: 'sedermera', to: 'senare' },
  { phrase: 'alltjämt', to: 'fortfarande' },
  { phrase: 'måhända', to: 'kanske' },
  { phrase: 'ånyo', to: 'igen' },
  { phrase: 'ofördröjligen|utan dröjsmål', to: 'genast' },
  { phrase: 'snarast möjligt', to: 'så snart som möjligt' },
  { phrase: 'i dagsläget|i nuläget|för närvarande|för tillfället', to: 'nu' },
  { phrase: 'inom kort', to: 'snart' },
  { phrase: 'i förekommande fall', to: 'vid behov' },
  { phrase: 'i den mån', to: 'om' },
  {
    phrase:
      'i händelse av att|under förutsättning att|förutsatt att|i det fall att|för det fall att|för den händelse att',
    to: 'om',
  },
  { phrase: 'i händelse av', to: 'vid' },
  { phrase: 'i de fall då|i de fall när|i de fall där', to: 'när' },
  { phrase: 'i de fall', to: 'när', notBefore: ['som', 'och', 'det', ','] },
  { phrase: 'i vissa fall', to: 'ibland' },
  { phrase: 'i många fall', to: 'ofta' },
  { phrase: 'i de flesta fall', to: 'oftast' },
  { phrase: 'med anledning av|till följd av', to: 'på grund av' },
  { phrase: 'i samband med att', to: 'när' },
  { phrase: 'med hjälp av', to: 'med' },
  { phrase: 'i fråga om', to: 'om' },
  { phrase: 'i likhet med', to: 'som' },
  { phrase: 'såsom', to: 'som' },
  { phrase: 'i egenskap av', to: 'som' },
  { phrase: 'med undantag av|med undantag för', to: 'utom' },
  { phrase: 'gentemot', to: 'mot' },
  { phrase: 'per capita', to: 'per person' },
  { phrase: 'de facto', to: 'i praktiken' },
  { phrase: 'på basis av|på grundval av', to: 'utifrån' },
  { phrase: 'inom ramen för', to: 'inom' },
  { phrase: 'i regel|i allmänhet', to: 'oftast' },
  { phrase: 'till övervägande del', to: 'mest' },
  { phrase: 'i synnerhet', to: 'särskilt' },
  { phrase: 'i sin helhet', to: 'helt' },
  {
    phrase: 'i möjligaste mån|i största möjliga utsträckning|i så stor utsträckning som möjligt',
    to: 'så mycket som möjligt',
  },
  { phrase: 'i viss utsträckning', to: 'delvis' },
  { phrase: 'i hög grad', to: 'mycket' },
  { phrase: 'till dess att|intill dess att', to: 'tills' },
  { phrase: 'icke', to: 'inte', notBefore: ['-'] },
  { phrase: 'ej', to: 'inte' },
  { phrase: 'alternativt', to: 'eller', midSentence: true, notAfter: ['som', 'att'] },
  { phrase: 'således|följaktligen', to: 'alltså' },
  { phrase: 'härigenom|därigenom', to: 'på så sätt' },
  { phrase: 'härvid', to: 'då' },
  { phrase: 'inledningsvis', to: 'först' },
  { phrase: 'avslutningsvis', to: 'till sist' },
  { phrase: 'huvudsakligen|företrädesvis', to: 'främst' },
  { phrase: 'förhållandevis|jämförelsevis', to: 'ganska' },
  { phrase: 'synnerligen', to: 'mycket' },
  { phrase: 'omgående', to: 'genast', notAfter: ['ett', 'en', 'det', 'den'] },
  { phrase: 'på sikt', to: 'längre fram' },
  // Not before "av ...": "i ett tidigt skede av processen" names a stage of something.
  { phrase: 'i ett senare skede|vid ett senare tillfälle', to: 'senare', notBefore: ['av', 'i'] },
  { phrase: 'i ett tidigt skede', to: 'tidigt', notBefore: ['av', 'i'] },
  { phrase: 'under innevarande år', to: 'i år' },
  { phrase: 'föregående år', to: 'förra året', notAfter: ['det'] },
  { phrase: 'innevarande år', to: 'i år', notAfter: ['det', 'under'] },
  { phrase: 'om så är fallet', to: 'i så fall' },
  { phrase: 'ett flertal', to: 'flera' },
  { phrase: 'ett stort antal', to: 'många' },
  { phrase: 'merparten av|huvuddelen av', to: 'största delen av' },
  { phrase: 'vid ett flertal tillfällen|vid upprepade tillfällen', to: 'flera gånger' },
  { phrase: 'vid varje tillfälle', to: 'varje gång' },
  { phrase: 'vid detta tillfälle', to: 'då' },
  { phrase: 'till gagn för', to: 'till nytta för' },
  { phrase: 'vederbörligen', to: 'på rätt sätt' },
  { phrase: 'i annat fall', to: 'annars' },
  { phrase: 'i tillämpliga delar', to: 'där det passar' },
  { phrase: 'i erforderlig omfattning', to: 'så mycket som behövs' },
  { phrase: 'i samråd med', to: 'tillsammans med' },
  { phrase: 'till förmån för', to: 'för' },
  { phrase: 'tillsvidare', to: 'tills vidare' },
  { phrase: 'med utgångspunkt i|med utgångspunkt från', to: 'utifrån' },
  { phrase: 'med beaktande av', to: 'med hänsyn till' },
  { phrase: 'på förhand', to: 'i förväg' },
  { phrase: 'vid en senare tidpunkt', to: 'senare' },
  { phrase: 'oavsett huruvida', to: 'oavsett om' },
];

/**
 * Svarta listan entries not used, and why (../shared/data/plain-language/svarta-listan.json):
 * - no alternative given, or "it depends": ankomma ("det ankommer på" needs a new sentence), beskaffenhet
 *   (art, slag or sort by context), angå, belägen (as a word: only "är belägen" is used), belöpa,
 *   domarvärv, dröjsmål (only "utan dröjsmål"), efterrättelse, erinran ("ingen erinran" = no objection),
 *   fråga, föranstalta, förfalla, förfara, förordna, försorg, hinder, hörande, iaktta, ifrågasatt,
 *   ikläda sig, inställa, lagfaren, föreskrift, förutskicka.
 * - meaning differs in municipal text: bereda ("bereda ett ärende" = prepare; only "bereda möjlighet"),
 *   bestrida, besvär, biträde (legal aid), ansvar (as a heading), efterge, foga, innehålla ("contain"
 *   is the common sense), jämka, lända, förebringa, anhängiggöra (legal).
 * - the plain noun has another gender (article and adjectives would break): lagrum (bestämmelse),
 *   biträde (hjälp), dröjsmål (försening), efterlevnad.
 */
export const SVARTA_LISTAN_SKIPPED = [
  'ankomma',
  'belägen',
  'beskaffenhet',
  'som ifrågasätts',
  'angå',
  'belöpa',
  'domarvärv',
  'efterrättelse',
  'erinran',
  'fråga',
  'föranstalta',
  'förfalla',
  'förfara',
  'förordna',
  'försorg',
  'hinder',
  'hörande',
  'iaktta',
  'ifrågasatt',
  'ikläda sig',
  'inställa',
  'lagfaren',
  'föreskrift',
  'förutskicka',
  'bereda',
  'bestrida',
  'besvär',
  'biträde',
  'ansvar',
  'efterge',
  'foga',
  'innehålla',
  'jämka',
  'lända',
  'förebringa',
  'anhängiggöra',
  'lagrum',
  'dröjsmål',
  'efterlevnad',
] as const;
