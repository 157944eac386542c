// Audio sink for ALSA's file plugin (`file "|node pace-audio.mjs OUT BYTES_PER_SECOND"`): appends
// what it reads on stdin to OUT, but no faster than BYTES_PER_SECOND. Because ALSA writes into the
// pipe synchronously, the speech synthesizer is held back to about real time, so `onend` arrives
// roughly when the sentence would have finished playing (without it, a sentence "plays" in ~40 ms).
// Used by speech-home.ts when `pace` is on. Dependency-free, synchronous on purpose.

import { Buffer } from 'node:buffer';
import { openSync, readSync, writeSync, closeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import process from 'node:process';

const [out, rateArg] = process.argv.slice(2);
if (!out) {
  process.stderr.write('usage: pace-audio.mjs OUT [BYTES_PER_SECOND]\n');
  process.exit(2);
}
const bytesPerSecond = Number(rateArg ?? 44100); // espeak-ng: 22050 Hz, mono, 16 bit
const fd = openSync(out, 'a');
const chunk = Buffer.alloc(Math.max(64, Math.round(bytesPerSecond / 50) & ~1)); // 20 ms
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms) => Atomics.wait(sleeper, 0, 0, ms);

let clock = 0; // when the data written so far has "played", in performance.now() ms
for (;;) {
  let n;
  try {
    n = readSync(0, chunk, 0, chunk.length, null);
  } catch (error) {
    if (error.code === 'EAGAIN') {
      sleep(5);
      continue;
    }
    if (error.code === 'EOF') break;
    throw error;
  }
  if (n === 0) break;
  writeSync(fd, chunk, 0, n);
  const now = performance.now();
  clock = Math.max(clock, now) + (n / bytesPerSecond) * 1000;
  const wait = clock - now;
  if (wait > 1) sleep(wait);
}
closeSync(fd);
