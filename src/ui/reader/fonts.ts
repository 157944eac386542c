import type { ReaderSettings } from '../../core/config/settings';

/**
 * The two bundled fonts (shipped inside the extension, never fetched from the network), added to a
 * document through the FontFace API under the family names reader-styles.ts uses. The reader adds them
 * to the page it opens on; the options page to its own document for the sample text.
 */
const FONT_FILES: Record<
  Exclude<ReaderSettings['font'], 'system'>,
  { family: string; files: Array<[string, string]> }
> = {
  atkinson: {
    family: 'Lyssna Atkinson Hyperlegible',
    files: [
      ['400', 'atkinson-hyperlegible-latin-400-normal.woff2'],
      ['700', 'atkinson-hyperlegible-latin-700-normal.woff2'],
    ],
  },
  opendyslexic: {
    family: 'Lyssna OpenDyslexic',
    files: [
      ['400', 'opendyslexic-latin-400-normal.woff2'],
      ['700', 'opendyslexic-latin-700-normal.woff2'],
    ],
  },
};

/** Adds each bundled font to a document once; `url` gives the extension URL of "fonts/<file>". */
export class ReaderFonts {
  private readonly added = new Set<string>();

  constructor(
    private readonly doc: Document,
    private readonly url: ((path: string) => string) | undefined,
  ) {}

  add(font: ReaderSettings['font']): void {
    const win = this.doc.defaultView as (Window & { FontFace?: typeof FontFace }) | null;
    if (font === 'system' || !this.url || !win?.FontFace || this.added.has(font)) return;
    this.added.add(font);
    const { family, files } = FONT_FILES[font];
    for (const [weight, file] of files) {
      try {
        const face = new win.FontFace(family, `url("${this.url(`fonts/${file}`)}") format("woff2")`, { weight });
        this.doc.fonts.add(face);
        void face.load().catch(() => undefined); // the fallback font stays if it cannot load
      } catch {
        // FontFace refused (an old browser): the fallback font is used.
      }
    }
  }
}
