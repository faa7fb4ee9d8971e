/**
 * The canonical roster format, version 1 — a contract other tools produce (docs/roster-format.md,
 * JSON Schema generated into docs/roster.schema.json). Objects are loose: unknown extra fields
 * are kept, never rejected, so a producer can carry its own data through InScope.
 */
import { z } from 'zod';
import { isValidNpi } from '../npi';

const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
const nonEmpty = z.string().trim().min(1, { error: 'must not be empty' });

export const PRACTITIONER_STATUSES = ['active', 'inactive', 'suspended'] as const;
export const CREDENTIAL_KINDS = [
  'license', 'dea', 'board-certification', 'bls', 'acls', 'pals', 'malpractice',
  'exclusion-check', 'other',
] as const;
export const GRANT_STATUSES = [
  'granted', 'provisional', 'temporary', 'pending', 'suspended', 'revoked', 'relinquished',
  'denied', 'expired',
] as const;
/** Conditions the rules name in plain words; any other string is allowed and shown as written. */
export const KNOWN_CONDITIONS = [
  'proctor-required', 'supervision-required', 'consultation-required',
] as const;
/** Approaches and modalities the procedure matcher detects in booking text. */
export const APPROACHES = [
  'robotic', 'laparoscopic', 'endoscopic', 'percutaneous', 'open', 'laser', 'fluoroscopy',
  'moderate-sedation',
] as const;

export const ProcedureDefSchema = z.looseObject({
  name: nonEmpty.describe('Procedure name as the catalog states it.'),
  codes: z.array(nonEmpty).optional()
    .describe('Procedure codes (e.g. ICD-10-PCS, HCPCS, or CPT the facility licenses). An exact code match wins over text.'),
  synonyms: z.array(nonEmpty).optional()
    .describe('Other names and abbreviations booking text uses for this procedure.'),
});

export const PrivilegeDefSchema = z.looseObject({
  id: nonEmpty.describe("The facility's privilege identifier; grants refer to it."),
  name: nonEmpty,
  department: z.string().optional(),
  kind: z.enum(['core', 'special']),
  procedures: z.array(ProcedureDefSchema)
    .describe('Procedures this privilege covers. May be empty for an approach privilege.'),
  approach: z.enum(APPROACHES).optional()
    .describe('Set on a special privilege for an approach or modality: a case whose booking text uses it needs this privilege in addition to the privilege for the procedure.'),
});

export const CredentialSchema = z.looseObject({
  kind: z.enum(CREDENTIAL_KINDS),
  identifier: z.string().optional(),
  issuer: z.string().optional().describe('State, board or carrier that issued it.'),
  status: z.enum(['clear', 'excluded']).optional()
    .describe('For kind exclusion-check: the result of the OIG LEIE / SAM check.'),
  issued: isoDate.optional(),
  expires: isoDate.optional().describe('Last day the credential is valid (inclusive).'),
  verifiedAt: isoDate.optional(),
});

export const GrantSchema = z.looseObject({
  privilegeId: nonEmpty,
  status: z.enum(GRANT_STATUSES),
  effective: isoDate.optional().describe('First day the grant applies.'),
  expires: isoDate.optional().describe('Last day the grant applies (inclusive).'),
  conditions: z.array(nonEmpty).optional()
    .describe('proctor-required, supervision-required, consultation-required, or free text.'),
  note: z.string().optional(),
});

export const PractitionerSchema = z.looseObject({
  id: nonEmpty,
  npi: z.string().refine(isValidNpi, { error: 'is not a valid NPI (10 digits with a correct check digit)' }).optional(),
  name: z.looseObject({
    family: nonEmpty,
    given: z.array(nonEmpty),
    prefix: z.string().optional(),
    suffix: z.string().optional(),
  }),
  aliases: z.array(nonEmpty).optional().describe('Other names pages print for this person.'),
  type: nonEmpty.describe('MD, DO, DPM, DDS, CRNA, NP, PA, CNM, …'),
  department: z.string().optional(),
  status: z.enum(PRACTITIONER_STATUSES),
  credentials: z.array(CredentialSchema),
  privileges: z.array(GrantSchema),
});

export const RosterSchema = z.looseObject({
  format: z.literal('inscope-roster'),
  version: z.literal(1),
  generatedAt: z.iso.datetime({ offset: true, error: 'must be an ISO date-time, e.g. 2026-11-22T06:00:00Z' }),
  facility: z.looseObject({ id: nonEmpty, name: nonEmpty }),
  privileges: z.array(PrivilegeDefSchema),
  practitioners: z.array(PractitionerSchema),
});

export type ProcedureDef = z.infer<typeof ProcedureDefSchema>;
export type PrivilegeDef = z.infer<typeof PrivilegeDefSchema>;
export type Credential = z.infer<typeof CredentialSchema>;
export type Grant = z.infer<typeof GrantSchema>;
export type Practitioner = z.infer<typeof PractitionerSchema>;
export type Roster = z.infer<typeof RosterSchema>;
/** What name resolution and verdicts need of a practitioner: no credentials, no grants. */
export type PersonEntry = Pick<Practitioner, 'id' | 'npi' | 'name' | 'aliases' | 'type' | 'department'>;
export type PractitionerStatus = (typeof PRACTITIONER_STATUSES)[number];
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];
export type GrantStatus = (typeof GRANT_STATUSES)[number];
export type Approach = (typeof APPROACHES)[number];
