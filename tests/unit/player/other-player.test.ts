import '../helpers/with-reader';
import { describe, expect, it, vi } from 'vitest';
import { shadowOf } from '../../../src/ui/shadow';
import { DEFAULT_READER, DEFAULT_SETTINGS } from '../../../src/core/config/settings';
import { PagePlayer } from '../../../src/player/player';
import type { ControlAction } from '../../../src/ui/control';
import { pageFrom } from '../helpers/dom';
import { FakeEngine, voice } from '../speech/fake-engine';

// Another tab starts reading: one voice serves every tab, so its speech may cut ours off before the
// background's "pause for the other tab" arrives. Either way round, the status must say why it paused.
const URL = 'https://www.umea.se/bygglov.html';
const HTML = `<!doctype html><html lang="sv"><head><title>Bygglov - Umeå kommun</title></head><body><main>
  <h1>Bygglov</h1><p>Du behöver bygglov för att bygga nytt. Ansökan gör du i vår e-tjänst.</p>
  <p>Handläggningstiden är tio veckor. Avgiften beror på hur stort det du bygger är.</p></main></body></html>`;

function setUp() {
  const { doc } = pageFrom(HTML, URL);
  const engine = new FakeEngine({ voices: [voice('Alva', 'sv-SE')] });
  const player = new PagePlayer(doc, URL, 'sv-SE', engine, {
    ...DEFAULT_SETTINGS,
    voices: {},
    reader: { ...DEFAULT_READER },
  });
  player.offer();
  const act = (action: ControlAction) => player.press(action);
  const status = () =>
    shadowOf(doc.querySelector('lyssna-control'))?.querySelector('[role="status"]')?.textContent ?? '';
  return { engine, player, act, status };
}

describe('another tab starts reading', () => {
  it('says so when its speech cut ours off before the message came', async () => {
    const { engine, player, act, status } = setUp();
    act('play-pause');
    await vi.waitFor(() => expect(engine.live).toHaveLength(1));
    engine.start();
    engine.fail('interrupted'); // the other tab's utterance took the voice
    expect(status()).toMatch(/^Pausad vid mening/);
    player.pauseForOther();
    expect(status()).toBe('Pausad eftersom något annat började spela.');
    player.destroy();
  });

  it('says so when the message came first', async () => {
    const { engine, player, act, status } = setUp();
    act('play-pause');
    await vi.waitFor(() => expect(engine.live).toHaveLength(1));
    engine.start();
    player.pauseForOther();
    expect(status()).toBe('Pausad eftersom något annat började spela.');
    player.destroy();
  });

  it('leaves the status of a pause the user chose', async () => {
    const { engine, player, act, status } = setUp();
    act('play-pause');
    await vi.waitFor(() => expect(engine.live).toHaveLength(1));
    engine.start();
    act('play-pause');
    expect(status()).toMatch(/^Pausad vid mening 1/);
    player.pauseForOther();
    expect(status()).toMatch(/^Pausad vid mening 1/);
    player.destroy();
  });
});
