// @vitest-environment happy-dom
import '../helpers/with-reader';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_READER, DEFAULT_SETTINGS } from '../../../src/core/config/settings';
import { readPage } from '../../../src/core/pipeline';
import { PagePlayer } from '../../../src/player/player';
import { shadowOf } from '../../../src/ui/shadow';
import { pageFrom } from '../helpers/dom';
import { FakeEngine, voice } from '../speech/fake-engine';

// A press straight after the player came (a fresh tab, pressed at once): the page has not been read
// yet, and reading it takes tens of milliseconds. The heading goes to the voice first; the page is
// read while it is heard, and reading goes on into the rest without a break or a repeat.
const URL = 'https://www.umea.se/bygga/bygglov';
const ARTICLE = `<h1>Bygglov för altan</h1>
  <p>Du behöver bygglov för att bygga en altan som är högre än en meter. Ansökan gör du i vår e-tjänst.</p>
  <p>Handläggningstiden är tio veckor. Avgiften beror på hur stort det du bygger är.</p>
  <p>Kontakta bygglovsavdelningen om du har frågor. Vi svarar på vardagar mellan nio och tolv.</p>`;
const page = (title: string, article = ARTICLE, lang = 'sv') =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>
  <header><nav><a href="/">Start</a> <a href="/bygga">Bygga</a></nav></header>
  <main><article>${article}</article></main><footer>Umeå kommun, 901 84 Umeå</footer></body></html>`;
const ARTICLE_PAGE = { kind: 'article' as const, reason: 'page:article (readerable)' };

function setUp(
  html = page('Bygglov för altan - Umeå kommun'),
  verdict: typeof ARTICLE_PAGE | undefined = ARTICLE_PAGE,
  url = URL,
) {
  const { doc } = pageFrom(html, url);
  const whole = readPage(doc, url).sentences.map((s) => s.text);
  const engine = new FakeEngine({ voices: [voice('Alva', 'sv-SE'), voice('Daniel', 'en-GB')] });
  const player = new PagePlayer(doc, url, 'sv-SE', engine, {
    ...DEFAULT_SETTINGS,
    voices: {},
    reader: { ...DEFAULT_READER },
  });
  player.offer(verdict);
  const status = () =>
    shadowOf(doc.querySelector('lyssna-control'))?.querySelector('[role="status"]')?.textContent ?? '';
  const state = () => (doc.querySelector('lyssna-control') as HTMLElement | null)?.dataset['state'];
  return { doc, engine, player, status, state, whole };
}

describe('a press before the page was read', () => {
  it('sends the heading at once, then reads on into the article, and the status counts the whole article', async () => {
    const { engine, player, status, state, whole } = setUp();
    // Whether the page had been read when each text went to the voice.
    const readBefore: boolean[] = [];
    const speak = engine.speak.bind(engine);
    engine.speak = (request, listener) => {
      readBefore.push((player as unknown as { page: { cached: unknown } }).page.cached !== null);
      speak(request, listener);
    };
    player.press('play-pause');
    expect(engine.spoken).toEqual(['Bygglov för altan']);
    expect(readBefore).toEqual([false]);
    expect(state()).toBe('playing');
    engine.start();
    await vi.waitFor(() => expect(status()).toBe(`Mening 1 av ${whole.length} · cirka 1 min kvar`));
    expect(engine.live).toHaveLength(1); // the heading was not cut off or said again
    engine.end();
    expect(engine.current.request.text).toBe('Du behöver bygglov för att bygga en altan som är högre än en meter.');
    engine.start();
    expect(status()).toMatch(new RegExp(`^Mening 2 av ${whole.length} `));
    for (let i = 1; i < whole.length; i++) engine.finish();
    expect(engine.spoken).toEqual(whole);
    expect(readBefore.slice(1).every(Boolean)).toBe(true);
    await vi.waitFor(() => expect(state()).toBe('idle'));
    player.destroy();
  });

  it('never says "1 of 1" while the length of the article is not known', () => {
    const { engine, player, status } = setUp();
    player.press('play-pause');
    engine.start();
    expect(status()).not.toMatch(/Mening 1 av 1\b/);
    player.destroy();
  });

  it('a short heading heard before the page was read: reading goes straight on', async () => {
    const { engine, player, whole } = setUp();
    player.press('play-pause');
    engine.finish();
    await vi.waitFor(() => expect(engine.live).toHaveLength(1));
    expect(engine.current.request.text).toBe(whole[1]);
    player.destroy();
  });

  it('paused or stopped during the heading, the whole article is there when reading goes on', async () => {
    const paused = setUp();
    paused.player.press('play-pause');
    paused.engine.start();
    paused.player.press('play-pause');
    await vi.waitFor(() => expect(paused.status()).toBe(`Pausad vid mening 1 av ${paused.whole.length}`));
    paused.player.press('play-pause');
    expect(paused.engine.current.request.text).toBe('Bygglov för altan');
    paused.engine.finish();
    expect(paused.engine.current.request.text).toBe(paused.whole[1]);
    paused.player.destroy();

    const stopped = setUp();
    stopped.player.press('play-pause');
    stopped.player.press('stop');
    await new Promise((r) => setTimeout(r, 20));
    stopped.player.press('play-pause');
    expect(stopped.engine.current.request.text).toBe('Bygglov för altan');
    stopped.engine.start();
    expect(stopped.status()).toMatch(new RegExp(`^Mening 1 av ${stopped.whole.length} `));
    stopped.player.destroy();
  });

  it('a reading that does not start with the heading keeps it first, and goes on with all of the article', async () => {
    // Not a public-sector page: Readability's title (from <title>) is read first, not the h1. (Such a
    // page gets no verdict from the detector; given one here, the mechanism is the same.)
    const { engine, player, status, whole } = setUp(
      page('Altaner och bygglov', ARTICLE, 'en'),
      ARTICLE_PAGE,
      'https://www.example.com/altaner',
    );
    expect(whole[0]).not.toBe('Bygglov för altan');
    player.press('play-pause');
    expect(engine.spoken).toEqual(['Bygglov för altan']);
    engine.start();
    await vi.waitFor(() =>
      expect(status()).toMatch(new RegExp(`^Sentence 1 of ${whole.length + 1} |^Mening 1 av ${whole.length + 1} `)),
    );
    for (let i = 0; i <= whole.length; i++) engine.finish();
    expect(engine.spoken).toEqual(['Bygglov för altan', ...whole]);
    player.destroy();
  });

  it('without the detector’s verdict the page is read first, as before', async () => {
    const { engine, player, status, whole } = setUp(undefined, undefined);
    player.press('play-pause');
    expect(engine.spoken).toEqual([whole[0]]);
    await vi.waitFor(() => expect(status()).toMatch(new RegExp(`^Mening 1 av ${whole.length} `)));
    player.destroy();
  });
});
