// Measures the raw audio that speech-dispatcher wrote through ALSA's file plugin (see
// speech-home.ts): signed 16-bit little endian; espeak-ng speaks 22050 Hz mono.
// Pure TypeScript, no sox needed.

import { readFile, stat } from 'node:fs/promises';

export interface RawAudioStats {
  bytes: number;
  /** Duration at the given rate and channel count. */
  seconds: number;
  /** Largest absolute sample, 0..1. */
  peak: number;
  /** Root mean square, 0..1. Silence is 0. */
  rms: number;
}

export async function rawAudioSize(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return 0;
  }
}

export async function measureRawAudio(file: string, sampleRate = 22050, channels = 1): Promise<RawAudioStats> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch {
    return { bytes: 0, seconds: 0, peak: 0, rms: 0 };
  }
  const samples = Math.floor(data.length / 2);
  let peak = 0;
  let sumSquares = 0;
  for (let i = 0; i < samples; i++) {
    const s = data.readInt16LE(i * 2) / 32768;
    const a = Math.abs(s);
    if (a > peak) peak = a;
    sumSquares += s * s;
  }
  return {
    bytes: data.length,
    seconds: samples / channels / sampleRate,
    peak,
    rms: samples > 0 ? Math.sqrt(sumSquares / samples) : 0,
  };
}

/** Waits until the file stops growing for `quietMs` (speech-dispatcher writes after onend too). */
export async function waitForAudioToSettle(file: string, quietMs = 300, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let size = await rawAudioSize(file);
  let since = Date.now();
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    const next = await rawAudioSize(file);
    if (next !== size) {
      size = next;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return size;
    }
  }
  return size;
}
