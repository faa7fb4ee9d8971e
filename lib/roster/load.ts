/**
 * Reads a roster file's text in any format InScope accepts and returns the canonical roster or
 * the errors. Today: the canonical JSON format.
 */
import { parseRosterJson, type RosterResult } from './validate';

export function parseRosterText(text: string, fileName = ''): RosterResult {
  const head = text.replace(/^\ufeff/, '').trimStart();
  if (!head) return { ok: false, errors: [{ path: '(file)', message: 'is empty' }] };
  if (head[0] !== '{' && head[0] !== '[') {
    return {
      ok: false,
      errors: [{ path: '(file)', message: `${fileName ? `"${fileName}" ` : ''}is not an InScope roster: expected JSON with "format": "inscope-roster"` }],
    };
  }
  return parseRosterJson(text);
}
