/** Runs scripts/bench/large-run.ts in a child process with a time limit. */
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface LargePageResult {
  targetBytes: number;
  timeoutMs: number;
  finished: boolean;
  /** Wall time of the child process, generation and parsing included. */
  wallMs: number;
  bytes?: number;
  sections?: number;
  paragraphs?: number;
  elements?: number;
  generateMs?: number;
  parseMs?: number;
  readPageMs?: number;
  /** `lyssna inspect`'s text report of the reading (with its Lättläst part), and its lines. */
  reportMs?: number;
  reportLines?: number | null;
  error?: string | null;
  articlePage?: boolean | null;
  blocks?: number | null;
  sentences?: number | null;
  maxRssMB?: number;
  stderr?: string;
}

export function runLargePage(root: string, targetBytes: number, timeoutMs: number): Promise<LargePageResult> {
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const script = path.join(root, 'scripts', 'bench', 'large-run.ts');
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(tsx, [script, String(targetBytes)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=6144`.trim() },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const base = { targetBytes, timeoutMs, wallMs };
      const line = stdout.trim().split('\n').pop() ?? '';
      if (timedOut || code !== 0 || !line.startsWith('{')) {
        resolve({
          ...base,
          finished: false,
          error: timedOut ? `stopped after ${Math.round(timeoutMs / 1000)} s` : `child exited with ${code}`,
          stderr: stderr.slice(-2000),
        });
        return;
      }
      const parsed = JSON.parse(line) as Omit<LargePageResult, 'targetBytes' | 'timeoutMs' | 'finished' | 'wallMs'>;
      resolve({ ...base, ...parsed, finished: !parsed.error });
    });
  });
}
