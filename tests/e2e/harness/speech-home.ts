// A private HOME for one browser run, so that the speech-dispatcher daemon the browser starts gets
// its own configuration (ALSA output, no sound card needed) and its own socket, and nothing global
// changes. See /work/shared/docs/real-browsers.md ("Voices").
//
// The browser must be started with `speechHome.env` merged into its environment. When the run is
// over, `cleanup()` ends every process that still runs with this HOME (speech-dispatcher,
// sd_espeak-ng, a browser that did not exit) and removes the directory.

import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SpeechHomeOptions {
  /**
   * Absolute or relative path of a file that receives the raw audio (signed 16-bit little endian;
   * espeak-ng speaks 22050 Hz mono). It is emptied now and then collects all audio of the run,
   * utterance after utterance. Without it, audio goes to an ALSA null device.
   */
  audioFile?: string;
  /**
   * Hold speech back to about real time (see pace-audio.mjs). Without it, the ALSA null device
   * swallows audio instantly: every utterance ends some 40 ms after it starts, whatever its length,
   * so "which sentence is being read" cannot be observed. With it, `onend` comes roughly when the
   * audio would have finished (some 50 ms early: the pipe to the pacer is shrunk to one 4 KiB page;
   * at Linux's default 64 KiB a short first sentence such as a one-word heading "ended" at once).
   * Known limit: while paced, cancel() does not cut the audio off (the utterance's audio is still
   * written in full; Chromium reports `interrupted` at once, Firefox keeps `speaking` true and fires
   * `end` only when the audio is done). Test cancel without `pace` (there it stops the audio).
   */
  pace?: boolean;
  /** Bytes per second for `pace` (default 44100: espeak-ng's 22050 Hz mono 16-bit). */
  paceBytesPerSecond?: number;
  /** Parent directory for the temporary HOME (default: the OS temp dir). */
  parentDir?: string;
}

export interface SpeechHome {
  /** The private HOME directory. */
  home: string;
  /** `$HOME/.config/speech-dispatcher/speechd.conf`. */
  speechdConf: string;
  /** `$HOME/.asoundrc`. */
  asoundrc: string;
  /** Absolute path of the raw audio file, when one was asked for. */
  audioFile?: string;
  /** Variables to merge into the browser's environment (HOME and the XDG directories). */
  env: Record<string, string>;
  /** Ends the processes started under this HOME, then removes it. Safe to call twice. */
  cleanup(): Promise<void>;
}

const SYSTEM_SPEECHD_CONF = '/etc/speech-dispatcher/speechd.conf';

/** Configuration used when the system one is missing (a machine without speech-dispatcher). */
const FALLBACK_SPEECHD_CONF = `LogLevel 3
LogDir "default"
DefaultVolume 100
`;

function speechdConfWithAlsa(base: string): string {
  // Comment out any active AudioOutputMethod and set ALSA as the only output method.
  const lines = base.split('\n').map((line) => (/^\s*AudioOutputMethod\b/.test(line) ? `# ${line}` : line));
  return `${lines.join('\n').trimEnd()}\n\n# Lyssna test harness: no sound card here, ALSA goes to ~/.asoundrc\nAudioOutputMethod "alsa"\n`;
}

const PACER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pace-audio.mjs');
// Node cannot fcntl(), so perl (perl-base is Essential in Debian) shrinks the pipe ALSA writes into
// (F_SETPIPE_SZ = 1031) to one page, then becomes the pacer.
const SHRINK_PIPE_THEN_EXEC = 'fcntl(STDIN, 1031, 4096); exec { $ARGV[0] } @ARGV or die "exec: $!"';

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function asoundrcFor(audioFile: string | undefined, pace: boolean, bytesPerSecond: number): string {
  if (!audioFile && !pace) return 'pcm.!default { type null }\n';
  // ALSA's file plugin writes to a file, or to a command's stdin when the name starts with "|".
  const target = pace
    ? `|exec perl -e ${shellQuote(SHRINK_PIPE_THEN_EXEC)} ${shellQuote(process.execPath)} ${shellQuote(PACER)} ${shellQuote(audioFile ?? '/dev/null')} ${bytesPerSecond}`
    : (audioFile as string);
  // ALSA config strings are double-quoted with backslash escapes, like JSON.
  return `pcm.!default { type file slave.pcm "null" file ${JSON.stringify(target)} format "raw" }\npcm.null { type null }\n`;
}

const HOME_PREFIX = 'lyssna-home-';

/**
 * Removes private HOMEs left behind by runs that were killed before their cleanup: only those
 * older than `olderThanMs` that no running process uses (as HOME or in its command line). Their
 * speech-dispatcher daemons end by themselves a few seconds after their browser is gone.
 */
export async function sweepStaleSpeechHomes(parentDir = tmpdir(), olderThanMs = 30 * 60_000): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(parentDir)).filter((n) => n.startsWith(HOME_PREFIX));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const dir = path.join(parentDir, name);
    try {
      if (Date.now() - (await stat(dir)).mtimeMs < olderThanMs) continue;
      if ((await findProcessesWithHome(dir)).length > 0 || (await anyCommandMentions(dir))) continue;
      await rm(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      /* someone else's, or already gone */
    }
  }
  return removed;
}

async function anyCommandMentions(text: string): Promise<boolean> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    if ((await commandOf(Number(entry))).includes(text)) return true;
  }
  return false;
}

/** Makes a private HOME with speech-dispatcher set to ALSA and ALSA set to null or a raw file. */
export async function makeSpeechHome(options: SpeechHomeOptions = {}): Promise<SpeechHome> {
  await sweepStaleSpeechHomes(options.parentDir ?? tmpdir()).catch(() => undefined);
  const home = await mkdtemp(path.join(options.parentDir ?? tmpdir(), HOME_PREFIX));
  const configDir = path.join(home, '.config');
  const runtimeDir = path.join(home, '.run');
  const cacheDir = path.join(home, '.cache');
  const dataDir = path.join(home, '.local', 'share');
  const stateDir = path.join(home, '.local', 'state');
  const speechdDir = path.join(configDir, 'speech-dispatcher');
  await mkdir(speechdDir, { recursive: true });
  await mkdir(runtimeDir, { recursive: true, mode: 0o700 });
  await mkdir(cacheDir, { recursive: true });
  await mkdir(dataDir, { recursive: true });
  await mkdir(stateDir, { recursive: true });

  const speechdConf = path.join(speechdDir, 'speechd.conf');
  const base = existsSync(SYSTEM_SPEECHD_CONF) ? await readFile(SYSTEM_SPEECHD_CONF, 'utf8') : FALLBACK_SPEECHD_CONF;
  await writeFile(speechdConf, speechdConfWithAlsa(base));
  // speechd.conf includes "clients/*.conf" relative to its own directory; give it the same ones.
  const systemClients = '/etc/speech-dispatcher/clients';
  if (existsSync(systemClients)) {
    const clientsDir = path.join(speechdDir, 'clients');
    await mkdir(clientsDir, { recursive: true });
    for (const name of await readdir(systemClients)) {
      if (name.endsWith('.conf')) await copyFile(path.join(systemClients, name), path.join(clientsDir, name));
    }
  }

  const audioFile = options.audioFile ? path.resolve(options.audioFile) : undefined;
  if (audioFile) {
    // Start empty. ALSA opens (and truncates) the file once, when the speech module opens the
    // device; everything the run says after that is appended, so measure one utterance as the
    // growth of the file. (ALSA's `truncate false` would write to "<file>.0001" instead.)
    await mkdir(path.dirname(audioFile), { recursive: true });
    await writeFile(audioFile, '');
  }
  const asoundrc = path.join(home, '.asoundrc');
  await writeFile(asoundrc, asoundrcFor(audioFile, options.pace ?? false, options.paceBytesPerSecond ?? 44100));

  const env: Record<string, string> = {
    HOME: home,
    XDG_CONFIG_HOME: configDir,
    // The daemon's socket lives in $XDG_RUNTIME_DIR/speech-dispatcher/: a private one keeps two
    // browsers (or the user's own session) from sharing one daemon with another HOME's output.
    XDG_RUNTIME_DIR: runtimeDir,
    XDG_CACHE_HOME: cacheDir,
    XDG_DATA_HOME: dataDir,
    XDG_STATE_HOME: stateDir,
  };

  let cleaned = false;
  return {
    home,
    speechdConf,
    asoundrc,
    ...(audioFile ? { audioFile } : {}),
    env,
    async cleanup() {
      if (cleaned) return;
      cleaned = true;
      await killProcessesWithHome(home);
      await rm(home, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

async function readEnviron(pid: number): Promise<string[] | null> {
  try {
    return (await readFile(`/proc/${pid}/environ`, 'latin1')).split('\0');
  } catch {
    return null; // gone, or not ours to read
  }
}

async function isAlive(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'latin1');
    // "pid (comm) S ...": the state follows the last ')'.
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/** Process ids (other than ours) whose environment has exactly `HOME=<home>`. */
export async function findProcessesWithHome(home: string): Promise<number[]> {
  const wanted = `HOME=${home}`;
  const skip = new Set([process.pid, process.ppid]);
  const pids: number[] = [];
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return pids; // not Linux
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (skip.has(pid)) continue;
    const environ = await readEnviron(pid);
    if (environ?.includes(wanted) && (await isAlive(pid))) pids.push(pid);
  }
  return pids;
}

/** Command line of a process, for messages. */
export async function commandOf(pid: number): Promise<string> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'latin1')).split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/**
 * Ends every process that runs with `HOME=<home>`: SIGTERM, then SIGKILL for those still alive
 * after `graceMs`. Only processes found by their environment are touched. Returns their ids.
 */
export async function killProcessesWithHome(home: string, graceMs = 1500): Promise<number[]> {
  if (!home || home === '/' || !path.isAbsolute(home)) throw new Error(`refusing to kill by HOME=${home}`);
  const pids = await findProcessesWithHome(home);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  const deadline = Date.now() + graceMs;
  let alive = pids;
  while (alive.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    const next: number[] = [];
    for (const pid of alive) if (await isAlive(pid)) next.push(pid);
    alive = next;
  }
  for (const pid of alive) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  // A process started after the first scan (a module the daemon was still spawning): one more pass.
  const late = await findProcessesWithHome(home);
  for (const pid of late) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  return [...pids, ...late.filter((p) => !pids.includes(p))];
}
