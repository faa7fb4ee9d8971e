/**
 * The credentialing coordinator's workspace, a full tab (the popup stays a quick status):
 * - Deadlines: every credential and grant expired or expiring within 90 days, with days left,
 *   kind, department and type; filters, counts per window, search, sort; a long list draws only
 *   the rows in view. Notices for a selection: CSV for a mail merge, an .ics of reminders, or a
 *   mailto: draft — InScope sends nothing itself.
 * - Roster history: each generation on hand and each import, sync or roll-back with what it
 *   changed (newly blocked first, changes spelled out); roll back to a kept generation.
 * - Deviations: the acknowledgement log, filtered by verdict, practitioner, site and dates; export.
 * - Credential summary: one practitioner, printable, for a patient's or a colleague's question —
 *   no DEA, license or other credential numbers, no NPI.
 * - Audit a schedule: a schedule export (CSV) checked case by case; export the verdicts.
 * Every roster string is rendered as text.
 */
import { signal, computed } from '@preact/signals';
import { showDate, showDates } from '../../page/ui/dates';
import { useEffect } from 'preact/hooks';
import { ACK_REASONS } from '../../lib/acknowledgements';
import { toCsv } from '../../lib/csv';
import {
  DEADLINE_WINDOWS, countByWindow, filterDeadlines, noticesCsv, noticesIcs, noticesMailto,
  type Deadline, type DeadlineFilter, type DeadlineWindow,
} from '../../lib/deadlines';
import { CREDENTIAL_LABELS } from '../../lib/rules';
import type { PersonDetails } from '../../lib/engine';
import type { FacilityRef, PersonVerdict, PractitionerRef } from '../../lib/verdict';
import type { AckRecord, RunRecord } from '../store/db';
import { DiffReport } from './DiffReport';
import type { AuditRow } from '../store/service';
import { ask } from '../messaging';

type View = 'deadlines' | 'history' | 'deviations' | 'summary' | 'audit';
const VIEWS: Array<[View, string]> = [['deadlines', 'Deadlines'], ['history', 'Roster history'], ['deviations', 'Deviations'], ['summary', 'Credential summary'], ['audit', 'Audit a schedule']];
const WINDOW_WORDS: Record<DeadlineWindow, string> = { expired: 'Expired', '0-30': '0–30 days', '31-60': '31–60 days', '61-90': '61–90 days' };

const view = signal<View>(viewFromHash());
const problem = signal<string | undefined>(undefined);

function viewFromHash(): View {
  const h = typeof location === 'undefined' ? '' : location.hash.slice(1);
  return (VIEWS.some(([v]) => v === h) ? h : 'deadlines') as View;
}

function download(name: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function attempt<T>(action: () => Promise<T>): Promise<T | undefined> {
  problem.value = undefined;
  try {
    return await action();
  } catch (e) {
    problem.value = (e as Error).message;
    return undefined;
  }
}

export function Coordinator() {
  useEffect(() => {
    const onHash = () => (view.value = viewFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return (
    <main class="coordinator">
      <header class="top">
        <h1>InScope — coordinator</h1>
        <nav aria-label="Views">
          {VIEWS.map(([v, label]) => (
            <a key={v} href={`#${v}`} aria-current={view.value === v ? 'page' : undefined}>{label}</a>
          ))}
        </nav>
      </header>
      {problem.value && <p class="banner error" role="alert">{problem.value}</p>}
      {view.value === 'deadlines' && <Deadlines />}
      {view.value === 'history' && <History />}
      {view.value === 'deviations' && <Deviations />}
      {view.value === 'summary' && <Summary />}
      {view.value === 'audit' && <Audit />}
    </main>
  );
}

/** A filter's drop-down: "All", then each choice; picking "All" clears the filter. */
function AnyOf({ label, value, options, onPick }: { label: string; value?: string; options: Array<[string, string]>; onPick: (value: string | undefined) => void }) {
  return (
    <label>{label}{' '}
      <select value={value ?? ''} onChange={(e) => onPick((e.currentTarget as HTMLSelectElement).value || undefined)}>
        <option value="">All</option>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </label>
  );
}

// ——— Deadlines ———

const items = signal<Deadline[] | undefined>(undefined);
const filter = signal<DeadlineFilter>({ windows: [], sort: 'soonest' });
const selected = signal<Set<number>>(new Set());
const scrollTop = signal(0);
const ROW = 28;
const SHOWN = 24;

const filtered = computed(() => (items.value ? filterDeadlines(items.value, filter.value) : []));
const counts = computed(() => countByWindow(items.value ? filterDeadlines(items.value, { ...filter.value, windows: [] }) : []));

function Deadlines() {
  useEffect(() => {
    if (!items.value) void attempt(async () => (items.value = (await ask({ type: 'deadlines', days: 90 })).items));
  }, []);
  const all = items.value;
  if (!all) return <p role="status">Loading deadlines…</p>;
  const f = filter.value;
  const set = (next: Partial<DeadlineFilter>) => {
    filter.value = { ...f, ...next };
    selected.value = new Set();
    scrollTop.value = 0;
  };
  const list = filtered.value;
  const departments = [...new Set(all.map((i) => i.practitioner.department).filter((d): d is string => !!d))].sort();
  const types = [...new Set(all.map((i) => i.practitioner.type))].sort();
  const kinds = [...new Set(all.map((i) => i.kind))].sort();
  // A health system's deadlines come from several facilities' rosters: each says whose.
  const facilities = [...new Set(all.map((i) => i.facility).filter((x): x is string => !!x))].sort();
  const chosen = selected.value.size ? list.filter((_, n) => selected.value.has(n)) : list;
  const first = Math.max(0, Math.floor(scrollTop.value / ROW) - 4);
  const rows = list.slice(first, first + SHOWN + 8);
  return (
    <section aria-label="Deadlines" data-testid="deadlines">
      <div class="filters">
        <fieldset>
          <legend>When</legend>
          {DEADLINE_WINDOWS.map((w) => (
            <label key={w}>
              <input type="checkbox" checked={!!f.windows?.includes(w)}
                onChange={(e) => set({ windows: (e.currentTarget as HTMLInputElement).checked ? [...(f.windows ?? []), w] : (f.windows ?? []).filter((x) => x !== w) })} />
              {' '}{WINDOW_WORDS[w]} <span class="count" data-testid={`count-${w}`}>{counts.value[w]}</span>
            </label>
          ))}
        </fieldset>
        <AnyOf label="Kind" value={f.kind} options={kinds.map((k) => [k, k === 'privilege' ? 'Privilege' : CREDENTIAL_LABELS[k]])}
          onPick={(kind) => set({ kind: kind as DeadlineFilter['kind'] })} />
        <AnyOf label="Department" value={f.department} options={departments.map((d) => [d, d])} onPick={(department) => set({ department })} />
        <AnyOf label="Type" value={f.type} options={types.map((t) => [t, t])} onPick={(type) => set({ type })} />
        {facilities.length > 0 && <AnyOf label="Facility" value={f.facility} options={facilities.map((x) => [x, x])} onPick={(facility) => set({ facility })} />}
        <label>Sort{' '}
          <select value={f.sort} onChange={(e) => set({ sort: (e.currentTarget as HTMLSelectElement).value as DeadlineFilter['sort'] })}>
            <option value="soonest">Soonest first</option>
            <option value="latest">Latest first</option>
            <option value="name">By name</option>
          </select>
        </label>
        <input type="search" placeholder="Name or credential" aria-label="Search deadlines" value={f.search ?? ''}
          onInput={(e) => set({ search: (e.currentTarget as HTMLInputElement).value })} />
      </div>
      <p role="status" data-testid="deadline-summary">
        {list.length} deadline{list.length === 1 ? '' : 's'}{selected.value.size ? `, ${selected.value.size} selected` : ''}
      </p>
      <div class="actions">
        <span>Notices for {selected.value.size ? 'the selection' : 'all shown'}:</span>
        <button type="button" disabled={!chosen.length} onClick={() => download('inscope-notices.csv', noticesCsv(chosen))}>CSV for mail merge</button>
        <button type="button" disabled={!chosen.length} onClick={() => download('inscope-deadlines.ics', noticesIcs(chosen, new Date()), 'text/calendar')}>Calendar reminders (.ics)</button>
        <a class={`button${chosen.length ? '' : ' disabled'}`} href={chosen.length ? noticesMailto(chosen.slice(0, 50)) : undefined} data-testid="mailto">E-mail draft</a>
      </div>
      <div class="board" role="table" aria-label="Deadlines" aria-rowcount={list.length + 1}
        onScroll={(e) => (scrollTop.value = (e.currentTarget as HTMLElement).scrollTop)} style={{ height: `${ROW * SHOWN}px` }}>
        <div role="row" class="head">
          <span role="columnheader">Select</span><span role="columnheader">Expires</span><span role="columnheader">Days left</span>
          <span role="columnheader">Practitioner</span><span role="columnheader">Type</span><span role="columnheader">Department</span>
          <span role="columnheader">What</span><span role="columnheader">Status</span>
        </div>
        <div style={{ height: `${list.length * ROW}px`, position: 'relative' }}>
          {rows.map((i, k) => {
            const n = first + k;
            return (
              <div role="row" key={n} aria-rowindex={n + 2} class={`row ${i.window === 'expired' ? 'expired' : ''}`} style={{ top: `${n * ROW}px` }} data-testid="deadline-row">
                <span role="cell"><input type="checkbox" aria-label={`Select ${i.practitioner.name}: ${i.what}`} checked={selected.value.has(n)}
                  onChange={(e) => {
                    const next = new Set(selected.value);
                    if ((e.currentTarget as HTMLInputElement).checked) next.add(n);
                    else next.delete(n);
                    selected.value = next;
                  }} /></span>
                <span role="cell" class="date">{showDate(i.expires)}</span>
                <span role="cell">{i.daysLeft < 0 ? `${-i.daysLeft} ago` : i.daysLeft}</span>
                <span role="cell">{i.practitioner.name}{i.facility ? <span class="muted"> · {i.facility}</span> : null}</span>
                <span role="cell">{i.practitioner.type}</span>
                <span role="cell">{i.practitioner.department ?? '—'}</span>
                <span role="cell">{i.what}</span>
                <span role="cell">{i.status}</span>
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}

// ——— Roster history ———

type HistoryReply = Awaited<ReturnType<typeof loadHistory>>;
const history = signal<HistoryReply | undefined>(undefined);
const confirming = signal<number | undefined>(undefined);
const removing = signal<string | undefined>(undefined);

async function loadHistory() {
  const { generations, runs } = await ask({ type: 'history' });
  return { generations, runs };
}

function History() {
  useEffect(() => {
    void attempt(async () => (history.value = await loadHistory()));
  }, []);
  const h = history.value;
  if (!h) return <p role="status">Loading the roster history…</p>;
  const rollBack = (id: number) => void attempt(async () => {
    confirming.value = undefined;
    const { run } = await ask({ type: 'rollback', generation: id });
    history.value = await loadHistory();
    problem.value = undefined;
    lastRollback.value = run;
  });
  const facilitiesInUse = h.generations.filter((g) => g.state === 'active');
  const remove = (facility: string) => void attempt(async () => {
    removing.value = undefined;
    const { run } = await ask({ type: 'removeFacility', facility });
    history.value = await loadHistory();
    lastRollback.value = run;
  });
  return (
    <section aria-label="Roster history" data-testid="history">
      {lastRollback.value && <p role="status" data-testid="rollback-summary">{showDates(lastRollback.value.summary)}</p>}
      <table class="grid" data-testid="generations">
        <caption>Roster generations on hand (kept: a setting in Options)</caption>
        <thead><tr><th>Generation</th><th>Facility</th><th>In use</th><th>Generated</th><th>Imported</th><th>Source</th><th>Practitioners</th><th></th></tr></thead>
        <tbody>
          {h.generations.map((g) => (
            <tr key={g.id} data-testid={`generation-${g.id}`}>
              <td>{g.id}</td><td>{g.facility.name}</td><td>{g.state === 'active' ? 'in use' : 'kept'}</td><td class="date">{showDate(g.generatedAt)}</td><td class="date">{showDate(g.createdAt)}</td>
              <td>{g.source.name}</td><td>{g.counts.practitioners}</td>
              <td>
                {g.state === 'retired' && confirming.value !== g.id && <button type="button" onClick={() => (confirming.value = g.id)}>Roll back to this roster…</button>}
                {g.state === 'retired' && confirming.value === g.id && (
                  <>
                    <button type="button" onClick={() => rollBack(g.id)}>Put generation {g.id} back in use</button>{' '}
                    <button type="button" onClick={() => (confirming.value = undefined)}>Cancel</button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {facilitiesInUse.length > 1 && (
        <>
          <h2>Facilities</h2>
          <ul class="facilities" data-testid="facilities">
            {facilitiesInUse.map((g) => (
              <li key={g.facility.id}>
                {g.facility.name} <span class="muted">({g.facility.id}; generation {g.id})</span>{' '}
                {removing.value !== g.facility.id && <button type="button" onClick={() => (removing.value = g.facility.id)}>Stop using this facility's roster…</button>}
                {removing.value === g.facility.id && (
                  <>
                    <button type="button" onClick={() => remove(g.facility.id)}>Remove {g.facility.name} and its kept rosters</button>{' '}
                    <button type="button" onClick={() => (removing.value = undefined)}>Cancel</button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Imports, syncs and roll-backs</h2>
      <ol class="runs" data-testid="runs">
        {h.runs.map((r) => (
          <li key={r.id} class={`run ${r.outcome}`}>
            <strong>{r.kind === 'rollback' ? 'Roll-back' : r.kind === 'remove' ? 'Facility removed' : r.kind === 'sync' ? 'Sync' : 'Import'}</strong> <span class="muted">{showDate(r.at)} · {r.source.name}{r.facility ? ` · ${r.facility.name}` : ''}{r.generation ? ` · generation ${r.generation}` : ''}</span>
            <p>{showDates(r.summary)}</p>
            {r.diff && <DiffReport diff={r.diff} />}
          </li>
        ))}
      </ol>
    </section>
  );
}

const lastRollback = signal<RunRecord | undefined>(undefined);

// ——— Deviations ———

const acks = signal<AckRecord[] | undefined>(undefined);
const ackFilter = signal<{ verdict: string; practitioner: string; site: string; facility: string; from: string; to: string }>({ verdict: '', practitioner: '', site: '', facility: '', from: '', to: '' });

function Deviations() {
  useEffect(() => {
    void attempt(async () => (acks.value = (await ask({ type: 'acknowledgements' })).acks));
  }, []);
  const all = acks.value;
  if (!all) return <p role="status">Loading the acknowledgement log…</p>;
  const f = ackFilter.value;
  const set = (next: Partial<typeof f>) => (ackFilter.value = { ...f, ...next });
  const shown = all.filter((a) => (!f.verdict || a.verdict === f.verdict)
    && (!f.practitioner || (a.practitionerId ?? '').toLowerCase().includes(f.practitioner.toLowerCase()))
    && (!f.site || a.origin === f.site)
    && (!f.facility || a.facility === f.facility)
    && (!f.from || a.at.slice(0, 10) >= f.from) && (!f.to || a.at.slice(0, 10) <= f.to));
  const sites = [...new Set(all.map((a) => a.origin))].sort();
  const facilities = [...new Set(all.map((a) => a.facility).filter((x): x is string => !!x))].sort();
  return (
    <section aria-label="Deviations" data-testid="deviations">
      <div class="filters">
        <AnyOf label="Verdict" value={f.verdict} options={[['block', 'Blocked'], ['warn', 'Warning'], ['unknown', 'Unknown'], ['ok', 'OK']]} onPick={(verdict) => set({ verdict: verdict ?? '' })} />
        <label>Practitioner id <input type="search" value={f.practitioner} onInput={(e) => set({ practitioner: (e.currentTarget as HTMLInputElement).value })} /></label>
        <AnyOf label="Site" value={f.site} options={sites.map((x) => [x, x])} onPick={(site) => set({ site: site ?? '' })} />
        {facilities.length > 0 && <AnyOf label="Facility" value={f.facility} options={facilities.map((x) => [x, x])} onPick={(facility) => set({ facility: facility ?? '' })} />}
        <label>From <input type="date" value={f.from} onInput={(e) => set({ from: (e.currentTarget as HTMLInputElement).value })} /></label>
        <label>To <input type="date" value={f.to} onInput={(e) => set({ to: (e.currentTarget as HTMLInputElement).value })} /></label>
        <button type="button" disabled={!shown.length} onClick={() => download('inscope-deviations.csv', toCsv([
          ['at', 'site', 'practitioner_id', 'procedures', 'verdict', 'reason', 'note', 'case_date', ...(facilities.length ? ['facility'] : [])],
          ...shown.map((a) => [a.at, a.origin, a.practitionerId ?? '', a.procedures.join('; '), a.verdict, ACK_REASONS[a.reason] ?? a.reason, a.note ?? '', a.caseDate ?? '', ...(facilities.length ? [a.facility ?? ''] : [])]),
        ]))}>Export CSV</button>
      </div>
      <table class="grid" data-testid="deviation-table">
        <caption>{shown.length} of {all.length} acknowledged case{all.length === 1 ? '' : 's'}</caption>
        <thead><tr><th>When</th><th>Site</th><th>Practitioner</th><th>Procedures</th><th>Verdict</th><th>Reason</th><th>Note</th><th>Case date</th>{facilities.length > 0 && <th>Facility</th>}</tr></thead>
        <tbody>
          {shown.slice(0, 500).map((a, n) => (
            <tr key={n}>
              <td class="date">{showDate(a.at)}</td><td>{a.origin}</td><td>{a.practitionerId ?? '—'}</td>
              <td>{a.procedures.join('; ') || '—'}</td><td>{a.verdict}</td><td>{ACK_REASONS[a.reason] ?? a.reason}</td><td>{a.note ?? ''}</td><td class="date">{a.caseDate ? showDate(a.caseDate) : ''}</td>
              {facilities.length > 0 && <td>{a.facility ?? '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

// ——— Credential summary ———

const who = signal('');
const found = signal<Array<PractitionerRef & { facility?: FacilityRef }>>([]);
const summary = signal<{ verdict: PersonVerdict; details: PersonDetails } | undefined>(undefined);

function Summary() {
  return (
    <section aria-label="Credential summary" data-testid="summary">
      <div class="filters no-print">
        <input type="search" placeholder="Name or NPI" aria-label="Find a practitioner for a summary" value={who.value}
          onInput={(e) => {
            const q = (e.currentTarget as HTMLInputElement).value;
            who.value = q;
            summary.value = undefined;
            void attempt(async () => (found.value = q.trim().length >= 2 ? (await ask({ type: 'search', query: q })).results : []));
          }} />
      </div>
      {!summary.value && found.value.length > 0 && (
        <ul class="results no-print">
          {found.value.map((r) => (
            <li key={`${r.facility?.id ?? ''} ${r.id}`}>
              <button type="button" class="linklike" onClick={() => void attempt(async () => (summary.value = (await ask({ type: 'practitionerCard', id: r.id, ...(r.facility ? { facility: r.facility.id } : {}) })).card))}>{r.name}</button>
              {' '}<span class="muted">{[r.department, r.facility?.name].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
      {summary.value && <CredentialSummary {...summary.value} />}
    </section>
  );
}

/** What may be told to a patient or a colleague: no credential numbers, no NPI, no roster id. */
export function CredentialSummary({ verdict, details }: { verdict: PersonVerdict; details: PersonDetails }) {
  const p = details.practitioner;
  const active = details.status === 'active';
  const current = (kind: string) => details.credentials.filter((c) => c.kind === kind).sort((a, b) => (b.expires ?? '').localeCompare(a.expires ?? ''))[0];
  const line = (kind: 'license' | 'board-certification' | 'dea' | 'malpractice') => {
    const c = current(kind);
    if (!c) return 'none on file';
    return `${c.current ? 'current' : 'not current'}${c.expires ? ` through ${showDate(c.expires)}` : ''}${c.verified ? ` (verified ${showDate(c.verified)})` : ''}`;
  };
  return (
    <article class="summary-sheet" data-testid="credential-summary">
      <h2>{p.name}</h2>
      <p>{[p.type, p.department].filter(Boolean).join(' · ')} — {active ? 'active medical staff member' : `staff status: ${details.status}`}</p>
      <p>As of {showDate(verdict.date)}, according to {details.facility ? `the roster of ${details.facility.name}` : 'the roster in use'}.</p>
      <dl class="facts">
        <dt>License</dt><dd>{line('license')}</dd>
        <dt>Board certification</dt><dd>{line('board-certification')}</dd>
        <dt>DEA registration</dt><dd>{line('dea')}</dd>
        <dt>Malpractice coverage</dt><dd>{line('malpractice')}</dd>
      </dl>
      <h3>Clinical privileges{details.facility ? ` at ${details.facility.name}` : ''}</h3>
      <table class="grid">
        <thead><tr><th>Privilege</th><th>Status</th><th>Through</th><th>Conditions</th></tr></thead>
        <tbody>
          {details.privileges.map((g, n) => (
            <tr key={n}><td>{g.name}</td><td>{active ? g.status : `not usable — ${details.status}`}</td><td class="date">{showDate(g.expires)}</td><td>{g.conditions.join('; ') || '—'}</td></tr>
          ))}
        </tbody>
      </table>
      <p class="no-print"><button type="button" onClick={() => print()}>Print</button></p>
    </article>
  );
}

// ——— Audit a schedule ———

const audit = signal<{ name: string; rows: AuditRow[] } | undefined>(undefined);

function Audit() {
  const rows = audit.value?.rows;
  // A health system's schedule: each case's facility.
  const anyFacility = !!rows?.some((r) => r.facility);
  const counts = rows ? (['block', 'warn', 'unknown', 'ok'] as const).map((v) => `${rows.filter((r) => r.verdict === v).length} ${v}`).join(', ') : '';
  return (
    <section aria-label="Audit a schedule" data-testid="audit">
      <div class="filters">
        <label class="button">Choose a schedule export (CSV)
          <input type="file" accept=".csv,text/csv" aria-label="Schedule export to audit" onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) {
              void attempt(async () => {
                audit.value = undefined;
                audit.value = { name: file.name, rows: (await ask({ type: 'auditSchedule', csv: await file.text() })).rows };
              });
            }
          }} />
        </label>
        {rows && (
          <button type="button" onClick={() => download(`inscope-audit-${audit.value!.name.replace(/\.csv$/i, '')}.csv`, toCsv([
            ['line', 'id', 'date', 'practitioner', 'matched_practitioner', 'procedure', 'verdict', 'reasons', ...(anyFacility ? ['facility'] : [])],
            ...rows.map((r) => [r.line, r.id ?? '', r.date, r.practitioner, r.matched ?? '', r.procedure, r.verdict, r.reasons.join('\n'), ...(anyFacility ? [r.facility ?? ''] : [])]),
          ]))}>Export verdicts (CSV)</button>
        )}
      </div>
      {rows && (
        <table class="grid" data-testid="audit-table">
          <caption>{audit.value!.name}: {rows.length} case{rows.length === 1 ? '' : 's'} — {counts}</caption>
          <thead><tr><th>Line</th><th>Date</th>{anyFacility && <th>Facility</th>}<th>Practitioner</th><th>Procedure</th><th>Verdict</th><th>Why</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.line} class={r.verdict}><td>{r.line}</td><td class="date">{showDate(r.date || undefined)}</td>{anyFacility && <td>{r.facility ?? '—'}</td>}<td>{r.matched ?? r.practitioner}</td><td>{r.procedure}</td><td>{r.verdict}</td><td>{showDates(r.reasons.join(' '))}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
