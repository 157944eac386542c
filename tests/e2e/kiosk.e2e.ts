// Kiosk mode as a library sets it up and a visitor meets it, in real Chromium and Firefox with the
// built extension: the policy comes the way IT staff deliver it (Chromium's managed policy folder,
// Firefox's managed-storage manifest), and the test checks what a visitor sees and can do.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { launchBrowser, type BrowserKind, type LaunchedBrowser, type LaunchOptions } from './harness/browsers';
import { press, waitForControl } from './harness/control';
import { EXTENSION, SWEDISH_UI } from './harness/extension';
import { chromiumPolicyRun, writeFirefoxManagedStorage, type ChromiumPolicyRun } from './harness/policy';
import { REPO_DIR, startSampleServer, type SampleServer } from './harness/server';

const SHOTS = path.join(REPO_DIR, 'artifacts');
const CONTROL = 'lyssna-control';
const READER = 'lyssna-reader';
const IN_READER = `${READER} >>> ${CONTROL} >>>`;

/** A library's policy: kiosk, slow speech and a locked theme; the shortest idle time (30 s) for the test. */
export const KIOSK_POLICY = {
  kioskMode: true,
  rate: 0.75,
  textSize: 150,
  locked: ['rate', 'theme'],
  idleMinutes: 0.5,
  volume: 5, // out of range: ignored, with a note for staff
};

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The control's buttons a visitor can see, with their size on screen. */
async function visibleButtons(page: Page, host = CONTROL) {
  return page.evaluate(`(() => {
    const host = document.querySelector('${host}') || document.querySelector('${READER}').shadowRoot.querySelector('${CONTROL}');
    return Array.from(host.shadowRoot.querySelectorAll('button'))
      .filter((b) => b.getClientRects().length > 0)
      .map((b) => { const r = b.getBoundingClientRect(); return { action: b.dataset.action, width: r.width, height: r.height, text: b.textContent }; });
  })()`) as Promise<Array<{ action: string; width: number; height: number; text: string }>>;
}

async function status(page: Page, selector: string): Promise<string> {
  return page.$eval(`${selector} [role="status"]`, (el) => el.textContent ?? '');
}

async function waitForStatus(page: Page, selector: string, pattern: RegExp, timeout = 20_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = await status(page, selector).catch(() => '');
    if (pattern.test(last)) return last;
    await settle(100);
  }
  throw new Error(`status never matched ${pattern}; last: "${last}"`);
}

/**
 * The extension's managed storage as Chromium has loaded it (JSON). Chromium loads an extension's policy
 * a moment after installing it, and its service worker may be restarting: ask again until it answers.
 */
async function managedStorage(launched: LaunchedBrowser): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      const worker = await launched.serviceWorker();
      return (await worker.evaluate('chrome.storage.managed.get(null).then(JSON.stringify)')) as string;
    } catch (error) {
      if (attempt >= 20) throw error;
      await settle(250);
    }
  }
}

async function untilManaged(launched: LaunchedBrowser, check: (json: string) => boolean) {
  const deadline = Date.now() + 30_000;
  while (!check(await managedStorage(launched))) {
    if (Date.now() > deadline)
      throw new Error(`Chromium never gave the policy; last ${await managedStorage(launched)}`);
    await settle(250);
  }
}

async function readerOpen(page: Page): Promise<boolean> {
  return page.evaluate((tag) => document.querySelector(tag)?.isConnected ?? false, READER);
}

async function shot(page: Page, kind: BrowserKind, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await settle(300);
  await page.screenshot({ path: path.join(SHOTS, `kiosk-${kind}-${name}.png`) as `${string}.png` });
}

describe.each<BrowserKind>(['chromium', 'firefox'])('kiosk mode in %s', (kind) => {
  let server: SampleServer;
  let launched: LaunchedBrowser;
  let policyRun: ChromiumPolicyRun | null = null;
  let page: Page;

  beforeAll(async () => {
    server = await startSampleServer();
    let extensionDir = EXTENSION[kind];
    if (kind === 'chromium') {
      policyRun = await chromiumPolicyRun(EXTENSION.chromium);
      await policyRun.write(KIOSK_POLICY);
      extensionDir = policyRun.extensionDir;
    }
    launched = await launchBrowser(kind, {
      extensionDir,
      hosts: ['www.umea.se'],
      port: server.port,
      pace: true, // speech in real time, so it is still speaking when the test looks
      ...SWEDISH_UI[kind],
      beforeLaunch:
        kind === 'firefox'
          ? (home) => writeFirefoxManagedStorage(home, 'lyssna@lyssna.invalid', KIOSK_POLICY)
          : undefined,
    });
    if (kind === 'chromium') {
      await untilManaged(launched, (json) => json.includes('"kioskMode":true'));
    }
    page = await launched.browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await waitForControl(page);
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
    await policyRun?.cleanup();
  });

  it('shows only Lyssna, Stoppa, Lättläst and Större text, each at least 64 px', async () => {
    await page.waitForSelector(`${CONTROL} >>> .bar.kiosk`);
    const buttons = await visibleButtons(page);
    expect(buttons.map((b) => b.action)).toEqual(['play-pause', 'stop', 'easy', 'bigger']);
    expect(buttons.map((b) => b.text)).toEqual(['Lyssna', 'Stoppa', 'Lättläst', 'Större text']);
    for (const b of buttons) {
      expect(b.width).toBeGreaterThanOrEqual(64);
      expect(b.height).toBeGreaterThanOrEqual(64);
    }
    expect(await axeViolations(page, CONTROL)).toEqual([]);
    await shot(page, kind, 'control');

    // A narrow window (a phone upright, or 400 % zoom of a 1280 px screen): the same four buttons, still
    // 64 px, inside the window, and most of the page left in view.
    await page.setViewport({ width: 320, height: 640 });
    await settle(200);
    const narrow = await visibleButtons(page);
    expect(narrow.map((b) => b.action)).toEqual(['play-pause', 'stop', 'easy', 'bigger']);
    for (const b of narrow) expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(64);
    const bar = await page.$eval(`${CONTROL} >>> .bar`, (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, height: r.height };
    });
    expect(bar.left).toBeGreaterThanOrEqual(0);
    expect(bar.right).toBeLessThanOrEqual(320);
    expect(bar.height).toBeLessThan(640 / 2);
    await shot(page, kind, 'control-320');
    await page.setViewport({ width: 1280, height: 800 });
  });

  it('reads at the policy’s speed, which a visitor cannot change', async () => {
    await page.focus(`${CONTROL} >>> button[data-action="play-pause"]`);
    await page.keyboard.press('+'); // "faster", the control's shortcut
    const rate = await page.$eval(`${CONTROL} >>> #lyssna-rate`, (el) => ({
      value: (el as HTMLSelectElement).value,
      disabled: (el as HTMLSelectElement).disabled,
    }));
    expect(rate).toEqual({ value: '0.75', disabled: true });
    await press(page, 'play-pause');
    await waitForStatus(page, `${CONTROL} >>>`, /^Mening \d+ av \d+/);
    await press(page, 'stop');
    await waitForStatus(page, `${CONTROL} >>>`, /stoppad/);
  });

  it('"Större text" opens the reader in high contrast, one size up from the policy’s; the theme is locked', async () => {
    await press(page, 'bigger');
    await page.waitForSelector(`${READER} >>> [role="dialog"]`);
    expect(await waitForStatus(page, IN_READER, /^Textstorlek/)).toMatch(/^Textstorlek 175\s?%$/);
    const look = await page.evaluate(`(() => {
      const root = document.querySelector('${READER}').shadowRoot;
      const theme = root.getElementById('lyssna-reader-theme');
      return { theme: root.querySelector('[role="dialog"]').dataset.theme, themeLocked: theme.disabled,
               size: root.getElementById('lyssna-reader-textSize').value };
    })()`);
    expect(look).toEqual({ theme: 'contrast', themeLocked: true, size: '175' });
    // The reader's own buttons are touch-sized too, and Lättläst is not offered twice.
    const toolbar = (await page.evaluate(`(() => Array.from(document.querySelector('${READER}').shadowRoot
      .querySelectorAll('.toolbar button')).filter((b) => b.getClientRects().length > 0)
      .map((b) => { const r = b.getBoundingClientRect(); return [b.dataset.reader, Math.min(r.width, r.height)]; }))()`)) as Array<
      [string, number]
    >;
    expect(toolbar.map(([name]) => name)).toEqual(['settings', 'close']);
    for (const [, size] of toolbar) expect(size).toBeGreaterThanOrEqual(64);
    expect(await axeViolations(page, READER)).toEqual([]);
    await shot(page, kind, 'reader');
  });

  it('"Lättläst" shows the easy-to-read view', async () => {
    await page.click(`${IN_READER} button[data-action="easy"]`);
    await page.waitForSelector(`${READER} >>> .body.easy`);
  });

  it('the options page shows staff the policy in force and the ignored value, with every setting locked', async () => {
    const options = await launched.openExtensionPage('options.html');
    await options.waitForSelector('#policy:not([hidden])');
    const policy = (await options.evaluate(`(() => ({
      text: document.getElementById('policy').textContent,
      enabled: Array.from(document.querySelectorAll('[data-setting]')).filter((c) => !c.disabled).map((c) => c.dataset.setting),
    }))()`)) as { text: string; enabled: string[] };
    expect(policy.text).toMatch(/Kioskläge är på\. Efter 0,5 min/);
    expect(policy.text).toMatch(/hastighet 0,75×, textstorlek 150\s?%/);
    expect(policy.text).toMatch(/volume: 5 was ignored/);
    expect(policy.enabled).toEqual([]);
    expect(await axeViolations(options, 'body')).toEqual([]);
    await options.screenshot({ path: path.join(SHOTS, `kiosk-${kind}-options.png`) as `${string}.png` });
    await options.close();
    await page.bringToFront();
  });

  it('the popup offers no way to the settings', async () => {
    const popup = await launched.openExtensionPage('popup.html');
    await popup.waitForSelector('button[data-action="listen"]');
    const actions = await popup.$$eval('button', (buttons) => buttons.map((b) => b.dataset.action));
    expect(actions).toEqual(['listen', 'read-selection', 'reader', 'easy']);
    await popup.close();
    await page.bringToFront();
  });

  it('after the idle time with no one there, forgets the visitor: reader closed, text size back', async () => {
    // No input from here on. The policy says 0.5 min; the reset comes by an alarm.
    const start = Date.now();
    while ((await readerOpen(page)) && Date.now() - start < 90_000) await settle(500);
    expect(await readerOpen(page)).toBe(false);
    const waited = Date.now() - start;
    expect(waited).toBeGreaterThan(20_000); // not before the idle time (30 s after the last click)
    expect(await status(page, `${CONTROL} >>>`)).toBe('Tryck på Lyssna för att höra sidan.');
    // The next visitor starts from the policy's size again (150 → 175), and in the article as written.
    await press(page, 'bigger');
    expect(await waitForStatus(page, IN_READER, /^Textstorlek/)).toMatch(/^Textstorlek 175\s?%$/);
    expect(await page.$(`${READER} >>> .body.easy`)).toBeNull();
  });
});

/** Chromium with its own copy of Lyssna under a policy, on the sample pages; `close` undoes it all. */
async function chromiumUnderPolicy(values: Record<string, unknown>, options: Partial<LaunchOptions> = {}) {
  const server = await startSampleServer();
  const policyRun = await chromiumPolicyRun(EXTENSION.chromium);
  await policyRun.write(values);
  const launched = await launchBrowser('chromium', {
    extensionDir: policyRun.extensionDir,
    hosts: ['www.umea.se'],
    port: server.port,
    ...SWEDISH_UI.chromium,
    ...options,
  });
  await untilManaged(launched, (json) => json.includes(JSON.stringify(Object.keys(values)[0]!)));
  return {
    launched,
    policyRun,
    async close() {
      await launched.close();
      await server.close();
      await policyRun.cleanup();
    },
  };
}

describe('a policy changed by staff while the browser runs (chromium)', () => {
  let run: Awaited<ReturnType<typeof chromiumUnderPolicy>>;
  beforeAll(async () => {
    run = await chromiumUnderPolicy(KIOSK_POLICY);
  });
  afterAll(() => run?.close());

  it('takes effect without reinstalling: kiosk off, and no panel by itself on article pages', async () => {
    const { launched, policyRun } = run;
    await untilManaged(launched, (json) => json.includes('"kioskMode":true'));
    const page = await launched.browser.newPage();
    await page.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await page.waitForSelector(`${CONTROL} >>> .bar.kiosk`);

    await policyRun.write({ kioskMode: false, autoOpenPanel: false });
    await untilManaged(launched, (json) => json.includes('"autoOpenPanel":false'));
    // The open page follows at once: the full control again.
    await page.waitForSelector(`${CONTROL} >>> .bar:not(.kiosk)`, { timeout: 10_000 });
    // A newly opened article page gets no panel by itself; the toolbar and shortcuts still work there.
    const next = await launched.browser.newPage();
    await next.goto(launched.baseUrl('www.umea.se', '/bygglov.html'));
    await settle(3000);
    expect(await next.$(CONTROL)).toBeNull();
  });
});

describe('a kiosk on a computer without a Swedish voice (chromium)', () => {
  let run: Awaited<ReturnType<typeof chromiumUnderPolicy>>;
  beforeAll(async () => {
    // No speech-dispatcher: the browser lists no voice at all.
    run = await chromiumUnderPolicy({ kioskMode: true }, { voices: false });
  });
  afterAll(() => run?.close());

  it('tells staff at start-up, before anyone presses Lyssna, with how to install one', async () => {
    const page = await run.launched.browser.newPage();
    await page.goto(run.launched.baseUrl('www.umea.se', '/bygglov.html'));
    await page.waitForSelector(`${CONTROL} >>> .bar.kiosk`);
    const notice = await waitForStatus(page, `${CONTROL} >>>`, /^Till personalen/, 20_000);
    expect(notice).toMatch(/ingen svensk röst/);
    expect(notice).toMatch(/Linux: installera speech-dispatcher och espeak-ng/);
  });
});
