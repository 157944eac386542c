import '../../unit/helpers/with-reader';
import { describe, expect, it, vi } from 'vitest';
import { shadowOf } from '../../../src/ui/shadow';
import { DEFAULT_READER, DEFAULT_SETTINGS } from '../../../src/core/config/settings';
import { LONG_PAGE_CHARS } from '../../../src/core/extract/part-copy';
import { readPage } from '../../../src/core/pipeline';
import { PagePlayer } from '../../../src/player/player';
import { pageFrom } from '../../unit/helpers/dom';
import { FakeEngine, voice } from '../../unit/speech/fake-engine';

// A very long page (a year of council minutes) takes seconds to read in whole: the player must say so,
// never do it unasked, start speaking from its first part, read the rest in while it speaks, and start
// once however often Lyssna is pressed meanwhile.
const URL = 'https://www.umea.se/kommun-och-politik/protokoll.html';

function longPage(count = Math.ceil(LONG_PAGE_CHARS / 230) + 50): Document {
  const paragraph = (i: number) =>
    `<p>§ ${i}. Kommunfullmäktige beslutade att godkänna förslaget från kommunstyrelsen om ärende ${i}, ` +
    `med de ändringar som utskottet föreslog vid sitt sammanträde. Beslutet gäller från och med nästa ` +
    `månad och ska följas upp av förvaltningen senast vid årets slut.</p>`;
  const html = `<!doctype html><html lang="sv"><head><title>Protokoll - Umeå kommun</title></head><body>
    <main><h1>Protokoll från kommunfullmäktige</h1>${Array.from({ length: count }, (_, i) => paragraph(i + 1)).join('')}</main>
    </body></html>`;
  return pageFrom(html, URL).doc;
}

function setUp() {
  const doc = longPage();
  expect(doc.body.textContent!.length).toBeGreaterThan(LONG_PAGE_CHARS);
  const engine = new FakeEngine({ voices: [voice('Alva', 'sv-SE')] });
  const settings = { ...DEFAULT_SETTINGS, voices: {}, reader: { ...DEFAULT_READER } };
  const player = new PagePlayer(doc, URL, 'sv-SE', engine, settings);
  return { doc, engine, player };
}

const statusText = (doc: Document) =>
  shadowOf(doc.querySelector('lyssna-control'))?.querySelector('[role="status"]')?.textContent ?? '';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a very long page', () => {
  it('says it is getting the page ready, then starts from its first part, once however often pressed', async () => {
    const { doc, engine, player } = setUp();
    player.offer();
    await pause(400); // past the idle time in which a normal page is read in unasked
    player.activate();
    expect(statusText(doc)).toMatch(/^Sidan är mycket lång/);
    expect(engine.spoken).toEqual([]);
    player.activate(); // pressed again while it is being read in
    await vi.waitFor(() => expect(engine.live).toHaveLength(1), { timeout: 30_000, interval: 50 });
    expect(engine.current.request.text).toBe('Protokoll från kommunfullmäktige');
    await pause(50);
    expect(engine.spoken).toHaveLength(1);
    // The total is what has been read in so far, and the status says the rest is coming.
    expect(statusText(doc)).toMatch(/^Mening 1 av \d+ · resten av sidan läses in$/);
    player.destroy();
  }, 60_000);

  it('reads the rest in while it speaks, and goes on into it: the same sentences as reading the page whole', async () => {
    // What reading it whole gives, from the same page cut to 400 paragraphs (quicker to read whole).
    const start = readPage(longPage(400), URL).sentences.map((s) => s.speech);
    const perParagraph = (start.length - 1) / 400;
    const { doc, engine, player } = setUp();
    const paragraphs = doc.querySelectorAll('main p').length;
    player.activate();
    await vi.waitFor(() => expect(engine.live).toHaveLength(1), { timeout: 30_000, interval: 20 });
    engine.start();
    const total = () => Number(/ av ([\d\s\u00a0]+)/.exec(statusText(doc))?.[1]?.replace(/\D/g, ''));
    await vi.waitFor(
      () => {
        engine.end();
        engine.start();
        expect(total()).toBe(1 + perParagraph * paragraphs);
        expect(statusText(doc)).toMatch(/min kvar$/);
      },
      { timeout: 30_000, interval: 20 },
    );
    // Past the end of the first part (a few hundred sentences), in the page's order.
    while (engine.spoken.length < 1000) engine.finish();
    expect(engine.spoken).toEqual(start.slice(0, 1000));
    player.destroy();
  }, 90_000);

  it('an update while it is read stops speech and asks for a press, rather than reading it all in again', async () => {
    const { doc, engine, player } = setUp();
    player.activate();
    await vi.waitFor(() => expect(engine.live).toHaveLength(1), { timeout: 30_000, interval: 50 });
    engine.start();
    doc.querySelector('main p')!.textContent = '§ 1. Ärendet återremitterades till kommunstyrelsen.';
    await vi.waitFor(() =>
      expect(statusText(doc)).toBe('Sidan uppdaterades. Tryck på Lyssna för att höra den som den är nu.'),
    );
    expect(engine.live).toHaveLength(0);
    player.destroy();
  }, 60_000);

  it('Stop while it is being read in: nothing is read aloud', async () => {
    const { engine, player, doc } = setUp();
    player.activate();
    expect(statusText(doc)).toMatch(/^Sidan är mycket lång/);
    // The Stop button's action (happy-dom's clicks are untrusted, and the control ignores those).
    player.press('stop');
    await pause(500);
    expect(engine.spoken).toEqual([]);
    player.destroy();
  }, 60_000);
});
