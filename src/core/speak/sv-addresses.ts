/** Web and e-mail addresses, read the way Swedes say them. */

import type { Shelf } from './placeholders';

const TLDS = 'se|nu|com|org|net|eu|info|gov|io|fi|no|dk|de|uk|edu|app|int';
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const URL_RE = new RegExp(
  `(?:https?:\\/\\/|www\\.)[^\\s<>"”]+|(?<![\\p{L}\\p{N}@.\\/-])[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:${TLDS})(?![\\p{L}\\p{N}-])(?:\\/[^\\s<>"”]*)?`,
  'gu',
);
const TRAILING_PUNCT = /[.,;:!?)\]”"'’]+$/u;

function speakHost(host: string): string {
  return host
    .split('.')
    .filter(Boolean)
    .map((label) => (label === '1177' ? '11 77' : label.replace(/-/g, ' bindestreck ')))
    .join(' punkt ');
}

/**
 * "www.umea.se/bygglov" → "umea punkt se snedstreck bygglov". The scheme and "www." are left out, as
 * Swedes do when they read an address aloud. A long or technical path (query strings, ids, more than
 * two folders) is not read at all: nobody can follow it by ear, and the host tells where it goes.
 */
export function speakUrl(url: string): string {
  const bare = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  const host = bare.split(/[/?#]/)[0] ?? '';
  const path = bare.slice(host.length);
  const parts = (path.split(/[?#]/)[0] ?? '').split('/').filter(Boolean);
  const readable =
    !/[?#=&%]/.test(path) && parts.length <= 2 && parts.every((p) => p.length <= 30 && /^[\p{L}\p{N}._-]+$/u.test(p));
  let spoken = speakHost(host);
  if (parts.length > 0 && readable) {
    const words = parts.map((p) => p.replace(/[-_]+/g, ' ').replace(/\./g, ' punkt ').trim());
    spoken += ` snedstreck ${words.join(' snedstreck ')}`;
  }
  return spoken;
}

/** "info@umea.se" → "info snabel-a umea punkt se". */
export function speakEmail(address: string): string {
  const at = address.indexOf('@');
  const local = address
    .slice(0, at)
    .replace(/\./g, ' punkt ')
    .replace(/-/g, ' bindestreck ')
    .replace(/_/g, ' understreck ');
  return `${local} snabel-a ${speakHost(address.slice(at + 1))}`.replace(/\s+/g, ' ');
}

/** What every e-mail or web address has: an "@", a "://", or a dot before a letter or digit. */
const ADDRESS_SIGN = /@|:\/\/|\.[\p{L}\p{N}]/u;

export function addresses(text: string, shelf: Shelf): string {
  if (!ADDRESS_SIGN.test(text)) return text;
  const shelve = (match: string, speak: (s: string) => string): string => {
    const trail = TRAILING_PUNCT.exec(match)?.[0] ?? '';
    const core = match.slice(0, match.length - trail.length);
    return core ? shelf.put(speak(core)) + trail : match;
  };
  text = text.replace(EMAIL, (m) => shelve(m, speakEmail));
  return text.replace(URL_RE, (m) => shelve(m, speakUrl));
}
