/**
 * Takes a very long text out of the reader a part at a time, hidden meanwhile. Dropped at once, 5 MB of
 * drawn text became garbage in one piece, and Firefox later stopped for 0.8–1.3 s to collect it; taken
 * out a part at a time, no such pause was seen (three runs each way).
 */

/** Children removed in one go before the page gets a turn (each drawn in about 25 ms). */
const PARTS_AT_ONCE = 4;

export function removeInSlices(el: HTMLElement): void {
  const win = el.ownerDocument.defaultView;
  if (!win || el.childElementCount <= PARTS_AT_ONCE) return el.remove();
  el.hidden = true;
  el.removeAttribute('class'); // no longer the reader's text to any query or style
  const step = () => {
    for (let i = 0; i < PARTS_AT_ONCE && el.lastChild; i++) el.lastChild.remove();
    if (el.lastChild) win.setTimeout(step, 0);
    else el.remove();
  };
  win.setTimeout(step, 0);
}
