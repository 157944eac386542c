// @vitest-environment happy-dom
import '../helpers/with-reader';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_READER, DEFAULT_SETTINGS } from '../../../src/core/config/settings';
import { PagePlayer } from '../../../src/player/player';
import { commonAncestor, stillThere, withoutHash } from '../../../src/player/page-watch';
import { readPage } from '../../../src/core/pipeline';
import { shadowOf } from '../../../src/ui/shadow';
import { pageFrom } from '../helpers/dom';
import { FakeEngine, voice } from '../speech/fake-engine';

// Pages that change under a reading: a single-page site moving on, a site putting another article in
// place, or updating the one being read. The player must never read old text against a new page.
const URL = 'https://www.umea.se/nyheter/bygglov';

const ARTICLE = `<h1>Bygglov för altan</h1>
  <p>Du behöver bygglov för att bygga en altan som är högre än en meter. Ansökan gör du i vår e-tjänst.</p>
  <p>Handläggningstiden är tio veckor. Avgiften beror på hur stort det du bygger är.</p>
  <p>Kontakta bygglovsavdelningen om du har frågor. Vi svarar på vardagar mellan nio och tolv.</p>
  <p>Ritningarna ska vara skalenliga. Fasadritningen ska visa hur altanen ser ut från alla håll.</p>`;
const OTHER = `<h1>Simhallen stänger för renovering</h1>
  <p>Simhallen i centrum stänger i tre månader från första juni. Under tiden kan du simma i Ersboda.</p>
  <p>Renoveringen gäller bassängen och omklädningsrummen. Kostnaden är beräknad till tolv miljoner kronor.</p>
  <p>Årskort förlängs med den tid som hallen är stängd. Du behöver inte göra något själv.</p>`;
const page = (article: string) => `<!doctype html><html lang="sv"><head><title>Umeå kommun</title></head><body>
  <header><nav><a href="/">Start</a> <a href="/nyheter">Nyheter</a></nav></header>
  <main><article id="a">${article}</article></main><footer>Umeå kommun, 901 84 Umeå</footer></body></html>`;

function setUp() {
  const { doc, window } = pageFrom(page(ARTICLE), URL);
  const engine = new FakeEngine({ voices: [voice('Alva', 'sv-SE')] });
  const player = new PagePlayer(doc, URL, 'sv-SE', engine, {
    ...DEFAULT_SETTINGS,
    voices: {},
    reader: { ...DEFAULT_READER },
  });
  player.offer();
  const status = () =>
    shadowOf(doc.querySelector('lyssna-control'))?.querySelector('[role="status"]')?.textContent ?? '';
  const state = () => (doc.querySelector('lyssna-control') as HTMLElement | null)?.dataset['state'];
  const article = () => doc.getElementById('a')!;
  /** Starts reading and lets the voice say `sentences` sentences; returns the one now being spoken. */
  const readTo = async (sentences: number) => {
    player.press('play-pause');
    await vi.waitFor(() => expect(engine.live).toHaveLength(1));
    for (let i = 0; i < sentences; i++) {
      engine.finish();
      await vi.waitFor(() => expect(engine.live).toHaveLength(1));
    }
    engine.start();
    return engine.current.request.text;
  };
  return { doc, window, engine, player, status, state, article, readTo };
}

describe('a page that changes while it is read', () => {
  it('a single-page site moving to another address stops speech and offers the new page', async () => {
    const { window, engine, player, status, state, article, readTo } = setUp();
    await readTo(2);
    window.history.pushState({}, '', '/nyheter/simhallen');
    article().innerHTML = OTHER;
    await vi.waitFor(() => expect(status()).toBe('Sidan har bytts. Tryck på Lyssna för att höra den nya sidan.'));
    expect(engine.live).toHaveLength(0);
    expect(state()).toBe('idle');
    // Lyssna now reads the new page from its start, not the old article.
    player.press('play-pause');
    await vi.waitFor(() => expect(engine.live).toHaveLength(1));
    expect(engine.current.request.text).toMatch(/Simhallen stänger/);
    player.destroy();
  });

  it('another article put in the same place stops speech and says the page shows another text', async () => {
    const { engine, player, status, article, readTo } = setUp();
    await readTo(1);
    article().innerHTML = OTHER;
    await vi.waitFor(() => expect(status()).toBe('Sidan visar nu en annan text. Tryck på Lyssna för att höra den.'));
    expect(engine.live).toHaveLength(0);
    player.press('play-pause');
    await vi.waitFor(() => expect(engine.live).toHaveLength(1));
    expect(engine.current.request.text).toMatch(/Simhallen stänger/);
    player.destroy();
  });

  it('an update of the article being read goes on from the same sentence, and the status says so', async () => {
    const { doc, engine, player, status, article, readTo } = setUp();
    const speaking = await readTo(3);
    expect(speaking).toMatch(/Handläggningstiden/);
    const notice = doc.createElement('p');
    notice.textContent = 'Uppdaterad information: e-tjänsten är öppen igen efter underhållet.';
    article().querySelector('h1')!.after(notice);
    await vi.waitFor(() =>
      expect(status()).toMatch(/^Sidan uppdaterades\. Läser vidare där du var\. Mening \d+ av \d+/),
    );
    expect(engine.live).toHaveLength(1);
    expect(engine.current.request.text).toMatch(/Handläggningstiden/);
    player.destroy();
  });

  it('an update that removes the sentence being read goes on from the nearest earlier one there', async () => {
    const { engine, player, status, article, readTo } = setUp();
    await readTo(3); // "Handläggningstiden är tio veckor."
    article().querySelectorAll('p')[1]!.remove();
    await vi.waitFor(() => expect(status()).toMatch(/^Sidan uppdaterades\./));
    expect(engine.live).toHaveLength(1);
    expect(engine.current.request.text).not.toMatch(/Handläggningstiden/);
    player.destroy();
  });

  it('the same text drawn again in new nodes goes on without a break', async () => {
    const { engine, player, status, article, readTo } = setUp();
    await readTo(2);
    const before = engine.spoken.length;
    const statusBefore = status();
    article().innerHTML = ARTICLE; // a framework rendering the same article again
    await new Promise((r) => setTimeout(r, 700));
    expect(engine.spoken.length).toBe(before); // nothing said again
    expect(engine.live).toHaveLength(1);
    expect(status()).toBe(statusBefore);
    player.destroy();
  });

  it('changes beside the article (a banner, a ticker) leave the reading alone', async () => {
    const { doc, engine, player, status, readTo } = setUp();
    await readTo(2);
    const statusBefore = status();
    const banner = doc.createElement('div');
    banner.textContent = 'Vi använder kakor.';
    doc.body.prepend(banner);
    doc.querySelector('footer')!.textContent = 'Umeå kommun, 901 84 Umeå. Uppdaterad i dag.';
    await new Promise((r) => setTimeout(r, 700));
    expect(engine.live).toHaveLength(1);
    expect(status()).toBe(statusBefore);
    player.destroy();
  });
});

describe('a page that changes while the reader or a selection is shown', () => {
  it('a new address closes the reader: its text belonged to the old page', async () => {
    const { doc, window, engine, player, status, article } = setUp();
    player.openReader();
    const reader = () => shadowOf(doc.querySelector('lyssna-reader'));
    await vi.waitFor(() => expect(reader()?.querySelector('.reader')).toBeTruthy());
    player.press('play-pause');
    await vi.waitFor(() => expect(engine.live).toHaveLength(1));
    window.history.pushState({}, '', '/nyheter/simhallen');
    article().innerHTML = OTHER;
    await vi.waitFor(() => expect(status()).toMatch(/^Sidan har bytts/));
    expect(engine.live).toHaveLength(0);
    expect((doc.querySelector('lyssna-reader') as HTMLElement | null)?.hidden ?? true).toBe(true);
    player.destroy();
  });

  it('an update of the page leaves the reader’s own copy reading on', async () => {
    const { doc, engine, player, status, article } = setUp();
    player.openReader();
    await vi.waitFor(() => expect(shadowOf(doc.querySelector('lyssna-reader'))?.querySelector('.reader')).toBeTruthy());
    player.press('play-pause');
    await vi.waitFor(() => expect(engine.live).toHaveLength(1));
    engine.start();
    const said = engine.current.request.text;
    article().querySelector('p')!.textContent = 'En ny första mening som sidan lade till.';
    await new Promise((r) => setTimeout(r, 700));
    expect(engine.live).toHaveLength(1);
    expect(engine.current.request.text).toBe(said);
    expect(status()).not.toMatch(/^Sidan/);
    player.destroy();
  });

  it('a selection whose text changed under it stops, and says to select it again', async () => {
    const { doc, engine, player, status, article } = setUp();
    const p = article().querySelectorAll('p')[1]!;
    const range = doc.createRange();
    range.selectNodeContents(p);
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
    player.readSelection();
    await vi.waitFor(() => expect(engine.live).toHaveLength(1));
    engine.start();
    p.textContent = 'Handläggningstiden är nu åtta veckor.';
    await vi.waitFor(() =>
      expect(status()).toBe('Den markerade texten ändrades på sidan. Markera den igen för att höra den.'),
    );
    expect(engine.live).toHaveLength(0);
    player.destroy();
  });
});

describe('page-watch helpers', () => {
  it('tells whether the text read is still in the page', () => {
    const { doc } = pageFrom(page(ARTICLE), URL);
    const blocks = readPage(doc, URL).article!.blocks;
    expect(stillThere(blocks)).toBe(true);
    expect(commonAncestor(blocks)).toBe(doc.getElementById('a'));
    doc.querySelectorAll('p')[2]!.firstChild!.textContent = 'Något helt annat står här nu.';
    expect(stillThere(blocks)).toBe(false);
  });

  it('a jump within the page is not a new address', () => {
    expect(withoutHash('https://www.umea.se/a#kontakt')).toBe('https://www.umea.se/a');
    expect(withoutHash('https://www.umea.se/a?b=1')).toBe('https://www.umea.se/a?b=1');
  });
});
