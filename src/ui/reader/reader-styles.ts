import type { ReaderSettings } from '../../core/config/settings';
import { SENTENCE_HIGHLIGHT, WORD_HIGHLIGHT } from '../highlight';
import { READER_THEME_COLOURS, luminance } from './themes';

/** The reader's font families; the two bundled fonts are added to document.fonts under these names. */
export const FONT_FAMILIES: Record<ReaderSettings['font'], string> = {
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  atkinson: '"Lyssna Atkinson Hyperlegible", system-ui, sans-serif',
  opendyslexic: '"Lyssna OpenDyslexic", system-ui, sans-serif',
};

const WIDTHS: Record<ReaderSettings['lineWidth'], string> = { narrow: '45ch', medium: '65ch', wide: '85ch' };

/** The reader's base text size in px (at 100 %); the page's own root font size does not reach in. */
export const BASE_SIZE = 20;

/** Custom properties for the chosen look, set on the dialog element. */
export function readerVariables(settings: ReaderSettings): Record<string, string> {
  const theme = READER_THEME_COLOURS[settings.theme];
  return {
    '--bg': theme.background,
    '--text': theme.text,
    '--muted': theme.muted,
    '--link': theme.link,
    '--panel': theme.panel,
    '--border': theme.border,
    '--focus': theme.focus,
    '--sentence': theme.sentence,
    '--word': theme.word,
    '--dim': theme.dim,
    // Form controls and scroll bars the browser draws follow the theme, not the system's dark mode.
    '--scheme': luminance(theme.background) < 0.5 ? 'dark' : 'light',
    '--size': `${(BASE_SIZE * settings.textSize) / 100}px`,
    '--line': String(settings.lineSpacing),
    '--letter': `${settings.letterSpacing}em`,
    '--word-gap': `${settings.wordSpacing}em`,
    '--measure': WIDTHS[settings.lineWidth],
    '--font': FONT_FAMILIES[settings.font],
  };
}

/** Highlight pseudo-elements take no custom properties everywhere yet: one plain rule per theme. */
function highlightRules(): string {
  return Object.entries(READER_THEME_COLOURS)
    .map(
      ([name, theme]) =>
        `.reader[data-theme="${name}"] ::highlight(${SENTENCE_HIGHLIGHT}) { background-color: ${theme.sentence}; color: #000000; }\n` +
        `.reader[data-theme="${name}"] ::highlight(${WORD_HIGHLIGHT}) { background-color: ${theme.word}; color: #000000; text-decoration: underline 2px; }`,
    )
    .join('\n');
}

/** Styles of the reader, inside its shadow root: the page's CSS cannot reach in. */
export const READER_CSS = `
/* A block, never inline: an inline host holding a block (the control docked in the reader) splits its
   parent's layout in Firefox, and undoing that relaid the whole page (0.5 s on a 5 MB page). */
:host { all: initial; display: block; }
.reader {
  position: fixed; inset: 0; z-index: 2147483646; box-sizing: border-box;
  overflow-y: auto; overflow-x: hidden; overscroll-behavior: contain;
  background: var(--bg); color: var(--text);
  font-family: var(--font); font-size: 16px; line-height: 1.5;
  color-scheme: var(--scheme);
}
.reader *, .reader *::before, .reader *::after { box-sizing: border-box; }
.top { z-index: 2; background: var(--panel); }
/* The toolbar and the Lyssna control stay in view where there is room; at high zoom they scroll away. */
@media (min-height: 560px) and (min-width: 560px) { .top { position: sticky; top: 0; } }
.toolbar {
  display: flex; flex-wrap: wrap; gap: 8px; align-items: center;
  padding: 8px 12px; background: var(--panel); color: var(--text); border-bottom: 2px solid var(--border);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 16px;
}
.toolbar .name { font-weight: 700; margin-inline-end: auto; }
button, select {
  min-height: 44px; min-width: 44px; padding: 0 12px; border-radius: 8px; cursor: pointer;
  border: 2px solid var(--border); background: var(--bg); color: var(--text); font: inherit; font-weight: 600;
}
button:focus-visible, select:focus-visible, a:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px;
}
.panel {
  display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr)); gap: 8px 16px;
  padding: 12px; background: var(--panel); color: var(--text); border-bottom: 2px solid var(--border);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 16px;
}
.panel[hidden] { display: none; }
.panel h2 { grid-column: 1 / -1; margin: 0; font-size: 18px; }
.field { display: flex; flex-direction: column; gap: 4px; font-weight: 600; min-width: 0; }
.field select { width: 100%; }
.page {
  max-width: min(var(--measure), 100%); margin: 0 auto; padding: 24px 16px 240px;
  font-size: var(--size); line-height: var(--line); letter-spacing: var(--letter); word-spacing: var(--word-gap);
  overflow-wrap: break-word; hyphens: manual;
}
.page h1 { font-size: 1.6em; line-height: 1.25; margin: 0 0 0.4em; }
.page h2 { font-size: 1.3em; line-height: 1.3; margin: 1.2em 0 0.4em; }
.page h3, .page h4, .page h5, .page h6 { font-size: 1.1em; margin: 1em 0 0.3em; }
.page p, .page ul, .page ol, .page dl, .page blockquote, .page table, .page figure { margin: 0 0 1em; }
.page a { color: var(--link); text-decoration: underline; text-underline-offset: 0.15em; }
.meta { color: var(--muted); margin: 0 0 1.5em; font-size: 0.9em; }
.meta p { margin: 0; }
.page img, .page video, .page svg { max-width: 100%; height: auto; }
.page table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; }
.page td, .page th { border: 1px solid var(--border); padding: 0.3em 0.5em; vertical-align: top; }
.page pre { white-space: pre-wrap; }
.page ul, .page ol { padding-inline-start: 1.5em; }
/* A very long Lättläst text: blocks off screen are not laid out, so drawing it never holds the page. */
.easy.long > .part { content-visibility: auto; contain-intrinsic-size: auto 60em; }
.note { font-size: 0.9em; color: var(--muted); }
.key-points { border: 2px solid var(--border); border-radius: 8px; padding: 0 1em 0.2em; margin: 0 0 1.5em; }
.key-points h2 { margin-top: 0.6em; }
.term { text-decoration: underline dotted 2px; text-underline-offset: 0.2em; }
button.explain {
  min-width: 32px; min-height: 32px; padding: 0 6px; margin-inline-start: 0.15em; border-radius: 50%;
  font-size: 0.8em; line-height: 1; vertical-align: baseline; letter-spacing: normal;
}
.explanation {
  max-width: min(30em, calc(100vw - 32px)); margin: auto; padding: 1em; border: 2px solid var(--border);
  border-radius: 8px; background: var(--bg); color: var(--text); font-size: var(--size); line-height: 1.5;
}
.explanation::backdrop { background: rgba(0, 0, 0, 0.3); }
.band {
  position: fixed; left: 0; right: 0; top: 0; height: 0; pointer-events: none; z-index: 1;
  box-shadow: 0 0 0 100vmax var(--dim);
}
.band[hidden] { display: none; }
.sentinel { position: fixed; width: 1px; height: 1px; overflow: hidden; }
${highlightRules()}
@media (forced-colors: active) {
  .band { box-shadow: none; border-block: 3px solid CanvasText; } }
/* Kiosk: 64 px targets; Lättläst is on the Lyssna control there, so the toolbar does not repeat it. */
.reader.kiosk .toolbar, .reader.kiosk .panel { font-size: 20px; }
.reader.kiosk button, .reader.kiosk select { min-height: 64px; min-width: 64px; padding: 0 18px; }
.reader.kiosk .toolbar [data-reader="easy"] { display: none; }
`;
