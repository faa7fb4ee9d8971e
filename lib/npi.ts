/**
 * National Provider Identifier check: 10 digits, the last a Luhn check digit computed over the
 * first nine with the constant 24 added (it stands for the card-issuer prefix 80840).
 */
export function npiCheckDigit(first9: string): number {
  let sum = 24;
  for (let i = 0; i < 9; i++) {
    let d = first9.charCodeAt(i) - 48;
    // Doubling starts with the rightmost of the nine digits.
    if ((8 - i) % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  return npiCheckDigit(npi.slice(0, 9)) === npi.charCodeAt(9) - 48;
}
