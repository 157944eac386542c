// A site staff add by policy (`extraDomains`) gets the Lyssna panel by itself once they have allowed
// Lyssna there on the options page. Firefox only: its `extensions.webextOptionalPermissionPrompts`
// preference answers the browser's permission prompt, which no driver can click; Chromium has no such
// switch (see README, "Not yet").

import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from './harness/browsers';
import { waitForControl } from './harness/control';
import { EXTENSION, SWEDISH_UI } from './harness/extension';
import { writeFirefoxManagedStorage } from './harness/policy';
import { SAMPLES_DIR, startSampleServer, type SampleServer } from './harness/server';

const HOST = 'bibliotek.example.se';
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a site added by policy (firefox)', () => {
  let samples: string;
  let server: SampleServer;
  let launched: LaunchedBrowser;

  beforeAll(async () => {
    // The bygglov sample served under a host name the built-in registry does not know.
    samples = await mkdtemp(path.join(tmpdir(), 'lyssna-extra-'));
    await cp(path.join(SAMPLES_DIR, 'umea'), path.join(samples, 'library'), { recursive: true });
    await writeFile(path.join(samples, 'hosts.json'), JSON.stringify({ [HOST]: 'library' }));
    server = await startSampleServer({ samplesDir: samples });
    launched = await launchBrowser('firefox', {
      extensionDir: EXTENSION.firefox,
      hosts: [HOST],
      port: server.port,
      ...SWEDISH_UI.firefox,
      extraPrefs: { ...SWEDISH_UI.firefox.extraPrefs, 'extensions.webextOptionalPermissionPrompts': false },
      beforeLaunch: (home) => writeFirefoxManagedStorage(home, 'lyssna@lyssna.invalid', { extraDomains: [HOST] }),
    });
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
    await rm(samples, { recursive: true, force: true });
  });

  it('gets no panel by itself until staff allow the site, then gets it on the site’s article pages', async () => {
    const page = await launched.browser.newPage();
    const url = launched.baseUrl(HOST, '/bygglov.html');
    await page.goto(url);
    await settle(3000);
    expect(await page.$('lyssna-control')).toBeNull();

    const options = await launched.openExtensionPage('options.html');
    await options.waitForSelector('#policy:not([hidden])');
    expect(await options.$eval('#policy', (el) => el.textContent)).toMatch(/offentlig sektor: bibliotek\.example\.se/);
    const grant = await options.waitForSelector('#policy button');
    await grant!.click(); // a real click: the gesture the browser needs before it asks
    await options.waitForFunction(
      () => /Lyssna visar sin panel på dessa webbplatser/.test(document.getElementById('policy')?.textContent ?? ''),
      { timeout: 10_000 },
    );
    await options.close();

    await page.bringToFront();
    await page.goto(url);
    await waitForControl(page, 15_000);
  });
});
