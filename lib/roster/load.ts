/**
 * Reads a roster file's text in any format InScope accepts — canonical JSON, FHIR R4 (Bundle or
 * NDJSON), or CSV — and returns the canonical roster or every error. One entry point for the
 * CLI, the extension's import and sync, and the widget.
 */
import { decodeRosterCsv, looksLikeRosterCsv, type DecodeOptions } from './csv-format';
import { decodeFhirRoster, looksLikeFhir } from './fhir';
import { parseRosterJson, type RosterResult, type Timings } from './validate';

export type RosterFormat = 'json' | 'fhir' | 'csv';

export function detectRosterFormat(text: string): RosterFormat | undefined {
  const head = text.replace(/^\ufeff/, '').trimStart();
  if (looksLikeFhir(head)) return 'fhir';
  if (head.startsWith('{')) return 'json';
  if (looksLikeRosterCsv(head)) return 'csv';
  return undefined;
}

export interface ParsedRoster {
  format?: RosterFormat;
  result: RosterResult;
}

/**
 * `options.catalog` supplies the privilege catalog for CSV and FHIR files, which carry grants
 * but not the procedures each privilege covers.
 */
export function parseRosterText(text: string, fileName = '', options: DecodeOptions = {}): RosterResult {
  return readRoster(text, fileName, options).result;
}

export function readRoster(text: string, fileName = '', options: DecodeOptions & { timings?: Timings } = {}): ParsedRoster {
  if (!text.replace(/^\ufeff/, '').trim()) return { result: { ok: false, errors: [{ path: '(file)', message: 'is empty' }] } };
  const format = detectRosterFormat(text);
  switch (format) {
    case 'fhir': return { format, result: decodeFhirRoster(text, options) };
    case 'json': return { format, result: parseRosterJson(text, options.timings) };
    case 'csv': return { format, result: decodeRosterCsv(text, options) };
    default:
      return {
        result: {
          ok: false,
          errors: [{
            path: '(file)',
            message: `${fileName ? `"${fileName}" ` : ''}is not an InScope roster: expected canonical JSON ("format": "inscope-roster"), FHIR R4 (a Bundle or NDJSON), or CSV with practitioner_id and family_name columns`,
          }],
        },
      };
  }
}
