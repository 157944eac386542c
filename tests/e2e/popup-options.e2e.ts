// The popup and the options page as a user meets them, in real Chromium and Firefox with the built
// extension: accessible (axe-core), usable by keyboard alone with visible focus, reflowing at 320 px
// (400 % zoom), settings remembered and followed by the page's player. In Chromium the popup is opened
// by the toolbar button and drives the page; Firefox opens popup.html as a tab (no toolbar trigger).
// Screenshots go to artifacts/ for a person to look at.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { launchBrowser, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { waitForControl } from './harness/control';
import { EXTENSION, SWEDISH_UI } from './harness/extension';
import { openPopup, pressInPopup } from './harness/popup';
import { REPO_DIR, startSampleServer, type SampleServer } from './harness/server';

const SHOTS = path.join(REPO_DIR, 'artifacts');
const HOSTS = ['www.umea.se', 'www.example-butik.se'];
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await settle(300);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) as `${string}.png`, fullPage: true });
}

/** What the keyboard user sees: the focused element, whether it shows focus, and any sideways scroll. */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      id: el?.id ?? null,
      action: el?.dataset.action ?? null,
      setting: el?.dataset.setting ?? null,
      value: (el as HTMLSelectElement | null)?.value ?? null,
      focusVisible: !!el?.matches(':focus-visible'),
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : null,
    };
  });
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Tabs from the top of the page until `id` has focus; returns how many presses that took. */
async function tabTo(page: Page, id: string, max = 40): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if ((await focusState(page)).id === id) return presses;
  }
  throw new Error(`Tab never reached #${id}`);
}

/** The options page with its voice list loaded (it arrives late). */
async function openOptions(launched: LaunchedBrowser): Promise<Page> {
  const page = await launched.openExtensionPage('options.html');
  await page.setViewport({ width: 1280, height: 900 });
  await page.waitForFunction(() => (document.getElementById('voice-sv') as HTMLSelectElement | null)?.options.length, {
    timeout: 20_000,
  });
  return page;
}

describe.each<BrowserKind>(['chromium', 'firefox'])('popup and options page in %s', (kind) => {
  let server: SampleServer;
  let launched: LaunchedBrowser;

  beforeAll(async () => {
    server = await startSampleServer();
    launched = await launchBrowser(kind, {
      extensionDir: EXTENSION[kind],
      hosts: HOSTS,
      port: server.port,
      ...SWEDISH_UI[kind],
    });
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('popup: five named buttons in Swedish, Lyssna focused, nothing axe-core finds wrong', async () => {
    const popup = await launched.openExtensionPage('popup.html');
    await popup.waitForSelector('button[data-action="listen"]');
    const view = await popup.evaluate(() => ({
      lang: document.documentElement.lang,
      buttons: Array.from(document.querySelectorAll('button'), (b) => b.textContent),
    }));
    expect(view).toEqual({
      lang: 'sv',
      buttons: ['Lyssna', 'Läs upp markerad text', 'Läsläge', 'Lättläst', 'Inställningar'],
    });
    expect((await focusState(popup)).action).toBe('listen');
    expect(await axeViolations(popup, 'html')).toEqual([]);
    await popup.keyboard.press('Tab');
    const focus = await focusState(popup);
    expect(focus).toMatchObject({ action: 'read-selection', focusVisible: true, outline: 'solid 3px' });
    await popup.setViewport({ width: 360, height: 420 });
    await shot(popup, `popup-${kind}`);
    await popup.setViewport({ width: 320, height: 420 });
    expect(await horizontalOverflow(popup)).toBeLessThanOrEqual(0);
    await popup.close();
  });

  it('options page: headings, labels, nothing axe-core finds wrong, no sideways scroll at 320 px', async () => {
    const page = await openOptions(launched);
    const view = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      h1: document.querySelector('h1')?.textContent,
      h2: Array.from(document.querySelectorAll('h2'), (h) => h.textContent),
      policyHidden: (document.getElementById('policy') as HTMLElement | null)?.hidden,
      settings: Array.from(document.querySelectorAll<HTMLElement>('[data-setting]'), (el) => el.dataset.setting),
      shortcuts: Array.from(document.querySelectorAll('li:has(kbd)'), (li) => li.textContent),
    }));
    expect(view).toMatchObject({ lang: 'sv', title: 'Lyssna – inställningar', policyHidden: true });
    expect(view.h2).toEqual(['Uppläsning', 'Röster', 'Utseende i läsläget', 'Kortkommandon', 'Integritet']);
    expect(view.settings).toEqual(
      expect.arrayContaining(['rate', 'volume', 'voices.sv', 'voices.en', 'reader.textSize', 'reader.theme']),
    );
    // In the page's language, and every command really has its key: a browser leaves a key it reserves
    // unset (Chromium: Alt+Shift+R).
    expect(view.shortcuts).toEqual([
      'Läs upp sidan / pausa: Alt+Shift+L',
      'Läs upp markerad text: Alt+Shift+S',
      'Öppna läsläget: Alt+Shift+V',
    ]);
    expect(await axeViolations(page, 'html')).toEqual([]);
    await shot(page, `options-${kind}`);
    await page.setViewport({ width: 320, height: 640 });
    await settle(200);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, `options-${kind}-320`);
    await page.close();
  });

  it('options page: its Content Security Policy refuses inline script and script from elsewhere', async () => {
    const page = await openOptions(launched);
    // (eval cannot be tried from here: code the test driver runs is exempt from the page's policy.)
    const tried = await page.evaluate(`new Promise((resolve) => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true';
      document.head.append(inline); // an allowed inline script runs at once
      const data = document.createElement('script');
      data.src = 'data:text/javascript,window.__dataRan=true';
      data.onload = () => resolve({ inline: window.__inlineRan === true, data: window.__dataRan === true });
      data.onerror = () => resolve({ inline: window.__inlineRan === true, data: false });
      document.head.append(data);
    })`);
    expect(tried).toEqual({ inline: false, data: false });
    await page.close();
  });

  it('options page: a speed set by keyboard alone is saved, and the open page’s player follows it', async () => {
    const article = await launched.browser.newPage();
    await article.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await waitForControl(article);
    const playerRate = () =>
      article.evaluate(
        () =>
          (document.querySelector('lyssna-control')?.shadowRoot?.querySelector('#lyssna-rate') as HTMLSelectElement)
            .value,
      );
    expect(await playerRate()).toBe('1');

    let page = await openOptions(launched);
    expect(await tabTo(page, 'rate')).toBe(1); // the first thing on the page
    expect(await focusState(page)).toMatchObject({ focusVisible: true, outline: 'solid 3px' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect((await focusState(page)).value).toBe('1.5');
    await article.waitForFunction(
      () =>
        (document.querySelector('lyssna-control')?.shadowRoot?.querySelector('#lyssna-rate') as HTMLSelectElement)
          .value === '1.5',
      { timeout: 5000 },
    );

    await page.close();
    page = await openOptions(launched);
    expect(await page.$eval('#rate', (s) => (s as HTMLSelectElement).value)).toBe('1.5');
    await page.close();
    await article.close();
  });

  it('options page: the reader’s theme chosen by keyboard shows in the sample at once and is kept', async () => {
    let page = await openOptions(launched);
    await tabTo(page, 'lyssna-reader-theme');
    await page.keyboard.press('End'); // Hög kontrast
    const sample = () =>
      page.$eval('.sample', (p) => {
        const style = getComputedStyle(p);
        return { background: style.backgroundColor, color: style.color };
      });
    expect(await sample()).toEqual({ background: 'rgb(0, 0, 0)', color: 'rgb(255, 255, 255)' });
    await tabTo(page, 'lyssna-reader-textSize');
    await page.keyboard.press('End'); // 400 %
    expect(await page.$eval('.sample', (p) => getComputedStyle(p).fontSize)).toBe('80px');
    await page.setViewport({ width: 320, height: 640 });
    await settle(200);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, `options-${kind}-320-contrast-400`);
    mkdirSync(SHOTS, { recursive: true });
    await (await page.$('.reader-settings'))!.screenshot({
      path: path.join(SHOTS, `options-${kind}-320-contrast-400-sample.png`) as `${string}.png`,
    });
    await settle(300); // storage.local is written asynchronously
    await page.close();

    page = await openOptions(launched);
    expect(await page.$eval('#lyssna-reader-theme', (s) => (s as HTMLSelectElement).value)).toBe('contrast');
    expect(await sample()).toEqual({ background: 'rgb(0, 0, 0)', color: 'rgb(255, 255, 255)' });
    await page.close();
  });

  it('options page: "Återställ standard" by keyboard brings the defaults back, and says so', async () => {
    const page = await openOptions(launched);
    await tabTo(page, 'reset', 60);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      /återställda/.test(document.querySelector('[role="status"]:not(:empty)')?.textContent ?? ''),
    );
    await page.waitForFunction(
      () => (document.getElementById('lyssna-reader-theme') as HTMLSelectElement).value === 'light',
    );
    expect(await page.$eval('#rate', (s) => (s as HTMLSelectElement).value)).toBe('1');
    await page.close();
  });

  it('options page: says plainly which stored settings were unreadable and fell back', async () => {
    let page = await openOptions(launched);
    // The extension's own storage, written from its own page (pages cannot reach it).
    await page.evaluate(`(globalThis.browser ?? globalThis.chrome).storage.local.set({
      settings: { version: 1, rate: 99, volume: 0.5, reader: { theme: 'lila' } },
    })`);
    await page.close();
    page = await openOptions(launched);
    const notice = await page.$eval('#repaired', (p) => p.textContent);
    expect(notice).toMatch(/gick inte att läsa.*Hastighet, Färger/);
    expect(await page.$eval('#volume', (s) => (s as HTMLSelectElement).value)).toBe('0.5'); // the rest is kept
    expect(await axeViolations(page, 'html')).toEqual([]);
    await page.close();
  });
});

describe('the popup drives the page (Chromium, toolbar button)', () => {
  let server: SampleServer;
  let launched: LaunchedBrowser;

  beforeAll(async () => {
    server = await startSampleServer();
    launched = await launchBrowser('chromium', {
      extensionDir: EXTENSION.chromium,
      hosts: HOSTS,
      port: server.port,
      ...SWEDISH_UI.chromium,
    });
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('Läsläge opens the reader on the article, and Escape closes it back to the page', async () => {
    const page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await waitForControl(page);
    const popup = await openPopup(launched, page);
    await pressInPopup(popup, { selector: 'button[data-action="reader"]' });
    await page.waitForSelector('lyssna-reader >>> .reader');
    const reader = await page.evaluate(() => {
      const root = document.querySelector('lyssna-reader')!.shadowRoot!;
      return {
        title: root.querySelector('h1')?.textContent,
        easy: root.querySelector('.body.easy') !== null,
      };
    });
    expect(reader).toEqual({ title: 'Bygglov', easy: false });
    expect(popup.isClosed()).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('lyssna-reader')?.isConnected);
    await page.close();
  });

  it('Lättläst opens the reader directly in its easy-to-read view', async () => {
    const page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await waitForControl(page);
    const popup = await openPopup(launched, page);
    await pressInPopup(popup, { selector: 'button[data-action="easy"]' });
    await page.waitForSelector('lyssna-reader >>> .body.easy');
    const first = await page.$eval('lyssna-reader >>> .body.easy h2', (h) => h.textContent);
    expect(first).toBe('Det viktigaste');
    await page.close();
  });

  it('says plainly that a page the browser protects cannot be read', async () => {
    const page = await launched.browser.newPage();
    await page.goto('chrome://version/');
    const popup = await openPopup(launched, page);
    await pressInPopup(popup, { key: 'Enter' }); // Lyssna has focus
    const message = await popup.waitForSelector('[role="alert"]:not(:empty)');
    expect(await message!.evaluate((m) => m.textContent)).toMatch(/Lyssna kan inte läsa den här sidan/);
    expect(popup.isClosed()).toBe(false);
    await popup.close();
    await page.close();
  });
});

describe('popup and options page in English (Chromium)', () => {
  let server: SampleServer;
  let launched: LaunchedBrowser;

  beforeAll(async () => {
    server = await startSampleServer();
    launched = await launchBrowser('chromium', {
      extensionDir: EXTENSION.chromium,
      hosts: HOSTS,
      port: server.port,
      extraArgs: ['--lang=en-GB', '--accept-lang=en-GB,en'],
    });
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('follows the browser’s language, with nothing axe-core finds wrong', async () => {
    const popup = await launched.openExtensionPage('popup.html');
    await popup.waitForSelector('button[data-action="listen"]'); // drawn once the policy is read
    expect(
      await popup.evaluate(() => [document.documentElement.lang, document.querySelector('button')?.textContent]),
    ).toEqual(['en', 'Listen']);
    expect(await axeViolations(popup, 'html')).toEqual([]);
    await popup.close();
    const page = await openOptions(launched);
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.querySelector('h1')?.textContent]),
    ).toEqual(['en', 'Lyssna – settings']);
    expect(await axeViolations(page, 'html')).toEqual([]);
    await shot(page, 'options-chromium-en');
    // The dark colour scheme is checked by axe too (its contrast rule), and looked at.
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await axeViolations(page, 'html')).toEqual([]);
    await shot(page, 'options-chromium-en-dark');
    await page.close();
  });
});
