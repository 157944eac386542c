// Managed policy for a browser run, the way library IT staff set it (see README, "Kiosk"):
//   Chromium: a JSON file in /etc/chromium/policies/managed/ with `3rdparty.extensions.<id>`. That
//             directory is machine-wide, so the test loads its own copy of the built extension under a
//             fresh key (a new id): the policy reaches that copy only, never another run's browser.
//             Needs root (CI and this machine run as root).
//   Firefox:  a managed-storage manifest, $HOME/.mozilla/managed-storage/<gecko id>.json, in the
//             run's private HOME.

import { createHash, generateKeyPairSync, randomUUID } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

export interface ChromiumPolicyRun {
  /** The copy of the extension to load. */
  extensionDir: string;
  extensionId: string;
  /** Writes (or rewrites: Chromium watches the folder) the extension's policy values. */
  write(values: Record<string, unknown>): Promise<void>;
  cleanup(): Promise<void>;
}

/** Chromium's id for a public key: the first 32 hex digits of its SHA-256, written with a–p. */
function chromiumId(publicKeyDer: Buffer): string {
  const hex = createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export async function chromiumPolicyRun(builtExtensionDir: string): Promise<ChromiumPolicyRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lyssna-policy-ext-'));
  const extensionDir = path.join(dir, 'extension');
  await cp(builtExtensionDir, extensionDir, { recursive: true });
  const { publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const manifestPath = path.join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest['key'] = publicKey.toString('base64');
  await writeFile(manifestPath, JSON.stringify(manifest));
  const extensionId = chromiumId(publicKey);
  const policyFile = path.join(CHROMIUM_POLICY_DIR, `lyssna-e2e-${randomUUID()}.json`);
  return {
    extensionDir,
    extensionId,
    async write(values) {
      await mkdir(CHROMIUM_POLICY_DIR, { recursive: true });
      // Written beside and renamed would be atomic; Chromium re-reads after the folder settles anyway.
      await writeFile(policyFile, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: values } } }));
    },
    async cleanup() {
      await rm(policyFile, { force: true });
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Firefox's managed-storage manifest for the add-on, in the run's private HOME. */
export async function writeFirefoxManagedStorage(
  home: string,
  geckoId: string,
  values: Record<string, unknown>,
): Promise<void> {
  const dir = path.join(home, '.mozilla', 'managed-storage');
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, `${geckoId}.json`),
    JSON.stringify({ name: geckoId, description: 'Lyssna policy (test)', type: 'storage', data: values }),
  );
}
