/**
 * The demo's pages, rendered from the demo roster and today's date: what an OR scheduler and a
 * charge nurse see in their usual web apps. Patients are synthetic. Used by `npm run demo` and
 * the end-to-end tests.
 */
import { addDays } from '../lib/dates';
import { rng, SHOWCASE } from '../lib/demo/generate';
import type { Roster } from '../lib/roster/schema';

export interface DemoCase {
  room: string;
  start: string;
  caseNo: string;
  date: string;
  patient: string;
  mrn: string;
  surgeon: string;
  procedure: string;
  /** What the showcase rows should show (the tests check them); everyday rows say what the roster says. */
  expect?: 'ok' | 'warn' | 'block' | 'unknown';
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const PATIENT_GIVEN = ['Ava', 'Liam', 'Noah', 'Mia', 'Ella', 'Owen', 'Ruby', 'Leo', 'Ivy', 'Eli', 'Zoe', 'Finn', 'Nora', 'Jude', 'Cora', 'Axel'];
const PATIENT_FAMILY = ['Quill', 'Marsh', 'Pryce', 'Vale', 'Thorne', 'Wick', 'Hollis', 'Birch', 'Crane', 'Dray', 'Fenn', 'Garrow', 'Lusk', 'Moss', 'Orr', 'Reeve'];

/** The OR board: the showcase scenarios, then everyday cases of roster practitioners in their own specialty. */
export function orCases(roster: Roster, today: string): DemoCase[] {
  const random = rng(7);
  const d1 = addDays(today, 1);
  const d2 = addDays(today, 2);
  const d14 = addDays(today, 14);
  const scenarios: Array<[string, string, string, DemoCase['expect'], string?]> = [
    ['Peña, Elena M', 'LAP CHOLE W/ IOC', d1, 'ok'],
    ['Peña, Elena M', 'ROBOTIC ASSISTED LAP SLEEVE GASTRECTOMY', d1, 'ok'],
    ["O'Brien, Marcus", 'ROBOTIC VENTRAL HERNIA REPAIR W/ MESH', d1, 'warn'],
    ['RAMAN-SHAH, PRIYA MD', 'ROBOTIC ASSISTED LAP CHOLE', d1, 'block'],
    ['Raman-Shah, Priya K', 'LAP APPY', d1, 'ok'],
    ['Whitfield, Thomas J', 'R TKA', d1, 'block'],
    ['Okafor, James A', 'REPEAT LTCS', d1, 'block'],
    ['Kowalski, Hannah', 'CYSTO, TURBT', d1, 'ok'],
    ['Kowalski, Hannah', 'ROBOTIC RADICAL PROSTATECTOMY', d14, 'block'],
    ['Bello, Aisha', 'L4-5 TLIF', d2, 'warn'],
    ['Bello, Aisha', 'CRANIOTOMY FOR TUMOR', d2, 'ok'],
    ['García-López, Sofia', 'PHACO W/ IOL OD', d1, 'ok'],
    ['Foster-Reyes, William', 'L CEA', d1, 'warn'],
    ['Halloran, Gregory', 'LAP CHOLE', d1, 'block'],
    ['Nakamura, Kenji', 'T&A', d1, 'ok'],
    ['Nakamura, Kenji', 'FOOT MASSAGE AND AROMATHERAPY', d1, 'unknown'],
    ['Nwosu, Amara', 'ERCP WITH SPHINCTEROTOMY AND STENT', d1, 'ok'],
    ['Fitzpatrick, Liam', 'TAVR', d2, 'warn'],
    ['Ashworth, Robert L', 'ECT', d1, 'ok'],
    ['Miller, David', 'L THA', d1, 'unknown'],
    ['Dr. Gregory House', 'EX LAP', d1, 'unknown'],
    ['Brightwater, Nathan', 'RADICAL HYSTERECTOMY, PELVIC LYMPH NODE DISSECTION', d2, 'block'],
  ];
  const cases: DemoCase[] = scenarios.map(([surgeon, procedure, date, expect], i) => ({
    room: `OR ${1 + (i % 12)}`, start: `${String(7 + Math.floor(i / 6)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`, caseNo: `C-${24100 + i}`,
    date, patient: '', mrn: '', surgeon, procedure, expect,
  }));
  // Everyday cases: active, fully credentialed practitioners of the generated roster.
  const everyday: Record<string, string[]> = {
    'General Surgery': ['LAP CHOLE', 'LAP APPY', 'R INGUINAL HERNIA REPAIR W/ MESH', 'EXCISION LIPOMA BACK', 'PORT PLACEMENT'],
    'Orthopaedic Surgery': ['ORIF L DISTAL RADIUS FX', 'R KNEE ARTHROSCOPY, PARTIAL MEDIAL MENISCECTOMY', 'R CARPAL TUNNEL RELEASE'],
    Urology: ['CYSTO, L URS, LASER LITHOTRIPSY, STENT', 'TURP', 'VASECTOMY'],
    Otolaryngology: ['T&A', 'BILATERAL MYRINGOTOMY WITH TUBES', 'SEPTOPLASTY'],
    Ophthalmology: ['PHACO W/ IOL OS', 'TRABECULECTOMY OS'],
    Gastroenterology: ['EGD W/ BIOPSY', 'COLONOSCOPY W/ POLYPECTOMY'],
    Podiatry: ['R BUNIONECTOMY', 'HAMMERTOE REPAIR L 2ND TOE'],
  };
  const pool = roster.practitioners.slice(SHOWCASE.length).filter((p) => p.status === 'active' && p.department && everyday[p.department] && (p.type === 'MD' || p.type === 'DO' || p.type === 'DPM'));
  for (let i = 0; cases.length < 60 && i < pool.length; i++) {
    const p = pool[i];
    const list = everyday[p.department!];
    cases.push({
      room: `OR ${1 + (cases.length % 12)}`, start: `${String(7 + (cases.length % 10)).padStart(2, '0')}:${cases.length % 2 ? '30' : '00'}`,
      caseNo: `C-${24100 + cases.length}`, date: d1, patient: '', mrn: '',
      surgeon: `${p.name.family}, ${p.name.given.join(' ')}`, procedure: list[Math.floor(random() * list.length)],
    });
  }
  for (const c of cases) {
    c.patient = `${PATIENT_FAMILY[Math.floor(random() * PATIENT_FAMILY.length)]}, ${PATIENT_GIVEN[Math.floor(random() * PATIENT_GIVEN.length)]}`;
    c.mrn = `MRN ${String(Math.floor(random() * 9e6) + 1e6)}`;
  }
  return cases;
}

const LAYOUT = (title: string, body: string, script?: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<link rel="stylesheet" href="/demo.css">${script ? `<script type="module" src="${script}"></script>` : ''}</head>
<body><header class="app"><strong>PeriOp Manager</strong> · Riverside General Hospital
<nav><a href="/or-schedule.html">OR schedule</a> <a href="/spa/main">Schedule (app)</a> <a href="/staff.html">Staffing</a> <a href="/framed.html">Embedded board</a> <a href="/system-schedule.html">All locations</a></nav></header>
<main>${body}</main></body></html>`;

export function orSchedulePage(roster: Roster, today: string, extra = ''): string {
  const rows = orCases(roster, today).map((c) => `<tr${c.expect ? ` data-expect="${c.expect}"` : ''}>
<td>${esc(c.room)}</td><td>${esc(c.start)}</td><td>${esc(c.caseNo)}</td><td>${esc(usDate(c.date))}</td><td>${esc(c.patient)}<br><small>${esc(c.mrn)}</small></td>
<td>${esc(c.surgeon)}</td><td>${esc(c.procedure)}</td><td></td><td>Scheduled</td></tr>`).join('\n');
  return LAYOUT('OR Schedule — Main OR', `<h1>OR Schedule — Main OR</h1>
<p class="filters">Showing ${usDate(addDays(today, 1))} – ${usDate(addDays(today, 14))} · <label>Search <input name="q" value="Peña, Elena M"></label></p>
<table class="board" id="board"><thead><tr><th>Room</th><th>Start</th><th>Case #</th><th>Case Date</th><th>Patient</th><th>Surgeon</th><th>Procedure</th><th>CPT</th><th>Status</th></tr></thead>
<tbody>
${rows}
</tbody></table>${extra}`);
}

export function staffPage(roster: Roster, today: string): string {
  const elena = roster.practitioners[0];
  return LAYOUT('Staff assignments', `<h1>Staff assignments — ${usDate(today)}</h1>
<section class="cards">
<article><h2>OR 3</h2><p>Surgeon: Dr. Peña<br>Assist: Marcus O'Brien, DO<br>Anesthesia: Maria T Santos-Delgado, CRNA</p></article>
<article><h2>OR 5</h2><p>Surgeon: Thomas J Whitfield, MD<br>Assist: Dr. Miller (ortho)</p></article>
<article><h2>OR 7</h2><p>Surgeon: Aisha Bello, MD — spine block<br>Backup: Hannah Kowalski (urology)</p></article>
<article><h2>Endoscopy</h2><p>Proceduralist NPI ${esc(elena.npi ?? '')} on call; GI: Amara Nwosu, MD</p></article>
</section>
<h2>Notes</h2>
<div class="notes" contenteditable="true">Dr. Okafor asked to swap with Dr. Peña on Thursday.</div>
<p><label>Page the surgeon <input name="page" value="Dr. Peña"></label></p>
<p>Visitor log: Patient family of Marsh, Ava waiting in lobby.</p>`);
}

/**
 * The health system's schedule: the hospital's main OR and the surgery center side by side, with a
 * Location column (sometimes left blank, sometimes only the room says where). The same surgeon is
 * privileged for the robot at the hospital, not at the ASC.
 */
export function systemCases(today: string): Array<{ location: string; room: string; date: string; surgeon: string; procedure: string; expect: DemoCase['expect'] }> {
  const d1 = addDays(today, 1);
  return [
    { location: 'Riverside General Hospital', room: 'OR 4', date: d1, surgeon: 'Peña, Elena M', procedure: 'ROBOTIC ASSISTED LAP CHOLE', expect: 'ok' },
    { location: 'ASC NORTH', room: 'OR 2', date: d1, surgeon: 'Peña, Elena M', procedure: 'ROBOTIC ASSISTED LAP CHOLE', expect: 'block' },
    { location: '', room: 'OR 9', date: d1, surgeon: 'Peña, Elena M', procedure: 'ROBOTIC ASSISTED LAP CHOLE', expect: 'unknown' },
    { location: '', room: 'ASC NORTH OR 3', date: d1, surgeon: 'Peña, Elena M', procedure: 'LAP CHOLE W/ IOC', expect: 'ok' },
    { location: '', room: 'OR 9', date: d1, surgeon: 'Peña, Elena M', procedure: 'LAP APPY', expect: 'ok' },
    { location: 'RGH', room: 'OR 7', date: d1, surgeon: 'Ashworth, Robert L', procedure: 'ECT', expect: 'ok' },
    { location: 'ASC NORTH', room: 'OR 1', date: d1, surgeon: 'Ashworth, Robert L', procedure: 'ECT', expect: 'unknown' },
    { location: 'ASC NORTH', room: 'OR 1', date: d1, surgeon: 'García-López, Sofia', procedure: 'PHACO W/ IOL OD', expect: 'ok' },
    { location: 'ASC NORTH', room: 'OR 2', date: d1, surgeon: 'Whitfield, Thomas J', procedure: 'R KNEE ARTHROSCOPY', expect: 'block' },
    { location: 'Riverside General Hospital', room: 'OR 11', date: d1, surgeon: 'Nwosu, Amara', procedure: 'ERCP WITH SPHINCTEROTOMY AND STENT', expect: 'ok' },
  ];
}

export function systemSchedulePage(today: string): string {
  const rows = systemCases(today).map((c) => `<tr data-expect="${c.expect}">
<td>${esc(c.location)}</td><td>${esc(c.room)}</td><td>${esc(usDate(c.date))}</td><td>${esc(c.surgeon)}</td><td>${esc(c.procedure)}</td></tr>`).join('\n');
  return LAYOUT('System schedule', `<h1>Riverside Health — surgical schedule, all locations</h1>
<p>The main hospital's OR and Riverside Surgery Center North, one list.</p>
<table class="board" id="system"><thead><tr><th>Location</th><th>Room</th><th>Surg Date</th><th>Surgeon</th><th>Procedure</th></tr></thead>
<tbody>
${rows}
</tbody></table>`);
}

export function framedPage(port: number): string {
  return LAYOUT('Embedded board', `<h1>Embedded board</h1>
<p>The schedule as the intranet portal embeds it (same origin), and the partner hospital's board (another origin).</p>
<iframe id="same" title="Main OR board" src="/or-schedule.html" width="100%" height="500"></iframe>
<iframe id="cross" title="Partner board" src="http://127.0.0.1:${port}/or-schedule.html" width="100%" height="500"></iframe>`);
}

export function spaShell(): string {
  return LAYOUT('Schedule (app)', `<h1 id="title">Schedule</h1><nav class="tabs"><a href="/spa/main" data-route>Main OR</a> <a href="/spa/ambulatory" data-route>Ambulatory</a></nav>
<div id="app"></div><button id="more" type="button">Load more cases</button>`, '/spa.js');
}

/** The SPA's data: the same cases, as JSON, many of them (virtualised: only a window is in the DOM). */
export function spaData(roster: Roster, today: string): Record<string, Array<Pick<DemoCase, 'date' | 'surgeon' | 'procedure' | 'patient' | 'expect'>>> {
  const base = orCases(roster, today);
  const main = Array.from({ length: 240 }, (_, i) => base[i % base.length]).map((c) => ({ date: c.date, surgeon: c.surgeon, procedure: c.procedure, patient: c.patient, expect: c.expect }));
  const amb = base.filter((c) => c.expect).slice(0, 20).map((c) => ({ date: c.date, surgeon: c.surgeon, procedure: c.procedure, patient: c.patient, expect: c.expect }));
  return { main, ambulatory: amb };
}

/** The SPA: a div grid that renders 25 rows at a time, recycles row elements on scroll, appends on "Load more", and changes route with pushState. */
export const SPA_JS = `
const data = await (await fetch('/spa-data.json')).json();
const app = document.getElementById('app');
const WINDOW = 25;
let route = location.pathname.endsWith('ambulatory') ? 'ambulatory' : 'main';
let shown = WINDOW, offset = 0;
function grid() {
  app.textContent = '';
  const g = document.createElement('div');
  g.setAttribute('role', 'grid'); g.className = 'grid'; g.id = 'grid';
  const head = document.createElement('div'); head.setAttribute('role', 'row'); head.className = 'row head';
  for (const h of ['Date', 'Patient', 'Attending', 'Scheduled procedure']) { const c = document.createElement('div'); c.setAttribute('role', 'columnheader'); c.textContent = h; head.append(c); }
  g.append(head);
  app.append(g);
  return g;
}
function fill(row, c) {
  if (c.expect) row.dataset.expect = c.expect; else delete row.dataset.expect;
  const cells = row.querySelectorAll('[role=gridcell]');
  const texts = [c.date, c.patient, c.surgeon, c.procedure];
  texts.forEach((t, i) => { if (cells[i].firstChild) cells[i].firstChild.nodeValue = t; else cells[i].textContent = t; });
}
function newRow() {
  const row = document.createElement('div'); row.setAttribute('role', 'row'); row.className = 'row';
  for (let i = 0; i < 4; i++) { const c = document.createElement('div'); c.setAttribute('role', 'gridcell'); row.append(c); }
  return row;
}
function renderRoute() {
  document.getElementById('title').textContent = route === 'main' ? 'Schedule — Main OR' : 'Schedule — Ambulatory';
  const g = grid(); offset = 0; shown = Math.min(WINDOW, data[route].length);
  for (let i = 0; i < shown; i++) { const r = newRow(); fill(r, data[route][i]); g.append(r); }
}
// Virtualised scrolling: the same row elements show the next cases.
window.scrollCases = (by) => {
  const list = data[route];
  offset = Math.max(0, Math.min(list.length - shown, offset + by));
  [...document.querySelectorAll('#grid [role=row]:not(.head)')].forEach((r, i) => fill(r, list[offset + i]));
};
document.getElementById('more').addEventListener('click', () => {
  const g = document.getElementById('grid'); const list = data[route];
  const add = Math.min(10, list.length - offset - shown);
  for (let i = 0; i < add; i++) { const r = newRow(); fill(r, list[offset + shown + i]); g.append(r); }
  shown += add;
});
document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-route]'); if (!a) return;
  e.preventDefault(); history.pushState({}, '', a.getAttribute('href'));
  route = a.getAttribute('href').endsWith('ambulatory') ? 'ambulatory' : 'main'; renderRoute();
});
window.addEventListener('popstate', () => { route = location.pathname.endsWith('ambulatory') ? 'ambulatory' : 'main'; renderRoute(); });
renderRoute();
`;

export const DEMO_CSS = `body{font:14px system-ui,sans-serif;margin:0;color:#222}header.app{background:#24405f;color:#fff;padding:8px 16px}
header.app a{color:#cfe3ff;margin-left:12px}main{padding:12px 16px}table.board{border-collapse:collapse;width:100%}
.board th,.board td{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}.board th{background:#eef2f6}
.grid{display:table;width:100%}.row{display:table-row}.row>div{display:table-cell;padding:4px 6px;border-bottom:1px solid #ddd}
.head>div{background:#eef2f6;font-weight:600}.cards{display:flex;gap:12px;flex-wrap:wrap}.cards article{border:1px solid #ccc;border-radius:6px;padding:8px 12px}
.notes{border:1px dashed #aaa;padding:6px;min-height:40px}`;

function usDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
}
