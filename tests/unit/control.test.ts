import { describe, expect, it } from 'vitest';
import { shadowOf } from '../../src/ui/shadow';
import { PageControl, rateText } from '../../src/ui/control';
import { ICON_PATHS } from '../../src/ui/control-styles';
import { messages } from '../../src/ui/i18n';
import { pageFrom } from './helpers/dom';

const SVG = 'http://www.w3.org/2000/svg';
const UNLOCKED = { rate: false, volume: false, voice: false, textSize: false };

function setUp() {
  const { doc } = pageFrom('<!doctype html><html lang="sv"><body><p>Sidan</p></body></html>');
  const control = new PageControl(doc, messages('sv'), { action() {}, rate() {}, volume() {}, voice() {} });
  control.mount();
  const button = (action: string) => shadowOf(control.host)!.querySelector(`[data-action="${action}"]`)!;
  return { control, button };
}

/** What a button shows: its icon (namespace, attributes, path) and the text beside it. */
function face(button: Element) {
  const svg = button.firstElementChild!;
  return {
    svg: [svg.namespaceURI, svg.localName, svg.getAttribute('viewBox'), svg.getAttribute('aria-hidden')],
    path: svg.querySelector('path')?.getAttribute('d'),
    pathNs: svg.firstElementChild?.namespaceURI,
    children: button.children.length,
    text: button.textContent,
  };
}

describe('the control’s buttons, built as nodes', () => {
  it('shows an SVG icon, with its name beside it or as aria-label and title', () => {
    const { button } = setUp();
    expect(face(button('play-pause'))).toEqual({
      svg: [SVG, 'svg', '0 0 24 24', 'true'],
      path: ICON_PATHS.play,
      pathNs: SVG,
      children: 2,
      text: 'Lyssna',
    });
    expect(button('play-pause').lastElementChild!.localName).toBe('span');
    const next = button('next');
    expect(face(next)).toMatchObject({ path: ICON_PATHS.next, children: 1, text: '' });
    expect([next.getAttribute('aria-label'), next.getAttribute('title')]).toEqual(['Nästa mening', 'Nästa mening']);
  });

  it('changes the play button’s icon and name with the state', () => {
    const { control, button } = setUp();
    control.setState('playing');
    expect(face(button('play-pause'))).toMatchObject({ path: ICON_PATHS.pause, children: 2, text: 'Pausa' });
    control.setState('paused');
    expect(face(button('play-pause'))).toMatchObject({ path: ICON_PATHS.play, children: 2, text: 'Fortsätt' });
  });

  it('names the stop button in a kiosk, and only labels it again outside one', () => {
    const { control, button } = setUp();
    const stop = button('stop');
    control.setPolicy({ kiosk: true, locked: UNLOCKED });
    expect(face(stop)).toMatchObject({ path: ICON_PATHS.stop, children: 2, text: 'Stoppa' });
    expect(stop.hasAttribute('aria-label')).toBe(false);
    control.setPolicy({ kiosk: false, locked: UNLOCKED });
    expect(face(stop)).toMatchObject({ path: ICON_PATHS.stop, children: 1, text: '' });
    expect(stop.getAttribute('aria-label')).toBe('Stoppa');
  });
});

describe('what the page can see of the control', () => {
  it('only the host: its shadow root is closed, so no button, label or status is reachable', () => {
    const { control, button } = setUp();
    expect(control.host.shadowRoot).toBeNull();
    expect(button('play-pause')).toBeTruthy(); // our own code still reaches it
    expect(control.host.ownerDocument.querySelector('[data-action]')).toBeNull();
    expect(control.host.textContent).toBe('');
  });
});

describe('keyboard focus when the control changes state', () => {
  it('stays on Lyssna while it waits for voices, and goes to Lyssna when the focused Stop turns off', () => {
    const { control, button } = setUp();
    const play = button('play-pause') as HTMLButtonElement;
    play.focus();
    control.setState('busy');
    expect(shadowOf(control.host)!.activeElement).toBe(play);
    expect([play.disabled, play.getAttribute('aria-disabled')]).toEqual([false, 'true']);
    control.setState('playing');
    expect(play.getAttribute('aria-disabled')).toBe('false');
    const stop = button('stop') as HTMLButtonElement;
    stop.focus();
    control.setState('idle');
    expect(stop.disabled).toBe(true);
    expect(shadowOf(control.host)!.activeElement).toBe(play);
  });
});

describe('speeds as the control writes them', () => {
  it('writes them as Intl.NumberFormat would in Swedish and English, without building a formatter', () => {
    for (const locale of ['sv-SE', 'en-GB'])
      for (const rate of [0.5, 0.75, 1, 1.1, 1.25, 1.333, 2, 2.5, 3])
        expect(rateText(rate, locale)).toBe(`${new Intl.NumberFormat(locale).format(rate)}×`);
    expect(rateText(1.5, 'sv-SE')).toBe('1,5×');
  });
});
