// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TextTwins } from '../../../src/core/extract/twins';

/** A page and its copy, with both sides' text nodes in document order. */
function pair(count: number) {
  const live = Array.from({ length: count }, (_, i) => document.createTextNode(`live ${i}`));
  const copies = Array.from({ length: count }, (_, i) => document.createTextNode(`copy ${i}`));
  return { live, copies, twins: new TextTwins(copies, live) };
}

describe('TextTwins', () => {
  it('gives each copied text node its live twin, asked in document order, more than once', () => {
    const { live, copies, twins } = pair(50);
    for (let i = 0; i < 50; i += 3) expect(twins.get(copies[i]!)).toBe(live[i]);
    // A second pass over the same article, as the blocks follow the language check.
    for (let i = 0; i < 50; i++) expect(twins.get(copies[i]!)).toBe(live[i]);
  });

  it('finds twins asked out of order (Readability moved a node back)', () => {
    const { live, copies, twins } = pair(20);
    expect(twins.get(copies[15]!)).toBe(live[15]);
    expect(twins.get(copies[2]!)).toBe(live[2]);
    expect(twins.get(copies[16]!)).toBe(live[16]);
    expect(twins.has(copies[0]!)).toBe(true);
  });

  it('has no twin for a node Readability made, until one is set for it', () => {
    const { live, copies, twins } = pair(5);
    const made = document.createTextNode('copy 3');
    expect(twins.get(made)).toBeUndefined();
    expect(twins.has(made)).toBe(false);
    twins.set(made, live[3]!);
    expect(twins.get(made)).toBe(live[3]);
    expect(twins.get(copies[4]!)).toBe(live[4]);
    expect([...twins.keys()]).toEqual(copies);
  });
});
