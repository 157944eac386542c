// Launches the Debian browsers (Chromium and Firefox ESR) with puppeteer-core, each with a private
// HOME for speech (see speech-home.ts), the sample host names pointed at the local sample server,
// and optionally an unpacked extension. See /work/shared/docs/real-browsers.md.
//
// The URL of a sample page differs per browser:
//   Chromium: --host-resolver-rules maps www.umea.se to 127.0.0.1:PORT, so the URL has no port
//             (http://www.umea.se/bygglov.html).
//   Firefox:  network.dns.localDomains only maps the name to 127.0.0.1, so the URL carries the port
//             (http://www.umea.se:PORT/bygglov.html).
// Always build URLs with `launched.baseUrl(host, path)`.

import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { watchShadowRoots } from './shadow';
import { makeSpeechHome, type SpeechHome, type SpeechHomeOptions } from './speech-home';

export const CHROMIUM_PATH = process.env['LYSSNA_CHROMIUM'] ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env['LYSSNA_FIREFOX'] ?? '/usr/bin/firefox-esr';

export type BrowserKind = 'chromium' | 'firefox';

export interface LaunchOptions {
  /** Unpacked extension folder (e.g. .output/chrome-mv3 or .output/firefox-mv2). Omit for none. */
  extensionDir?: string;
  /**
   * More unpacked extensions, installed after `extensionDir` (e.g. the test speech engine in
   * tests/e2e/tts-engine/, Chromium only: Firefox has no ttsEngine API). Their ids are in
   * `extraExtensionIds`, in the same order.
   */
  extraExtensions?: string[];
  /** Host names that must reach the local sample server, e.g. ['www.umea.se']. */
  hosts: string[];
  /** Port of the local sample server (127.0.0.1). */
  port: number;
  /** Write the speech audio (raw s16le, 22050 Hz mono for espeak-ng) to this file instead of nowhere. */
  audioFile?: string;
  /**
   * Hold speech back to about real time (see speech-home.ts). Off by default: then every
   * utterance ends ~40 ms after it starts. Turn on to watch sentence-by-sentence progress; not for
   * testing cancel() (see SpeechHomeOptions.pace).
   */
  pace?: boolean;
  /** Default true. false needs a display (e.g. xvfb-run). */
  headless?: boolean;
  /** Extra command-line arguments for the browser. */
  extraArgs?: string[];
  /** Extra Firefox preferences (Firefox only). */
  extraPrefs?: Record<string, unknown>;
  /** Pipe the browser's stdout/stderr to ours (debugging). */
  dumpio?: boolean;
  /**
   * Chromium only, default true: every host name not in `hosts` fails to resolve, so nothing
   * leaves the machine and a stray request fails fast instead of waiting for DNS.
   */
  blockOtherHosts?: boolean;
  /** Chromium only, default true: false leaves out --enable-speech-dispatcher, so no voice exists. */
  voices?: boolean;
  /**
   * Firefox only; default: true when an extension is loaded. Starts Firefox with
   * `-remote-allow-system-access`, without which WebDriver BiDi refuses to navigate a tab to
   * moz-extension:// pages ("Navigation to ... is not allowed in this context").
   */
  allowSystemAccess?: boolean;
  /** Runs once the private HOME exists, before the browser starts (e.g. to put a managed policy there). */
  beforeLaunch?: (home: string) => Promise<void>;
}

export interface LaunchedBrowser {
  kind: BrowserKind;
  browser: Browser;
  /** Chromium: the extension id. Firefox: the gecko id the extension was installed under. */
  extensionId?: string;
  /**
   * Base URL of the extension's own pages: chrome-extension://<id>/ or moz-extension://<uuid>/
   * (Firefox: the UUID is fixed before install through `extensions.webextensions.uuids`).
   */
  extensionOrigin?: string;
  /** Ids of `LaunchOptions.extraExtensions`, in order. */
  extraExtensionIds: string[];
  /** The private HOME (speech-dispatcher config, .asoundrc, audio file). */
  speechHome: SpeechHome;
  /** URL under which the sample server's page for `host` + `path` opens in this browser. */
  baseUrl(host: string, path?: string): string;
  /**
   * Opens one of the extension's own pages (e.g. 'options.html') in a new tab and waits until it
   * has loaded. In Firefox, WebDriver BiDi does not report the navigation of a tab to a
   * moz-extension:// page (page.goto times out and page.url() stays about:blank although the page
   * loads), so this polls the document instead; use page.evaluate() rather than page.url() there.
   */
  openExtensionPage(relativePath: string, timeoutMs?: number): Promise<Page>;
  /**
   * Chromium only: the MV3 service worker (waits for it) of the extension, or of another installed
   * extension given by id (e.g. one of `extraExtensionIds`).
   */
  serviceWorker(timeoutMs?: number, extensionId?: string): Promise<WebWorker>;
  /** Closes the browser, ends the speech processes of this run, removes the private HOME. */
  close(): Promise<void>;
}

/** Flags this closed network needs (see the recipe) plus speech. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-speech-dispatcher',
];

function speechHomeOptions(options: LaunchOptions): SpeechHomeOptions {
  return {
    ...(options.audioFile ? { audioFile: options.audioFile } : {}),
    ...(options.pace ? { pace: true } : {}),
  };
}

function normalisePath(p: string | undefined): string {
  if (!p) return '/';
  return p.startsWith('/') ? p : `/${p}`;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function shutDown(browser: Browser | undefined, speechHome: SpeechHome): Promise<void> {
  if (browser) {
    const proc = browser.process();
    try {
      await withTimeout(browser.close(), 10_000, 'browser.close()');
    } catch {
      /* killed below */
    }
    if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
  }
  // The browser's speech-dispatcher (and its sd_* modules) outlive it: end them by HOME.
  await speechHome.cleanup();
}

function unsupported(what: string): never {
  throw new Error(what);
}

export async function launchChromium(options: LaunchOptions): Promise<LaunchedBrowser> {
  const speechHome = await makeSpeechHome(speechHomeOptions(options));
  await options.beforeLaunch?.(speechHome.home);
  const rules = options.hosts.map((h) => `MAP ${h} 127.0.0.1:${options.port}`);
  if (options.blockOtherHosts ?? true) rules.push('MAP * ~NOTFOUND', 'EXCLUDE localhost');
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'chrome',
      executablePath: CHROMIUM_PATH,
      headless: options.headless ?? true,
      pipe: true,
      enableExtensions: options.extensionDir !== undefined || (options.extraExtensions ?? []).length > 0,
      dumpio: options.dumpio ?? false,
      args: [
        ...CHROMIUM_ARGS.filter((a) => options.voices !== false || a !== '--enable-speech-dispatcher'),
        `--host-resolver-rules=${rules.join(',')}`,
        ...(options.extraArgs ?? []),
      ],
      env: { ...process.env, ...speechHome.env },
    });
    const b = browser;
    watchShadowRoots(b, 'chromium');
    let extensionId: string | undefined;
    if (options.extensionDir) {
      // puppeteer's enableExtensions: [dir] does not await the install; do it ourselves.
      extensionId = await b.installExtension(path.resolve(options.extensionDir));
    }
    const extraExtensionIds: string[] = [];
    for (const dir of options.extraExtensions ?? [])
      extraExtensionIds.push(await b.installExtension(path.resolve(dir)));
    let closing: Promise<void> | undefined;
    return {
      kind: 'chromium',
      browser: b,
      ...(extensionId ? { extensionId, extensionOrigin: `chrome-extension://${extensionId}/` } : {}),
      extraExtensionIds,
      speechHome,
      baseUrl: (host, p) => `http://${host}${normalisePath(p)}`,
      async openExtensionPage(relativePath, timeoutMs = 10_000) {
        if (!extensionId) unsupported('no extension loaded');
        const page = await b.newPage();
        await page.goto(`chrome-extension://${extensionId}/${relativePath.replace(/^\//, '')}`, {
          timeout: timeoutMs,
        });
        return page;
      },
      async serviceWorker(timeoutMs = 10_000, id = extensionId) {
        if (!id) unsupported('no extension loaded');
        const prefix = `chrome-extension://${id}/`;
        const target = await b.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(prefix), {
          timeout: timeoutMs,
        });
        const worker = await target.worker();
        if (!worker) throw new Error(`no worker for ${target.url()}`);
        return worker;
      },
      close() {
        closing ??= shutDown(b, speechHome);
        return closing;
      },
    };
  } catch (error) {
    await shutDown(browser, speechHome);
    throw error;
  }
}

async function geckoIdOf(extensionDir: string): Promise<string | undefined> {
  const manifestPath = path.join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) return undefined;
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
    applications?: { gecko?: { id?: string } };
  };
  return manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
}

export async function launchFirefox(options: LaunchOptions): Promise<LaunchedBrowser> {
  const speechHome = await makeSpeechHome(speechHomeOptions(options));
  await options.beforeLaunch?.(speechHome.home);
  const extensionDir = options.extensionDir ? path.resolve(options.extensionDir) : undefined;
  const geckoId = extensionDir ? await geckoIdOf(extensionDir) : undefined;
  const uuid = randomUUID();
  const prefs: Record<string, unknown> = {
    // Resolve the sample hosts to 127.0.0.1 (the URL then carries the server's port).
    'network.dns.localDomains': options.hosts.join(','),
    'media.webspeech.synth.enabled': true,
    // No first-run pages, no telemetry, no update checks in this closed network.
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'app.update.enabled': false,
    'extensions.update.enabled': false,
    'xpinstall.signatures.required': false,
    ...(geckoId ? { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) } : {}),
    ...(options.extraPrefs ?? {}),
  };
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: options.headless ?? true,
      protocol: 'webDriverBiDi',
      dumpio: options.dumpio ?? false,
      extraPrefsFirefox: prefs,
      args: [
        ...((options.allowSystemAccess ?? extensionDir !== undefined) ? ['-remote-allow-system-access'] : []),
        ...(options.extraArgs ?? []),
      ],
      env: { ...process.env, ...speechHome.env },
    });
    const b = browser;
    watchShadowRoots(b, 'firefox');
    let extensionId: string | undefined;
    if (extensionDir) extensionId = await b.installExtension(extensionDir);
    const extraExtensionIds: string[] = [];
    for (const dir of options.extraExtensions ?? [])
      extraExtensionIds.push(await b.installExtension(path.resolve(dir)));
    let closing: Promise<void> | undefined;
    return {
      kind: 'firefox',
      browser: b,
      ...(extensionId ? { extensionId } : {}),
      ...(extensionId && geckoId === extensionId ? { extensionOrigin: `moz-extension://${uuid}/` } : {}),
      extraExtensionIds,
      speechHome,
      baseUrl: (host, p) => `http://${host}:${options.port}${normalisePath(p)}`,
      async openExtensionPage(relativePath, timeoutMs = 10_000) {
        if (!extensionId || geckoId !== extensionId) {
          unsupported('no extension with browser_specific_settings.gecko.id loaded');
        }
        const url = `moz-extension://${uuid}/${relativePath.replace(/^\//, '')}`;
        const page = await b.newPage();
        // Not awaited: BiDi never reports this navigation as finished (see the interface comment).
        page.goto(url, { timeout: timeoutMs }).catch(() => undefined);
        // Polled by hand: while the tab is still between documents, an evaluation can fail outright
        // ("right-hand side of 'in' should be an object"); that is a reason to look again, not an error.
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const loaded = await page
            .evaluate((u: string) => location.href === u && document.readyState === 'complete', url)
            .catch(() => false);
          if (loaded) return page;
          if (Date.now() > deadline) throw new Error(`${url} did not load within ${timeoutMs} ms`);
          await new Promise((r) => setTimeout(r, 100));
        }
      },
      serviceWorker: () => unsupported('Firefox extensions have no service worker target here'),
      close() {
        closing ??= shutDown(b, speechHome);
        return closing;
      },
    };
  } catch (error) {
    await shutDown(browser, speechHome);
    throw error;
  }
}

/** Launches either browser by name. */
export function launchBrowser(kind: BrowserKind, options: LaunchOptions): Promise<LaunchedBrowser> {
  return kind === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

/** Whether the browser binary exists on this machine (for skipping tests cleanly). */
export function browserAvailable(kind: BrowserKind): boolean {
  return existsSync(kind === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH);
}
