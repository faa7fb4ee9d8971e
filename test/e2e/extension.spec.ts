import { expect, test } from '@playwright/test';
import { launchWithExtension, type ExtensionSession } from './browser';

let session: ExtensionSession;

test.beforeAll(async () => {
  session = await launchWithExtension();
});

test.afterAll(async () => {
  await session?.context.close();
});

test('the built extension loads in Chromium with its background service worker running', async () => {
  expect(session.extensionId).toMatch(/^[a-p]{32}$/);
  expect(session.worker.url()).toBe(`chrome-extension://${session.extensionId}/background.js`);
  // Runs inside the service worker, where the extension API is the global `chrome`.
  const manifest = await session.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }).chrome.runtime.getManifest());
  expect(manifest).toMatchObject({ name: 'InScope', manifest_version: 3 });
});

test('the popup opens and shows InScope with no roster loaded yet', async () => {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await expect(page.getByRole('heading', { name: 'InScope' })).toBeVisible();
  await expect(page.getByTestId('status')).toHaveText('No roster loaded yet. Import a roster file or set a roster URL in the options.');
  expect(errors).toEqual([]);
});
