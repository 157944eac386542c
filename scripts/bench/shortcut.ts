/**
 * The keyboard shortcut (Alt+Shift+L) on a fresh tab, in Chromium with the built extension and the test
 * speech engine: timed from the L key sent to the X server to the first speak request in the page.
 * A browser takes extension shortcuts only from real keyboard input, never from the DevTools protocol,
 * so this runs a windowed Chromium on a virtual X display (Xvfb) and types with xdotool.
 *
 * Two ways of typing it: as people do (Alt and Shift held `leadMs` before the L: the light control takes
 * the two modifiers as the start of a shortcut and loads the player), and all three keys at once.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LaunchedBrowser } from '../../tests/e2e/harness/browsers';
import { timePress } from '../bench-latency';
import { launchBenchChromium, serve, stats, TOOLBAR_BAR_MS, type Stats } from './idle-cold';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const HOST = 'www.umea.se';

export interface ShortcutResult {
  /** Alt and Shift held `leadMs` before the L. */
  held: { runs: number[]; ms: Stats; leadMs: number };
  /** All three keys at once. */
  together: { runs: number[]; ms: Stats };
  error?: string;
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
const xdotool = (...args: string[]) => execFileSync('xdotool', args, { stdio: 'ignore' });

export function shortcutBenchAvailable(): string | null {
  for (const tool of ['/usr/bin/Xvfb', '/usr/bin/xdotool'])
    if (!existsSync(tool)) return `${path.basename(tool)} is not installed (bash scripts/setup.sh installs it)`;
  return null;
}

/** A virtual X display of our own, so the bench never types into someone's real desktop. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const display = `:${90 + Math.floor(Math.random() * 9)}`;
  const server = spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  await settle(700);
  if (server.exitCode !== null) throw new Error(`Xvfb ${display} did not start`);
  return { display, process: server };
}

/** One press of the shortcut on a fresh tab: ms from the L key (an epoch time, as timePress takes it). */
async function press(launched: LaunchedBrowser, url: string, leadMs: number | null): Promise<number> {
  const page = await launched.browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('lyssna-control >>> button[data-action="play-pause"]', { timeout: 15_000 });
    await page.bringToFront();
    await settle(1500);
    const { ms } = await timePress(page, async () => {
      if (leadMs === null) {
        const sent = Date.now();
        xdotool('key', 'alt+shift+l');
        return sent;
      }
      xdotool('keydown', 'alt');
      xdotool('keydown', 'shift');
      await settle(leadMs);
      const sent = Date.now();
      xdotool('key', 'l');
      xdotool('keyup', 'shift');
      xdotool('keyup', 'alt');
      return sent;
    });
    return ms;
  } finally {
    await page.close();
  }
}

export async function measureShortcut(options: {
  extensionDir: string;
  runs?: number;
  leadMs?: number;
  log?: (line: string) => void;
}): Promise<ShortcutResult> {
  const leadMs = options.leadMs ?? 100;
  const empty: ShortcutResult = {
    held: { runs: [], ms: stats([]), leadMs },
    together: { runs: [], ms: stats([]) },
  };
  const missing = shortcutBenchAvailable();
  if (missing) return { ...empty, error: missing };
  const html = readFileSync(path.join(ROOT, 'samples/umea/bygglov.html'), 'utf8');
  const { server, port } = await serve([{ id: 'samples/umea/bygglov.html', html }]);
  const xvfb = await startXvfb();
  const displayBefore = process.env['DISPLAY'];
  process.env['DISPLAY'] = xvfb.display;
  let launched: LaunchedBrowser | undefined;
  try {
    launched = await launchBenchChromium(options.extensionDir, [HOST], port, false);
    const url = launched.baseUrl(HOST, '/p/0.html');
    const series = async (lead: number | null) => {
      const runs: number[] = [];
      for (let r = 0; r < (options.runs ?? 12); r++) {
        const ms = await press(launched!, url, lead);
        runs.push(Math.round(ms));
        options.log?.(
          `  shortcut ${r + 1}, ${lead === null ? 'all keys at once' : `Alt+Shift held ${lead} ms`}: ${Math.round(ms)} ms`,
        );
      }
      return runs;
    };
    const held = await series(leadMs);
    const together = await series(null);
    return { held: { runs: held, ms: stats(held), leadMs }, together: { runs: together, ms: stats(together) } };
  } catch (error) {
    return { ...empty, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await launched?.close();
    if (displayBefore === undefined) delete process.env['DISPLAY'];
    else process.env['DISPLAY'] = displayBefore;
    xvfb.process.kill();
    server.close();
  }
}

export function describeShortcut(r: ShortcutResult): string {
  if (r.error) return `Shortcut Alt+Shift+L: not measured (${r.error})`;
  return (
    `Shortcut Alt+Shift+L over a fresh tab, from the L key to the first speak request (Chromium, Xvfb, xdotool): ` +
    `Alt+Shift held ${r.held.leadMs} ms first ${r.held.ms.median} ms median (p95 ${r.held.ms.p95}); all keys at once ` +
    `${r.together.ms.median} ms (p95 ${r.together.ms.p95}) — bar ${TOOLBAR_BAR_MS} ms`
  );
}

// Run alone: tsx scripts/bench/shortcut.ts [--runs=N] [--lead=MS] [--extension=DIR]
if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const value = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const result = await measureShortcut({
    extensionDir: path.resolve(value('extension') ?? path.join(ROOT, '.output/chrome-mv3')),
    runs: Number(value('runs') ?? 12),
    leadMs: Number(value('lead') ?? 100),
    log: (line) => console.log(line),
  });
  console.log(describeShortcut(result));
}
