import type { Sentence, Block } from '../core/model';
import { sentenceAt } from '../ui/ranges';

/** What a click needs to know: what is read now, and where the reader and the control are. */
export interface ClickTargets {
  /** The reading under way (playing or paused), or null. */
  reading(): { blocks: readonly Block[]; sentences: Sentence[] } | null;
  /** Läsläge when it is open: its host element and the text position under a point in it. */
  reader(): { host: Element; caretAt(x: number, y: number): { node: Node; offset: number } | null } | null;
  controlHost: Element;
  /** Read from sentence `index`. */
  playFrom(index: number): void;
  /** The page's own audio or video started: pause ours. */
  otherStarted(): void;
}

/**
 * The page's clicks and media, while the player lives: a click on a sentence of the reading under way
 * reads from there (on the page or in the reader); the site's own player (ReadSpeaker) or any video
 * starting pauses us, never two voices at once. All listeners go when `signal` aborts.
 */
export function listenToPage(doc: Document, targets: ClickTargets, signal: AbortSignal): void {
  doc.addEventListener('click', (event) => onClick(doc, targets, event as MouseEvent), { capture: true, signal });
  doc.addEventListener(
    'play',
    (event) => {
      const tag = (event.target as Element | null)?.tagName;
      if (tag === 'AUDIO' || tag === 'VIDEO') targets.otherStarted();
    },
    { capture: true, signal },
  );
}

/** Our speech starts: the page's own players fall silent first. */
export function quietenPageMedia(doc: Document): void {
  for (const media of Array.from(doc.querySelectorAll('audio, video'))) {
    const element = media as HTMLMediaElement;
    if (!element.paused) element.pause();
  }
}

function onClick(doc: Document, targets: ClickTargets, e: MouseEvent) {
  if (!e.isTrusted || e.button !== 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const reading = targets.reading();
  if (!reading) return;
  const reader = targets.reader();
  let caret: { node: Node; offset: number } | null;
  if (reader && e.target === reader.host) {
    // In the reader's shadow root, the element under the pointer is the first of the composed path.
    const target = e.composedPath()[0] as Element | null;
    if (typeof target?.closest !== 'function') return;
    if (target.closest('a, button, input, select, textarea, label, lyssna-control')) return;
    if (!doc.getSelection()?.isCollapsed) return;
    caret = reader.caretAt(e.clientX, e.clientY);
  } else {
    const target = e.target as Element | null;
    if (!target || target === targets.controlHost) return;
    if (target.closest('a, button, input, select, textarea, label, [contenteditable]')) return;
    if (!doc.getSelection()?.isCollapsed) return; // the user is selecting text, not pointing
    caret = caretAt(doc, e.clientX, e.clientY);
  }
  if (!caret) return;
  const index = sentenceAt(reading.blocks, reading.sentences, caret.node, caret.offset);
  if (index !== null) targets.playFrom(index);
}

/** The text position under a point: caretPositionFromPoint (standard, Firefox) or caretRangeFromPoint. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const position = d.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
