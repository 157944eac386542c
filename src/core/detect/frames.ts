/**
 * Documents of the page's same-origin frames that are shown, the largest first. Some kommun sites embed
 * their news this way. A cross-origin frame gives no document (and raises no error): it is left alone,
 * as are frames not loaded yet and hidden ones (trackers, zero-size helpers).
 */
export function frameDocuments(doc: Document): Document[] {
  const found: Array<{ doc: Document; area: number }> = [];
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null; // some browsers throw for a cross-origin frame instead of giving null
    }
    if (!inner?.body || inner.URL === 'about:blank') continue;
    const box = frame.getBoundingClientRect();
    const area = box.width * box.height;
    if (area > 0) found.push({ doc: inner, area });
  }
  return found.sort((a, b) => b.area - a.area).map((f) => f.doc);
}
