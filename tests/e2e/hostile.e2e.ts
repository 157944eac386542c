// The hostile-page corpus (samples/hostile/, made by scripts/gen-hostile.mjs) through every view Lyssna
// has, in real Chromium and Firefox with the built extension: the page with its sentence highlight,
// Läsläge (every button and in-page link in it clicked), Lättläst with its explain buttons, reading in
// the reader, and reading a selection from the popup. Each page carries a payload that is inert on the
// page as served and reports only if it runs in a context Lyssna made (data-hostile-ran on a document,
// a request for /__hostile-report). After each view: no report in any frame or in the reader, no report
// request, no dialog, the page still where it was, and no executable markup left in the reader's DOM.
// One tab per browser, pages in turn, default (un-paced) speech: nothing waits for a reading to end.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { press, waitForControl } from './harness/control';
import { EXTENSION, SWEDISH_UI } from './harness/extension';
import { openPopup, pressInPopup } from './harness/popup';
import { SAMPLES_DIR, startSampleServer, type SampleServer } from './harness/server';

const HOST = 'www.kiruna.se';
const PAGES = readdirSync(path.join(SAMPLES_DIR, 'hostile'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .sort();
const READER = 'lyssna-reader';
const READER_CONTROL = `${READER} >>> lyssna-control >>>`;
/** Most in-reader elements clicked per page (links, summaries, labels): enough, and quick. */
const MAX_CLICKS = 12;
const MAX_EXPLAIN = 3;

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Page-side code is sent as source text (see harness/control.ts). It reads the document through
// Document.prototype: the clobbering pages shadow document.querySelector, documentElement and others.
const PAGE_HELPERS = `
  const D = Document.prototype;
  const q = (s) => D.querySelector.call(document, s);
  const docEl = () => Object.getOwnPropertyDescriptor(D, 'documentElement').get.call(document);
  const readerRoot = () => { const h = q('${READER}'); return h && h.shadowRoot; };
  const control = () => q('lyssna-control') || (readerRoot() && readerRoot().querySelector('lyssna-control'));
`;

/** The control's status text, on the page or docked in the reader. */
async function status(page: Page): Promise<string> {
  return (await page.evaluate(`(() => { ${PAGE_HELPERS}
    const c = control();
    return c && c.shadowRoot ? c.shadowRoot.querySelector('[role="status"]').textContent : '';
  })()`)) as string;
}

async function waitForStatusText(page: Page, pattern: RegExp, timeout = 15_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = await status(page);
    if (pattern.test(last)) return last;
    await settle(40);
  }
  throw new Error(`status never matched ${pattern}; last was "${last}"`);
}

/** What a frame shows of a report (its document's data-hostile-ran); null for none or an unreachable frame. */
const FRAME_REPORT = `(() => {
  try {
    const el = Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement').get.call(document);
    return el ? el.getAttribute('data-hostile-ran') : null;
  } catch (e) { return null; }
})()`;

/**
 * Everything in the reader that could run or load on its own: elements that script, frame, submit,
 * restyle or redirect; event-handler attributes; URLs with a script or data scheme (pictures excepted:
 * DOMPurify allows them, and an image, SVG too, never runs script); and ids of the reader's own that the article repeats.
 * Inside <template> too: inert where it is, but one clone away from live.
 */
const READER_MARKUP = `(() => { ${PAGE_HELPERS}
  const root = readerRoot();
  if (!root) return ['no reader'];
  const bad = [];
  // A <template> is inert, but what it holds is checked as if it were not.
  const trees = [root];
  for (let i = 0; i < trees.length; i++) for (const t of trees[i].querySelectorAll('template')) trees.push(t.content);
  const FORBIDDEN = 'script, iframe, frame, frameset, object, embed, applet, param, form, input, base, meta, link, style, noscript, use, foreignObject, animate, set, portal, button:not(.explain)';
  const URL_ATTR = /^(href|xlink:href|src|srcset|action|formaction|data|poster|background|ping|codebase|cite|longdesc|lowsrc)$/;
  for (const tree of trees) {
    const article = tree === root ? root.querySelector('.page') : tree;
    for (const el of article.querySelectorAll(FORBIDDEN)) bad.push('<' + el.localName + '>');
    for (const el of tree.querySelectorAll('*')) {
      for (const a of Array.from(el.attributes)) {
        const name = a.name.toLowerCase();
        const value = a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
        if (name.startsWith('on') || name === 'srcdoc' || name === 'shadowrootmode') bad.push(el.localName + '[' + name + ']');
        if (!URL_ATTR.test(name)) continue;
        for (const url of name === 'srcset' ? value.split(',') : [value]) {
          const picture = /^(img|source)$/.test(el.localName) && /^data:image\\//.test(url);
          if (/^(javascript|vbscript|livescript|data):/.test(url) && !picture) bad.push(el.localName + '[' + name + '=' + url.slice(0, 30) + ']');
        }
      }
    }
  }
  for (const id of ['lyssna-reader-title', 'lyssna-reader-panel']) {
    if (root.querySelectorAll('[id="' + id + '"]').length > 1) bad.push('#' + id + ' twice');
  }
  return bad;
})()`;

let server: SampleServer;
beforeAll(async () => {
  server = await startSampleServer();
});
afterAll(async () => {
  await server?.close();
});

describe.each<BrowserKind>(['chromium', 'firefox'])('hostile pages in %s', (kind) => {
  let launched: LaunchedBrowser;
  let page: Page;
  /** Firefox: an extension page that sends the popup's "read the selection" message (no toolbar popup here). */
  let extensionPage: Page | undefined;
  const dialogs: string[] = [];
  let started = 0;

  beforeAll(async () => {
    started = Date.now();
    launched = await launchBrowser(kind, {
      extensionDir: EXTENSION[kind],
      hosts: [HOST],
      port: server.port,
      ...SWEDISH_UI[kind],
    });
    if (kind === 'firefox') extensionPage = await launched.openExtensionPage('options.html');
    page = await launched.browser.newPage();
    await page.setViewport({ width: 1024, height: 768 });
    // A payload that got to alert() has run: that is a report too.
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => undefined);
    });
  });
  afterAll(async () => {
    console.log(`hostile pages in ${kind}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await launched?.close();
  });

  /** Fails with the view's name when anything reported, the page moved away, or the reader holds live markup. */
  async function check(url: string, view: string, reader = false) {
    const frames: string[] = [];
    for (const frame of page.frames()) {
      const ran = await Promise.race([frame.evaluate(FRAME_REPORT).catch(() => null), settle(2000).then(() => null)]);
      if (ran) frames.push(`${frame.url().slice(0, 60)}: ${String(ran)}`);
    }
    const inReader = (await page.evaluate(`(() => { ${PAGE_HELPERS}
      const root = readerRoot();
      const el = root && root.querySelector('[data-hostile-ran]');
      return el ? el.getAttribute('data-hostile-ran') : null;
    })()`)) as string | null;
    const requests = server.requests.filter((r) => r.path.startsWith('/__hostile-report')).map((r) => r.url);
    const at = (await page.evaluate('location.href')) as string;
    const markup = reader ? ((await page.evaluate(READER_MARKUP)) as string[]) : [];
    expect(
      { frames, inReader, requests, dialogs, at, markup },
      `${view}: a payload ran, the page moved, or the reader holds live markup`,
    ).toEqual({ frames: [], inReader: null, requests: [], dialogs: [], at: url, markup: [] });
  }

  /** Clicks what a reader of the article could: links within the page or with a script URL, summaries, labels. */
  async function clickThroughReader(): Promise<number> {
    const handles = await page.$$(`${READER} >>> .page :is(a[href], area[href], summary, label, button:not(.explain))`);
    let clicked = 0;
    for (const handle of handles.slice(0, MAX_CLICKS)) {
      const href = await handle.evaluate((el) => (el.getAttribute('href') ?? '').trim()).catch(() => null);
      if (href === null) continue; // drawn again meanwhile
      // Links elsewhere (http, mailto, data) would leave the page: those are checked by READER_MARKUP.
      if (href && !href.startsWith('#') && !/^\W*j\W*a\W*v\W*a\W*s\W*c\W*r\W*i\W*p\W*t\W*:/i.test(href)) continue;
      await handle.click().catch(() => undefined); // hidden or covered: nothing to press
      clicked++;
    }
    return clicked;
  }

  /**
   * Presses the i-th explain button, looked up afresh, and closes its explanation again. Lättläst may
   * be drawn again meanwhile (reading moves into it), which leaves an older button detached; the reader
   * may still be scrolling to the sentence being read, so a press can land beside the button; and a
   * button the reading has left behind may sit under the sticky toolbar.
   * Escape is pressed only once the explanation is open: with none open it would close the reader.
   */
  async function clickExplain(i: number) {
    const OPEN = `(() => { ${PAGE_HELPERS} const r = readerRoot(); return !!r && !!r.querySelector('.explanation:popover-open'); })()`;
    for (let attempt = 0; ; attempt++) {
      // Lättläst drawn again fills in its buttons a slice at a time: wait until the i-th is back.
      await page
        .waitForFunction(
          `(() => { ${PAGE_HELPERS} const r = readerRoot(); return !!r && r.querySelectorAll('button.explain').length > ${i}; })()`,
          { timeout: 10_000 },
        )
        .catch(async (error: unknown) => {
          throw new Error(`explain button ${i} never came back: ${await readerState()}`, { cause: error });
        });
      const button = (await page.$$(`${READER} >>> button.explain`))[i];
      // To the middle of the reader first: reading on, the reader keeps the sentence being read in view,
      // which leaves earlier buttons under its sticky toolbar, where a press lands on the toolbar.
      await button?.evaluate((el) => el.scrollIntoView({ block: 'center' })).catch(() => undefined);
      const pressed = await (button ? button.click() : Promise.reject(new Error('explain button detached')))
        .then(() => page.waitForFunction(OPEN, { timeout: 1500 }))
        .then(
          () => null,
          (error: unknown) => error,
        );
      if (!pressed) break;
      if (attempt > 4)
        throw new Error(`explain button ${i} opened nothing: ${await readerState()}`, { cause: pressed });
      await settle(150);
    }
    await page.keyboard.press('Escape'); // closes the explanation, not the reader
    await page.waitForFunction(`!${OPEN}`, { timeout: 5000 });
  }

  /** What the reader shows, for a failure message. */
  async function readerState(): Promise<string> {
    return (await page
      .evaluate(
        `(() => { ${PAGE_HELPERS} const r = readerRoot(); if (!r) return 'no reader';
          return JSON.stringify({ easy: !!r.querySelector('.body.easy'), explain: r.querySelectorAll('button.explain').length,
            open: r.querySelectorAll(':popover-open').length, focus: r.activeElement && r.activeElement.outerHTML.slice(0, 80) }); })()`,
      )
      .catch((e: unknown) => `unreadable (${String(e)})`)) as string;
  }

  /** The text the reader shows (markup written as text on the page must stay text there). */
  async function readerText(): Promise<string> {
    return (await page.evaluate(
      `(() => { ${PAGE_HELPERS} return readerRoot().querySelector('.page').textContent; })()`,
    )) as string;
  }

  async function readSelection() {
    await page.evaluate(`(() => { ${PAGE_HELPERS}
      const range = new Range();
      range.selectNodeContents(q('#Innehall'));
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    })()`);
    if (kind === 'chromium') {
      const popup = await openPopup(launched, page);
      await pressInPopup(popup, { selector: 'button[data-action="read-selection"]' });
    } else {
      await extensionPage!.evaluate(`(async () => {
        const [tab] = await browser.tabs.query({ url: '*://${HOST}/*' });
        await browser.tabs.sendMessage(tab.id, { type: 'lyssna:read-selection' }, { frameId: 0 });
      })()`);
    }
  }

  it.each(PAGES)('%s: nothing runs in any view', async (name) => {
    const url = launched.baseUrl(HOST, `/${name}.html`);
    server.clearRequests();
    dialogs.length = 0;
    await page.goto(url);
    // The probe knows the page's own frames once it has loaded; Lyssna is pressed only after that.
    await page.waitForFunction('document.readyState === "complete"');
    await waitForControl(page);
    await check(url, 'the page as served');

    // The page, read aloud with its sentence highlight.
    await press(page, 'play-pause');
    await waitForStatusText(page, /^(Mening \d+ av|Klart)/);
    await check(url, 'page highlight');

    // Läsläge: every button of its own but close, and what a reader can click in the article.
    await press(page, 'reader');
    await page.waitForSelector(`${READER} >>> .reader`);
    await check(url, 'reader', true);
    if (name === 'escaped-text') expect(await readerText()).toContain('<img src=x onerror=');
    await page.click(`${READER} >>> button[data-reader="settings"]`);
    await page.click(`${READER} >>> button[data-reader="settings"]`);
    await clickThroughReader();
    await check(url, 'reader, after its links and buttons', true);

    // Lättläst, its hard words explained, then read aloud in the reader.
    await page.click(`${READER} >>> button[data-reader="easy"]`);
    await page.waitForSelector(`${READER} >>> .body.easy`);
    const explain = (await page.$$(`${READER} >>> button.explain`)).length;
    expect(explain, 'Lättläst explains hard words').toBeGreaterThan(0);
    for (let i = 0; i < Math.min(explain, MAX_EXPLAIN); i++) await clickExplain(i);
    await check(url, 'Lättläst and its explanations', true);
    if (name === 'escaped-text') expect(await readerText()).toContain('<img src=x onerror=');
    if (!/^Mening/.test(await status(page))) await page.click(`${READER_CONTROL} button[data-action="play-pause"]`);
    await waitForStatusText(page, /^(Mening \d+ av|Klart)/);
    await check(url, 'reading in the reader', true);
    await page.click(`${READER} >>> button[data-reader="close"]`);
    await page.waitForFunction(`(() => { ${PAGE_HELPERS} return !q('${READER}'); })()`);

    // The popup's "read the selection", over the whole article with its payload.
    // Quiet first. A reading may be over already (Klart), or have been ended by the page changing its
    // article: then Stop has nothing to stop, and the status says so in its own words.
    await press(page, 'stop');
    await waitForStatusText(page, /stoppad|^Klart|^Tryck på Lyssna|^Sidan/);
    await readSelection();
    await waitForStatusText(page, /^(Mening \d+ av|Klart)/);
    await check(url, 'reading a selection');
  });

  it('reports a careless renderer: the same payloads put into a shadow root by innerHTML', async () => {
    // The control for all of the above: without it a broken probe would pass every page.
    for (const name of ['handler-img', 'frame-srcdoc', 'style-scoped']) {
      server.clearRequests();
      await page.goto(launched.baseUrl(HOST, `/${name}.html`));
      await page.waitForFunction('document.readyState === "complete"');
      await page.evaluate(`(() => { ${PAGE_HELPERS}
        const host = D.createElement.call(document, 'lyssna-careless'); // a lyssna-* host: Lyssna-made to the probe
        docEl().append(host);
        host.attachShadow({ mode: 'open' }).innerHTML = q('.hostile-payload').innerHTML;
      })()`);
      const deadline = Date.now() + 5000;
      const reported = () => server.requests.some((r) => r.path === '/__hostile-report' && r.url.includes(name));
      while (!reported() && Date.now() < deadline) await settle(50);
      expect(reported(), `${name} reported when rendered carelessly`).toBe(true);
    }
  });
});
