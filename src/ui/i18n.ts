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
  longPage: 'Sidan är mycket lång. Lyssna läser in den bit för bit …',
  restComing: 'resten av sidan läses in',
  noVoice: (language: string, os: OperatingSystem) =>
    `Det finns ingen röst för ${language} på den här datorn. ${helpFor(voiceHelp.sv, os)}`,
  speechOff:
    'Talsyntesen är avstängd i den här webbläsaren, så sidan kan inte läsas upp. Läsläge och Lättläst fungerar ändå.',
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
  pageChanged: 'Sidan har bytts. Tryck på Lyssna för att höra den nya sidan.',
  articleReplaced: 'Sidan visar nu en annan text. Tryck på Lyssna för att höra den.',
  articleGone: 'Texten som lästes finns inte längre på sidan.',
  articleUpdatedGoingOn: 'Sidan uppdaterades. Läser vidare där du var.',
  articleUpdatedFromStart: 'Sidan uppdaterades. Läser från början.',
  articleUpdatedPress: 'Sidan uppdaterades. Tryck på Lyssna för att höra den som den är nu.',
  selectionChanged: 'Den markerade texten ändrades på sidan. Markera den igen för att höra den.',
  bigger: 'Större text',
  textSizeNow: (size: string) => `Textstorlek ${size}`,
  lockedByPolicy: 'Bestäms av biblioteket eller organisationen och kan inte ändras här.',
  kioskNoVoice: (os: OperatingSystem) =>
    `Till personalen: den här datorn har ingen svensk röst, så Lyssna kan inte läsa upp. ${helpFor(voiceHelp.sv, os)}`,
  kioskSpeechOff:
    'Till personalen: talsyntesen är avstängd i den här webbläsaren, så Lyssna kan inte läsa upp. Läsläge och Lättläst fungerar ändå.',
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
  readerUnavailable: 'Läsläget gick inte att öppna. Ladda om sidan och försök igen.',
  easyToRead: 'Lättläst',
  easyPreparing: 'Texten är lång. Lättläst förbereds, det tar en stund …',
  longTextShown: 'Texten är mycket lång och visas en bit i taget …',
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
  settings: 'Inställningar',
  popupLabel: 'Lyssna på den här sidan',
  protectedPage:
    'Lyssna kan inte läsa den här sidan. Webbläsaren skyddar sina egna sidor, till exempel inställningar och tilläggsbutiken. Öppna en vanlig webbsida och försök igen.',
  optionsTitle: 'Lyssna – inställningar',
  speechHeading: 'Uppläsning',
  voicesHeading: 'Röster',
  voicesIntro: 'Lyssna väljer själv den bästa rösten för varje språk. Välj en annan här om du vill.',
  voiceFor: (language: string) => `Röst för ${language}`,
  voiceAutomatic: (name: string | null) => (name ? `Automatiskt (${name})` : 'Automatiskt'),
  voicesLoading: 'Hämtar rösterna…',
  sampleLabel: 'Så här ser texten ut i läsläget',
  sampleText:
    'Du behöver oftast bygglov för att bygga nytt, bygga till eller ändra hur en byggnad används. Ansök i god tid: handläggningen tar upp till tio veckor.',
  reset: 'Återställ standard',
  resetDone: 'Standardinställningarna är återställda.',
  shortcutsHeading: 'Kortkommandon',
  /** The commands by name, in this order (the browser gives their descriptions in its own language). */
  commands: {
    'toggle-reading': 'Läs upp sidan / pausa',
    'read-selection': 'Läs upp markerad text',
    'open-reader': 'Öppna läsläget',
  } as Record<string, string>,
  controlKeysHeading: 'I Lyssna-kontrollen på sidan',
  noShortcut: 'Inget valt',
  shortcutsWhere: {
    chromium: 'Du ändrar dem på sidan chrome://extensions/shortcuts (Tillägg > Kortkommandon).',
    firefox: 'Du ändrar dem i Tillägg och teman (about:addons): kugghjulet > Hantera tilläggets kortkommandon.',
  },
  privacyHeading: 'Integritet',
  privacy:
    'Inget lämnar webbläsaren. Lyssna skickar ingenting om dig eller sidorna du läser, och inställningarna sparas bara här.',
  repaired: (names: string[]) =>
    `Några sparade inställningar gick inte att läsa och har fått sina standardvärden${names.length ? `: ${names.join(', ')}` : ''}. Dina andra inställningar är kvar.`,
  policyHeading: 'Inställt av din organisation',
  lockedNote: 'Inställningar som din organisation har låst visas men kan inte ändras.',
  policyKiosk: (minutes: string | null) =>
    minutes
      ? `Kioskläge är på. Efter ${minutes} min utan användning börjar Lyssna om från början för nästa besökare.`
      : 'Kioskläge är på, utan återställning efter en tid utan användning.',
  kioskOptionsLocked:
    'I kioskläge ändras inställningarna inte här. Besökarna använder Lyssna-panelen, och allt återställs mellan besökarna.',
  policyDefaults: (list: string) => `Förval: ${list}.`,
  policyLocked: (list: string) => `Låst för besökarna: ${list}.`,
  policyStartViewName: 'Läslägets första vy',
  policyStartView: { original: 'läsläget visar originaltexten först', lattlast: 'läsläget visar Lättläst först' },
  policyVoice: (voice: string) => `röst ${voice}`,
  policyNoPanel: 'Lyssna-panelen visas inte av sig själv; den öppnas med verktygsknappen eller kortkommandot.',
  policyIgnored: 'Värden som inte kunde användas och därför inte gäller:',
  policyExtraSites: (list: string) => `Räknas också som offentlig sektor: ${list}.`,
  policyGrantSites: 'Tillåt Lyssna på dessa webbplatser',
  policySitesGranted: 'Lyssna visar sin panel på dessa webbplatser.',
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
  longPage: 'This page is very long. Lyssna is reading it in part by part …',
  restComing: 'the rest of the page is being read in',
  noVoice: (language, os) => `There is no voice for ${language} on this computer. ${helpFor(voiceHelp.en, os)}`,
  speechOff:
    'Speech is turned off in this browser, so the page cannot be read aloud. Reader view and Lättläst still work.',
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
  pageChanged: 'The page has changed. Press Listen to hear the new page.',
  articleReplaced: 'The page now shows a different text. Press Listen to hear it.',
  articleGone: 'The text being read is no longer on the page.',
  articleUpdatedGoingOn: 'The page was updated. Reading on from where you were.',
  articleUpdatedFromStart: 'The page was updated. Reading from the start.',
  articleUpdatedPress: 'The page was updated. Press Listen to hear it as it is now.',
  selectionChanged: 'The selected text changed on the page. Select it again to hear it.',
  bigger: 'Larger text',
  textSizeNow: (size: string) => `Text size ${size}`,
  lockedByPolicy: 'Set by your library or organisation; it cannot be changed here.',
  kioskNoVoice: (os: OperatingSystem) =>
    `For staff: this computer has no Swedish voice, so Lyssna cannot read aloud. ${helpFor(voiceHelp.en, os)}`,
  kioskSpeechOff:
    'For staff: speech is turned off in this browser, so Lyssna cannot read aloud. Reader view and Lättläst still work.',
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
  readerUnavailable: 'Reader view could not open. Reload the page and try again.',
  easyToRead: 'Easy to read',
  easyPreparing: 'This text is long. The easy-to-read view is being prepared; it takes a moment …',
  longTextShown: 'This text is very long and is shown a part at a time …',
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
  settings: 'Settings',
  popupLabel: 'Lyssna on this page',
  protectedPage:
    'Lyssna cannot read this page. The browser protects its own pages, such as its settings and the add-on store. Open an ordinary web page and try again.',
  optionsTitle: 'Lyssna – settings',
  speechHeading: 'Reading aloud',
  voicesHeading: 'Voices',
  voicesIntro: 'Lyssna chooses the best voice for each language by itself. Choose another one here if you like.',
  voiceFor: (language) => `Voice for ${language}`,
  voiceAutomatic: (name) => (name ? `Automatic (${name})` : 'Automatic'),
  voicesLoading: 'Loading the voices…',
  sampleLabel: 'This is how text looks in reader view',
  sampleText:
    'You usually need a building permit to build something new, extend a building or change how it is used. Apply in good time: it can take up to ten weeks.',
  reset: 'Restore defaults',
  resetDone: 'The default settings are back.',
  shortcutsHeading: 'Keyboard shortcuts',
  commands: {
    'toggle-reading': 'Read the page aloud / pause',
    'read-selection': 'Read the selected text aloud',
    'open-reader': 'Open reader view',
  },
  controlKeysHeading: 'In the Lyssna control on a page',
  noShortcut: 'Not set',
  shortcutsWhere: {
    chromium: 'Change them at chrome://extensions/shortcuts (Extensions > Keyboard shortcuts).',
    firefox: 'Change them in Add-ons and themes (about:addons): the gear menu > Manage Extension Shortcuts.',
  },
  privacyHeading: 'Privacy',
  privacy:
    'Nothing leaves your browser. Lyssna sends nothing about you or the pages you read, and your settings are kept only here.',
  repaired: (names) =>
    `Some saved settings could not be read and are back at their defaults${names.length ? `: ${names.join(', ')}` : ''}. Your other settings are kept.`,
  policyHeading: 'Set by your organisation',
  lockedNote: 'Settings your organisation has locked are shown but cannot be changed.',
  policyKiosk: (minutes: string | null) =>
    minutes
      ? `Kiosk mode is on. After ${minutes} min without use, Lyssna starts afresh for the next visitor.`
      : 'Kiosk mode is on, with no reset after a time without use.',
  kioskOptionsLocked:
    'In kiosk mode settings are not changed here. Visitors use the Lyssna panel, and everything is reset between visitors.',
  policyDefaults: (list: string) => `Defaults: ${list}.`,
  policyLocked: (list: string) => `Locked for visitors: ${list}.`,
  policyStartViewName: 'Reader view’s first view',
  policyStartView: { original: 'reader view shows the original first', lattlast: 'reader view shows Lättläst first' },
  policyVoice: (voice: string) => `voice ${voice}`,
  policyNoPanel: 'The Lyssna panel does not appear by itself; open it with the toolbar button or the shortcut.',
  policyIgnored: 'Values that could not be used and so do not apply:',
  policyExtraSites: (list: string) => `Also treated as public sector: ${list}.`,
  policyGrantSites: 'Allow Lyssna on these sites',
  policySitesGranted: 'Lyssna shows its panel on these sites.',
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
