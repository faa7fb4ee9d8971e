import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from './main';
import { parseCsv } from '../lib/csv';

const dir = mkdtempSync(join(tmpdir(), 'inscope-cli-'));
const rosterPath = join(dir, 'roster.json');
const today = ['--today', '2026-11-22'];

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => { out += `${s}\n`; }, err: (s) => { err += `${s}\n`; } });
  return { code, out, err };
}

/** Runs the real `inscope` executable, as a user would after npm install. */
function exec(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/inscope.mjs', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  const r = await run('demo-data', '--practitioners', '120', '--seed', '4', '--as-of', '2026-11-22', '--out', rosterPath);
  expect(r.code).toBe(0);
});

describe('inscope validate', () => {
  it('summarises a valid roster', async () => {
    const r = await run('validate', rosterPath);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Valid roster: Riverside General Hospital \(riverside-general\)\n  generated {7}2026-11-22T06:00:00Z \(from its generatedAt\)\n  practitioners {3}120 \(\d+ active, \d+ inactive, \d+ suspended\)/);
  });

  it('lists the errors of an invalid roster with path and practitioner, and exits 2', async () => {
    const data = JSON.parse(readFileSync(rosterPath, 'utf8'));
    data.practitioners[3].credentials[0].expires = '31/12/2027';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(data));
    const r = await run('validate', bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`inscope: "${bad}" is not a valid roster (1 error):\n  practitioners[3].credentials[0].expires [practitioner P000004 (Whitfield, Thomas J)]: must be a date written YYYY-MM-DD`);
  });

  it('gives one clear sentence for a missing file, a non-JSON file and a missing argument, never a stack trace', () => {
    const missing = exec('validate', join(dir, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`inscope: cannot read roster file "${join(dir, 'nope.json')}": no such file\n`);
    const csv = join(dir, 'staff.csv');
    writeFileSync(csv, 'name,npi\nSmith,1234567893\n');
    const notJson = exec('validate', csv);
    expect(notJson.code).toBe(2);
    expect(notJson.err).toContain('is not an InScope roster');
    expect(notJson.err).not.toMatch(/\n\s+at /);
    const truncated = join(dir, 'truncated.json');
    writeFileSync(truncated, '{"format": "inscope-roster", "version": 1,');
    expect(exec('validate', truncated).err).toMatch(/\(file\): is not valid JSON/);
    expect(exec('validate').err).toBe('inscope: validate needs a roster file: inscope validate ROSTER\n');
  });
});

describe('inscope check', () => {
  it('prints the verdict with its reasons', async () => {
    const r = await run('check', '--roster', rosterPath, '--practitioner', 'PRIYA RAMAN-SHAH MD', '--procedure', 'ROBOTIC LAP CHOLE W/ IOC', '--date', '12/01/2026', ...today);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 2)).toEqual([
      'BLOCK  Dr. Priya K Raman-Shah, MD — Laparoscopic cholecystectomy + Intraoperative cholangiogram [robotic, laparoscopic] on 2026-12-01',
      '  ✖ Robotic approach: not privileged — no grant of "Robotic-Assisted Surgery".',
    ]);
  });

  it('prints the verdict as JSON with --json', async () => {
    const r = await run('check', '--roster', rosterPath, '--practitioner', 'Dr. Whitfield', '--procedure', 'L TKA', '--date', '2026-12-01', '--json', ...today);
    const v = JSON.parse(r.out);
    expect(v).toMatchObject({ verdict: 'block', date: '2026-12-01', laterality: 'left', practitioner: { id: 'P000004' } });
    expect(v.reasons[0].code).toBe('practitioner-suspended');
  });

  it('checks at today when no date is given', async () => {
    const r = await run('check', '--roster', rosterPath, '--practitioner', 'Elena Pena', '--procedure', 'LAP CHOLE', '--json', ...today);
    expect(JSON.parse(r.out)).toMatchObject({ verdict: 'ok', date: '2026-11-22' });
  });

  it('rejects a bad date and a missing option in one sentence', async () => {
    expect((await run('check', '--roster', rosterPath, '--practitioner', 'x', '--procedure', 'y', '--date', 'soon')).err)
      .toBe('inscope: --date "soon" is not a date; use YYYY-MM-DD or MM/DD/YYYY\n');
    expect((await run('check', '--roster', rosterPath, '--procedure', 'y')).err).toBe('inscope: --practitioner is required\n');
    expect((await run('check', '--frobnicate')).err).toMatch(/^inscope: Unknown option '--frobnicate'; run "inscope --help" for the options\n$/);
  });
});

describe('inscope audit', () => {
  const schedule = join(dir, 'schedule.csv');
  beforeAll(() => {
    writeFileSync(schedule, [
      '\ufeffCase ID,Date,Surgeon,Procedure,CPT,Room',
      'OR-101,12/01/2026,"Peña, Elena",LAP CHOLE W/ IOC,,OR 3',
      'OR-102,2026-12-01,"O\'Brien, Marcus",ROBOTIC VENTRAL HERNIA REPAIR,,OR 3',
      'OR-103,2026-12-01,Dr. Whitfield,R TKA,,OR 5',
      'OR-104,2026-12-01,"Miller, David",L THA,,OR 5',
      'OR-105,13/01/2026,Dr. Bello,L4-5 TLIF,,OR 7',
      'OR-106,2026-12-01,Kenji Nakamura,"T&A, BMT",,OR 2',
    ].join('\r\n'));
  });

  it('prints a table with every case and the counts per verdict, and exits 3 because a case is outside privileges', async () => {
    const r = await run('audit', '--roster', rosterPath, '--schedule', schedule, ...today);
    expect(r.code).toBe(3);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toMatch(/^case\s+date\s+practitioner\s+procedure\s+verdict\s+why$/);
    expect(lines.slice(2, 8).map((l) => l.split(/\s{2,}/)[0])).toEqual(['OR-101', 'OR-102', 'OR-103', 'OR-104', 'OR-105', 'OR-106']);
    expect(lines.at(-1)).toBe('6 cases: 1 block, 2 unknown, 1 warn, 2 ok');
  });

  it('keeps each row id and line in --json, with verdict, reasons and counts', async () => {
    const r = JSON.parse((await run('audit', '--roster', rosterPath, '--schedule', schedule, '--json', ...today)).out);
    expect(r.counts).toEqual({ block: 1, unknown: 2, warn: 1, ok: 2 });
    expect(r.cases.map((c: { line: number; id: string; verdict: string }) => [c.line, c.id, c.verdict])).toEqual([
      [2, 'OR-101', 'ok'], [3, 'OR-102', 'warn'], [4, 'OR-103', 'block'], [5, 'OR-104', 'unknown'], [6, 'OR-105', 'unknown'], [7, 'OR-106', 'ok'],
    ]);
    expect(r.cases[4].reasons[0].message).toBe('The case date "13/01/2026" could not be read as a date; verify the case manually.');
  });

  it('exits 0 with --exit-zero even when a case is outside privileges', async () => {
    expect((await run('audit', '--roster', rosterPath, '--schedule', schedule, '--exit-zero', ...today)).code).toBe(0);
  });

  it('writes CSV with --csv', async () => {
    const r = await run('audit', '--roster', rosterPath, '--schedule', schedule, '--csv', ...today);
    const lines = r.out.trim().split('\r\n');
    expect(lines[0]).toBe('line,id,date,practitioner,matched_practitioner,matched_npi,matched_department,procedure,verdict,reason_codes,reasons');
    expect(lines[3]).toMatch(/^4,OR-103,2026-12-01,Dr\. Whitfield,"Dr\. Thomas J Whitfield, MD",\d{10},Orthopaedic Surgery,R TKA,block,practitioner-suspended privileged,"Dr\. Thomas J Whitfield, MD is suspended in the medical staff roster\.\nTotal knee arthroplasty: privileged under ""Total Joint Arthroplasty"" through \d{4}-\d\d-\d\d\."$/);
  });

  it('uses line numbers when the schedule has no id column', async () => {
    const noId = join(dir, 'noid.csv');
    writeFileSync(noId, 'date,provider,procedure\n2026-12-01,Elena Pena,LAP APPY\n');
    const r = JSON.parse((await run('audit', '--roster', rosterPath, '--schedule', noId, '--json', ...today)).out);
    expect(r.cases).toEqual([expect.objectContaining({ line: 2, verdict: 'ok' })]);
    expect(r.cases[0].id).toBeUndefined();
  });

  it('names the missing columns of a schedule it cannot read', async () => {
    const wrong = join(dir, 'wrong.csv');
    writeFileSync(wrong, 'when,who,what\n1,2,3\n');
    const r = await run('audit', '--roster', rosterPath, '--schedule', wrong);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`inscope: cannot read schedule "${wrong}": the schedule names no practitioner or no procedure column (its header is: when, who, what); it needs a practitioner (surgeon, provider…) and a procedure column, and usually a date\n`);
  });
});

describe('the catalog and a facility vocabulary', () => {
  const schedule = join(dir, 'teach.csv');
  beforeAll(() => {
    writeFileSync(schedule, [
      'Case ID,Surg Date,Surgeon,Procedure',
      'T-1,12/01/2026,"Peña, Elena",LAP CHOLE W/ ZORBLAX RETRACTOR',
      'T-2,12/01/2026,"Peña, Elena",LAP CHOLE W/ ZORBLAX RETRACTOR',
      'T-3,12/01/2026,"Peña, Elena",FROBNECTOMY R',
      'T-4,12/01/2026,"Peña, Elena",LAP CHOLE',
    ].join('\n'));
  });

  it('validate says how much of the catalog InScope read, and --lines shows each procedure as it was read', async () => {
    const r = await run('validate', rosterPath);
    expect(r.out).toMatch(/catalog {9}\d+ of \d+ procedures read through InScope's procedure vocabulary/);
    const lines = await run('validate', rosterPath, '--lines');
    expect(lines.out).toContain('GS-CORE  Laparoscopic cholecystectomy  →  Cholecystectomy');
  });

  it('audit ends with the booking wordings it could not read, counted, with the closest operations', async () => {
    const r = await run('audit', '--roster', rosterPath, '--schedule', schedule, ...today, '--exit-zero');
    const tail = r.out.slice(r.out.indexOf('Booking wordings InScope could not read'));
    expect(tail).toMatch(/^Booking wordings InScope could not read \(3 in 2 wordings\)/);
    expect(tail).toMatch(/ 2× {2}ZORBLAX \(beside what was read, in "LAP CHOLE W\/ ZORBLAX RETRACTOR"\)/);
    expect(tail).toMatch(/ 1× {2}FROBNECTOMY\n/);
  });

  it('vocab suggest drafts a facility vocabulary to confirm, and with it the words it was taught no longer make a case unknown', async () => {
    const out = join(dir, 'facility-vocabulary.json');
    const r = await run('vocab', 'suggest', '--roster', rosterPath, '--schedule', schedule, '--out', out, ...today);
    expect(r.out).toMatch(/^Wrote .*: a draft facility vocabulary of 1 term from 3 bookings/);
    const draft = JSON.parse(readFileSync(out, 'utf8'));
    expect(draft.terms).toEqual([expect.objectContaining({ term: 'ZORBLAX', ignore: true, note: expect.stringMatching(/^DRAFT/) })]);
    // An operation word is never drafted as words to pass over.
    expect(draft.unmatched).toEqual([expect.objectContaining({ term: 'FROBNECTOMY' })]);
    const before = JSON.parse((await run('audit', '--roster', rosterPath, '--schedule', schedule, '--json', ...today)).out);
    const after = JSON.parse((await run('audit', '--roster', rosterPath, '--schedule', schedule, '--json', '--vocabulary', out, ...today)).out);
    expect(before.cases.map((c: { verdict: string }) => c.verdict)).toEqual(['unknown', 'unknown', 'unknown', 'ok']);
    expect(after.cases.map((c: { verdict: string }) => c.verdict)).toEqual(['ok', 'ok', 'unknown', 'ok']);
  });

  it('a facility vocabulary inside the roster applies too, and a term that cannot apply is named', async () => {
    const roster = JSON.parse(readFileSync(rosterPath, 'utf8'));
    roster.vocabulary = {
      format: 'inscope-facility-vocabulary', version: 1,
      terms: [{ term: 'ZORBLAX', ignore: true }, { term: 'GALLBLADDER OUT', concept: 'no-such-concept' }],
    };
    const withVocabulary = join(dir, 'roster-with-vocabulary.json');
    writeFileSync(withVocabulary, JSON.stringify(roster));
    const v = await run('validate', withVocabulary);
    expect(v.out).toContain('facility terms  2 (1 not applied)');
    expect(v.out).toContain('terms[1] "GALLBLADDER OUT": "no-such-concept" is not a concept of InScope\'s vocabulary');
    const c = await run('check', '--roster', withVocabulary, '--practitioner', 'Elena Peña', '--procedure', 'LAP CHOLE W/ ZORBLAX', '--date', '2026-12-01', ...today, '--max-age-hours', '10000');
    expect(c.out).toMatch(/^OK /);
  });

  it('a facility vocabulary file that is not one is refused, naming the field', async () => {
    const bad = join(dir, 'bad-vocabulary.json');
    writeFileSync(bad, JSON.stringify({ format: 'inscope-facility-vocabulary', version: 1, terms: [{ term: 'X', concept: 'a', ignore: true }] }));
    const r = await run('check', '--roster', rosterPath, '--practitioner', 'Elena Peña', '--procedure', 'LAP CHOLE', '--vocabulary', bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain('terms[0]: must name exactly one of concept, privilegeId (with procedure) or ignore: true');
  });
});

describe('inscope demo-data', () => {
  it('writes the same file for the same seed', () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    expect(exec('demo-data', '--practitioners', '50', '--seed', '7', '--as-of', '2026-11-22', '--out', a).out).toBe('Wrote ' + a + ': 50 practitioners, 47 privileges (seed 7, as of 2026-11-22).\n');
    exec('demo-data', '--practitioners', '50', '--seed', '7', '--as-of', '2026-11-22', '--out', b);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  });

  it('refuses a count that is not a whole number and an unwritable path', async () => {
    expect((await run('demo-data', '--practitioners', 'lots', '--out', join(dir, 'x.json'))).err).toBe('inscope: --practitioners must be a whole number from 1 to 1000000\n');
    expect((await run('demo-data', '--practitioners', '5', '--out', join(dir, 'no/such/dir.json'))).err).toMatch(/^inscope: cannot write ".*": its folder does not exist\n$/);
  });
});

describe('rosters in CSV and FHIR', () => {
  it('validates and checks a CSV or NDJSON roster against the catalog of a JSON roster', async () => {
    const csv = join(dir, 'roster.csv');
    const ndjson = join(dir, 'roster.ndjson');
    expect((await run('demo-data', '--practitioners', '30', '--as-of', '2026-11-22', '--format', 'csv', '--out', csv)).code).toBe(0);
    expect((await run('demo-data', '--practitioners', '30', '--as-of', '2026-11-22', '--format', 'ndjson', '--out', ndjson)).code).toBe(0);
    const v = await run('validate', csv, '--catalog', rosterPath);
    expect(v.out).toMatch(/^Valid roster: Riverside General Hospital \(riverside-general\)\n.*\n  practitioners   30 /);
    const c = JSON.parse((await run('check', '--roster', ndjson, '--catalog', rosterPath, '--practitioner', 'Pena, Elena', '--procedure', 'LAP CHOLE', '--json', ...today)).out);
    expect(c.verdict).toBe('ok');
  });

  it('asks for a catalog when a CSV or FHIR roster comes without one', async () => {
    const csv = join(dir, 'alone.csv');
    await run('demo-data', '--practitioners', '5', '--format', 'csv', '--out', csv);
    expect((await run('validate', csv)).err).toBe(`inscope: "${csv}" is CSV, which carries no privilege catalog: add --catalog with a canonical JSON roster\n`);
    expect((await run('validate', csv, '--catalog', csv)).err).toBe(`inscope: --catalog "${csv}" must be a canonical JSON roster (its privilege catalog is used)\n`);
  });
});

describe('inscope serve', () => {
  it('starts the CDS Hooks service on the port it prints, answers, and stops on SIGTERM', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['bin/inscope.mjs', 'serve', '--roster', rosterPath, '--port', '0', '--insecure-no-auth'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => resolve(d.toString()));
      child.on('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    const url = /(http:\/\/127\.0\.0\.1:\d+\/cds-services)/.exec(line)![1];
    expect(line).toMatch(/^InScope CDS Hooks service on http:\/\/127\.0\.0\.1:\d+\/cds-services \(appointment-book → \/cds-services\/inscope-privileges\)/);
    expect(((await (await fetch(url)).json()) as { services: unknown[] }).services).toHaveLength(1);
    const exit = new Promise<number | null>((r) => child.on('exit', r));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('says which port is taken', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = String((blocker.address() as { port: number }).port);
    const r = exec('serve', '--roster', rosterPath, '--port', port, '--insecure-no-auth');
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n').at(-1)).toBe(`inscope: port ${port} is already in use; choose another with --port`);
    blocker.close();
  });

  it('will not answer unsigned requests unless told it is for development', () => {
    const r = exec('serve', '--roster', rosterPath, '--port', '0');
    expect(r.code).toBe(1);
    expect(r.err).toBe('inscope: serve needs the EHRs it trusts: --trust ISSUER=JWKS (a JWKS file or https URL; repeatable) — or --insecure-no-auth to try it out on this machine (docs/cds-hooks.md)\n');
    expect(exec('serve', '--roster', rosterPath, '--trust', 'nokeys').err).toContain('--trust "nokeys" must be ISSUER=JWKS');
  });
});

describe('inscope usage', () => {
  it('shows usage for --help and explains an unknown command', async () => {
    expect((await run('--help')).out).toContain('inscope audit --roster R --schedule S.csv [--json | --csv]');
    expect((await run('bogus')).err).toBe('inscope: unknown command "bogus"; run "inscope --help" for the commands\n');
  });
});

describe('a health system: one roster per facility', () => {
  const hospital = join(dir, 'system', 'hospital.json');
  const asc = join(dir, 'system', 'asc.json');
  const schedule = join(dir, 'system-schedule.csv');
  beforeAll(async () => {
    mkdirSync(join(dir, 'system'), { recursive: true });
    expect((await run('demo-data', '--practitioners', '120', '--seed', '4', '--as-of', '2026-11-22', '--out', hospital)).code).toBe(0);
    const r = await run('demo-data', '--practitioners', '120', '--seed', '4', '--as-of', '2026-11-22', '--facility', 'asc', '--out', asc);
    expect(r.out).toMatch(/for Riverside Surgery Center North\.$/m);
    writeFileSync(schedule, [
      'Case #,Surg Date,Location,Room,Surgeon,Procedure',
      'A1,12/01/2026,Riverside General Hospital,OR 4,"Peña, Elena",ROBOTIC LAP CHOLE',
      'A2,12/01/2026,ASC NORTH,OR 2,"Peña, Elena",ROBOTIC LAP CHOLE',
      'A3,12/01/2026,,ASC NORTH OR 3,"Peña, Elena",ROBOTIC LAP CHOLE',
      'A4,12/01/2026,,OR 9,"Peña, Elena",ROBOTIC LAP CHOLE',
      'A5,12/01/2026,,OR 9,"Peña, Elena",LAP CHOLE',
    ].join('\n'));
  });

  it('audit checks each case at the facility its Location or room names, and asks every facility when none is shown', async () => {
    const r = await run('audit', '--roster', hospital, '--roster', asc, '--schedule', schedule, '--csv', ...today);
    expect(r.code).toBe(3);
    const [head, ...rows] = parseCsv(r.out).map((row) => row.cells);
    const col = (name: string) => head.indexOf(name);
    expect(rows.map((c) => [c[col('id')], c[col('facility')], c[col('verdict')]])).toEqual([
      ['A1', 'Riverside General Hospital', 'ok'],
      ['A2', 'Riverside Surgery Center North', 'block'],
      ['A3', 'Riverside Surgery Center North', 'block'],
      ['A4', '', 'unknown'],
      ['A5', '', 'ok'],
    ]);
    expect(r.out).toMatch(/The case's facility is not shown, and the answer differs by facility — Riverside General Hospital: ok; Riverside Surgery Center North: block/);
  });

  it('takes a folder of rosters, and check takes --facility', async () => {
    const at = (f: string) => run('check', '--roster', join(dir, 'system'), '--practitioner', 'PENA, ELENA', '--procedure', 'ROBOTIC LAP CHOLE', '--date', '2026-12-01', '--facility', f, ...today);
    const main = await at('MAIN OR');
    expect(main.out).toMatch(/^OK .* at Riverside General Hospital$/m);
    const north = await at('asc north');
    expect(north.out).toMatch(/^BLOCK .* at Riverside Surgery Center North$/m);
  });

  it('refuses two rosters of the same facility, naming both files', async () => {
    const r = await run('audit', '--roster', hospital, '--roster', rosterPath, '--schedule', schedule, ...today);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/"[^"]*hospital\.json" and "[^"]*roster\.json" are both rosters of Riverside General Hospital \(riverside-general\): give one roster per facility/);
  });

  it('validate reports each roster and the facilities together', async () => {
    const r = await run('validate', hospital, asc);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Valid roster: Riverside General Hospital \(riverside-general\)$/m);
    expect(r.out).toMatch(/^Valid roster: Riverside Surgery Center North \(riverside-asc-north\)$/m);
    expect(r.out).toMatch(/facility aliases ASC NORTH, RSC North, North ASC/);
    expect(r.out).toMatch(/2 rosters, one per facility: riverside-general, riverside-asc-north/);
  });
});
