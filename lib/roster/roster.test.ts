import { describe, expect, it } from 'vitest';
import { generateRoster } from '../demo/generate';
import { parseRosterText } from './load';
import { formatRosterError, parseRosterJson, validateRoster } from './validate';
import { grant, practitioner, roster } from '../../test/fixtures';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe('canonical roster format v1', () => {
  it('accepts a generated demo roster', () => {
    const r = validateRoster(clone(generateRoster({ practitioners: 200, seed: 5, asOf: '2026-11-22' })));
    expect(r.ok).toBe(true);
  });

  it('keeps unknown extra fields at every level instead of rejecting them', () => {
    const data = clone(roster([practitioner({ id: 'P1', privileges: [grant('GS-CORE')] })]));
    Object.assign(data, { sourceSystem: 'MSOW' });
    Object.assign(data.practitioners[0], { pager: '4411' });
    Object.assign(data.practitioners[0].privileges[0], { committeeDate: '2025-01-01' });
    Object.assign(data.privileges[0], { glCode: 'X9' });
    const r = validateRoster(data);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((r.roster as Record<string, unknown>).sourceSystem).toBe('MSOW');
    expect((r.roster.practitioners[0] as Record<string, unknown>).pager).toBe('4411');
    expect((r.roster.practitioners[0].privileges[0] as Record<string, unknown>).committeeDate).toBe('2025-01-01');
    expect((r.roster.privileges[0] as Record<string, unknown>).glCode).toBe('X9');
  });

  it('says a field of the wrong type has the wrong type (not that it is missing), and lists the allowed values', () => {
    const data = clone(roster([practitioner({ id: 'P1' })])) as unknown as { practitioners: Array<Record<string, unknown>>; privileges: Array<Record<string, unknown>> };
    data.practitioners[0].id = 17;
    data.practitioners[0].status = 'on leave';
    data.privileges[0].procedures = 'all of general surgery';
    delete data.practitioners[0].type;
    const r = validateRoster(data);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.errors.map((e) => [e.path, e.message]));
    expect(byPath['practitioners[0].id']).toBe('must be text, not 17');
    expect(byPath['practitioners[0].status']).toBe('must be one of "active", "inactive", "suspended", not "on leave"');
    expect(byPath['privileges[0].procedures']).toBe('must be a list, not "all of general surgery"');
    expect(byPath['practitioners[0].type']).toBe('is required');
  });

  it('names the JSON path and the practitioner for a bad date and a bad NPI check digit', () => {
    const data = clone(roster([
      practitioner({ id: 'P1' }),
      practitioner({ id: 'P2', npi: '1234567890', name: { family: 'Okafor', given: ['James'] } }),
    ]));
    data.practitioners[0].credentials[0].expires = '06/30/2027';
    const r = validateRoster(data);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContainEqual({
      path: 'practitioners[0].credentials[0].expires', practitioner: 'P1 (Abernathy, Claire)', message: 'must be a date written YYYY-MM-DD',
    });
    expect(r.errors).toContainEqual(expect.objectContaining({ path: 'practitioners[1].npi', practitioner: 'P2 (Okafor, James)' }));
    expect(formatRosterError(r.errors[0])).toBe('practitioners[0].credentials[0].expires [practitioner P1 (Abernathy, Claire)]: must be a date written YYYY-MM-DD');
  });

  it('lists every error at once, not just the first', () => {
    const data = clone(roster([practitioner({ id: 'P1' }), practitioner({ id: 'P2' }, 1)]));
    (data.practitioners[0] as Record<string, unknown>).status = 'on-leave';
    (data.practitioners[1].credentials[0] as Record<string, unknown>).kind = 'diploma';
    const r = validateRoster(data);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['practitioners[0].status', 'practitioners[1].credentials[0].kind']);
  });

  it('rejects a grant of a privilege the catalog does not define', () => {
    const r = validateRoster(clone(roster([practitioner({ id: 'P1', privileges: [grant('CARDIAC-TRANSPLANT')] })])));
    expect(r.ok ? [] : r.errors).toEqual([{
      path: 'practitioners[0].privileges[0].privilegeId', practitioner: 'P1 (Abernathy, Claire)',
      message: 'refers to privilege "CARDIAC-TRANSPLANT", which the catalog (privileges) does not define',
    }]);
  });

  it('rejects duplicate practitioner ids and NPIs, naming both places', () => {
    const a = practitioner({ id: 'P1' });
    const r = validateRoster(clone(roster([a, { ...a, name: { family: 'Bello', given: ['Aisha'] } }])));
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      'duplicates the id of practitioners[0]',
      `NPI ${a.npi} is also on practitioners[0]`,
    ]);
  });

  it('says what is wrong with text that is not a roster at all', () => {
    expect(parseRosterJson('{"format": "inscope-roster",')).toMatchObject({ ok: false, errors: [{ path: '(file)', message: expect.stringMatching(/^is not valid JSON/) }] });
    expect(parseRosterText('id,name\n1,x', 'staff.csv')).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('"staff.csv" is not an InScope roster') }] });
    expect(validateRoster({ format: 'other-roster' })).toMatchObject({ ok: false, errors: [{ path: 'format' }] });
    expect(validateRoster({ format: 'inscope-roster', version: 2 })).toMatchObject({ ok: false, errors: [{ path: 'version', message: 'is 2; this InScope reads version 1' }] });
    expect(validateRoster([1, 2])).toMatchObject({ ok: false });
  });
});
