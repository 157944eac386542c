/**
 * Every string a user sees, in Swedish and English. The page control follows the browser's language
 * (not the page's), because it speaks to the user, not about the page.
 */

const sv = {
  locale: 'sv-SE',
  regionLabel: 'Lyssna: uppläsning av sidan',
  listen: 'Lyssna',
  pause: 'Pausa',
  resume: 'Fortsätt',
  stop: 'Stoppa',
  previous: 'Föregående mening',
  next: 'Nästa mening',
  previousParagraph: 'Föregående stycke',
  nextParagraph: 'Nästa stycke',
  repeat: 'Läs meningen igen',
  more: 'Fler val',
  speed: 'Hastighet',
  voiceLabel: 'Röst',
  volume: 'Volym',
  close: 'Stäng Lyssna',
  ready: 'Tryck på Lyssna för att höra sidan.',
  preparing: 'Förbereder uppläsningen…',
  waitingForVoices: 'Väntar på att rösterna ska laddas…',
  sentenceOf: (n: number, total: number) => `Mening ${n} av ${total}`,
  timeLeft: (minutes: number) => (minutes < 1 ? 'mindre än en minut kvar' : `cirka ${minutes} min kvar`),
  paused: (n: number, total: number) => `Pausad vid mening ${n} av ${total}`,
  stopped: 'Uppläsningen är stoppad.',
  finished: 'Klart. Hela texten är uppläst.',
  noArticle: 'Här finns ingen artikel att läsa upp. Markera den text du vill höra och försök igen.',
  noVoice: (language: string, os: OperatingSystem) =>
    `Det finns ingen röst för ${language} på den här datorn. ${helpFor(voiceHelp.sv, os)}`,
  notAllowed: 'Webbläsaren tillät inte uppläsning utan ett klick. Tryck på Lyssna.',
  speechFailed: 'Uppläsningen avbröts av ett fel i talsyntesen. Försök igen.',
  shortcutsHint:
    'Kortkommandon: mellanslag pausar, vänster- och högerpil byter mening, upp- och nedpil byter stycke, R läser meningen igen, plus och minus ändrar hastigheten, Escape stoppar. Klicka på en mening på sidan för att läsa därifrån.',
  shortcutsHintReader:
    'Kortkommandon: mellanslag pausar, vänster- och högerpil byter mening, upp- och nedpil byter stycke, R läser meningen igen, plus och minus ändrar hastigheten, Escape stänger läsläget. Klicka på en mening i texten för att läsa därifrån.',
  selection: 'Markerad text',
  readSelection: 'Läs upp markerad text',
  noSelection: 'Ingen text är markerad. Markera den text du vill höra och försök igen.',
  otherPlayer: 'Pausad eftersom något annat började spela.',
  reader: 'Läsläge',
  readerClose: 'Stäng läsläget',
  readerSettings: 'Utseende',
  readerSettingsLabel: 'Utseende i läsläget',
  textSize: 'Textstorlek',
  lineSpacing: 'Radavstånd',
  letterSpacing: 'Teckenavstånd',
  wordSpacing: 'Ordavstånd',
  lineWidth: 'Radlängd',
  font: 'Typsnitt',
  theme: 'Färger',
  lineFocus: 'Radfokus',
  spacingLevels: ['Normalt', 'Lite större', 'Större', 'Mycket större', 'Störst'],
  widths: { narrow: 'Kort', medium: 'Mellan', wide: 'Lång' },
  fonts: { system: 'Systemets typsnitt', atkinson: 'Atkinson Hyperlegible', opendyslexic: 'OpenDyslexic' },
  themes: { light: 'Ljust', dark: 'Mörkt', cream: 'Gräddvitt', contrast: 'Hög kontrast' },
  lineFocusOff: 'Av',
  lines: (n: number) => (n === 1 ? '1 rad' : `${n} rader`),
  published: (date: string) => `Publicerad ${date}`,
  updated: (date: string) => `Uppdaterad ${date}`,
  readerNoArticle: 'Här finns ingen artikel att visa i läsläget.',
  easyToRead: 'Lättläst',
  keyPoints: 'Det viktigaste',
  lix: (before: string, after: string) => `Läsbarhet (LIX): ${before} i originalet, ${after} här.`,
  lixValue: (value: string, band: string) => `${value} (${band})`,
  lixBands: {
    'mycket lätt': 'mycket lätt',
    lätt: 'lätt',
    medelsvår: 'medelsvår',
    svår: 'svår',
    'mycket svår': 'mycket svår',
  } as Record<string, string>,
  explain: (term: string) => `Vad betyder ${term}?`,
  siteEasyToRead: 'Webbplatsen har en egen lättläst text.',
  siteEasyToReadLink: 'Läs den på webbplatsen',
};

type Messages = typeof sv;

const en: Messages = {
  locale: 'en-GB',
  regionLabel: 'Lyssna: read this page aloud',
  listen: 'Listen',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  previous: 'Previous sentence',
  next: 'Next sentence',
  previousParagraph: 'Previous paragraph',
  nextParagraph: 'Next paragraph',
  repeat: 'Read the sentence again',
  more: 'More options',
  speed: 'Speed',
  voiceLabel: 'Voice',
  volume: 'Volume',
  close: 'Close Lyssna',
  ready: 'Press Listen to hear this page.',
  preparing: 'Getting ready to read…',
  waitingForVoices: 'Waiting for voices to load…',
  sentenceOf: (n, total) => `Sentence ${n} of ${total}`,
  timeLeft: (minutes) => (minutes < 1 ? 'less than a minute left' : `about ${minutes} min left`),
  paused: (n, total) => `Paused at sentence ${n} of ${total}`,
  stopped: 'Reading stopped.',
  finished: 'Done. The whole text has been read.',
  noArticle: 'There is no article to read on this page. Select the text you want to hear and try again.',
  noVoice: (language, os) => `There is no voice for ${language} on this computer. ${helpFor(voiceHelp.en, os)}`,
  notAllowed: 'The browser did not allow reading without a click. Press Listen.',
  speechFailed: 'Reading stopped because of a speech synthesis error. Try again.',
  shortcutsHint:
    'Shortcuts: Space pauses, Left and Right arrows change sentence, Up and Down arrows change paragraph, R reads the sentence again, plus and minus change the speed, Escape stops. Click a sentence on the page to read from there.',
  shortcutsHintReader:
    'Shortcuts: Space pauses, Left and Right arrows change sentence, Up and Down arrows change paragraph, R reads the sentence again, plus and minus change the speed, Escape closes the reader view. Click a sentence in the text to read from there.',
  selection: 'Selected text',
  readSelection: 'Read the selected text aloud',
  noSelection: 'No text is selected. Select the text you want to hear and try again.',
  otherPlayer: 'Paused because something else started playing.',
  reader: 'Reader view',
  readerClose: 'Close reader view',
  readerSettings: 'Appearance',
  readerSettingsLabel: 'Reader view appearance',
  textSize: 'Text size',
  lineSpacing: 'Line spacing',
  letterSpacing: 'Letter spacing',
  wordSpacing: 'Word spacing',
  lineWidth: 'Line length',
  font: 'Font',
  theme: 'Colours',
  lineFocus: 'Line focus',
  spacingLevels: ['Normal', 'A little wider', 'Wider', 'Much wider', 'Widest'],
  widths: { narrow: 'Short', medium: 'Medium', wide: 'Long' },
  fonts: { system: 'System font', atkinson: 'Atkinson Hyperlegible', opendyslexic: 'OpenDyslexic' },
  themes: { light: 'Light', dark: 'Dark', cream: 'Cream', contrast: 'High contrast' },
  lineFocusOff: 'Off',
  lines: (n) => (n === 1 ? '1 line' : `${n} lines`),
  published: (date) => `Published ${date}`,
  updated: (date) => `Updated ${date}`,
  readerNoArticle: 'There is no article on this page to show in reader view.',
  easyToRead: 'Easy to read',
  keyPoints: 'Key points',
  lix: (before, after) => `Readability (LIX): ${before} in the original, ${after} here.`,
  lixValue: (value, band) => `${value} (${band})`,
  lixBands: {
    'mycket lätt': 'very easy',
    lätt: 'easy',
    medelsvår: 'medium',
    svår: 'hard',
    'mycket svår': 'very hard',
  },
  explain: (term) => `What does ${term} mean?`,
  siteEasyToRead: 'The site has its own easy-to-read text.',
  siteEasyToReadLink: 'Read it on the site',
};

export type OperatingSystem = 'windows' | 'macos' | 'chromeos' | 'android' | 'linux' | 'other';

/** How to add a voice, per system; the user's own system is named first, then the others for helpers. */
const voiceHelp: Record<UiLanguage, Record<Exclude<OperatingSystem, 'other'>, string>> = {
  sv: {
    windows: 'Windows: Inställningar > Tid och språk > Tal > Lägg till röster (svenska).',
    macos: 'macOS: Systeminställningar > Hjälpmedel > Uppläst innehåll > Systemröst (Alva eller Klara).',
    chromeos: 'ChromeOS: Inställningar > Tillgänglighet > Text-till-tal > Röster, välj svenska.',
    android: 'Android: installera Google Text-till-tal och ladda ner svenska under Inställningar > Tillgänglighet.',
    linux: 'Linux: installera speech-dispatcher och espeak-ng (Chromium startas med --enable-speech-dispatcher).',
  },
  en: {
    windows: 'Windows: Settings > Time & language > Speech > Add voices (Swedish).',
    macos: 'macOS: System Settings > Accessibility > Spoken Content > System voice (Alva or Klara).',
    chromeos: 'ChromeOS: Settings > Accessibility > Text-to-speech > Voices, choose Swedish.',
    android: 'Android: install Google Text-to-speech and download Swedish under Settings > Accessibility.',
    linux: 'Linux: install speech-dispatcher and espeak-ng (start Chromium with --enable-speech-dispatcher).',
  },
};

function helpFor(help: Record<Exclude<OperatingSystem, 'other'>, string>, os: OperatingSystem): string {
  const all = Object.entries(help) as Array<[OperatingSystem, string]>;
  return os === 'other' ? all.map(([, line]) => line).join(' ') : help[os as Exclude<OperatingSystem, 'other'>];
}

/** The user's system from the browser's own report (userAgentData where it exists, else the user agent). */
export function operatingSystem(platform: string | undefined, userAgent: string | undefined): OperatingSystem {
  const text = `${platform ?? ''} ${userAgent ?? ''}`;
  if (/android/i.test(text)) return 'android';
  if (/cros|chrome ?os/i.test(text)) return 'chromeos';
  if (/win/i.test(text)) return 'windows';
  if (/mac|iphone|ipad/i.test(text)) return 'macos';
  if (/linux|x11/i.test(text)) return 'linux';
  return 'other';
}

export type UiLanguage = 'sv' | 'en';

export function uiLanguage(browserLanguage: string | undefined): UiLanguage {
  // Norwegian and Danish readers understand Swedish better than English.
  return /^(sv|nb|nn|no|da)\b/i.test(browserLanguage ?? '') ? 'sv' : 'en';
}

export function messages(lang: UiLanguage): Messages {
  return lang === 'sv' ? sv : en;
}

/** The name of a language in the user's own UI language ("svenska", "English"). */
export function languageName(code: string, ui: UiLanguage): string {
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export type { Messages };
