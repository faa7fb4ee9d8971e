/** Text folding shared by name resolution and procedure matching. */

const SPECIAL: Record<string, string> = {
  ß: 'ss', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd',
  ı: 'i',
};
const SPECIAL_RE = /[ßøØæÆœŒłŁđĐı]/g;
const MARKS = /[\u0300-\u036f]/g;

/** Lower case without diacritics: "Peña" → "pena", "MÜLLER" → "muller". */
export function fold(s: string): string {
  // Fast path: plain ASCII needs no Unicode normalisation.
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  return s.replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c).normalize('NFD').replace(MARKS, '').toLowerCase();
}
