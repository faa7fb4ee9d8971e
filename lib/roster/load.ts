/**
 * Reads a roster file in any format InScope accepts — canonical JSON, FHIR R4 (Bundle or NDJSON),
 * or CSV — from its bytes (UTF-8, UTF-16 with a BOM, Windows-1252) or its text, and returns the
 * canonical roster or every error. One entry point for the CLI, the CDS service, the extension's
 * import and sync, and the widget.
 */
import { decodeText, type Encoding } from '../text-decode';
import { decodeRosterCsv, looksLikeRosterCsv } from './csv-format';
import { decodeFhirRoster, looksLikeFhir, looksLikeFhirXml } from './fhir';
import { parseRosterJson, type DecodeOptions, type RosterResult, type Timings } from './validate';

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
  /** The text encoding the bytes were in (when read from bytes). */
  encoding?: Encoding;
  result: RosterResult;
}

export type ReadOptions = DecodeOptions & { timings?: Timings };

/**
 * `options.catalog` supplies the privilege catalog for CSV and FHIR files, which carry grants
 * but not the procedures each privilege covers.
 */
export function parseRosterText(text: string, fileName = '', options: DecodeOptions = {}): RosterResult {
  return readRoster(text, fileName, options).result;
}

/** A roster from a file's or response's bytes: the encoding detected first, invalid text reported as such. */
export function readRosterBytes(bytes: Uint8Array | ArrayBuffer, fileName = '', options: ReadOptions = {}): ParsedRoster {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { result: { ok: false, errors: [{ path: '(file)', message: `${fileName ? `"${fileName}" ` : ''}${decoded.error}` }] } };
  return { ...readRoster(decoded.text, fileName, options), encoding: decoded.encoding };
}

export function readRoster(text: string, fileName = '', options: ReadOptions = {}): ParsedRoster {
  if (!text.replace(/^\ufeff/, '').trim()) return { result: { ok: false, errors: [{ path: '(file)', message: 'is empty' }] } };
  const format = detectRosterFormat(text);
  try {
    switch (format) {
      case 'fhir': return { format, result: decodeFhirRoster(text, options) };
      case 'json': return { format, result: parseRosterJson(text, options.timings, options) };
      case 'csv': return { format, result: decodeRosterCsv(text, options) };
      default: break;
    }
  } catch (e) {
    // The readers report what they find; anything they did not foresee is still one sentence, never a crash.
    return { format, result: { ok: false, errors: [{ path: '(file)', message: `could not be read: ${(e as Error)?.message ?? e}` }] } };
  }
  const named = fileName ? `"${fileName}" ` : '';
  if (looksLikeFhirXml(text)) {
    return { result: { ok: false, errors: [{ path: '(file)', message: `${named}is FHIR XML: InScope reads FHIR as JSON (a Bundle or NDJSON); ask the server for application/fhir+json` }] } };
  }
  return {
    result: {
      ok: false,
      errors: [{
        path: '(file)',
        message: `${named}is not an InScope roster: expected canonical JSON ("format": "inscope-roster"), FHIR R4 (a Bundle or NDJSON), or CSV with practitioner_id and family_name columns`,
      }],
    },
  };
}
