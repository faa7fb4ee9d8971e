/** The InScope core: pure TypeScript, no browser or extension APIs. */
export { VERSION } from './version';
export * from './verdict';
export * from './dates';
export { isValidNpi, npiCheckDigit } from './npi';
export * from './roster/schema';
export * from './roster/validate';
export { NameIndex, type Resolution } from './names';
export { ProcedureMatcher, type MatchResult, type MatchPart, type CatalogProcedure } from './procedures/matcher';
export { analyze } from './procedures/analyze';
export { Engine, DEFAULT_EXPIRY_WARNING_DAYS, type CaseInput, type EvaluateOptions, type PersonDetails } from './engine';
export { credentialLabel, conditionLabel, practitionerLabel, CREDENTIAL_LABELS } from './rules';
