import type { TwinMap } from './twins';

/**
 * When Readability finds too little text it tries again on a copy of the page rebuilt from HTML
 * (`page.innerHTML = pageCacheHtml`), so the article it returns is made of new text nodes that are in
 * no map. Short service pages and start pages hit this often. Each new node is paired here with the
 * clone's original node of the same text, in document order, so highlighting still reaches the page.
 */
export function rematchTextNodes(content: Node, toLive: TwinMap): void {
  const walker = (content.ownerDocument ?? (content as Document)).createTreeWalker(content, 4 /* SHOW_TEXT */);
  const lost: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!toLive.has(node as Text)) lost.push(node as Text);
  if (lost.length === 0) return;

  // The originals by their text, each list in document order (a Map iterates in insertion order).
  const originals = [...toLive.keys()];
  const byText = new Map<string, number[]>();
  originals.forEach((node, index) => {
    const list = byText.get(node.data);
    if (list) list.push(index);
    else byText.set(node.data, [index]);
  });
  const used = new Set<number>();
  let cursor = -1;
  for (const node of lost) {
    const candidates = byText.get(node.data);
    if (!candidates) continue;
    // The next unused one after the last match keeps repeated texts ("Läs mer") in their own places.
    const index =
      candidates.find((i) => i > cursor && !used.has(i)) ?? candidates.find((i) => !used.has(i)) ?? undefined;
    if (index === undefined) continue;
    used.add(index);
    cursor = index;
    const live = toLive.get(originals[index]!);
    if (live) toLive.set(node, live);
  }
}
