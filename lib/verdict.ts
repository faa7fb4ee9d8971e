/**
 * Verdicts — a contract the overlay, the widget, the CDS service and the CLI all speak.
 * Four values, worst first: block, unknown, warn, ok.
 */

export type Verdict = 'block' | 'unknown' | 'warn' | 'ok';

/** Worst first, as the contract lists them. */
export const VERDICTS: readonly Verdict[] = ['block', 'unknown', 'warn', 'ok'];

const RANK: Record<Verdict, number> = { ok: 0, warn: 1, unknown: 2, block: 3 };

export function verdictRank(v: Verdict): number {
  return RANK[v];
}

/** The worse of two verdicts. */
export function worse(a: Verdict, b: Verdict): Verdict {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The worst verdict among reasons; `ok` when there are none. */
export function worstOf(reasons: ReadonlyArray<{ severity: Verdict }>): Verdict {
  let v: Verdict = 'ok';
  for (const r of reasons) if (RANK[r.severity] > RANK[v]) v = r.severity;
  return v;
}

export type ReasonCode =
  | 'practitioner-not-found'
  | 'practitioner-ambiguous'
  | 'practitioner-inactive'
  | 'practitioner-suspended'
  | 'excluded'
  | 'license-missing'
  | 'license-expired'
  | 'malpractice-expired'
  | 'credential-expired'
  | 'credential-expiring'
  | 'credential-inactive'
  | 'credential-restricted'
  | 'credential-unverified'
  | 'case-date-not-shown'
  | 'procedure-unknown'
  | 'approach-unspecified'
  | 'privilege-missing'
  | 'privilege-inactive'
  | 'privilege-not-yet-effective'
  | 'privilege-expired'
  | 'privilege-provisional'
  | 'privilege-temporary'
  | 'privilege-condition'
  | 'privileged'
  | 'credentials-current'
  | 'roster-stale'
  | 'no-roster'
  | 'no-vocabulary'
  | 'input-invalid'
  | 'facility-not-shown';

export interface Reason {
  code: ReasonCode;
  severity: Verdict;
  /** One sentence naming the privilege or credential and the date. */
  message: string;
  privilegeId?: string;
  credential?: string;
  condition?: string;
  date?: string;
}

/** A practitioner as a verdict names them. */
export interface PractitionerRef {
  id: string;
  name: string;
  npi?: string;
  type: string;
  department?: string;
}

/** A catalog procedure as a verdict names it. */
export interface ProcedureRef {
  privilegeId: string;
  privilege: string;
  procedure: string;
}

/** What the matcher found in one part of the booking text. */
export interface MatchedProcedure {
  /** The part of the booking text this came from. */
  text: string;
  status: 'matched' | 'unknown';
  /** Catalog procedures that fit (one procedure may sit in several privileges). */
  procedures: ProcedureRef[];
  via?: 'code' | 'text';
  /** For unknown parts: the closest catalog procedures, to verify manually. */
  candidates?: ProcedureRef[];
}

export interface CaseVerdict {
  verdict: Verdict;
  reasons: Reason[];
  /** The case date the rules were applied at (today, for a case whose date is not shown; as printed, when it could not be read). */
  date: string;
  /** Set when the case date is not shown: the verdict was checked on every day from `date` through this day. */
  horizon?: string;
  practitioner?: PractitionerRef;
  /** When the name fits nobody or several people. */
  candidates?: PractitionerRef[];
  procedures: MatchedProcedure[];
  /** Approaches and modalities the booking text uses (robotic, laparoscopic, …). */
  approaches: string[];
  laterality?: string;
  levels?: string[];
  /** With several facilities' rosters loaded: the facility whose roster decided. */
  facility?: FacilityRef;
}

/** A facility as a verdict names it. */
export interface FacilityRef {
  id: string;
  name: string;
}

export interface PersonVerdict {
  verdict: Verdict;
  reasons: Reason[];
  date: string;
  practitioner?: PractitionerRef;
  candidates?: PractitionerRef[];
  facility?: FacilityRef;
}

/**
 * What a badge needs of a verdict — the page's batch answers carry only this (2,000 full verdicts
 * are ~1.4 MB to send between processes); a card asks for the full verdict when it opens.
 */
export interface VerdictBrief {
  verdict: Verdict;
  practitioner?: { id: string; name: string };
  /** The name fits several practitioners. */
  ambiguous?: boolean;
}

/** The reasons worth a column of a verdict table: the ones as bad as the verdict (the CLI's audit, the workspace's). */
export function mainReasons(v: CaseVerdict): Reason[] {
  return v.reasons.filter((r) => r.severity === v.verdict);
}

export function briefOf(v: CaseVerdict | PersonVerdict): VerdictBrief {
  const out: VerdictBrief = { verdict: v.verdict };
  if (v.practitioner) out.practitioner = { id: v.practitioner.id, name: v.practitioner.name };
  if (v.reasons[0]?.code === 'practitioner-ambiguous') out.ambiguous = true;
  return out;
}

/** A full verdict (with reasons), not a brief. */
export function isFull<T extends CaseVerdict | PersonVerdict>(v: T | VerdictBrief): v is T {
  return (v as T).reasons !== undefined;
}
