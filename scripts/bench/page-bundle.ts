import path from 'node:path';
import { build } from 'esbuild';

/**
 * One of the bench's page-side files (extraction-page.ts, detector-page.ts) with what it imports, as a
 * script to evaluate in a browser tab. Minified, as the extension's build is.
 */
export async function pageBundle(file: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, file)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
