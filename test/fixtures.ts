/**
 * Small, realistic rosters for tests: the demo catalog and a handful of practitioners built per
 * test, so each test shows the data it depends on.
 */
import { DEMO_CATALOG } from '../lib/demo/catalog';
import { demoNpi } from '../lib/demo/generate';
import type { Credential, Grant, Practitioner, PrivilegeDef, Roster } from '../lib/roster/schema';

/** The date tests evaluate at unless they say otherwise. */
export const TODAY = '2026-11-22';

/** A practitioner whose credentials are all current; override what the test is about. */
export function practitioner(over: Partial<Practitioner> & { id: string }, n = 0): Practitioner {
  const creds: Credential[] = [
    { kind: 'license', identifier: 'CA-A12345', issuer: 'CA', issued: '2015-07-01', expires: '2027-06-30' },
    { kind: 'dea', identifier: 'BK1234563', expires: '2028-01-31' },
    { kind: 'board-certification', issuer: 'American Board of Surgery', expires: '2030-12-31' },
    { kind: 'bls', issuer: 'American Heart Association', expires: '2027-09-30' },
    { kind: 'malpractice', issuer: 'Mutual Liability Trust', expires: '2027-07-01' },
    { kind: 'exclusion-check', issuer: 'OIG LEIE', status: 'clear', verifiedAt: '2026-11-01' },
  ];
  return {
    npi: demoNpi(1000 + n),
    name: { family: 'Abernathy', given: ['Claire'] },
    type: 'MD',
    department: 'General Surgery',
    status: 'active',
    credentials: creds,
    privileges: [],
    ...over,
  };
}

export function grant(privilegeId: string, over: Partial<Grant> = {}): Grant {
  return { privilegeId, status: 'granted', effective: '2025-01-01', expires: '2027-12-31', ...over };
}

/** Replaces credentials of the given kinds. */
export function withCredentials(p: Practitioner, ...creds: Credential[]): Practitioner {
  const kinds = new Set(creds.map((c) => c.kind));
  return { ...p, credentials: [...p.credentials.filter((c) => !kinds.has(c.kind)), ...creds] };
}

export function roster(practitioners: Practitioner[], privileges: PrivilegeDef[] = DEMO_CATALOG): Roster {
  return {
    format: 'inscope-roster',
    version: 1,
    generatedAt: `${TODAY}T06:00:00Z`,
    facility: { id: 'riverside-general', name: 'Riverside General Hospital' },
    privileges,
    practitioners,
  };
}
