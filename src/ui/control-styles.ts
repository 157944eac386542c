/** Styles of the page control, inside its shadow root so the page's CSS cannot reach them. */
export const CONTROL_CSS = `
/* A block, never inline: an inline host holding a block (the control docked in the reader) splits its
   parent's layout in Firefox, and undoing that relaid the whole page (0.5 s on a 5 MB page). */
:host { all: initial; display: block; }
.bar {
  position: fixed; inset-block-end: 16px; inset-inline-end: 16px; z-index: 2147483647;
  display: flex; flex-direction: column; gap: 6px; max-width: calc(100vw - 32px);
  padding: 8px; border-radius: 12px; box-sizing: border-box;
  background: #ffffff; color: #111111; border: 2px solid #111111;
  box-shadow: 0 4px 16px rgba(0,0,0,.25);
  font: 16px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
button {
  min-width: 44px; min-height: 44px; padding: 0 12px; border-radius: 8px; cursor: pointer;
  border: 2px solid #111111; background: #ffffff; color: #111111; font: inherit; font-weight: 600;
  display: inline-flex; align-items: center; justify-content: center; gap: 6px;
}
button.primary { background: #0b4a8b; border-color: #0b4a8b; color: #ffffff; min-width: 112px; }
button:hover { background: #e8eef6; }
button.primary:hover { background: #083866; }
button:focus-visible { outline: 3px solid #d4351c; outline-offset: 2px; }
button[disabled], button[aria-disabled="true"] { opacity: .45; cursor: default; }
svg { width: 20px; height: 20px; fill: currentColor; flex: none; }
.bar.docked { position: static; max-width: none; border-radius: 0; border-width: 0 0 2px; box-shadow: none; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.row[hidden] { display: none; }
.status { flex: 1 1 12em; min-width: 0; max-width: 28em; padding: 0 6px; font-size: 15px; }
.progress { height: 4px; border-radius: 2px; background: #d0d7e2; overflow: hidden; }
.progress-fill { height: 100%; width: 0; background: #0b4a8b; }
.voice { max-width: 16em; }
.field { display: inline-flex; align-items: center; gap: 6px; font-weight: 600; min-height: 44px; padding: 0 4px; }
select, input[type="range"] { min-height: 36px; font: inherit; accent-color: #0b4a8b; }
select { border: 2px solid #111111; border-radius: 8px; background: #ffffff; color: #111111; padding: 0 6px; }
select:focus-visible, input:focus-visible { outline: 3px solid #d4351c; outline-offset: 2px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .bar { background: #1b1b1b; color: #f5f5f5; border-color: #f5f5f5; }
  button { background: #1b1b1b; color: #f5f5f5; border-color: #f5f5f5; }
  button:hover { background: #333333; }
  button.primary { background: #9cc7ff; border-color: #9cc7ff; color: #0a0a0a; }
  button.primary:hover { background: #c4ddff; }
  button:focus-visible, select:focus-visible, input:focus-visible { outline-color: #ffbf47; }
  select { background: #1b1b1b; color: #f5f5f5; border-color: #f5f5f5; }
  .progress-fill { background: #9cc7ff; }
}
/* Docked in the reader: the reader's theme colours (its custom properties inherit into this shadow
   root), so light, dark, cream and high contrast each keep text at 7:1 or more here too. */
.bar.docked { background: var(--panel); color: var(--text); border-color: var(--border); color-scheme: var(--scheme); }
.docked button, .docked select { background: var(--bg); color: var(--text); border-color: var(--border); }
.docked button:hover { background: var(--bg); box-shadow: inset 0 0 0 2px var(--border); }
.docked button.primary { background: var(--link); border-color: var(--link); color: var(--bg); }
.docked button.primary:hover { background: var(--link); box-shadow: inset 0 0 0 2px var(--bg); }
.docked button:focus-visible, .docked select:focus-visible, .docked input:focus-visible { outline-color: var(--focus); }
.docked .progress { background: var(--bg); box-shadow: inset 0 0 0 1px var(--border); }
.docked .progress-fill { background: var(--link); }
.docked select, .docked input[type="range"] { accent-color: var(--link); }
@media (forced-colors: active) {
  button, .bar { border: 2px solid CanvasText; }
  /* The bar is drawn by its background, which forced colours remove: outline it, fill it in Highlight. */
  .progress { border: 1px solid CanvasText; }
  .progress-fill { forced-color-adjust: none; background: Highlight; }
}
.kiosk-only { display: none; }
button[hidden] { display: none; }
/* Kiosk (library computers, touch screens): the simplified set, 64 px targets, larger text. */
.bar.kiosk { font-size: 22px; gap: 10px; padding: 12px; }
.bar.kiosk .full-only { display: none; }
.bar.kiosk .kiosk-only:not([hidden]) { display: inline-flex; }
.bar.kiosk button { min-width: 64px; min-height: 64px; padding: 0 18px; border-width: 3px; }
.bar.kiosk button.primary { min-width: 160px; }
.bar.kiosk svg { width: 28px; height: 28px; }
.bar.kiosk .status { font-size: 20px; }
/* A narrow window (a phone, a tablet upright, or 400 % zoom): the four buttons two by two with the
   status across, in the page's full width, so the control covers a third of the page, not two thirds. */
@media (max-width: 480px) {
  .bar.kiosk { inset-inline-start: 8px; inset-inline-end: 8px; inset-block-end: 8px; max-width: none; padding: 8px; gap: 8px; font-size: 18px; }
  .bar.kiosk .main { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
  .bar.kiosk .main .status { grid-column: 1 / -1; max-width: none; font-size: 18px; }
  .bar.kiosk button, .bar.kiosk button.primary { min-width: 64px; padding: 0 8px; white-space: normal; text-align: center; }
}
`;

/**
 * The icons, each the path of a 24×24 SVG; control.ts builds them as DOM nodes (nothing is parsed as
 * HTML). Icons are decorative: every button carries its name as text or aria-label.
 */
export const ICON_PATHS = {
  play: 'M8 5v14l11-7z',
  pause: 'M6 5h4v14H6zM14 5h4v14h-4z',
  stop: 'M6 6h12v12H6z',
  previous: 'M6 6h2v12H6zM9.5 12 18 18V6z',
  next: 'M16 6h2v12h-2zM6 18l8.5-6L6 6z',
  previousParagraph: 'M4 6h2v12H4zM7.5 12 14 17V7zM13.5 12 20 17V7z',
  nextParagraph: 'M18 6h2v12h-2zM4 17l6.5-5L4 7zM10 17l6.5-5L10 7z',
  repeat: 'M7 7h10v3l4-4-4-4v3H5v6h2zm10 10H7v-3l-4 4 4 4v-3h12v-6h-2z',
  more: 'M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z',
  reader: 'M4 4h7a2 2 0 0 1 2 2v14a3 3 0 0 0-3-3H4zm16 0h-7a2 2 0 0 0-2 2v14a3 3 0 0 1 3-3h6z',
  bigger: 'M9 4h3l6 16h-3l-1.5-4h-6L6 20H3zm-.5 9.5h4L10.5 8zM19 3h2v2h2v2h-2v2h-2V7h-2V5h2z',
  close: 'M18.3 5.7 12 12l6.3 6.3-1.4 1.4L10.6 13.4 4.3 19.7 2.9 18.3 9.2 12 2.9 5.7l1.4-1.4 6.3 6.3 6.3-6.3z',
} as const;
