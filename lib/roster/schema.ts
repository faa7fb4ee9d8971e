/**
 * The canonical roster format, version 1 — a contract other tools produce (docs/roster-format.md,
 * JSON Schema generated into docs/roster.schema.json). Objects are loose: unknown extra fields
 * are kept, never rejected, so a producer can carry its own data through InScope.
 */
// zod/mini: the same validator as the rest of InScope, in its tree-shakable form — the roster
// schema ships in the widget, whose size budget classic zod alone would use up.
import * as z from 'zod/mini';
import { isValidNpi } from '../npi';

const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
const nonEmpty = z.string().check(z.trim(), z.minLength(1, { error: 'must not be empty' }));
const text = z.string();
const opt = z.optional;
/**
 * Descriptions feed the generated JSON Schema (docs/roster.schema.json); the widget build, which
 * never generates one, leaves them out (lib/build-flags.d.ts).
 */
export const describe = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  (typeof __INSCOPE_WIDGET__ !== 'undefined' ? schema : schema.check(z.describe(description)) as T);

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
  name: describe(nonEmpty, 'Procedure name as the catalog states it.'),
  codes: describe(opt(z.array(nonEmpty)),
    'Procedure codes (e.g. ICD-10-PCS, HCPCS, or CPT the facility licenses). An exact code match wins over text.'),
  synonyms: describe(opt(z.array(nonEmpty)),
    'Other names and abbreviations booking text uses for this procedure.'),
});

export const PrivilegeDefSchema = z.looseObject({
  id: describe(nonEmpty, "The facility's privilege identifier; grants refer to it."),
  name: nonEmpty,
  department: opt(text),
  kind: z.enum(['core', 'special']),
  procedures: describe(z.array(ProcedureDefSchema),
    'Procedures this privilege covers. May be empty for an approach privilege.'),
  approach: describe(opt(z.enum(APPROACHES)),
    'Set on a special privilege for an approach or modality: a case whose booking text uses it needs this privilege in addition to the privilege for the procedure.'),
});

export const CredentialSchema = z.looseObject({
  kind: z.enum(CREDENTIAL_KINDS),
  identifier: opt(text),
  issuer: describe(opt(text), 'State, board or carrier that issued it.'),
  status: describe(opt(nonEmpty),
    'As the credentialing system exports it: active, inactive, expired, lapsed, revoked, suspended, surrendered, probation, restricted, conditional, pending; for kind exclusion-check the result, clear or excluded. Any other value leaves the credential unverified (docs/roster-format.md).'),
  issued: opt(isoDate),
  expires: describe(opt(isoDate), 'Last day the credential is valid (inclusive).'),
  verifiedAt: opt(isoDate),
});

export const GrantSchema = z.looseObject({
  privilegeId: nonEmpty,
  status: z.enum(GRANT_STATUSES),
  effective: describe(opt(isoDate), 'First day the grant applies.'),
  expires: describe(opt(isoDate), 'Last day the grant applies (inclusive).'),
  conditions: describe(opt(z.array(nonEmpty)),
    'proctor-required, supervision-required, consultation-required, or free text.'),
  note: opt(text),
});

export const PractitionerSchema = z.looseObject({
  id: nonEmpty,
  npi: opt(z.string().check(z.refine(isValidNpi, { error: 'is not a valid NPI (10 digits with a correct check digit)' }))),
  name: z.looseObject({
    family: nonEmpty,
    given: z.array(nonEmpty),
    prefix: opt(text),
    suffix: opt(text),
  }),
  aliases: describe(opt(z.array(nonEmpty)), 'Other names pages print for this person.'),
  type: describe(nonEmpty, 'MD, DO, DPM, DDS, CRNA, NP, PA, CNM, …'),
  department: opt(text),
  status: z.enum(PRACTITIONER_STATUSES),
  credentials: z.array(CredentialSchema),
  privileges: z.array(GrantSchema),
});

/**
 * A facility's own vocabulary (docs/vocabulary.md): its booking shorthand, each term read as a
 * concept of InScope's vocabulary, as one catalog line, or as words that do not change the
 * privilege. It travels inside the roster (`vocabulary`), or beside it as its own file
 * (`inscope … --vocabulary FILE`).
 */
export const FacilityTermSchema = z.looseObject({
  term: describe(nonEmpty, 'The facility\'s wording, as bookings write it ("HANA TABLE", "SLNB/ALND").'),
  concept: opt(describe(nonEmpty, 'A concept id of InScope\'s vocabulary the term names.')),
  privilegeId: opt(describe(nonEmpty, 'The catalog privilege whose line the term names (with procedure).')),
  procedure: opt(describe(nonEmpty, 'The procedure name within that privilege (default: its only one).')),
  ignore: opt(describe(z.boolean(), 'The words do not change which privilege a case needs (equipment, positioning, people).')),
  note: opt(text),
}).check(z.refine((t) => [t.concept !== undefined, t.privilegeId !== undefined, t.ignore === true].filter(Boolean).length === 1, {
  error: 'must name exactly one of concept, privilegeId (with procedure) or ignore: true',
}));

export const FacilityVocabularySchema = z.looseObject({
  format: z.literal('inscope-facility-vocabulary'),
  version: z.literal(1),
  facility: opt(nonEmpty),
  terms: z.array(FacilityTermSchema),
  /** Add-ons booked with their parent are covered by the parent's line (default true). */
  addons: opt(z.boolean()),
});

export const RosterSchema = z.looseObject({
  format: z.literal('inscope-roster'),
  version: z.literal(1),
  generatedAt: z.iso.datetime({ offset: true, error: 'must be an ISO date-time, e.g. 2026-11-22T06:00:00Z' }),
  facility: z.looseObject({
    id: describe(nonEmpty, "The facility's identifier: one roster per facility; a health system loads one per facility."),
    name: nonEmpty,
    aliases: describe(opt(z.array(nonEmpty)),
      'Other names schedules print for the facility in a Facility / Location column or a room ("MAIN OR", "ASC NORTH", "SGH").'),
  }),
  privileges: z.array(PrivilegeDefSchema),
  practitioners: z.array(PractitionerSchema),
  vocabulary: opt(FacilityVocabularySchema),
});

export type FacilityVocabulary = z.infer<typeof FacilityVocabularySchema>;
export type FacilityTermDef = z.infer<typeof FacilityTermSchema>;
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
