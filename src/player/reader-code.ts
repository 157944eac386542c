import { sharedWorld } from '../platform/shared-world';
import type { ReaderView } from '../ui/reader/reader';

/**
 * The reader (Läsläge and Lättläst, with its word lists) is a script of its own
 * (entrypoints/reader.content.ts): half the player's size, and reading aloud never needs it. A press
 * on a fresh page loads the player alone, which Firefox took 19 ms less and Chromium 11 ms less to
 * compile and run. The reader's script puts its class where the player finds it, in the world our
 * scripts share (shared-world.ts).
 */
export type ReaderViewClass = typeof ReaderView;

const READER = Symbol.for('lyssna.reader');

/** Called by the reader's script when it runs. */
export function provideReader(view: ReaderViewClass): void {
  sharedWorld()[READER] = view;
}

/** The reader's class, when its script has run in this page. */
export function readerCode(): ReaderViewClass | null {
  return (sharedWorld()[READER] as ReaderViewClass | undefined) ?? null;
}

let loader: (() => Promise<void>) | null = null;
let loading: Promise<ReaderViewClass> | null = null;

/** How to bring the reader's script into the page (the player's entrypoint asks the background). */
export function setReaderLoader(load: () => Promise<void>): void {
  loader = load;
}

/** The reader's class, its script brought first if need be; rejects when it cannot be had. */
export function loadReaderCode(): Promise<ReaderViewClass> {
  const now = readerCode();
  if (now) return Promise.resolve(now);
  const load = loader;
  if (!load) return Promise.reject(new Error('No way to load the reader here.'));
  return (loading ??= load()
    .then(() => {
      const view = readerCode();
      if (!view) throw new Error('The reader’s script did not run.');
      return view;
    })
    .finally(() => (loading = null)));
}
