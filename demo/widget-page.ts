/**
 * The widget's example host: an intranet booking page that includes one script under a strict
 * Content-Security-Policy (no inline script or style, no eval). It shows the three ways a host
 * uses the widget: zero-config annotation of its schedule table, <inscope-case> in a booking
 * form whose Save reacts to `inscope:verdict`, and <inscope-person> in a care-team list.
 */
import type { Roster } from '../lib/roster/schema';
import { orCases } from './pages';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const WIDGET_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

export function widgetHostPage(roster: Roster, today: string): string {
  const rows = orCases(roster, today).slice(0, 22).map((c) => `<tr${c.expect ? ` data-expect="${c.expect}"` : ''}><td>${esc(c.room)}</td><td>${esc(c.date)}</td><td>${esc(c.surgeon)}</td><td>${esc(c.procedure)}</td></tr>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Surgical booking — intranet</title>
<link rel="stylesheet" href="/demo.css">
<script src="/widget/inscope-widget.js" defer></script>
<script src="/widget/host.js" defer></script></head>
<body><header class="app"><strong>Surgical Booking</strong> · Riverside General intranet</header>
<main>
<p id="roster-status" role="status">Loading the privilege roster…</p>
<h1>Book a case</h1>
<form id="booking">
<p><label>Surgeon <input name="practitioner" value="Raman-Shah, Priya K" autocomplete="off"></label>
<label>Procedure <input name="procedure" value="ROBOTIC ASSISTED LAP CHOLE" size="40" autocomplete="off"></label>
<label>Date <input name="date" type="date" value="${esc(today)}"></label></p>
<p>Privilege check: <inscope-case id="check" practitioner="Raman-Shah, Priya K" procedure="ROBOTIC ASSISTED LAP CHOLE" date="${esc(today)}"></inscope-case></p>
<p id="override" hidden><label>Reason to book anyway <input name="reason" size="50"></label></p>
<p><button id="save" type="submit">Save booking</button> <span id="save-status" role="status"></span></p>
</form>
<h2>Care team today</h2>
<ul id="team">
<li>Surgeon: <inscope-person practitioner="Peña, Elena M">Elena Peña</inscope-person></li>
<li>Surgeon: <inscope-person practitioner="Whitfield, Thomas J">Thomas Whitfield</inscope-person></li>
<li>Anesthesia: <inscope-person practitioner="Maria T Santos-Delgado, CRNA">Maria Santos-Delgado</inscope-person></li>
<li>Fellow: <inscope-person practitioner="Dr. Gregory House">Gregory House</inscope-person></li>
</ul>
<h2>Tomorrow's board</h2>
<table class="board" id="board"><thead><tr><th>Room</th><th>Date</th><th>Surgeon</th><th>Procedure</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<p>Notes: Dr. Okafor asked to swap with Hannah Kowalski on Thursday.</p>
</main></body></html>`;
}

/** The host's own script: mounts the widget and makes its booking form react to verdicts. */
export const WIDGET_HOST_JS = `
const params = new URLSearchParams(location.search);
const statusEl = document.getElementById('roster-status');
const handle = InScope.mount({
  roster: params.get('roster') || '/widget/roster.json',
  ...(params.get('catalog') ? { catalog: params.get('catalog') } : {}),
  maxRosterAgeHours: Number(params.get('maxAge') || 24),
});
window.inscopeHandle = handle;
handle.ready.then((s) => {
  statusEl.textContent = s.loaded
    ? 'Roster: ' + s.facility + ', ' + s.practitioners + ' practitioners (' + s.source + ')' + (s.stale ? ' — stale, verify manually' : '') + (s.problem ? '. ' + s.problem : '')
    : 'No roster: ' + s.problem;
});

// A host app decides what a verdict means for its own workflow.
const form = document.getElementById('booking');
const check = document.getElementById('check');
const save = document.getElementById('save');
const saveStatus = document.getElementById('save-status');
const override = document.getElementById('override');
let current;
document.addEventListener('inscope:verdict', (e) => {
  if (e.detail.element !== check) return;
  current = e.detail;
  save.disabled = current.verdict === 'block';
  override.hidden = current.verdict !== 'warn' && current.verdict !== 'unknown';
  const blocking = current.reasons.find((r) => r.severity === 'block');
  saveStatus.textContent = blocking ? 'Cannot book: ' + blocking.message : '';
});
form.addEventListener('input', (e) => {
  const name = e.target.name;
  if (name === 'practitioner' || name === 'procedure' || name === 'date') check.setAttribute(name, e.target.value);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  if (!current || current.verdict === 'block') return;
  const reason = form.elements.reason.value.trim();
  if (current.verdict !== 'ok' && reason.length < 3) {
    saveStatus.textContent = 'Give a reason to book a case InScope flags.';
    return;
  }
  saveStatus.textContent = 'Saved (' + current.verdict + (reason ? ', reason: ' + reason : '') + ').';
});
`;
