import type { Sentence } from '../core/model';
import type { NarratorEvent } from '../speech/narrator';
import { languageName, operatingSystem, type Messages, type OperatingSystem, type UiLanguage } from '../ui/i18n';
import { secondsLeft } from './time-left';

/**
 * What the control's status line says, worked out from plain values: no DOM, no state. The player
 * decides when to show it.
 */

/**
 * "Mening 3 av 26 · cirka 4 min kvar": where reading is and how long is left at this speed. While a very
 * long page is still being read in (`complete` false) the total is what has been read in so far, and
 * the time left is not known yet: the status says so instead.
 */
export function progressStatus(
  t: Messages,
  sentences: readonly Sentence[],
  index: number,
  rate: number,
  complete = true,
): string {
  if (!complete) return `${t.sentenceOf(index + 1, sentences.length)} · ${t.restComing}`;
  // A quarter of a minute's grace: "cirka 1 min" for 70 seconds, not 2.
  const minutes = Math.ceil(secondsLeft(sentences, index, rate) / 60 - 0.25);
  return `${t.sentenceOf(index + 1, sentences.length)} · ${t.timeLeft(minutes)}`;
}

/** A speech error as a user can act on it: which voice to install on this system, or to press again. */
export function errorStatus(
  t: Messages,
  ui: UiLanguage,
  event: Extract<NarratorEvent, { type: 'error' }>,
  os: OperatingSystem,
): string {
  switch (event.code) {
    case 'no-voice':
      return t.noVoice(languageName(event.lang ?? 'sv', ui), os);
    case 'speech-off':
      return t.speechOff;
    case 'not-allowed':
      return t.notAllowed;
    default:
      return t.speechFailed;
  }
}

/** The system the page runs on, for install help ("Inställningar > Tid och språk" on Windows...). */
export function systemOf(win: Window | null): OperatingSystem {
  const nav = win?.navigator as (Navigator & { userAgentData?: { platform?: string } }) | undefined;
  return operatingSystem(nav?.userAgentData?.platform ?? nav?.platform, nav?.userAgent);
}
