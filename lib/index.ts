/**
 * The InScope core's public face: pure TypeScript, no DOM, no browser or extension APIs (lint
 * enforces it: eslint.config.js). Hosts — the extension, the widget, the CLI and the CDS service —
 * build on these; lib/index.test.ts checks that a host can reach a verdict through them alone.
 */
export { VERSION } from './version';
export * from './verdict';
export * from './dates';
export { isValidNpi, npiCheckDigit } from './npi';
export * from './roster/schema';
export * from './roster/validate';
export { readRoster, parseRosterText, detectRosterFormat, type RosterFormat } from './roster/load';
export { decodeRosterCsv, encodeRosterCsv } from './roster/csv-format';
export { decodeFhirRoster, encodeFhirBundle, nextPageUrl } from './roster/fhir';
export { diffRosters, type RosterDiff } from './roster/diff';
export { NameIndex, nameKeysOf, type NameKeys, type Resolution } from './names';
export { ProcedureMatcher, type MatchResult, type MatchPart, type CatalogProcedure } from './procedures/matcher';
export { analyze, readPart } from './vocabulary/read';
export { compileVocabulary, type Vocabulary } from './vocabulary/compile';
export { Engine, viewOf, DEFAULT_EXPIRY_WARNING_DAYS, type CaseInput, type EvaluateOptions, type PersonDetails, type RosterView } from './engine';
export { credentialLabel, conditionLabel, practitionerLabel, CREDENTIAL_LABELS } from './rules';
export { expiringSoon, expiringCsv, type ExpiringItem } from './expiring';
export { matchesPattern } from './match-pattern';
export { VerdictPolicy, DEFAULT_POLICY, staleSince, type PolicySettings, type RosterInForce } from './policy';
export { FacilityDirectory, SHARED_CREDENTIAL_KINDS, systemCredentials, type Facility } from './facilities';
export { builtinVocabulary } from './vocabulary/builtin';
export { generateRoster, generateAscRoster } from './demo/generate';
