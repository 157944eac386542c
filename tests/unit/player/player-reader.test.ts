// @vitest-environment happy-dom
import '../helpers/with-reader';
import { readFileSync } from 'node:fs';
import { shadowOf } from '../../../src/ui/shadow';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READER, DEFAULT_SETTINGS } from '../../../src/core/config/settings';
import { PagePlayer } from '../../../src/player/player';
import { FakeEngine, voice } from '../speech/fake-engine';
import { pageFrom } from '../helpers/dom';

// The player with the reader, over a scripted engine: what is said, and what the control says.
const URL = 'https://www.umea.se/bygglov.html';

function setUp() {
  const { doc } = pageFrom(readFileSync('samples/umea/bygglov.html', 'utf8'), URL);
  const engine = new FakeEngine({ voices: [voice('Alva', 'sv-SE')] });
  const settings = { ...DEFAULT_SETTINGS, voices: {}, reader: { ...DEFAULT_READER } };
  const player = new PagePlayer(doc, URL, 'sv-SE', engine, settings);
  return { doc, engine, player };
}

function statusText(doc: Document): string {
  const host =
    doc.querySelector('lyssna-control') ??
    shadowOf(doc.querySelector('lyssna-reader'))?.querySelector('lyssna-control');
  return shadowOf(host)?.querySelector('[role="status"]')?.textContent ?? '';
}

describe('the player and the reader as one reading', () => {
  it('opening the reader while reading says the same sentence again in the reader, and goes on', () => {
    const { doc, engine, player } = setUp();
    player.activate();
    engine.finish();
    engine.finish();
    engine.start();
    const third = engine.current.request.text;
    expect(statusText(doc)).toMatch(/^Mening 3 av 26/);
    player.openReader();
    expect(statusText(doc)).toMatch(/^Mening 3 av 26/);
    expect(engine.live.map((u) => u.request.text)).toEqual([third]);
    engine.finish();
    expect(statusText(doc)).toMatch(/^Mening 4 av 26/);
  });

  it('closing Lyssna with the reader open does not start speaking on the page', () => {
    const { engine, player } = setUp();
    player.activate();
    engine.finish();
    player.openReader();
    const said = engine.spoken.length;
    player.destroy();
    expect(engine.spoken.length).toBe(said);
    expect(engine.live).toEqual([]);
  });
});
