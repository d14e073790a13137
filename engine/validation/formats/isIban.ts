/**
 * IBAN lengths of the countries a Bürgergeld recipient's account is most likely in (SEPA).
 * Other countries are accepted with any length the IBAN standard allows (15–34).
 */
const lengthByCountry: Readonly<Record<string, number>> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24,
  FI: 18, FR: 27, GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20,
  LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19,
  SK: 24, SM: 27, TR: 26,
};

/**
 * Format `iban`: an IBAN with a correct ISO 13616 mod-97 checksum. Spaces (as printed on bank
 * cards) and lower-case letters are accepted; German IBANs must have 22 characters.
 *
 * @example
 * isIban('DE89 3704 0044 0532 0130 00'); // true
 * isIban('DE89 3704 0044 0532 0130 01'); // false (checksum)
 */
export function isIban(value: string): boolean {
  const compact = value.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const expectedLength = lengthByCountry[compact.slice(0, 2)];
  if (expectedLength !== undefined && compact.length !== expectedLength) return false;
  return mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

/** The remainder of the number the letters-as-digits string spells, without big integers. */
function mod97(rearranged: string): number {
  let remainder = 0;
  for (const character of rearranged) {
    // A=10 … Z=35; a letter adds two digits, so the remainder is shifted by 100 instead of 10
    const code = character.charCodeAt(0);
    if (code >= 65) {
      remainder = (remainder * 100 + (code - 55)) % 97;
    } else {
      remainder = (remainder * 10 + (code - 48)) % 97;
    }
  }
  return remainder;
}
