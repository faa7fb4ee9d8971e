/**
 * Checks InScope against payloads others published (`npm run test:interop DIR`, DIR holding
 * `fhir/` and `cds-hooks/` as in ../shared/interop). Nothing is copied into the project.
 *
 * - Every FHIR file (JSON, NDJSON or XML) either reads as a roster or is refused with reasons that
 *   name what is wrong — never a crash, never "could not be read: <exception>".
 * - Every CDS Hooks appointment-book request (both published forms of `appointments`, the context
 *   fragments wrapped as the folder's README says) gets 200 and valid cards from `inscope serve`:
 *   a card for each Appointment (their practitioners are not on the demo roster), summary under
 *   140 characters, indicator info | warning | critical, a source label. The discovery document
 *   `inscope serve` sends has what the spec's discovery example has.
 *
 * Prints a line per check that fails, then "N passed, N failed"; exit 1 on any failure.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startCdsService } from '../cli/serve';
import { generateRoster } from '../lib/demo/generate';
import { readRosterBytes } from '../lib/roster/load';
import { formatRosterError } from '../lib/roster/validate';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run test:interop DIR   (DIR holds fhir/ and cds-hooks/, e.g. ../shared/interop)');
  process.exit(2);
}
let passed = 0;
let failed = 0;
const check = (ok: boolean, what: string, why = '') => {
  if (ok) passed++;
  else {
    failed++;
    console.log(`✖ ${what}${why ? `: ${why}` : ''}`);
  }
};

const files = (root: string): string[] => readdirSync(root).flatMap((name) => {
  const path = join(root, name);
  return statSync(path).isDirectory() ? files(path) : [path];
});

const roster = generateRoster({ practitioners: 50, seed: 1, asOf: new Date().toISOString().slice(0, 10) });
let imported = 0;
let refused = 0;
for (const path of files(join(dir, 'fhir')).filter((p) => /\.(json|ndjson|xml)$/.test(p))) {
  const name = relative(dir, path);
  try {
    const { result } = readRosterBytes(readFileSync(path), name, { catalog: roster.privileges });
    if (process.env.INTEROP_VERBOSE) console.log(`${name}: ${result.ok ? `roster of ${result.roster.practitioners.length}` : result.errors.slice(0, 2).map(formatRosterError).join(' | ')}`);
    if (result.ok) {
      imported++;
      check(result.roster.practitioners.length > 0, name, 'read as a roster with no practitioners');
      continue;
    }
    refused++;
    const lines = result.errors.map(formatRosterError);
    const unclear = lines.find((l) => /could not be read: /.test(l) || !/: ./.test(l));
    check(!unclear && lines.length > 0, name, unclear ? `unclear: ${unclear}` : 'refused without a reason');
  } catch (e) {
    check(false, name, `threw ${(e as Error).message}`);
  }
}
console.log(`FHIR: ${imported} files read as rosters, ${refused} refused with reasons`);

const cds = join(dir, 'cds-hooks');
const rosterPath = join(mkdtempSync(join(tmpdir(), 'inscope-interop-')), 'roster.json');
writeFileSync(rosterPath, JSON.stringify(roster));
const service = await startCdsService({ rosterPaths: [rosterPath], port: 0, insecureNoAuth: true });
const post = async (body: unknown) => {
  const res = await fetch(`http://127.0.0.1:${service.port}/cds-services/inscope-privileges`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() as { cards?: Array<Record<string, any>>; error?: string } };
};
const requests: Array<[string, Record<string, any>]> = [];
for (const path of files(cds).filter((p) => p.endsWith('.json'))) {
  // Some of the spec's blocks are fragments ("context": {…}): read them wrapped in {} as the README says.
  const text = readFileSync(path, 'utf8');
  let doc: Record<string, any> | undefined;
  for (const candidate of [text, `{${text}}`]) {
    try {
      doc = JSON.parse(candidate) as Record<string, any>;
      break;
    } catch {
      // try the next form
    }
  }
  const name = relative(dir, path);
  if (!doc || typeof doc !== 'object') continue;
  if (doc.hook === 'appointment-book') requests.push([name, doc]);
  else if (doc.context?.appointments && !doc.hook) requests.push([name, { hook: 'appointment-book', hookInstance: `interop-${requests.length}`, ...doc }]);
}
for (const [name, request] of requests) {
  const appointments = request.context.appointments;
  const entries = Array.isArray(appointments) ? appointments : (appointments.entry ?? []).map((e: { resource?: unknown }) => e.resource);
  const count = entries.filter((r: { resourceType?: string } | null) => r?.resourceType === 'Appointment').length;
  const r = await post(request);
  check(r.status === 200, name, `HTTP ${r.status} ${r.body.error ?? ''}`);
  const cards = r.body.cards ?? [];
  check(cards.length === count, name, `${cards.length} cards for ${count} appointments`);
  for (const c of cards) {
    const ok = typeof c.summary === 'string' && c.summary.length < 140 && ['info', 'warning', 'critical'].includes(c.indicator) && typeof c.source?.label === 'string';
    check(ok, `${name} card`, JSON.stringify(c).slice(0, 200));
  }
}
const discovery = await (await fetch(`http://127.0.0.1:${service.port}/cds-services`)).json() as { services: Array<Record<string, unknown>> };
const example = JSON.parse(readFileSync(join(cds, 'spec-json-blocks/01_discovery-example.json'), 'utf8')) as { services: Array<Record<string, unknown>> };
const required = ['hook', 'id', 'description'].filter((k) => example.services.every((s) => k in s));
check(discovery.services.length === 1 && required.every((k) => typeof discovery.services[0][k] === 'string'), 'discovery', `needs ${required.join(', ')}`);
await service.close();
console.log(`CDS Hooks: ${requests.length} published requests sent`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
