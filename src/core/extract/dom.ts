/** Small DOM helpers for the extraction code. */

/**
 * getElementById that also works in a cloned document (happy-dom keeps no id index for clones, and
 * reports their nodes as not connected).
 */
export function byId(doc: Document, id: string): Element | null {
  return doc.getElementById(id) ?? doc.querySelector(`[id="${id.replace(/["\\]/g, '\\$&')}"]`);
}
