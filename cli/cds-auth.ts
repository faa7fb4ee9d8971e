/**
 * Who may ask the CDS service: the CDS Hooks specification's "Trusting CDS Clients". An EHR signs
 * a JSON Web Token per request (`Authorization: Bearer <JWT>`) with its private key; the service
 * checks it against the public keys (a JWKS) of issuers it was told to trust:
 *
 * - the signature, with an asymmetric algorithm (RS256/384/512, ES256/384/512; never `none` or a
 *   shared secret), by the key its `kid` names;
 * - `iss` is a trusted issuer; `aud` is this service's URL (as configured, or as the request
 *   reached it); `exp` has not passed, `iat` and `nbf` are not in the future (60 s of clock skew);
 *   `jti` is present and not seen before while the token lives (no replay).
 *
 * Everything fails closed: a request that does not pass gets 401 and no card.
 */
import { createPublicKey, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface TrustedIssuer {
  /** The `iss` the EHR puts in its tokens. */
  iss: string;
  /** Where its public keys are: a JWKS file, or an https URL (re-read every 10 minutes). */
  jwks: string;
}

export interface CdsAuthOptions {
  issuers: TrustedIssuer[];
  /** This service's URL as the EHR calls it (behind a proxy it differs from what the service sees). */
  audiences?: string[];
  now?: () => Date;
  fetch?: typeof fetch;
}

const ALGORITHMS: Record<string, { hash: string; ec: boolean }> = {
  RS256: { hash: 'sha256', ec: false }, RS384: { hash: 'sha384', ec: false }, RS512: { hash: 'sha512', ec: false },
  ES256: { hash: 'sha256', ec: true }, ES384: { hash: 'sha384', ec: true }, ES512: { hash: 'sha512', ec: true },
};
const SKEW_S = 60;

export class CdsAuth {
  private readonly keys = new Map<string, Array<{ kid?: string; key: KeyObject }>>();
  private readonly seen = new Map<string, number>();
  private timer?: NodeJS.Timeout;

  private constructor(private readonly options: CdsAuthOptions) {}

  /** Reads every issuer's keys; throws a sentence naming the issuer when one cannot be read. */
  static async create(options: CdsAuthOptions): Promise<CdsAuth> {
    if (!options.issuers.length) throw new Error('no trusted issuer: give --trust ISSUER=JWKS');
    const auth = new CdsAuth(options);
    for (const issuer of options.issuers) await auth.load(issuer);
    if (options.issuers.some((i) => /^https?:/.test(i.jwks))) {
      auth.timer = setInterval(() => {
        for (const issuer of options.issuers) if (/^https?:/.test(issuer.jwks)) auth.load(issuer).catch(() => undefined);
      }, 10 * 60_000);
      auth.timer.unref();
    }
    return auth;
  }

  close(): void {
    clearInterval(this.timer);
  }

  private async load(issuer: TrustedIssuer): Promise<void> {
    let text: string;
    if (/^https?:/.test(issuer.jwks)) {
      if (!issuer.jwks.startsWith('https:') && !/^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(issuer.jwks)) {
        throw new Error(`the keys of ${issuer.iss} must come over https (${issuer.jwks})`);
      }
      const res = await (this.options.fetch ?? fetch)(issuer.jwks, { redirect: 'error' });
      if (!res.ok) throw new Error(`the keys of ${issuer.iss} at ${issuer.jwks} answered ${res.status}`);
      text = await res.text();
    } else {
      try {
        text = readFileSync(issuer.jwks, 'utf8');
      } catch (e) {
        throw new Error(`cannot read the keys of ${issuer.iss} from "${issuer.jwks}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
    }
    let jwks: { keys?: unknown };
    try {
      jwks = JSON.parse(text);
    } catch {
      throw new Error(`the keys of ${issuer.iss} ("${issuer.jwks}") are not JSON`);
    }
    if (!Array.isArray(jwks.keys) || !jwks.keys.length) throw new Error(`the keys of ${issuer.iss} ("${issuer.jwks}") are not a JWKS: it needs "keys"`);
    const keys: Array<{ kid?: string; key: KeyObject }> = [];
    for (const jwk of jwks.keys as Array<JsonWebKey & { kid?: string }>) {
      // Public keys only: a JWKS that carries a private or shared key is a mistake to refuse.
      if (jwk.d !== undefined || jwk.k !== undefined) throw new Error(`the keys of ${issuer.iss} hold a private or secret key; give only public keys`);
      try {
        keys.push({ kid: jwk.kid, key: createPublicKey({ key: jwk, format: 'jwk' }) });
      } catch {
        throw new Error(`a key of ${issuer.iss}${jwk.kid ? ` (kid ${jwk.kid})` : ''} is not a public key InScope can read`);
      }
    }
    this.keys.set(issuer.iss, keys);
  }

  /** Checks a request's Authorization header; `reached` is the URL as the request arrived. */
  check(authorization: string | undefined, reached: string): { ok: true; iss: string } | { ok: false; why: string } {
    const m = /^Bearer\s+([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(authorization?.trim() ?? '');
    if (!m) return { ok: false, why: 'the request carries no signed token (Authorization: Bearer <JWT>)' };
    const json = (part: string): Record<string, unknown> | undefined => {
      try {
        const v = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
        return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
      } catch {
        return undefined;
      }
    };
    const header = json(m[1]);
    const claims = json(m[2]);
    if (!header || !claims) return { ok: false, why: 'the token is not a JSON Web Token' };
    const alg = ALGORITHMS[String(header.alg)];
    if (!alg) return { ok: false, why: `the token's algorithm "${String(header.alg)}" is not accepted (RS256/384/512, ES256/384/512)` };
    const iss = typeof claims.iss === 'string' ? claims.iss : '';
    const keys = this.keys.get(iss);
    if (!keys) return { ok: false, why: `the token's issuer "${iss}" is not trusted` };
    const candidates = header.kid === undefined ? keys : keys.filter((k) => k.kid === header.kid);
    if (!candidates.length) return { ok: false, why: `the issuer ${iss} has no key "${String(header.kid)}"` };
    const data = Buffer.from(`${m[1]}.${m[2]}`);
    const signature = Buffer.from(m[3], 'base64url');
    const signed = candidates.some(({ key }) => {
      try {
        return verify(alg.hash, data, alg.ec ? { key, dsaEncoding: 'ieee-p1363' } : key, signature);
      } catch {
        return false;
      }
    });
    if (!signed) return { ok: false, why: 'the token\'s signature does not verify' };
    const now = (this.options.now?.() ?? new Date()).getTime() / 1000;
    const exp = claims.exp;
    if (typeof exp !== 'number') return { ok: false, why: 'the token has no expiry (exp)' };
    if (exp < now - SKEW_S) return { ok: false, why: 'the token has expired' };
    if (typeof claims.iat === 'number' && claims.iat > now + SKEW_S) return { ok: false, why: 'the token was issued in the future (iat)' };
    if (typeof claims.nbf === 'number' && claims.nbf > now + SKEW_S) return { ok: false, why: 'the token is not valid yet (nbf)' };
    const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    const expected = [...(this.options.audiences ?? []), reached].map(trimSlash);
    if (!aud.some((a) => typeof a === 'string' && expected.includes(trimSlash(a)))) return { ok: false, why: `the token is for another audience (aud), not ${expected[0]}` };
    const jti = typeof claims.jti === 'string' ? claims.jti : '';
    if (!jti) return { ok: false, why: 'the token has no id (jti)' };
    for (const [id, until] of this.seen) if (until < now) this.seen.delete(id);
    const key = `${iss}\u0000${jti}`;
    if (this.seen.has(key)) return { ok: false, why: 'the token was used before (jti replayed)' };
    this.seen.set(key, exp + SKEW_S);
    return { ok: true, iss };
  }
}

function trimSlash(s: string): string {
  return s.replace(/\/+$/, '');
}
