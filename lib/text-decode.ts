/**
 * Text from the bytes of a file or an HTTP body, in the encodings exports come in: UTF-8 (with or
 * without a BOM), UTF-16 with a BOM (Excel's "Unicode text"), and Windows-1252 (Excel's "CSV" on
 * Windows, where "Peña" is one byte per letter). Bytes that are none of these — a binary file,
 * UTF-16 without its BOM — are reported, not turned into replacement characters.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; error: string };

/** Windows-1252 leaves these bytes undefined: a file holding them is not 1252 text either. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

export function decodeText(input: Uint8Array | ArrayBuffer): DecodedText {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const decode = (encoding: Encoding, from: number): DecodedText => {
    try {
      return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(from)), encoding };
    } catch {
      return { ok: false, error: `is not valid ${encoding.toUpperCase()} text, although it starts with that encoding's byte-order mark` };
    }
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode('utf-8', 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', 2);
  let nul = false;
  for (let i = 0; i < bytes.length && !nul; i++) nul = bytes[i] === 0;
  if (nul) {
    return { ok: false, error: 'is not text (it holds NUL bytes): save it as UTF-8, or as UTF-16 with a byte-order mark' };
  }
  const utf8 = decode('utf-8', 0);
  if (utf8.ok) return utf8;
  for (const b of bytes) {
    if (UNDEFINED_1252.has(b)) return { ok: false, error: 'is neither UTF-8 nor Windows-1252 text: save it as UTF-8' };
  }
  return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}
