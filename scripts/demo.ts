// `npm start`: Lyssna on a bundled sample page in Chromium. With a display, a real browser window for
// the user to try (the extension loaded, the sample hosts served from this machine). Without one, or
// with --headless, the same browser runs headless: it presses Lyssna like a user and reports.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { inspectHtml } from '../cli/inspect';
import { measureRawAudio } from '../tests/e2e/harness/audio';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from '../tests/e2e/harness/browsers';
import {
  press,
  recording,
  sentenceNumber,
  startRecording,
  waitForControl,
  waitForStatus,
} from '../tests/e2e/harness/control';
import { REPO_DIR, startSampleServer } from '../tests/e2e/harness/server';

const EXTENSION = path.join(REPO_DIR, '.output/chrome-mv3');
const HOST = 'www.umea.se';
const PAGE = '/bygglov.html';
const HOSTS = ['www.umea.se', 'umea.se', 'www.stockholm.se', 'helsingborg.se', 'www.example-butik.se'];
const headless = process.argv.includes('--headless') || !process.env['DISPLAY'];

const server = await startSampleServer({ port: Number(process.env['LYSSNA_PORT'] ?? 0) });
console.log(`Sample pages served on 127.0.0.1:${server.port} as ${HOSTS.join(', ')}`);

if (headless) await headlessDemo();
else await windowDemo();

/** A real window: the user's own speech set-up, the samples reachable under their real host names. */
async function windowDemo() {
  const rules = HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(',');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: false,
    enableExtensions: true,
    defaultViewport: null,
    args: [
      ...CHROMIUM_ARGS.filter((a) => a !== '--no-sandbox'),
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `--host-resolver-rules=${rules}`,
    ],
  });
  await browser.installExtension(EXTENSION);
  const [page] = await browser.pages();
  await (page ?? (await browser.newPage())).goto(`http://${HOST}${PAGE}`);
  console.log(`Chromium is open on http://${HOST}${PAGE} with Lyssna loaded. Other samples:`);
  for (const p of [
    'http://www.stockholm.se/nyhet.html',
    'http://helsingborg.se/evenemang.html',
    'http://www.example-butik.se/ (not public sector)',
  ])
    console.log(`  ${p}`);
  console.log('Close the browser window to stop.');
  await new Promise((resolve) => browser.on('disconnected', resolve));
  await server.close();
}

async function headlessDemo() {
  const html = readFileSync(path.join(REPO_DIR, 'samples/umea', PAGE), 'utf8');
  const reading = inspectHtml(html, `http://${HOST}${PAGE}`);
  const outDir = path.join(REPO_DIR, 'artifacts');
  mkdirSync(outDir, { recursive: true });
  const audioFile = path.join(outDir, 'demo-speech.raw');
  const browser = await launchChromium({
    extensionDir: EXTENSION,
    hosts: HOSTS,
    port: server.port,
    audioFile,
    extraArgs: ['--lang=sv-SE', '--accept-lang=sv-SE,sv'],
  });
  try {
    const page = await browser.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(browser.baseUrl(HOST, PAGE));
    console.log(`\nOpened http://${HOST}${PAGE} in headless Chromium with Lyssna loaded.`);
    const { detection, article } = reading;
    console.log(
      `Detected: ${detection.organisation?.name ?? 'unknown'} (${detection.organisation?.kind ?? '-'}), ` +
        `article page: ${detection.articlePage ? 'yes' : 'no'}, title: "${article?.title ?? '-'}"`,
    );
    console.log(`Signals: ${detection.signals.join(', ')}`);
    await waitForControl(page);
    console.log('The Lyssna control appeared. Pressing Lyssna…');
    await startRecording(page);
    await press(page, 'play-pause');
    await waitForStatus(page, /^Mening 4 av/);
    await press(page, 'play-pause'); // pause, so the screenshot shows the highlighted sentence
    await waitForStatus(page, /^Pausad/);
    const shot = path.join(outDir, 'demo.png');
    await page.screenshot({ path: shot });
    await press(page, 'play-pause');
    await waitForStatus(page, /^Klart/, 120_000);
    const log = await recording(page);
    const spoken = [...new Set(log.map((s) => sentenceNumber(s.status)).filter((n): n is number => n !== null))];
    console.log(`\nSpoken, in order (${spoken.length} of ${reading.sentences.length} sentences):`);
    for (const n of spoken) {
      const s = reading.sentences[n - 1];
      if (!s) continue;
      console.log(`${String(n).padStart(3)}. ${s.text}`);
      if (s.speech !== s.text) console.log(`     ↳ said as: ${s.speech}`);
    }
    const audio = await measureRawAudio(audioFile);
    console.log(
      `\nAudio from espeak-ng: ${audio.seconds.toFixed(1)} s (${audio.bytes} bytes) written to ${path.relative(REPO_DIR, audioFile)}`,
    );
    console.log(`Screenshot: ${path.relative(REPO_DIR, shot)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
