// @vitest-environment happy-dom
import '../helpers/with-reader';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { effectiveSettings } from '../../../src/core/config/merge';
import { parsePolicy } from '../../../src/core/config/policy';
import type { SettingsState } from '../../../src/platform/settings-store';
import { PagePlayer } from '../../../src/player/player';
import { messages } from '../../../src/ui/i18n';
import { showLightControl } from '../../../src/ui/light-control';
import { shadowOf } from '../../../src/ui/shadow';
import { pageFrom } from '../helpers/dom';
import { FakeEngine, voice } from '../speech/fake-engine';

const URL_ = 'https://www.umea.se/bygglov.html';
const SAMPLE = readFileSync(path.resolve('samples/umea/bygglov.html'), 'utf8');

function stateWith(stored: unknown = undefined, policyValues: Record<string, unknown> = {}): SettingsState {
  const parsed = parsePolicy(policyValues);
  const { settings, problems } = effectiveSettings(stored, parsed.policy);
  return { settings, policy: parsed.policy, problems, policyNotes: parsed.notes, managed: parsed.managed };
}

/** A user's event: the control ignores events a page script makes (isTrusted false). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function setUp(stored?: unknown) {
  const { doc } = pageFrom(SAMPLE, URL_);
  let loads = 0;
  const state = stateWith(stored);
  const { handover, apply } = showLightControl(doc, messages('sv'), state, undefined, () => loads++);
  const host = doc.querySelector('lyssna-control') as HTMLElement;
  const root = () => shadowOf(host)!;
  const click = (action: string) =>
    root()
      .querySelector(`[data-action="${action}"]`)!
      .dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
  const engine = new FakeEngine({ voices: [voice('Alva', 'sv-SE')] });
  /** The player as player.content.ts makes it when the light control was there. */
  const player = () => new PagePlayer(doc, URL_, 'sv-SE', engine, state.settings, {}, state.policy, handover.end());
  return { doc, host, handover, apply, root, click, loads: () => loads, player, engine };
}

describe('the light control a detected article page shows before the player is there', () => {
  it('looks and reads exactly as the player’s control does when it offers a page', () => {
    const light = setUp({ rate: 1.5 });
    const { doc } = pageFrom(SAMPLE, URL_);
    const player = new PagePlayer(doc, URL_, 'sv-SE', new FakeEngine(), stateWith({ rate: 1.5 }).settings);
    player.offer();
    const full = shadowOf(doc.querySelector('lyssna-control'))!;
    expect(light.root().innerHTML).toBe(full.innerHTML);
    expect(light.root().querySelector('[role="status"]')!.textContent).toBe('Tryck på Lyssna för att höra sidan.');
  });

  it('asks for the player once when the pointer comes onto it or focus comes into it, not for a page’s script', () => {
    const { host, loads } = setUp();
    host.dispatchEvent(new Event('pointerenter'));
    expect(loads()).toBe(0);
    host.dispatchEvent(trusted(new Event('pointerenter')));
    host.dispatchEvent(trusted(new Event('focusin')));
    expect(loads()).toBe(1);
  });

  it('asks for the player when Alt and Shift go down together, the start of every Lyssna shortcut', () => {
    const { doc, loads } = setUp();
    const key = (key: string, init: KeyboardEventInit) =>
      doc.dispatchEvent(trusted(new KeyboardEvent('keydown', { key, bubbles: true, ...init })));
    key('Alt', { altKey: true });
    key('Shift', { shiftKey: true });
    key('Shift', { shiftKey: true, altKey: true, ctrlKey: true }); // Ctrl+Alt+Shift is some other program's
    expect(loads()).toBe(0);
    key('Shift', { shiftKey: true, altKey: true });
    expect(loads()).toBe(1);
  });

  it('keeps a press for the player, ignores presses that have nothing to act on, and closes by itself', () => {
    const { handover, click, loads, doc } = setUp();
    click('stop');
    click('next');
    expect([handover.pending, loads()]).toEqual([[], 0]);
    click('play-pause');
    click('reader');
    expect([handover.pending, loads()]).toEqual([[{ action: 'play-pause' }, { action: 'reader' }], 1]);
    click('close');
    expect(doc.querySelector('lyssna-control')).toBeNull();
  });

  it('follows a speed changed on the options page, and hands the new settings on', () => {
    const { apply, root, handover } = setUp();
    const next = stateWith({ rate: 1.5 });
    apply(next);
    expect((root().getElementById('lyssna-rate') as HTMLSelectElement).value).toBe('1.5');
    expect(handover.state).toBe(next);
  });
});

describe('the player taking over from the light control', () => {
  it('keeps its elements, so focus and the open "More" row stay, and speaks the press made meanwhile', async () => {
    const { host, handover, click, root, doc, player, engine } = setUp();
    click('more');
    const speed = root().getElementById('lyssna-rate') as HTMLSelectElement;
    speed.focus();
    click('play-pause');
    const p = player();
    p.takeOver(handover);
    expect([...doc.querySelectorAll('lyssna-control')]).toEqual([host]);
    expect(root().getElementById('lyssna-rate')).toBe(speed);
    expect(root().activeElement).toBe(speed);
    expect((root().getElementById('lyssna-more') as HTMLElement).hidden).toBe(false);
    await vi.waitFor(() => expect(engine.spoken.length).toBeGreaterThan(0));
    expect(engine.spoken[0]).toMatch(/bygglov/i);
    // The adopted buttons are the player's now, and the light control's own listeners are gone: one
    // press of "More" closes the row (both listening would open and close it again at once).
    click('more');
    expect((root().getElementById('lyssna-more') as HTMLElement).hidden).toBe(true);
    click('play-pause');
    expect(root().querySelector('[role="status"]')!.textContent).toMatch(/^Pausad/);
    p.destroy();
  });

  it('leaves a light control the user closed closed', () => {
    const { handover, click, doc, player } = setUp();
    click('close');
    const p = player();
    p.takeOver(handover);
    expect(doc.querySelector('lyssna-control')).toBeNull();
    p.destroy();
  });
});
