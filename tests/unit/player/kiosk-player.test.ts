// @vitest-environment happy-dom
import '../helpers/with-reader';
import { readFileSync } from 'node:fs';
import { shadowOf } from '../../../src/ui/shadow';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { effectiveSettings } from '../../../src/core/config/merge';
import { parsePolicy } from '../../../src/core/config/policy';
import type { SettingsChange } from '../../../src/core/config/settings';
import { PagePlayer } from '../../../src/player/player';
import { pageFrom } from '../helpers/dom';
import { FakeEngine, voice } from '../speech/fake-engine';

const SAMPLE = readFileSync(path.resolve('samples/umea/bygglov.html'), 'utf8');

function kioskPlayer(
  values: Record<string, unknown>,
  voices = [voice('Alva', 'sv-SE')],
  engine: FakeEngine = new FakeEngine({ voices }),
) {
  const { doc } = pageFrom(SAMPLE, 'https://www.umea.se/bygglov.html');
  const { policy } = parsePolicy({ kioskMode: true, ...values });
  const saved: SettingsChange[] = [];
  const player = new PagePlayer(
    doc,
    'https://www.umea.se/bygglov.html',
    'sv-SE',
    engine,
    effectiveSettings(undefined, policy).settings,
    { saveSettings: (change) => saved.push(change) },
    policy,
  );
  const control = () => shadowOf(doc.querySelector('lyssna-control'))!;
  const reader = () => shadowOf(doc.querySelector('lyssna-reader')) ?? null;
  return { doc, policy, player, saved, control, reader, engine };
}

describe('the player on a kiosk', () => {
  it('shows the simplified set, and none of the settings staff locked', () => {
    const k = kioskPlayer({ locked: ['rate', 'voice'] });
    k.player.offer();
    const bar = k.control().querySelector('.bar')!;
    expect(bar.classList.contains('kiosk')).toBe(true);
    // What a kiosk shows: Lyssna, Stoppa (named), Lättläst, Större text; the rest is for full mode.
    const kioskOnly = Array.from(bar.querySelectorAll('.kiosk-only'), (b) => (b as HTMLElement).dataset.action);
    expect(kioskOnly).toEqual(['easy', 'bigger']);
    const fullOnly = Array.from(bar.querySelectorAll('.full-only'), (b) => (b as HTMLElement).dataset.action);
    expect(fullOnly).toEqual(['previous', 'next', 'reader', 'more', 'close']);
    expect(bar.querySelector('[data-action="stop"]')?.textContent).toBe('Stoppa');
    expect((k.control().getElementById('lyssna-rate') as HTMLSelectElement).disabled).toBe(true);
    expect((k.control().getElementById('lyssna-voice') as HTMLSelectElement).disabled).toBe(true);
    expect((k.control().getElementById('lyssna-volume') as HTMLInputElement).disabled).toBe(false);
  });

  it('hides "Större text" when the text size is locked, and locks it in the reader', () => {
    const k = kioskPlayer({ textSize: 200, locked: ['textSize'] });
    k.player.offer();
    expect((k.control().querySelector('[data-action="bigger"]') as HTMLButtonElement).hidden).toBe(true);
    k.player.openReader();
    const size = k.reader()!.getElementById('lyssna-reader-textSize') as HTMLSelectElement;
    expect(size.value).toBe('200');
    expect(size.disabled).toBe(true);
    expect((k.reader()!.getElementById('lyssna-reader-font') as HTMLSelectElement).disabled).toBe(false);
  });

  it('opens the reader in the view staff chose, in high contrast', () => {
    const k = kioskPlayer({ startView: 'lattlast' });
    k.player.openReader();
    const dialog = k.reader()!.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.dataset.theme).toBe('contrast');
    expect(k.reader()!.querySelector('.body.easy')).not.toBeNull();
  });

  it('forgets the last visitor on reset: reader closed, selection gone, view and look back to the start', async () => {
    const k = kioskPlayer({ startView: 'original' });
    k.doc.getSelection()!.selectAllChildren(k.doc.querySelector('p')!); // the visitor selected text
    k.player.openReader(true); // and chose Lättläst
    expect(k.reader()!.querySelector('.body.easy')).not.toBeNull();
    k.player.activate(); // and listened into the text itself, then paused
    for (let i = 0; i < 10; i++) {
      k.engine.finish();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(k.engine.utterances.at(-1)?.request.text).not.toBe('Bygglov');
    k.player.activate();
    expect(k.engine.utterances.length).toBeGreaterThan(0);
    const docked = k.reader()!.querySelector('lyssna-control') as HTMLElement; // in the reader while it is open
    expect(docked.dataset.state).toBe('paused');
    const settings = effectiveSettings(undefined, k.policy).settings;
    k.player.resetForVisitor(settings);
    // Closed at once (out of view); its text, then its host, leave the page a slice at a time.
    expect(k.doc.querySelector('lyssna-reader')?.getAttribute('aria-hidden')).toBe('true');
    await expect.poll(() => k.doc.querySelector('lyssna-reader')).toBeNull();
    expect(k.engine.utterances.every((u) => u.status !== 'speaking' && u.status !== 'queued')).toBe(true);
    expect(docked.dataset.state).toBe('idle');
    expect(docked.parentElement).toBe(k.doc.body); // back on the page
    expect(k.doc.getSelection()!.isCollapsed).toBe(true);
    expect(k.control().querySelector('.status')?.textContent).toBe('Tryck på Lyssna för att höra sidan.');
    // The next visitor's Lyssna starts from the top of the page, not where the last one paused.
    const before = k.engine.utterances.length;
    k.player.activate();
    expect(k.engine.utterances[before]?.request.text).toBe('Bygglov');
    k.player.activate();
    k.player.openReader();
    expect(k.reader()!.querySelector('.body.easy')).toBeNull();
  });

  /** Closes the reader as its close button does (happy-dom's clicks are untrusted, so not by a click). */
  const closeReader = (player: PagePlayer) => player.closeReader();

  it('opens the reader in the locked start view every time, unless a view is asked for by name', () => {
    const k = kioskPlayer({ startView: 'lattlast', locked: ['startView'] });
    const easyButton = () =>
      shadowOf(k.reader()!.querySelector('lyssna-control'))!.querySelector('[data-action="easy"]')!;
    k.player.openReader();
    expect(k.reader()!.querySelector('.body.easy')).not.toBeNull();
    expect(easyButton().getAttribute('aria-pressed')).toBe('true'); // a screen reader hears which text
    k.player.openReader(false); // the visitor asks for the original
    expect(k.reader()!.querySelector('.body.easy')).toBeNull();
    expect(easyButton().getAttribute('aria-pressed')).toBe('false');
    closeReader(k.player);
    k.player.openReader(); // Läsläge from the popup or the shortcut: the locked view again
    expect(k.reader()!.querySelector('.body.easy')).not.toBeNull();
  });

  it('without a lock, the start view is for a new reader only; later the last view is kept', () => {
    const k = kioskPlayer({ startView: 'lattlast' });
    k.player.openReader();
    expect(k.reader()!.querySelector('.body.easy')).not.toBeNull();
    k.player.openReader(false);
    closeReader(k.player);
    k.player.openReader();
    expect(k.reader()!.querySelector('.body.easy')).toBeNull();
  });

  it('tells staff at once when the computer has no Swedish voice', async () => {
    const k = kioskPlayer({}, [voice('Daniel', 'en-GB')]);
    k.player.offer();
    await new Promise((r) => setTimeout(r, 0));
    expect(k.control().querySelector('.status')?.textContent).toMatch(/^Till personalen: .*ingen svensk röst/);
    const ok = kioskPlayer({});
    ok.player.offer();
    await new Promise((r) => setTimeout(r, 0));
    expect(ok.control().querySelector('.status')?.textContent).toBe('Tryck på Lyssna för att höra sidan.');
  });

  it('tells staff at once when the browser has speech turned off, not that a voice is missing', async () => {
    const off = Object.assign(new FakeEngine({ voices: [] }), { speechOff: true });
    const k = kioskPlayer({}, [], off);
    k.player.offer();
    await new Promise((r) => setTimeout(r, 0));
    expect(k.control().querySelector('.status')?.textContent).toBe(
      'Till personalen: talsyntesen är avstängd i den här webbläsaren, så Lyssna kan inte läsa upp. Läsläge och Lättläst fungerar ändå.',
    );
  });
});
