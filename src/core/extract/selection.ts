import type { Block } from '../model';
import { collectBlocks } from './blocks';
import { normaliseLang } from './extract';

/**
 * What the user selected, as reading blocks tied to the live page: "Läs upp markerad text" reads and
 * highlights exactly the selected words, in as many blocks (paragraphs, list items) as the selection spans.
 */
export function blocksFromRange(range: Range, fallbackLang: string): Block[] {
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const docLang = normaliseLang(doc.documentElement?.getAttribute('lang') ?? '') || fallbackLang;
  const root = range.commonAncestorContainer;
  const container = root.nodeType === 1 ? (root as Element) : root.parentElement;
  if (!container) return [];
  return collectBlocks(container, {
    toLive: (node) => node,
    langOf: (node) => normaliseLang(node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '') || docLang,
    within: (element) => range.intersectsNode(element),
    clip: (node) => {
      if (!range.intersectsNode(node)) return null;
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : node.data.length;
      return start < end ? [start, end] : null;
    },
  });
}
