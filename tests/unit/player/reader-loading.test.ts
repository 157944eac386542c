// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_READER, DEFAULT_SETTINGS } from '../../../src/core/config/settings';
import { PagePlayer } from '../../../src/player/player';
import { provideReader, setReaderLoader } from '../../../src/player/reader-code';
import { ReaderView } from '../../../src/ui/reader/reader';
import { shadowOf } from '../../../src/ui/shadow';
import { FakeEngine, voice } from '../speech/fake-engine';
import { pageFrom } from '../helpers/dom';

// Läsläge and Lättläst come in a script of their own (src/player/reader-code.ts): what the user sees
// while it loads, when it cannot, and that it comes ahead of use.
const URL = 'https://www.umea.se/bygglov.html';
const READER = Symbol.for('lyssna.reader');

/** A loader that brings the reader's class when the test says so (or fails to). */
function slowLoader() {
  const waiting: Array<(ok: boolean) => void> = [];
  let calls = 0;
  setReaderLoader(() => {
    calls++;
    return new Promise<void>((resolve, reject) =>
      waiting.push((ok) => (ok ? (provideReader(ReaderView), resolve()) : reject(new Error('gone')))),
    );
  });
  const settle = async (ok = true) => {
    waiting.splice(0).forEach((go) => go(ok));
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { settle, calls: () => calls };
}

function setUp() {
  const { doc } = pageFrom(readFileSync('samples/umea/bygglov.html', 'utf8'), URL);
  const engine = new FakeEngine({ voices: [voice('Alva', 'sv-SE')] });
  const settings = { ...DEFAULT_SETTINGS, voices: {}, reader: { ...DEFAULT_READER } };
  const player = new PagePlayer(doc, URL, 'sv-SE', engine, settings);
  const readerOpen = () => !!doc.querySelector('lyssna-reader') && !!player['views'].open;
  const status = () => shadowOf(doc.querySelector('lyssna-control'))?.querySelector('[role="status"]')?.textContent;
  return { doc, engine, player, readerOpen, status };
}

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[READER];
});

describe('the reader’s own script', () => {
  it('opens the reader once its script is in, going on with the same sentence', async () => {
    const loader = slowLoader();
    const { engine, player, readerOpen } = setUp();
    player.activate();
    engine.finish();
    engine.start();
    player.openReader();
    expect(readerOpen()).toBe(false);
    await loader.settle();
    expect(readerOpen()).toBe(true);
    expect(engine.live).toHaveLength(1); // reading went on, not again from the top
    player.openReader(); // a second time: the script is there, nothing loads again
    expect(loader.calls()).toBe(1);
  });

  it('a second press on the reader button while it loads means the user no longer wants it', async () => {
    const loader = slowLoader();
    const { player, readerOpen } = setUp();
    player.activate();
    player['views'].toggleReader();
    player['views'].toggleReader();
    await loader.settle();
    expect(readerOpen()).toBe(false);
    player['views'].toggleReader();
    expect(readerOpen()).toBe(true);
  });

  it('says so when the reader cannot be brought in, and reading goes on', async () => {
    const loader = slowLoader();
    const { engine, player, readerOpen, status } = setUp();
    player.activate();
    engine.start();
    player.openReader();
    await loader.settle(false);
    expect(readerOpen()).toBe(false);
    expect(status()).toBe('Läsläget gick inte att öppna. Ladda om sidan och försök igen.');
    expect(engine.live).toHaveLength(1);
  });

  it('is brought in ahead of use, in idle time after the player starts', async () => {
    const loader = slowLoader();
    setUp();
    expect(loader.calls()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // happy-dom has no requestIdleCallback
    expect(loader.calls()).toBe(1);
  });
});
