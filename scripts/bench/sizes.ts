/**
 * Sizes of the built extension: what every matching page gets (the detector content script), what is
 * injected on demand (the player, the reader), the background script, and the whole package, raw, gzip and zipped.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';

export const TARGETS = [
  { name: 'chrome-mv3', browser: 'chrome' },
  { name: 'firefox-mv2', browser: 'firefox' },
] as const;

export type TargetName = (typeof TARGETS)[number]['name'];

/** The detector's budget: it is injected into every page of every registry site. */
export const DETECTOR_BUDGET_BYTES = 15 * 1024;

export const KEY_FILES = [
  { file: 'content-scripts/detector.js', label: 'detector.js (always injected)' },
  { file: 'content-scripts/offer.js', label: 'offer.js (light control, detected pages)' },
  { file: 'content-scripts/player.js', label: 'player.js (on demand)' },
  { file: 'content-scripts/reader.js', label: 'reader.js (Läsläge and Lättläst, on demand)' },
  { file: 'background.js', label: 'background.js' },
  { file: 'manifest.json', label: 'manifest.json' },
] as const;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface TargetSizes {
  target: TargetName;
  dir: string;
  files: FileSize[];
  total: { files: number; raw: number; gzip: number };
  /** Bytes of a zip of the whole directory (deflate, level 9), as the stores receive it. */
  zip: number;
  zipFile: string;
  detector: { raw: number; gzip: number; budget: number; pass: boolean } | null;
}

/**
 * Builds both targets with WXT's own `build()` into `outBase` (not `.output/`, which the end-to-end tests
 * may be reading at the same time), one child process per target. Throws with WXT's output on failure.
 */
export function buildExtension(root: string, outBase: string): number {
  const started = performance.now();
  for (const { browser } of TARGETS) {
    const code = `import { build } from 'wxt'; await build({ browser: ${JSON.stringify(browser)}, outDir: ${JSON.stringify(outBase)} });`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    if (result.status !== 0) {
      throw new Error(`wxt build -b ${browser} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    }
  }
  return performance.now() - started;
}

/** The newest modification time under the given paths (files or directories), in ms. */
export function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      if (path.basename(p) === 'node_modules') return;
      for (const entry of readdirSync(p)) visit(path.join(p, entry));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  visit('');
  return out.sort();
}

/** Measures one built target; the zip of it is written to `zipFile`. */
export function measureTarget(target: TargetName, dir: string, zipFile: string): TargetSizes {
  const names = listFiles(dir);
  const contents = names.map((file) => ({ file, data: readFileSync(path.join(dir, file)) }));
  const zip = makeZip(contents);
  writeFileSync(zipFile, zip);
  const files = contents.map(({ file, data }) => ({
    file,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
  }));
  const detectorFile = files.find((f) => f.file === 'content-scripts/detector.js');
  return {
    target,
    dir,
    files,
    total: {
      files: files.length,
      raw: files.reduce((a, f) => a + f.raw, 0),
      gzip: files.reduce((a, f) => a + f.gzip, 0),
    },
    zip: zip.length,
    zipFile,
    detector: detectorFile
      ? {
          raw: detectorFile.raw,
          gzip: detectorFile.gzip,
          budget: DETECTOR_BUDGET_BYTES,
          pass: detectorFile.raw <= DETECTOR_BUDGET_BYTES,
        }
      : null,
  };
}

/**
 * A standard zip archive of the files (deflate level 9, stored when deflate does not help), written the
 * way the stores receive the package. Fixed timestamps, so the same files give the same bytes.
 */
export function makeZip(files: readonly { file: string; data: Buffer }[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const dosTime = 0;
  const dosDate = ((2024 - 1980) << 9) | (1 << 5) | 1;
  for (const { file, data } of files) {
    const name = Buffer.from(file, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // version made by
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(stored ? 0 : 8, 10);
    entry.writeUInt16LE(dosTime, 12);
    entry.writeUInt16LE(dosDate, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(entry, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = central.reduce((a, b) => a + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
