// Lyssna's control and reader live in closed shadow roots, so a page's script cannot reach them. The
// tests must, as a screen reader or the devtools do: through the driver protocol (Chromium's DOM
// domain, WebDriver BiDi's node serialisation in Firefox), which sees closed roots. Once found, each
// root is put back on its host's `shadowRoot` for the test code: in the page's main world (for
// page.evaluate) and in puppeteer's own isolated world (for `>>>` selectors, page.click and friends).
// That getter exists only in tabs the tests drive; what a page sees without it is tested in safety.e2e.ts.

import type { Browser, CDPSession, ElementHandle, JSHandle, Page, Target } from 'puppeteer-core';
import type { BrowserKind } from './browsers';

const HOSTS = 'lyssna-control, lyssna-reader';

/**
 * Our hosts whose root the test code cannot see yet (nested ones too, once their parent is exposed).
 * Looked for where Lyssna puts them (children of <body> or <html>, or inside an exposed root), and in
 * the whole document only every 25th look (about once a second): on a 10 MB page a querySelectorAll
 * over everything every 40 ms took a good part of the page's time, which the benches counted as ours.
 */
const PENDING = `(() => {
  const out = [];
  // Through the prototypes: a hostile page may clobber document.querySelectorAll and friends.
  const all = (root) =>
    (root.nodeType === 9 ? Document.prototype : DocumentFragment.prototype).querySelectorAll.call(root, '${HOSTS}');
  const names = new Set('${HOSTS}'.split(', '));
  const get = (proto, name, of) => Object.getOwnPropertyDescriptor(proto, name).get.call(of);
  const top = () => [get(Document.prototype, 'documentElement', document), get(Document.prototype, 'body', document)].flatMap((el) =>
    el ? Array.from(get(Element.prototype, 'children', el)).filter((c) => names.has(c.localName)) : []);
  const look = (window.__lyssnaTestLooks = (window.__lyssnaTestLooks ?? 0) + 1);
  const visit = (hosts) => {
    for (const host of hosts) {
      const own = Object.getOwnPropertyDescriptor(host, 'shadowRoot');
      if (own) visit(all(own.get.call(host)));
      else out.push(host);
    }
  };
  visit(look % 25 === 1 ? all(document) : top());
  return out;
})()`;

// The attribute is a DOM mutation, which wakes puppeteer's waitForSelector (it polls on mutations; a
// new property alone would not).
const DEFINE = new Function(
  'host',
  'root',
  "Object.defineProperty(host, 'shadowRoot', { get: () => root, configurable: true });" +
    "host.setAttribute('data-test-exposed', '');",
) as (host: Element, root: ShadowRoot) => void;

interface Realms {
  mainRealm(): RealmLike;
  isolatedRealm(): RealmLike;
}
interface RealmLike {
  adoptBackendNode?(backendNodeId: number): Promise<JSHandle<Node>>;
}
interface CdpNode {
  localName?: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: Array<CdpNode & { shadowRootType?: string }>;
  contentDocument?: CdpNode;
}

async function exposeInChromium(page: Page): Promise<void> {
  const cdp = await page.createCDPSession();
  try {
    // A search in the browser, not the whole tree sent over: on a 5 MB page DOM.getDocument with
    // depth -1 held the page up for 0.4 s, which the long-page benches then counted as ours.
    await cdp.send('DOM.getDocument', { depth: 0 });
    const found: Array<[number, number]> = [];
    for (const name of HOSTS.split(', ')) {
      const { searchId, resultCount } = (await cdp.send('DOM.performSearch', { query: name })) as {
        searchId: string;
        resultCount: number;
      };
      if (resultCount > 0) {
        const { nodeIds } = (await cdp.send('DOM.getSearchResults', {
          searchId,
          fromIndex: 0,
          toIndex: resultCount,
        })) as { nodeIds: number[] };
        for (const nodeId of nodeIds) {
          const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true })) as {
            node: CdpNode;
          };
          const shadow = node.shadowRoots?.[0];
          if (shadow && node.localName === name) found.push([node.backendNodeId, shadow.backendNodeId]);
        }
      }
      await cdp.send('DOM.discardSearchResults', { searchId });
    }
    const frame = page.mainFrame() as unknown as Realms;
    for (const realm of [frame.mainRealm(), frame.isolatedRealm()])
      for (const [hostId, rootId] of found) {
        const host = (await realm.adoptBackendNode!(hostId)) as ElementHandle<Element>;
        const shadow = (await realm.adoptBackendNode!(rootId)) as JSHandle<ShadowRoot>;
        await host.evaluate(DEFINE, shadow);
        await host.dispose();
        await shadow.dispose();
      }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

interface BidiHandle extends JSHandle {
  remoteValue(): { sharedId?: string; value?: { shadowRoot?: { sharedId?: string } | null } };
  constructor: { from(value: { type: 'node'; sharedId: string }, realm: RealmLike): JSHandle };
}

async function exposeInFirefox(page: Page): Promise<void> {
  // One host at a time, so that a nested host is found once its parent's root is exposed.
  for (let i = 0; i < 8; i++) {
    const host = (await page.evaluateHandle(`${PENDING}[0] || null`)) as unknown as BidiHandle;
    const value = host.remoteValue();
    const hostId = value.sharedId;
    const rootId = value.value?.shadowRoot?.sharedId;
    await host.dispose();
    if (!hostId || !rootId) return;
    const frame = page.mainFrame() as unknown as Realms;
    for (const realm of [frame.mainRealm(), frame.isolatedRealm()]) {
      const h = host.constructor.from({ type: 'node', sharedId: hostId }, realm) as ElementHandle<Element>;
      const r = host.constructor.from({ type: 'node', sharedId: rootId }, realm) as JSHandle<ShadowRoot>;
      await h.evaluate(DEFINE, r);
    }
  }
}

/**
 * How many of our hosts are not exposed yet. In Chromium through CDP without a user gesture: puppeteer's
 * evaluate counts as one, and a look every 40 ms would give every page the user activation that some
 * tests need it not to have (speech without a click must be refused).
 */
async function pendingHosts(page: Page, kind: BrowserKind, cdp: CDPSession | null): Promise<number> {
  if (kind === 'firefox' || !cdp) return (await page.evaluate(`${PENDING}.length`)) as number;
  const { result } = (await cdp.send('Runtime.evaluate', {
    expression: `${PENDING}.length`,
    returnByValue: true,
    userGesture: false,
  })) as { result: { value?: number } };
  return result.value ?? 0;
}

/** Exposes every Lyssna root now in the page (a no-op when there is none or all are exposed). */
export async function exposeShadowRoots(page: Page, kind: BrowserKind, cdp: CDPSession | null = null): Promise<void> {
  const pending = await pendingHosts(page, kind, cdp).catch(() => 0);
  if (!pending) return;
  await (kind === 'chromium' ? exposeInChromium(page) : exposeInFirefox(page));
}

/**
 * Keeps exposing the roots in every tab of `browser`, every 40 ms, for as long as the tab is open: a
 * control or reader that appears is reachable by the test code at once (a `waitForSelector` with `>>>`
 * waits until it is).
 */
export function watchShadowRoots(browser: Browser, kind: BrowserKind): void {
  const watch = async (page: Page | null) => {
    if (!page) return;
    const cdp = kind === 'chromium' ? await page.createCDPSession().catch(() => null) : null;
    while (!page.isClosed() && browser.connected) {
      await exposeShadowRoots(page, kind, cdp).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 40));
    }
  };
  const onTarget = (target: Target) => {
    if (target.type() === 'page') void target.page().then(watch, () => undefined);
  };
  browser.on('targetcreated', onTarget);
  for (const target of browser.targets()) onTarget(target);
}
