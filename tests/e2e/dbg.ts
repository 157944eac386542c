import path from 'node:path';
import { launchBrowser } from './harness/browsers';
import { REPO_DIR, startSampleServer } from './harness/server';
const kind = (process.argv[2] ?? 'chromium') as 'chromium' | 'firefox';
const server = await startSampleServer();
const l = await launchBrowser(kind, { extensionDir: path.join(REPO_DIR, kind === 'chromium' ? '.output/chrome-mv3' : '.output/firefox-mv2'), hosts: ['www.umea.se'], port: server.port, dumpio: true });
try {
  if (kind === 'chromium') {
    const w = await l.serviceWorker();
    console.log('SW', w.url());
    w.on('console', (m) => console.log('SWLOG', m.type(), m.text()));
  }
  const page = await l.browser.newPage();
  page.on('console', (m) => console.log('PAGE', m.type(), m.text()));
  await page.goto(l.baseUrl('www.umea.se', '/bygglov.html'));
  await new Promise((r) => setTimeout(r, 4000));
  if (kind === 'chromium') {
    const w = await l.serviceWorker();
    console.log('EXEC', await w.evaluate(async () => {
      const c = (globalThis as any).chrome;
      const [tab] = await c.tabs.query({ url: '*://www.umea.se/*' });
      try { const r = await c.scripting.executeScript({ target: { tabId: tab.id }, func: () => document.title }); return JSON.stringify(r); } catch (e) { return 'ERR ' + e; }
    }));
  }
  console.log('control?', await page.evaluate(() => !!document.querySelector('lyssna-control')));
  console.log(server.requests.map((r) => r.host + r.path));
} finally {
  await l.close(); await server.close();
}
