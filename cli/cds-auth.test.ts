/**
 * The CDS service trusts only EHRs whose signed tokens verify (CDS Hooks, "Trusting CDS Clients"):
 * unsigned, expired, wrong-audience, badly signed, unknown-issuer, `alg: none` and replayed tokens
 * are refused with 401 and no card; a correctly signed request is answered. CORS answers only the
 * browser origins configured.
 */
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CdsAuth } from './cds-auth';
import { startCdsService, type CdsService } from './serve';
import { generateRoster } from '../lib/demo/generate';
import type { Roster } from '../lib/roster/schema';

const NOW = new Date('2026-11-22T12:00:00Z');
const roster = JSON.parse(JSON.stringify(generateRoster({ practitioners: 30, seed: 2, asOf: '2026-11-22' }))) as Roster;
roster.generatedAt = '2026-11-22T06:00:00Z';
const dir = mkdtempSync(join(tmpdir(), 'inscope-cds-auth-'));
const ISS = 'https://ehr.example.org';
const ec = generateKeyPairSync('ec', { namedCurve: 'P-384' });
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const stranger = generateKeyPairSync('ec', { namedCurve: 'P-384' });
let service: CdsService;
let url = '';
const logs: string[] = [];

beforeAll(async () => {
  const rosterPath = join(dir, 'roster.json');
  writeFileSync(rosterPath, JSON.stringify(roster));
  const jwks = join(dir, 'ehr-keys.json');
  writeFileSync(jwks, JSON.stringify({ keys: [
    { ...ec.publicKey.export({ format: 'jwk' }), kid: 'ec-1', alg: 'ES384', use: 'sig' },
    { ...rsa.publicKey.export({ format: 'jwk' }), kid: 'rsa-1', alg: 'RS384', use: 'sig' },
  ] }));
  const auth = await CdsAuth.create({ issuers: [{ iss: ISS, jwks }], now: () => NOW });
  service = await startCdsService({ rosterPaths: [rosterPath], port: 0, now: () => NOW, auth, corsOrigins: ['https://ehr.example.org'], log: (l) => logs.push(l) });
  url = `http://127.0.0.1:${service.port}/cds-services/inscope-privileges`;
});
afterAll(() => service?.close());

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
function token(claims: Record<string, unknown> = {}, opts: { alg?: string; kid?: string; key?: KeyObject; signature?: string } = {}): string {
  const alg = opts.alg ?? 'ES384';
  const head = b64({ alg, typ: 'JWT', kid: opts.kid ?? (alg.startsWith('RS') ? 'rsa-1' : 'ec-1') });
  const now = NOW.getTime() / 1000;
  const body = b64({ iss: ISS, sub: 'ehr-client', aud: url, exp: now + 300, iat: now, jti: randomUUID(), ...claims });
  const data = Buffer.from(`${head}.${body}`);
  const key = opts.key ?? (alg.startsWith('RS') ? rsa.privateKey : ec.privateKey);
  const sig = opts.signature ?? (alg === 'none' ? '' : sign(alg.startsWith('RS') ? 'sha384' : 'sha384', data, alg.startsWith('ES') ? { key, dsaEncoding: 'ieee-p1363' } : key).toString('base64url'));
  return `${head}.${body}.${sig}`;
}
const request = {
  hookInstance: 'b0d7c3d2-0000-4000-8000-000000000001', hook: 'appointment-book',
  context: { userId: 'PractitionerRole/1', patientId: 'p-1', appointments: { resourceType: 'Bundle', type: 'collection', entry: [{ resource: {
    resourceType: 'Appointment', id: 'a1', status: 'proposed', start: '2026-12-01T08:00:00-05:00', serviceType: [{ text: 'LAP CHOLE' }],
    participant: [{ actor: { reference: 'Practitioner/P000001', display: 'Peña, Elena' } }],
  } }] } },
};
async function post(authorization?: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization: `Bearer ${authorization}` } : {}), ...headers }, body: JSON.stringify(request) });
  return { status: res.status, body: (await res.json()) as { cards?: unknown[]; error?: string }, cors: res.headers.get('access-control-allow-origin') };
}

describe('CDS service authentication', () => {
  it('answers a request signed by a trusted EHR (ES384 and RS384)', async () => {
    expect(await post(token())).toMatchObject({ status: 200, body: { cards: [] } });
    expect(await post(token({}, { alg: 'RS384' }))).toMatchObject({ status: 200, body: { cards: [] } });
  });

  it.each([
    ['no token', undefined, 'carries no signed token'],
    ['an expired token', () => token({ exp: NOW.getTime() / 1000 - 3600 }), 'has expired'],
    ['a token for another service', () => token({ aud: 'https://other.example.org/cds-services/x' }), 'another audience'],
    ['a token signed by another key', () => token({}, { key: stranger.privateKey }), 'signature does not verify'],
    ['a token from an issuer not trusted', () => token({ iss: 'https://evil.example.org' }), 'is not trusted'],
    ['a token with alg none', () => token({}, { alg: 'none', signature: 'x' }), 'is not accepted'],
    ['a token with alg none and no signature', () => token({}, { alg: 'none' }), 'carries no signed token'],
    ['a token with a shared-secret algorithm', () => token({}, { alg: 'HS256', signature: 'abc' }), 'is not accepted'],
    ['a token with no id', () => token({ jti: undefined }), 'no id (jti)'],
  ])('refuses %s with 401 and no card', async (_what, make, why) => {
    const r = await post(typeof make === 'function' ? make() : make);
    expect(r.status).toBe(401);
    expect(r.body.cards).toBeUndefined();
    expect(r.body.error).toContain(why);
  });

  it('refuses a token used twice (replay)', async () => {
    const t = token();
    expect((await post(t)).status).toBe(200);
    expect(await post(t)).toMatchObject({ status: 401, body: { error: expect.stringContaining('used before') } });
  });

  it('lets only the configured browser origins read its answers', async () => {
    expect((await post(token(), { origin: 'https://ehr.example.org' })).cors).toBe('https://ehr.example.org');
    expect((await post(token(), { origin: 'https://intranet-page.example.com' })).cors).toBeNull();
    const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://intranet-page.example.com', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(403);
  });

  it('will not start without trusted issuers unless told it is for development', async () => {
    await expect(startCdsService({ rosterPaths: [join(dir, 'roster.json')], port: 0 })).rejects.toThrow(/--trust ISSUER=JWKS/);
    await expect(CdsAuth.create({ issuers: [{ iss: ISS, jwks: join(dir, 'nope.json') }] })).rejects.toThrow(/cannot read the keys of https:\/\/ehr.example.org/);
    const secret = join(dir, 'secret.json');
    writeFileSync(secret, JSON.stringify({ keys: [ec.privateKey.export({ format: 'jwk' })] }));
    await expect(CdsAuth.create({ issuers: [{ iss: ISS, jwks: secret }] })).rejects.toThrow(/private or secret key/);
  });
});
