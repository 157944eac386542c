import path from 'node:path';
import { launchBrowser } from './harness/browsers';
import { REPO_DIR, startSampleServer } from './harness/server';
import { waitForAudioToSettle } from './harness/audio';
const server = await startSampleServer();
const audioFile = '/tmp/dbg-tts.raw';
const l = await launchBrowser('chromium', {
  extensionDir: path.join(REPO_DIR, '.output/chrome-mv3'),
  hosts: ['www.umea.se'],
  port: server.port,
  audioFile,
});
try {
  const w = await l.serviceWorker();
  const res = await w.evaluate(`(async () => {
    let voices = await chrome.tts.getVoices(); const first = voices.length; for (let i = 0; i < 40 && voices.length === 0; i++) { await new Promise(r => setTimeout(r, 100)); voices = await chrome.tts.getVoices(); }
    const sv = voices.filter(v => (v.lang||'').startsWith('sv'));
    const t0 = Date.now();
    const events = [];
    await new Promise((resolve) => chrome.tts.speak('Hej, det här är ett test av talsyntesen.', { lang: 'sv', voiceName: sv[0] && sv[0].voiceName, onEvent: (e) => { events.push(e.type + '@' + (Date.now()-t0) + ':' + e.charIndex); if (['end','error','interrupted','cancelled'].includes(e.type)) resolve(); } }));
    return JSON.stringify({ first, total: voices.length, sv: sv.slice(0,3), events });
  })()`);
  console.log('RES', res);
  console.log('audio', await waitForAudioToSettle(audioFile));
} finally {
  await l.close();
  await server.close();
}
