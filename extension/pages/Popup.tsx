/**
 * The credentialing coordinator's popup: roster status and freshness, Sync now, Import roster,
 * the last run's report (changes, errors to download), practitioner search with the person
 * card, and the expiring-soon list with CSV export.
 */
import { ACK_REASONS } from '../../lib/acknowledgements';
import { showDate, showDates } from '../../page/ui/dates';
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { toCsv } from '../../lib/csv';
import { AGE_SOURCE_WORDS, type AgeSource } from '../../lib/roster/validate';
import { expiringCsv, type ExpiringItem } from '../../lib/expiring';
import type { PersonDetails } from '../../lib/engine';
import type { FacilityRef, PersonVerdict, PractitionerRef } from '../../lib/verdict';
import type { RunRecord } from '../store/db';
import { stageUpload } from '../store/uploads';
import type { SiteStatus } from '../store/sites';
import type { Progress, Status } from '../store/service';
import { ask } from '../messaging';
import { PersonCard } from '../../page/ui/PersonCard';
import { DiffReport } from './DiffReport';

const status = signal<Status | undefined>(undefined);
const nextSync = signal<string | undefined>(undefined);
const busy = signal<string | undefined>(undefined);
const progress = signal<Progress | undefined>(undefined);
const lastRun = signal<RunRecord | undefined>(undefined);
const problem = signal<string | undefined>(undefined);
const query = signal('');
const results = signal<Array<PractitionerRef & { facility?: FacilityRef }>>([]);
const card = signal<{ verdict: PersonVerdict; details: PersonDetails } | undefined>(undefined);
const window_ = signal(30);
const expiring = signal<ExpiringItem[] | undefined>(undefined);
const site = signal<{ url: string; status: SiteStatus } | undefined>(undefined);

async function loadSite(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url || !/^https?:/.test(tab.url)) return;
  site.value = { url: tab.url, status: (await ask({ type: 'siteStatus', url: tab.url })).site };
}

async function toggleSite(on: boolean): Promise<void> {
  const current = site.value;
  if (!current) return;
  problem.value = undefined;
  // The browser asks the user; this must run in the click.
  if (on && !(await browser.permissions.request({ origins: [current.status.pattern] }))) {
    problem.value = `InScope needs your permission to read ${new URL(current.url).host}.`;
    return;
  }
  const r = await ask({ type: 'setSiteEnabled', url: current.url, enabled: on });
  if (!on) await browser.permissions.remove({ origins: [current.status.pattern] }).catch(() => false);
  site.value = { url: current.url, status: r.site };
}

async function exportAcknowledgements(): Promise<void> {
  const { acks } = await ask({ type: 'acknowledgements' });
  download('inscope-acknowledgements.csv', toCsv([
    ['at', 'site', 'practitioner_id', 'procedures', 'verdict', 'reason', 'note', 'case_date'],
    ...acks.map((a) => [a.at, a.origin, a.practitionerId ?? '', a.procedures.join('; '), a.verdict, ACK_REASONS[a.reason] ?? a.reason, a.note ?? '', a.caseDate ?? '']),
  ]));
}

async function refresh(): Promise<void> {
  try {
    const r = await ask({ type: 'status' });
    status.value = r.status;
    nextSync.value = r.nextSync;
    lastRun.value ??= r.status.lastRun;
  } catch (e) {
    problem.value = (e as Error).message;
  }
}

async function run(label: string, action: () => Promise<{ run: RunRecord }>): Promise<void> {
  busy.value = label;
  problem.value = undefined;
  try {
    lastRun.value = (await action()).run;
    expiring.value = undefined;
    await refresh();
  } catch (e) {
    problem.value = (e as Error).message;
  } finally {
    busy.value = undefined;
    progress.value = undefined;
  }
}

async function importFile(file: File): Promise<void> {
  await run(`Importing ${file.name}…`, async () => {
    const id = await stageUpload(file);
    return ask({ type: 'importUpload', uploadId: id });
  });
}

/** The coordinator confirms a held import: it replaces the roster in use after all. */
async function confirmHeld(uploadId: string, name: string): Promise<void> {
  await run(`Importing ${name}…`, () => ask({ type: 'importUpload', uploadId, confirm: true }));
}

async function keepCurrent(uploadId: string): Promise<void> {
  await run('Keeping the roster in use…', () => ask({ type: 'discardUpload', uploadId }));
}

async function search(q: string): Promise<void> {
  query.value = q;
  card.value = undefined;
  results.value = q.trim().length >= 2 ? (await ask({ type: 'search', query: q })).results : [];
}

async function open(id: string, facility?: string): Promise<void> {
  card.value = (await ask({ type: 'practitionerCard', id, ...(facility ? { facility } : {}) })).card;
}

async function loadExpiring(days: number): Promise<void> {
  window_.value = days;
  expiring.value = (await ask({ type: 'expiring', days })).items;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function when(iso?: string): string {
  return showDate(iso);
}

export function Popup() {
  useEffect(() => {
    void refresh();
    void loadSite().catch(() => undefined);
    const listener = (m: unknown) => {
      if ((m as { type?: string }).type === 'progress') progress.value = m as Progress;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);
  const s = status.value;
  return (
    <main class="popup">
      <header class="top">
        <h1>InScope</h1>
        <span class="muted" data-testid="facility">{s && s.facilities.length > 1 ? `${s.facilities.length} facilities` : s?.facility?.name ?? ''}</span>
      </header>

      {s?.stale && s.facilities.length <= 1 && (
        <div class="banner stale" role="alert" data-testid="stale-banner">
          <strong>Roster is stale.</strong> It was generated {Math.floor(s.ageHours ?? 0)} hours ago (limit {s.maxRosterAgeHours}).
          Cases that would show OK show Unknown until the roster is updated.
        </div>
      )}
      {s?.stale && s.facilities.length > 1 && (
        <div class="banner stale" role="alert" data-testid="stale-banner">
          <strong>{s.facilities.filter((f) => f.stale).map((f) => f.facility.name).join(', ')}: roster is stale</strong> (limit {s.maxRosterAgeHours} hours).
          Cases there that would show OK show Unknown until the roster is updated.
        </div>
      )}

      <section aria-label="Roster">
        {s && !s.hasRoster && <p data-testid="status">No roster loaded yet. Import a roster file or set a roster URL in the options.</p>}
        {s?.hasRoster && s.facilities.length > 1 && (
          <table class="grid" data-testid="status">
            <caption>Rosters in use: each case is checked at its own facility</caption>
            <thead><tr><th>Facility</th><th>Practitioners</th><th>Generated</th><th>Source</th></tr></thead>
            <tbody>
              {s.facilities.map((f) => (
                <tr key={f.facility.id} data-testid="facility-row" class={f.stale ? 'stale' : undefined}>
                  <td>{f.facility.name}{f.stale ? ' (stale)' : ''}<br /><span class="muted">generation {f.generation}</span></td>
                  <td>{f.counts.practitioners}</td><td class="date">{when(f.generatedAt)}</td><td>{f.source.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {s?.hasRoster && s.facilities.length <= 1 && (
          <dl class="facts" data-testid="status">
            <dt>Roster</dt><dd>generation {s.generation} · <span data-testid="count">{s.counts?.practitioners}</span> practitioners</dd>
            <dt>Generated</dt><dd>{when(s.generatedAt)}</dd>
            <dt>Source</dt><dd>{s.source?.name}</dd>
            <dt>Last update</dt><dd>{when(s.lastSuccess?.at)}{s.lastSuccess ? ` (${s.lastSuccess.kind})` : ''}</dd>
            <dt>Next sync</dt><dd>{s.rosterUrl ? when(nextSync.value) : 'no roster URL set'}</dd>
          </dl>
        )}
        <div class="actions">
          <button type="button" disabled={!!busy.value || !s?.rosterUrl} onClick={() => run('Syncing…', () => ask({ type: 'syncNow' }))}>Sync now</button>
          <label class="button">
            Import roster
            <input
              type="file" accept=".json,.csv,.ndjson,application/json,application/fhir+json,text/csv"
              disabled={!!busy.value}
              onChange={(e) => {
                const input = e.currentTarget as HTMLInputElement;
                const file = input.files?.[0];
                input.value = '';
                if (file) void importFile(file);
              }}
            />
          </label>
          <a class="link" href={browser.runtime.getURL('/coordinator.html')} target="_blank" rel="noreferrer" data-testid="open-coordinator">Coordinator's workspace</a>
          <a class="link" href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">Options</a>
        </div>
        {busy.value && (
          <p role="status" data-testid="busy">
            {busy.value} {progress.value && <>{progress.value.phase}{progress.value.total ? ` ${progress.value.done}/${progress.value.total}` : ''}</>}
          </p>
        )}
        {problem.value && <p class="banner error" role="alert">{problem.value}</p>}
      </section>

      {site.value && (
        <section aria-label="This site" class="site">
          <h2>This site <span class="muted">{new URL(site.value.url).host}</span></h2>
          {site.value.status.state === 'built-in' && <p>InScope always runs here (demo and test hosts).</p>}
          {site.value.status.state === 'policy' && <p>Your organization runs InScope on this site.</p>}
          {(site.value.status.state === 'user' || site.value.status.state === 'off') && (
            <label>
              <input type="checkbox" role="switch" checked={site.value.status.state === 'user'}
                onChange={(e) => void toggleSite((e.currentTarget as HTMLInputElement).checked)} />
              {' '}Show InScope on this site
            </label>
          )}
        </section>
      )}

      {lastRun.value && <RunReport run={lastRun.value} />}

      <section aria-label="Find a practitioner">
        <h2>Find a practitioner</h2>
        <input type="search" placeholder="Name or NPI" aria-label="Find a practitioner by name or NPI" value={query.value}
          onInput={(e) => void search((e.currentTarget as HTMLInputElement).value)} />
        {!card.value && results.value.length > 0 && (
          <ul class="results" data-testid="results">
            {results.value.map((r) => (
              <li key={`${r.facility?.id ?? ''} ${r.id}`}>
                <button type="button" class="linklike" onClick={() => void open(r.id, r.facility?.id)}>{r.name}</button>
                {' '}<span class="muted">{[r.department, r.facility?.name].filter(Boolean).join(' · ')}</span>
              </li>
            ))}
          </ul>
        )}
        {card.value && <PersonCard verdict={card.value.verdict} details={card.value.details} />}
      </section>

      {s?.hasRoster && (
        <section aria-label="Expiring soon">
          <h2>Expiring soon</h2>
          <div class="actions">
            {[30, 60, 90].map((d) => (
              <button type="button" key={d} aria-pressed={expiring.value !== undefined && window_.value === d} onClick={() => void loadExpiring(d)}>Next {d} days</button>
            ))}
            {expiring.value && expiring.value.length > 0 && (
              <button type="button" onClick={() => download(`inscope-expiring-${window_.value}-days.csv`, expiringCsv(expiring.value!))}>Export CSV</button>
            )}
          </div>
          <div class="actions">
            <button type="button" onClick={() => void exportAcknowledgements()}>Export acknowledgements (CSV)</button>
          </div>
          {expiring.value && (
            <table class="grid" data-testid="expiring">
              <caption>{expiring.value.length} expiring in the next {window_.value} days</caption>
              <thead><tr><th>Expires</th><th>Practitioner</th><th>What</th></tr></thead>
              <tbody>
                {expiring.value.slice(0, 200).map((i, n) => (
                  <tr key={n}><td class="date">{showDate(i.expires)}</td><td>{i.practitioner.name}{i.facility ? <span class="muted"> · {i.facility}</span> : null}</td><td>{i.what}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </main>
  );
}

function RunReport({ run }: { run: RunRecord }) {
  const d = run.diff;
  return (
    <section aria-label="Last import or sync" class={`run ${run.outcome}`} data-testid="run">
      <h2>Last {run.kind === 'sync' ? 'sync' : run.kind === 'rollback' ? 'roll-back' : 'import'} <span class="muted">{when(run.at)} · {run.source.name}{run.facility ? ` · ${run.facility.name}` : ''}</span></h2>
      <p data-testid="run-summary" role={run.outcome === 'failed' || run.outcome === 'held' || run.outcome === 'refused' ? 'alert' : undefined}>{showDates(run.summary)}</p>
      {run.generatedAtFrom && run.generatedAtFrom !== 'generatedAt' && (
        <p class="muted" data-testid="run-age">Its age comes from {AGE_SOURCE_WORDS[run.generatedAtFrom as AgeSource] ?? run.generatedAtFrom}.</p>
      )}
      {run.outcome === 'held' && run.heldUpload && (
        <p class="actions">
          <button type="button" data-testid="confirm-import" onClick={() => confirmHeld(run.heldUpload!, run.source.name)}>{run.newFacility ? 'Add this facility' : 'Replace the roster in use'}</button>
          {' '}
          <button type="button" data-testid="keep-roster" onClick={() => keepCurrent(run.heldUpload!)}>{run.newFacility ? 'Do not add it' : 'Keep the current roster'}</button>
        </p>
      )}
      {run.catalog && (
        <div data-testid="run-catalog">
          <p class="muted">
            Catalog: {run.catalog.understood} of {run.catalog.lines} procedures read through InScope's procedure vocabulary
            {run.catalog.ownWords.length > 0 ? `; ${run.catalog.lines - run.catalog.understood} match only bookings that use their own words.` : '.'}
          </p>
          {run.catalog.ownWords.length > 0 && (
            <details>
              <summary>Procedures InScope could not read</summary>
              <ul>{run.catalog.ownWords.map((o, i) => <li key={i}>{o.procedure} <span class="muted">({o.privilegeId}{o.words.length ? `; not understood: ${o.words.join(' ')}` : ''})</span></li>)}</ul>
            </details>
          )}
          {run.catalog.termProblems.length > 0 && (
            <ul class="errors" data-testid="run-term-problems">{run.catalog.termProblems.map((t, i) => <li key={i}>Facility vocabulary {t}</li>)}</ul>
          )}
        </div>
      )}
      {run.errorCount > 0 && (
        <>
          <ul class="errors" data-testid="run-errors">
            {run.errors.slice(0, 10).map((e, i) => (
              <li key={i}><code>{e.path}</code>{e.practitioner ? ` [${e.practitioner}]` : ''}: {e.message}</li>
            ))}
          </ul>
          {run.errorCount > 10 && <p class="muted">… and {run.errorCount - 10} more.</p>}
          <button type="button" onClick={() => download('inscope-roster-errors.csv', toCsv([['path', 'practitioner', 'message'], ...run.errors.map((e) => [e.path, e.practitioner ?? '', e.message])]))}>
            Download all errors
          </button>
        </>
      )}
      {d && <DiffReport diff={d} />}
    </section>
  );
}

