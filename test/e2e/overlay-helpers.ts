/** Shared set-up for overlay tests: the demo roster imported, the demo pages served. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { generateRoster } from '../../lib/demo/generate';
import { todayIso } from '../../lib/dates';
import type { Roster } from '../../lib/roster/schema';
import { startDemoServer, type DemoServer } from '../../demo/server';
import type { ExtensionSession } from './browser';

export const today = todayIso();

export function demoRoster(): Roster {
  const roster = generateRoster({ practitioners: 400, seed: 1, asOf: today });
  roster.generatedAt = new Date().toISOString();
  return roster;
}

export async function importRoster(session: ExtensionSession, roster: Roster): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'inscope-demo-')), 'roster.json');
  writeFileSync(path, JSON.stringify(roster));
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.getByLabel('Import roster').setInputFiles(path);
  await expect(page.getByTestId('run-summary')).toHaveText(/^Imported /, { timeout: 30_000 });
  await page.close();
}

export async function serve(roster: Roster, extra: Record<string, string> = {}): Promise<DemoServer> {
  return startDemoServer(roster, today, 0, extra);
}

/** The verdict badge of each case row: [expected, actual]. */
export async function rowVerdicts(page: Page, rowSelector: string): Promise<Array<[string | null, string | null, string]>> {
  return page.$$eval(rowSelector, (rows) => rows.map((r) => [
    r.getAttribute('data-expect'),
    r.querySelector('[data-inscope-kind="case"]')?.getAttribute('data-inscope-verdict') ?? null,
    (r.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 90),
  ] as [string | null, string | null, string]));
}
