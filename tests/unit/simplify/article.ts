import type { Article, Block } from '../../../src/core/model';

/** A Swedish article of these blocks (kind and text), for a test of what Lättläst makes of them. */
export function swedishArticle(blocks: ReadonlyArray<Pick<Block, 'kind' | 'text'>>): Article {
  return {
    title: '',
    lang: 'sv',
    published: null,
    updated: null,
    organisation: null,
    html: '',
    blocks: blocks.map(({ kind, text }) => ({ kind, lang: 'sv', text, runs: [], offsets: [] })),
  };
}
