// Läsläge (the reader view) as a user meets it, in real Chromium and Firefox with the built extension:
// opened from the control, accessible, read aloud with the highlight inside it, its look remembered
// across a reload, closed with Escape. Screenshots go to artifacts/ for a person to look at.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READER_THEMES } from '../../src/core/config/settings';
import { axeViolations } from './harness/axe';
import { controlContrast } from './harness/contrast';
import { launchBrowser, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { EXTENSION, SWEDISH_UI } from './harness/extension';
import { waitForControl } from './harness/control';
import { REPO_DIR, startSampleServer, type SampleServer } from './harness/server';

const SHOTS = path.join(REPO_DIR, 'artifacts');
const READER = 'lyssna-reader';
/** The control moves into the reader while it is open. */
const CONTROL_IN_READER = `${READER} >>> lyssna-control >>>`;

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function openReader(page: Page) {
  await page.click('lyssna-control >>> button[data-action="reader"]');
  await page.waitForSelector(`${READER} >>> .reader`);
}

/** The reader as a test sees it: dialog semantics, focus, theme, sizes, the page beneath. */
async function readerState(page: Page) {
  return page.evaluate(`(() => {
    const host = document.querySelector('${READER}');
    const root = host && host.shadowRoot;
    const dialog = root && root.querySelector('[role="dialog"]');
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
    const label = dialog && root.getElementById(dialog.getAttribute('aria-labelledby'));
    const pageEl = root && root.querySelector('.page');
    return {
      open: !!host && host.isConnected,
      role: dialog && dialog.getAttribute('role'),
      modal: dialog && dialog.getAttribute('aria-modal'),
      label: label ? label.textContent : null,
      meta: root ? (root.querySelector('.meta') || {}).textContent || '' : '',
      focusedInReader: !!active && !!root && active.getRootNode() === root,
      focused: active ? (active.getAttribute('data-action') || active.tagName) : null,
      theme: dialog && dialog.dataset.theme,
      textSize: root ? (root.getElementById('lyssna-reader-textSize') || {}).value : null,
      fontSize: pageEl ? getComputedStyle(pageEl).fontSize : null,
      pageInert: Array.from(document.body.children).filter((el) => el !== host && !el.inert).map((el) => el.tagName),
      horizontalOverflow: dialog ? dialog.scrollWidth - dialog.clientWidth : null,
      scrollY: window.scrollY,
    };
  })()`) as Promise<{
    open: boolean;
    role: string | null;
    modal: string | null;
    label: string | null;
    meta: string;
    focusedInReader: boolean;
    focused: string | null;
    theme: string | undefined;
    textSize: string | null;
    fontSize: string | null;
    pageInert: string[];
    horizontalOverflow: number | null;
    scrollY: number;
  }>;
}

/** Chooses an option of a reader setting by keyboard, as a user does (trusted events). */
async function chooseByKeys(page: Page, setting: string, keys: string[]) {
  const select = await page.waitForSelector(`${READER} >>> #lyssna-reader-${setting}`);
  await select!.focus();
  for (const key of keys) await page.keyboard.press(key as never);
  await settle(100);
}

async function showPanel(page: Page) {
  const expanded = await page.$eval(`${READER} >>> button[data-reader="settings"]`, (b) =>
    b.getAttribute('aria-expanded'),
  );
  if (expanded !== 'true') await page.click(`${READER} >>> button[data-reader="settings"]`);
}

async function shot(page: Page, kind: BrowserKind, name: string, clip?: { width: number; height: number }) {
  mkdirSync(SHOTS, { recursive: true });
  await settle(300);
  // A clip is in page coordinates: the top of the window is at the page's scroll position.
  const y = clip ? ((await page.evaluate('window.scrollY')) as number) : 0;
  await page.screenshot({
    path: path.join(SHOTS, `reader-${kind}-${name}.png`) as `${string}.png`,
    ...(clip ? { clip: { x: 0, y, ...clip } } : {}),
  });
}

const CONTROL_HOST = `document.querySelector('${READER}').shadowRoot.querySelector('lyssna-control')`;

describe.each<BrowserKind>(['chromium', 'firefox'])('Läsläge in %s', (kind) => {
  let server: SampleServer;
  let launched: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startSampleServer();
    launched = await launchBrowser(kind, {
      extensionDir: EXTENSION[kind],
      hosts: ['www.umea.se'],
      port: server.port,
      ...SWEDISH_UI[kind],
    });
    page = await launched.browser.newPage();
    await page.setViewport({ width: 1024, height: 768 });
    await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await waitForControl(page);
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('opens from the control as a modal dialog named by the title, over an inert page', async () => {
    await page.evaluate(() => window.scrollTo(0, 200));
    const scrolled = await page.evaluate(() => window.scrollY);
    await openReader(page);
    const state = await readerState(page);
    expect(state).toMatchObject({ open: true, role: 'dialog', modal: 'true', label: 'Bygglov', focusedInReader: true });
    expect(state.meta).toMatch(/Publicerad \d+ \w+ 20\d\d/);
    expect(state.meta).toMatch(/Umeå kommun/);
    expect(state.pageInert).toEqual([]);
    expect(state.scrollY).toBe(scrolled);
    await shot(page, kind, 'light');
  });

  it('has nothing axe-core finds wrong', async () => {
    expect(await axeViolations(page, READER)).toEqual([]);
  });

  it('reads what it shows, highlighting each sentence inside the reader', async () => {
    await page.evaluate(`(() => {
      const root = document.querySelector('${READER}').shadowRoot;
      window.__readerLog = [];
      window.__readerPoll = setInterval(() => {
        const h = CSS.highlights && CSS.highlights.get('lyssna-sentence');
        if (!h) return;
        for (const r of h) window.__readerLog.push({ text: r.toString(), inReader: r.startContainer.getRootNode() === root });
      }, 5);
    })()`);
    await page.click(`${CONTROL_IN_READER} button[data-action="play-pause"]`);
    await page.waitForFunction(
      `(() => {
        const control = document.querySelector('${READER}').shadowRoot.querySelector('lyssna-control');
        return /Klart/.test(control.shadowRoot.querySelector('[role="status"]').textContent);
      })()`,
      { timeout: 60_000 },
    );
    const log = (await page.evaluate(
      '(() => { clearInterval(window.__readerPoll); return window.__readerLog; })()',
    )) as Array<{
      text: string;
      inReader: boolean;
    }>;
    expect(log.length).toBeGreaterThan(0);
    expect(log.every((h) => h.inReader)).toBe(true);
    expect(log.map((h) => h.text).join(' ')).toMatch(/bygglov/i);
  });

  it('reads from a sentence the user clicks in the reader', async () => {
    const status = () =>
      page.evaluate(`(() => {
        const control = document.querySelector('${READER}').shadowRoot.querySelector('lyssna-control');
        return control.shadowRoot.querySelector('[role="status"]').textContent;
      })()`) as Promise<string>;
    await page.click(`${CONTROL_IN_READER} button[data-action="play-pause"]`);
    await page.click(`${CONTROL_IN_READER} button[data-action="play-pause"]`); // pause at once
    await page.waitForFunction(
      `/Pausad|Klart/.test(document.querySelector('${READER}').shadowRoot.querySelector('lyssna-control').shadowRoot.querySelector('[role="status"]').textContent)`,
    );
    if (/Klart/.test(await status())) return; // finished before the pause landed: nothing to click into
    // The heading "Vad kostar ett bygglov?" (or the last heading) as the user sees it.
    const point = (await page.evaluate(`(() => {
      const root = document.querySelector('${READER}').shadowRoot;
      const h = Array.from(root.querySelectorAll('.body h2')).at(-1);
      h.scrollIntoView({ block: 'center' });
      const r = h.getBoundingClientRect();
      return { x: r.left + 10, y: r.top + r.height / 2, text: h.textContent.trim() };
    })()`)) as { x: number; y: number; text: string };
    await settle(200);
    await page.evaluate(`window.__readerLog = []; window.__readerPoll = setInterval(() => {
      const h = CSS.highlights && CSS.highlights.get('lyssna-sentence');
      if (h) for (const r of h) window.__readerLog.push(r.toString());
    }, 5)`);
    await page.mouse.click(point.x, point.y);
    // The clicked sentence is highlighted next (the paused one was highlighted before the click).
    await page.waitForFunction(
      `window.__readerLog.some((t) => t.replace(/\\s+/g, ' ').trim() === ${JSON.stringify(point.text)})`,
      { timeout: 10_000 },
    );
    await page.evaluate('clearInterval(window.__readerPoll)');
    await page.waitForFunction(
      `/Klart/.test(document.querySelector('${READER}').shadowRoot.querySelector('lyssna-control').shadowRoot.querySelector('[role="status"]').textContent)`,
      { timeout: 60_000 },
    );
  });

  it('docks the control in the reader’s colours, every theme at 7:1 or more', async () => {
    await page.click(`${CONTROL_IN_READER} button[data-action="more"]`); // its labels and lists too
    await page.mouse.move(1, 700); // no button under the pointer (hover)
    for (const [n, theme] of READER_THEMES.entries()) {
      await showPanel(page);
      await chooseByKeys(page, 'theme', ['Home', ...Array<string>(n).fill('ArrowDown')]);
      await page.click(`${READER} >>> button[data-reader="settings"]`); // hide the panel
      expect((await readerState(page)).theme).toBe(theme);
      const measured = await controlContrast(page, CONTROL_HOST);
      expect(measured.map((m) => m.what)).toEqual(
        expect.arrayContaining(['play-pause', 'reader', 'more', 'close', 'status', 'field', 'select']),
      );
      for (const m of measured) expect(m.ratio, `${theme}: ${JSON.stringify(m)}`).toBeGreaterThanOrEqual(7);
      // The control sits on the reader's own colours, not the page's white corner.
      const bar = measured.find((m) => m.what === 'status')!.background;
      if (theme !== 'light') expect(bar).not.toBe('rgb(255, 255, 255)');
      if (theme === 'dark' || theme === 'contrast') {
        const height = (await page.evaluate(
          `document.querySelector('${READER}').shadowRoot.querySelector('.top').getBoundingClientRect().bottom`,
        )) as number;
        await shot(page, kind, `${theme}-control`, { width: 1024, height: Math.ceil(height) + 120 });
      }
    }
    if (kind === 'chromium') {
      // Windows high contrast (forced colours): the browser's system colours, still 7:1 or more.
      // puppeteer's emulateMediaFeatures does not know forced-colors; the DevTools protocol does.
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
      const forced = await controlContrast(page, CONTROL_HOST);
      // The system's colours really replace the theme's (high contrast's yellow button).
      expect(forced.find((m) => m.what === 'play-pause')?.background).not.toBe('rgb(255, 255, 0)');
      for (const m of forced) expect(m.ratio, `forced: ${JSON.stringify(m)}`).toBeGreaterThanOrEqual(7);
      await shot(page, kind, 'forced-colors-control', { width: 1024, height: 300 });
      await cdp.send('Emulation.setEmulatedMedia', { features: [] });
      await cdp.detach();
    }
    await showPanel(page);
    await chooseByKeys(page, 'theme', ['Home']);
    await page.click(`${READER} >>> button[data-reader="settings"]`);
    await page.click(`${CONTROL_IN_READER} button[data-action="more"]`);
  });

  it('remembers the theme and text size across a reload', async () => {
    await showPanel(page);
    await chooseByKeys(page, 'theme', ['End']); // Hög kontrast
    await chooseByKeys(page, 'textSize', ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown']); // 200 %
    let state = await readerState(page);
    expect(state, JSON.stringify(state)).toMatchObject({ theme: 'contrast', textSize: '200', fontSize: '40px' });
    await shot(page, kind, 'contrast-200');
    await settle(500); // storage.local is written asynchronously

    await page.reload();
    await waitForControl(page);
    await openReader(page);
    state = await readerState(page);
    expect(state).toMatchObject({ theme: 'contrast', textSize: '200', fontSize: '40px' });
  });

  it('fits a 320 px wide window (400 % zoom) without horizontal scrolling', async () => {
    await showPanel(page);
    await chooseByKeys(page, 'textSize', ['Home']); // 100 %
    await page.setViewport({ width: 320, height: 256 });
    await settle(300);
    expect((await readerState(page)).horizontalOverflow).toBeLessThanOrEqual(0);
    await shot(page, kind, 'contrast-320-panel');
    await page.click(`${READER} >>> button[data-reader="settings"]`); // hide the panel
    await shot(page, kind, 'contrast-320');
    await showPanel(page);
    await chooseByKeys(page, 'theme', ['Home']); // Ljust
    await page.click(`${READER} >>> button[data-reader="settings"]`);
    expect((await readerState(page)).horizontalOverflow).toBeLessThanOrEqual(0);
    await shot(page, kind, 'light-320');
    await page.setViewport({ width: 1024, height: 768 });
  });

  it('has a line-focus band that follows the pointer', async () => {
    await showPanel(page);
    await chooseByKeys(page, 'lineFocus', ['ArrowDown', 'ArrowDown']); // 3 lines
    await page.click(`${READER} >>> button[data-reader="settings"]`); // hide the panel
    await page.mouse.move(400, 500);
    await settle(100);
    const band = (await page.evaluate(`(() => {
      const band = document.querySelector('${READER}').shadowRoot.querySelector('.band');
      const r = band.getBoundingClientRect();
      return { hidden: band.hidden, top: r.top, height: r.height };
    })()`)) as { hidden: boolean; top: number; height: number };
    expect(band.hidden).toBe(false);
    expect(band.height).toBeCloseTo(3 * 20 * 1.6, 0); // three lines of 20 px text at 1.6
    expect(band.top + band.height / 2).toBeCloseTo(500, -1);
    await shot(page, kind, 'light-line-focus');
    await showPanel(page);
    await chooseByKeys(page, 'lineFocus', ['Home']);
    await page.click(`${READER} >>> button[data-reader="settings"]`);
  });

  it('loads the bundled Atkinson Hyperlegible font from the extension, without the network', async () => {
    const before = server.requests.length;
    await showPanel(page);
    await chooseByKeys(page, 'font', ['ArrowDown']); // Atkinson Hyperlegible
    await page.waitForFunction(
      `Array.from(document.fonts).some((f) => /Atkinson/.test(f.family) && f.status === 'loaded')`,
      { timeout: 10_000 },
    );
    const family = await page.evaluate(
      `getComputedStyle(document.querySelector('${READER}').shadowRoot.querySelector('.page')).fontFamily`,
    );
    expect(family).toMatch(/Lyssna Atkinson Hyperlegible/);
    await shot(page, kind, 'light-atkinson');
    await chooseByKeys(page, 'font', ['Home']);
    await page.click(`${READER} >>> button[data-reader="settings"]`);
    expect(server.requests.slice(before)).toEqual([]);
  });

  it('shows Lättläst: key points first, LIX, explained words, and reads it', async () => {
    await page.click(`${READER} >>> button[data-reader="easy"]`);
    const easy = (await page.evaluate(`(() => {
      const root = document.querySelector('${READER}').shadowRoot;
      const body = root.querySelector('.body.easy');
      return {
        pressed: root.querySelector('button[data-reader="easy"]').getAttribute('aria-pressed'),
        first: body && body.querySelector('h2') ? body.querySelector('h2').textContent : null,
        keyPoints: body ? body.querySelectorAll('.key-points li').length : 0,
        lix: body && body.querySelector('.note') ? body.querySelector('.note').textContent : '',
        terms: body ? body.querySelectorAll('button.explain').length : 0,
        // One sentence a line: some paragraph or list item of the text shows a line break.
        lines: body ? Array.from(body.querySelectorAll('p:not(.note), li')).some((el) => el.innerText.trim().includes('\\n')) : false,
      };
    })()`)) as {
      pressed: string;
      first: string | null;
      keyPoints: number;
      lix: string;
      terms: number;
      lines: boolean;
    };
    expect(easy).toMatchObject({ pressed: 'true', first: 'Det viktigaste', lines: true });
    expect(easy.keyPoints).toBeGreaterThan(0);
    expect(easy.lix).toMatch(/LIX\): \d+ \(\S.*\) i originalet, \d+ \(.+\) här/);
    expect(easy.terms).toBeGreaterThan(0);
    expect(await axeViolations(page, READER)).toEqual([]);
    await page.click(`${CONTROL_IN_READER} button[data-action="play-pause"]`);
    // While it reads (and keeps the sentence in view by scrolling), a hard word's button works on the
    // first click: each explain button in turn, one click each.
    await page.waitForFunction(
      `(() => {
        const control = document.querySelector('${READER}').shadowRoot.querySelector('lyssna-control');
        return /Mening [2-9]/.test(control.shadowRoot.querySelector('[role="status"]').textContent);
      })()`,
      { timeout: 30_000 },
    );
    const explainButtons = Math.min(easy.terms, 4);
    for (let i = 0; i < explainButtons; i++) {
      const buttons = await page.$$(`${READER} >>> button.explain`);
      await buttons[i]!.click();
      const shown = await page.evaluate(
        `document.querySelector('${READER}').shadowRoot.querySelector('.explanation:popover-open')?.textContent ?? null`,
      );
      expect(shown, `explain button ${i + 1} opened its explanation on the first click`).toMatch(/: \S/);
      if (i === 0) await shot(page, kind, 'easy-term');
      await page.keyboard.press('Escape'); // closes the explanation, not the reader
      expect((await readerState(page)).open).toBe(true);
    }
    await page.waitForFunction(
      `(() => {
        const control = document.querySelector('${READER}').shadowRoot.querySelector('lyssna-control');
        return /Klart/.test(control.shadowRoot.querySelector('[role="status"]').textContent);
      })()`,
      { timeout: 60_000 },
    );
    await page.click(`${READER} >>> button[data-reader="easy"]`); // back to the article
  });

  it('keeps keyboard focus inside itself, both ways round', async () => {
    const focusInside = () =>
      page.evaluate(`(() => {
        const host = document.querySelector('${READER}');
        let el = document.activeElement;
        while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
        for (let n = el; n; n = n.parentNode || n.host) if (n === host) return true;
        return false;
      })()`) as Promise<boolean>;
    await page.focus(`${READER} >>> button[data-reader="close"]`);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInside()).toBe(true);
    }
    for (let i = 0; i < 6; i++) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      expect(await focusInside()).toBe(true);
    }
  });

  it('closes with Escape and gives focus back to the button that opened it', async () => {
    await page.focus(`${READER} >>> #lyssna-reader-title`);
    await page.keyboard.press('Escape');
    await settle(100);
    const state = await readerState(page);
    expect(state.open).toBe(false);
    expect(state.focused).toBe('reader');
    const controlBack = await page.evaluate(() => document.querySelector('lyssna-control')?.parentElement?.tagName);
    expect(controlBack).toBe('BODY');
    const inert = await page.evaluate(() => Array.from(document.body.children).some((el) => (el as HTMLElement).inert));
    expect(inert).toBe(false);
  });

  it('closes back to the page where the user was: the same scroll position, focus where it was', async () => {
    await page.evaluate(() => window.scrollTo(0, 300));
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(0);
    await page.focus('lyssna-control >>> button[data-action="reader"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${READER} >>> .reader`);
    // The user scrolls the reader far down with the wheel; the page beneath must not move.
    await page.mouse.move(500, 500);
    await page.mouse.wheel({ deltaY: 1500 });
    await settle(300);
    const readerScrolled = await page.evaluate(
      `document.querySelector('${READER}').shadowRoot.querySelector('.reader').scrollTop`,
    );
    expect(readerScrolled).toBeGreaterThan(0);
    await page.focus(`${READER} >>> button[data-reader="close"]`);
    await page.keyboard.press('Enter');
    await settle(100);
    const state = await readerState(page);
    expect(state).toMatchObject({ open: false, scrollY: before, focused: 'reader' });
  });
});
