/** Prints benchmark rows as an aligned table; the first row is the header. */
export function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  rows.forEach((r, i) => {
    console.log(r.map((c, j) => c.padEnd(widths[j])).join('  ').trimEnd());
    if (i === 0) console.log(widths.map((n) => '-'.repeat(n)).join('  '));
  });
}
