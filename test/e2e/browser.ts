/**
 * Starts Debian's Chromium with the built extension loaded. The browser is found through
 * INSCOPE_CHROMIUM (or the usual /usr/bin/chromium); nothing is downloaded.
 */
import { existsSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export function chromiumPath(): string {
  const candidates = [process.env.INSCOPE_CHROMIUM, '/usr/bin/chromium', '/usr/lib/chromium/chromium'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error('Chromium was not found: install Debian\'s chromium package (apt-get install -y chromium) or set INSCOPE_CHROMIUM to the browser binary.');
  }
  return found;
}

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

/** Chromium with an extension loaded: InScope's build unless `dir` names another (bench:overlay's bare one). */
export async function launchWithExtension(options: { headless?: boolean; dir?: string } = {}): Promise<ExtensionSession> {
  const dir = options.dir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error('The extension is not built: run "npm run build" first (npm test does).');
  }
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'inscope-profile-')), {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: options.headless === false ? null : { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}
