/**
 * All-caps words. Voices guess: some read "SKR" as a word, some spell "NATO". We decide: an acronym
 * Swedes spell out is written as spaced letters ("S K R"), one they say as a word is written with
 * one capital ("Nato"), and a shouted ordinary word ("VIKTIGT") is written in lower case.
 */

/** Acronyms said as words (and a few shouted words that are short enough to look like acronyms). */
const SAID_AS_WORDS: Record<string, string> = Object.fromEntries(
  // Organisations and names said as words
  (
    'NATO UNICEF UNESCO COVID AIDS NASA IKEA ICA FIFA UEFA SIDA SÄPO SIS BRÅ ROT RUT BUP VAB LUPP KRAV ' +
    'PIN APP ISO LAN SABO SALAR NOVA VINNOVA FORMAS SÄBO ' +
    // Short Swedish words that headings and buttons write in capitals
    'INFO MENY TIPS NYTT NY NYA NYHET HEM MAT SÖK NU JA NEJ OCH ELLER MED FÖR TILL PÅ AV OM VI DU NI HÄR ' +
    'VAD HUR NÄR VEM DET DEN SOM ALLA ÄR SKA KAN MER LÄS DAG TID JOBB BO'
  )
    .split(' ')
    .map((w) => [w, w.charAt(0) + w.slice(1).toLowerCase()]),
);
SAID_AS_WORDS.OK = 'okej';

/** Acronyms spelled out even in all-caps text, where everything else is taken as shouted words. */
const ALWAYS_SPELLED = new Set(
  (
    'SKR SKL LSS EU IT SMS FN SVT SR UR SJ CSN SFI AF HVB BVC MVC HLR GDPR SMHI MSB IVO ESF KPI USA UK ' +
    'TV ID PDF AB HB VA AI BRF LVU LVM PBL OSL HSL SOS SAS SCB SKV FK UD RF KS KF BUN SN MBN IFO ' +
    'ADHD PTSD HBTQ HBTQI KBT IVPA'
  ).split(' '),
);

const VOWELS = /[AEIOUYÅÄÖ]/;

/** True for Roman numerals after a name ("Karl XII"), which are left as written. */
function isRomanNumeral(word: string): boolean {
  return /^(?=[IVXLCDM]{2,}$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(word);
}

/** Whether an all-caps word of five letters or more is probably said as a word. */
function pronounceable(word: string): boolean {
  if (!VOWELS.test(word)) return false;
  // Four consonants in a row do not occur in Swedish words ("SKOLVERKET" has at most three).
  return !/[^AEIOUYÅÄÖ]{4}/.test(word);
}

/**
 * Four letters with two vowels and no two consonants side by side ("NATO", "SIDA", "UMEÅ", "IKEA")
 * read as a word; "SMHI", "OECD", "ADHD" are spelled.
 */
function fourLetterWord(word: string): boolean {
  return (word.match(/[AEIOUYÅÄÖ]/g) ?? []).length >= 2 && !/[^AEIOUYÅÄÖ]{2}/.test(word);
}

function spell(word: string): string {
  return [...word].join(' ');
}

function asWord(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

const CAPS_WORD = /(?<![\p{L}\p{N}\uE000-\uF8FF])\p{Lu}{2,}(?![\p{L}])/gu;

/**
 * Rewrites the all-caps words of a Swedish text for speech. When most words are in capitals (a
 * shouted heading), only well-known acronyms are spelled and the rest are read as words.
 */
export function speakAcronyms(text: string): string {
  if (!/\p{Lu}{2}/u.test(text)) return text; // no word in capitals: nothing to say otherwise
  const words = text.match(/\p{L}+/gu) ?? [];
  const caps = words.filter((w) => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase());
  const long = words.filter((w) => w.length >= 2);
  // A shouted heading: most words in capitals, or every word of two or more ("UMEÅ KOMMUN").
  const shouting =
    (caps.length >= 3 && caps.length >= 0.6 * words.length) || (caps.length >= 2 && caps.length === long.length);

  return text.replace(CAPS_WORD, (word, offset: number) => {
    const said = SAID_AS_WORDS[word];
    if (said !== undefined) return shouting ? said.toLowerCase() : said;
    if (isRomanNumeral(word) && /\p{Lu}\p{Ll}+\s$/u.test(text.slice(Math.max(0, offset - 20), offset))) return word;
    if (shouting) return ALWAYS_SPELLED.has(word) ? spell(word) : asWord(word).toLowerCase();
    if (ALWAYS_SPELLED.has(word)) return spell(word);
    if (word.length >= 5 && pronounceable(word)) return asWord(word);
    if (word.length === 4 && fourLetterWord(word)) return asWord(word);
    return spell(word);
  });
}
