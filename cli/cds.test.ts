import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCdsService, type CdsService } from './serve';
import { generateAscRoster, generateRoster } from '../lib/demo/generate';
import type { Roster } from '../lib/roster/schema';

const AS_OF = '2026-11-22';
const roster = JSON.parse(JSON.stringify(generateRoster({ practitioners: 60, seed: 2, asOf: AS_OF }))) as Roster;
roster.generatedAt = '2026-11-22T06:00:00Z';
const dir = mkdtempSync(join(tmpdir(), 'inscope-cds-'));
const rosterPath = join(dir, 'roster.json');
const logs: string[] = [];
let service: CdsService;
let base = '';

beforeAll(async () => {
  writeFileSync(rosterPath, JSON.stringify(roster));
  service = await startCdsService({ rosterPaths: [rosterPath], port: 0, log: (l) => logs.push(l), now: () => new Date('2026-11-22T12:00:00Z'), insecureNoAuth: true });
  base = `http://127.0.0.1:${service.port}`;
});
afterAll(() => service?.close());

const pena = roster.practitioners[0];
function appointment(id: string, actor: Record<string, unknown>, text: string | undefined, start = '2026-12-01T08:00:00-05:00') {
  return {
    resource: {
      resourceType: 'Appointment', id, status: 'proposed', start,
      ...(text ? { serviceType: [{ text }] } : {}),
      participant: [{ actor: { reference: 'Patient/p-77' } }, { actor }],
    },
  };
}
function hook(entries: unknown[], overrides: Record<string, unknown> = {}) {
  return {
    hookInstance: 'b0d7c3d2-0000-4000-8000-000000000001', hook: 'appointment-book',
    context: { userId: 'PractitionerRole/scheduler-1', patientId: 'p-77', appointments: { resourceType: 'Bundle', type: 'collection', entry: entries } },
    ...overrides,
  };
}
async function post(body: unknown, raw?: string) {
  const res = await fetch(`${base}/cds-services/inscope-privileges`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw ?? JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as { cards?: Array<Record<string, any>>; error?: string } };
}

describe('CDS Hooks service for appointment-book', () => {
  it('lists its appointment-book service', async () => {
    const res = await fetch(`${base}/cds-services`);
    expect(await res.json()).toEqual({ services: [expect.objectContaining({ hook: 'appointment-book', id: 'inscope-privileges', title: 'InScope privilege check' })] });
  });

  it('returns no card for a privileged practitioner (by NPI)', async () => {
    const r = await post(hook([appointment('a1', { identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: pena.npi } }, 'LAP CHOLE')]));
    expect(r).toEqual({ status: 200, json: { cards: [] } });
  });

  it('returns a critical card, naming the privilege and date, for a booking outside privileges', async () => {
    const r = await post(hook([appointment('a2', { reference: 'Practitioner/P000003', display: 'Raman-Shah, Priya' }, 'ROBOTIC ASSISTED LAP CHOLE')]));
    const [card] = r.json.cards!;
    expect(card.indicator).toBe('critical');
    expect(card.summary).toBe('Outside privileges: Dr. Priya K Raman-Shah, MD — ROBOTIC ASSISTED LAP CHOLE on 2026-12-01');
    expect(card.summary.length).toBeLessThan(140);
    expect(card.detail).toContain('- Robotic approach: not privileged — no grant of "Robotic-Assisted Surgery".');
    expect(card.source.label).toBe('InScope privilege check');
    expect(card.overrideReasons.map((o: { code: string }) => o.code)).toEqual(['privileges-verified', 'proctor-arranged', 'emergency']);
  });

  it('returns warning cards for a condition (proctor required) and for a practitioner it cannot identify', async () => {
    const r = await post(hook([
      appointment('a3', { display: "O'Brien, Marcus" }, 'ROBOTIC VENTRAL HERNIA REPAIR'),
      appointment('a4', { display: 'Dr. Gregory House' }, 'EX LAP'),
      appointment('a5', { display: 'Peña, Elena M' }, undefined),
    ]));
    expect(r.json.cards!.map((c) => [c.indicator, c.summary])).toEqual([
      ['warning', "Privilege condition: Dr. Marcus O'Brien, DO — ROBOTIC VENTRAL HERNIA REPAIR on 2026-12-01"],
      ['warning', 'Cannot verify privileges: Dr. Gregory House — EX LAP on 2026-12-01'],
      ['warning', 'Cannot verify privileges for appointment a5'],
    ]);
    expect(r.json.cards![0].detail).toContain('Proctor required');
  });

  it('answers a malformed request with a 400 and one sentence, and keeps serving', async () => {
    expect(await post(undefined, '{"hook": "appointment-book",')).toEqual({ status: 400, json: { error: 'The request body is not JSON.' } });
    expect((await post({ ...hook([]), hook: 'patient-view' })).json.error).toBe('Invalid CDS Hooks request: hook this service answers the appointment-book hook.');
    expect((await post({ hookInstance: 'x', hook: 'appointment-book', context: { userId: 'u', patientId: 'p' } })).json.error).toMatch(/^Invalid CDS Hooks request: context\.appointments /);
    expect((await fetch(`${base}/cds-services/other`)).status).toBe(404);
    expect((await fetch(`${base}/cds-services/inscope-privileges`)).status).toBe(405);
    const ok = await post(hook([{ resource: { resourceType: 'Patient', id: 'p-77' } }, appointment('a6', { display: 'Peña, Elena M' }, 'LAP APPY')]));
    expect(ok).toEqual({ status: 200, json: { cards: [] } });
  });

  it('reloads the roster when its file changes, and keeps it when the new file is invalid', async () => {
    const req = hook([appointment('a7', { display: 'Peña, Elena M' }, 'LAP CHOLE')]);
    const suspended = { ...roster, practitioners: roster.practitioners.map((p, i) => (i === 0 ? { ...p, status: 'suspended' } : p)) };
    writeFileSync(rosterPath, JSON.stringify(suspended));
    await expect.poll(async () => (await post(req)).json.cards?.[0]?.indicator, { timeout: 5000 }).toBe('critical');
    writeFileSync(rosterPath, '{"format": "inscope-roster", "version": 1');
    await expect.poll(() => logs.at(-1), { timeout: 5000 }).toMatch(/^roster not reloaded: 1 error\(s\)/);
    expect((await post(req)).json.cards?.[0]?.indicator).toBe('critical');
  });
});

describe('CDS Hooks service for a health system (one roster per facility)', () => {
  let system: CdsService;
  let at = '';
  const hospital = generateRoster({ practitioners: 60, seed: 2, asOf: AS_OF });
  hospital.generatedAt = '2026-11-22T06:00:00Z';
  const asc = generateAscRoster(hospital);
  beforeAll(async () => {
    const sys = mkdtempSync(join(tmpdir(), 'inscope-cds-system-'));
    writeFileSync(join(sys, 'hospital.json'), JSON.stringify(hospital));
    writeFileSync(join(sys, 'asc.json'), JSON.stringify(asc));
    system = await startCdsService({ rosterPaths: [join(sys, 'hospital.json'), join(sys, 'asc.json')], port: 0, now: () => new Date('2026-11-22T12:00:00Z'), insecureNoAuth: true });
    at = `http://127.0.0.1:${system.port}`;
  });
  afterAll(() => system?.close());
  const ask = async (entries: unknown[]) => {
    const res = await fetch(`${at}/cds-services/inscope-privileges`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(hook(entries)) });
    return ((await res.json()) as { cards: Array<Record<string, any>> }).cards;
  };
  const robotic = (id: string, where?: Record<string, unknown>) => {
    const a = appointment(id, { display: 'Peña, Elena M' }, 'ROBOTIC LAP CHOLE');
    if (where) a.resource.participant.push({ actor: where });
    return a;
  };

  it("checks an appointment at its Location: the robot is privileged at the hospital, not at the ASC", async () => {
    expect(await ask([robotic('h1', { reference: 'Location/or-main', display: 'Riverside General Hospital — Main OR' })])).toEqual([]);
    const [card] = await ask([robotic('n1', { reference: 'Location/asc-2', display: 'ASC NORTH OR 2' })]);
    expect(card.indicator).toBe('critical');
    expect(card.detail).toContain('Riverside Surgery Center North');
    expect(card.detail).toContain('Robotic approach: not privileged');
  });

  it('reads a Location sent in the Bundle by its name, aliases or managing organization', async () => {
    const location = { resource: { resourceType: 'Location', id: 'loc-9', name: 'Procedure Room 9', managingOrganization: { reference: 'Organization/riverside-asc-north' } } };
    const [card] = await ask([location, robotic('n2', { reference: 'Location/loc-9' })]);
    expect(card.indicator).toBe('critical');
  });

  it('warns when the appointment names no facility and the facilities disagree; a Location participant is never read as the practitioner', async () => {
    const [card] = await ask([robotic('u1')]);
    expect(card.indicator).toBe('warning');
    expect(card.detail).toMatch(/facility is not shown, and the answer differs by facility/);
    const [other] = await ask([robotic('u2', { reference: 'Location/elsewhere', display: 'Lakeside Pavilion', identifier: { value: 'LP-1' } })]);
    expect(other.detail).toMatch(/"Lakeside Pavilion" is not one InScope knows/);
    expect(other.summary).toMatch(/Peña/);
  });
});
