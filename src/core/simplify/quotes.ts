/**
 * Quotations with the speaker first: a reader should know who speaks before the words come.
 *
 *   "– Det blir fler bygglov på sommaren. Ansök i tid, säger Dan Ola Norberg, enhetschef."
 *   → "Dan Ola Norberg, enhetschef, säger: – Det blir fler bygglov på sommaren. Ansök i tid."
 *
 * Works on a whole block (a quotation may run over several sentences): the block opens with a
 * quotation dash or mark, and its last sentence ends ", säger/berättar/... SPEAKER." with a speaker
 * that starts with a capital (a name) or a pronoun.
 */

const SPEECH_VERBS =
  'säger|sa|sade|berättar|berättade|förklarar|förklarade|menar|konstaterar|skriver|svarar|betonar|understryker|tycker|hälsar';
const QUOTE = new RegExp(
  String.raw`^([–—]\s*|[”"»])([\s\S]+?)[,]?([”"«]?),\s+(${SPEECH_VERBS})\s+((?:han|hon|hen|de|\p{Lu})[^.!?]*?)\.$`,
  'u',
);

export function speakerFirst(block: string): string | null {
  const m = QUOTE.exec(block.trim());
  if (!m) return null;
  const [, open = '', words = '', close = '', verb = '', speaker = ''] = m;
  const body = words.trim().replace(/[,;:]$/u, '');
  const ended = /[.!?]$/u.test(body) ? body : body + '.';
  let who = /^(han|hon|hen|de)\b/u.test(speaker) ? speaker.charAt(0).toUpperCase() + speaker.slice(1) : speaker;
  // An apposition after the name is closed by a comma before the verb: "Anna Berg, chef, säger".
  if (who.includes(',')) who += ',';
  return `${who} ${verb}: ${open.trim()}${open.trim() === '–' || open.trim() === '—' ? ' ' : ''}${ended}${close}`;
}

/** A name: two to four words with a capital, and a party in brackets after it ("Erik Pelling (S)"). */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}`;
const ATTRIBUTION = new RegExp(
  String.raw`^(.+),\s+(${SPEECH_VERBS})\s+(${NAME})(\s+\([\p{Lu}\p{Ll}]{1,4}\))?,\s+(\p{Ll}[^,;:()]*?)\.$`,
  'u',
);

/**
 * Who a speaker is, said in a sentence of its own: "..., säger Jenny Qvitslund, kommunens
 * säkerhetssamordnare." → "..., säger Jenny Qvitslund." and "Jenny Qvitslund är kommunens
 * säkerhetssamordnare." The words said stay as they are; only the speaker's title moves out.
 */
export function speakerTitle(sentence: string): string[] | null {
  const m = ATTRIBUTION.exec(sentence.trim());
  if (!m) return null;
  const [, words = '', verb = '', name = '', party = '', title = ''] = m;
  // A title is a noun phrase: "kommunens säkerhetssamordnare", "smittskyddsläkare i Sörmland".
  if (title.split(/\s+/u).length > 8) return null;
  return [`${words}, ${verb} ${name}${party}.`, `${name} är ${title}.`];
}
