/**
 * Takes a very long text out of the reader a little at a time. Dropped at once, 5 MB of drawn text
 * became garbage in one piece, and Firefox later stopped for 0.8–1.3 s to collect it; taken out a part
 * at a time, no such pause was seen (three runs each way). Taken out at once, 5 MB of Lättläst also held
 * the page itself for 0.13–0.23 s (Chromium) and 0.25–0.41 s (Firefox). One slice takes 15 ms at most.
 */

/** Taking out for about this long before the page gets a turn. */
const SLICE_MS = 15;

/**
 * A child of more nodes than this (a part of a long text) is emptied in place and leaves, empty, with the
 * element at the end: in Chromium, taking out a part not drawn (content-visibility: auto) cost the next
 * style update about 45 ms, whatever the part held, where emptying it cost next to nothing.
 */
const EMPTIED_PAST = 16;

interface Leaving {
  el: HTMLElement;
  win: Window;
  /** The child to take out next (they go from the last). */
  next: ChildNode | null;
  gone: Promise<void>;
  resolve: () => void;
}

/** What is being taken out, in turn: one slice a turn in all, however much is leaving. */
const queue: Leaving[] = [];
const leaving = new WeakMap<Element, Leaving>();

/** True while `el` is being taken out (it is not the reader's text any more). */
export function isLeaving(el: Element): boolean {
  return leaving.has(el);
}

/**
 * Takes `el` out of the document a slice at a time, after what is already leaving; the promise settles
 * when it is gone. `hide` hides it at once (the reader shows something else in its place); without it,
 * the caller has put it out of view. Asked again for an element already leaving, it only hides it, if
 * asked to.
 */
export function removeInSlices(el: HTMLElement, hide = true): Promise<void> {
  if (hide) {
    el.hidden = true;
    el.removeAttribute('class'); // no longer the reader's text to any query or style
  }
  const known = leaving.get(el);
  if (known) return known.gone;
  const win = el.ownerDocument.defaultView;
  if (!win || el.childNodes.length <= 4) {
    el.remove();
    return Promise.resolve();
  }
  let resolve = () => {};
  const gone = new Promise<void>((r) => (resolve = r));
  const entry = { el, win, next: el.lastChild, gone, resolve };
  leaving.set(el, entry);
  queue.push(entry);
  later();
  return gone;
}

/** Takes out a slice now, not a turn later (what is leaving then leaves sooner). */
export function sliceNow(): void {
  if (queue.length) step();
}

let scheduled = false;

function later() {
  if (scheduled || !queue.length) return;
  scheduled = true;
  queue[0]!.win.setTimeout(() => {
    scheduled = false;
    if (queue.length) step();
  }, 0);
}

function step() {
  const win = queue[0]!.win;
  const began = win.performance.now();
  while (queue.length && win.performance.now() - began < SLICE_MS) {
    const entry = queue[0]!;
    const child = entry.next;
    if (child) {
      entry.next = child.previousSibling;
      if (child.childNodes.length > EMPTIED_PAST) (child as Element).replaceChildren();
      else child.remove();
    } else {
      queue.shift();
      leaving.delete(entry.el);
      entry.el.remove();
      entry.resolve();
    }
  }
  later();
}
