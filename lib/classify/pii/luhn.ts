/** The Luhn check every payment card number passes (and one in ten random numbers does too). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

interface IssuerRange {
  /** Inclusive bounds of the number's first digits, both of the same length. */
  from: string;
  to: string;
  lengths: readonly number[];
}

const SIXTEEN_TO_NINETEEN = [16, 17, 18, 19];

/**
 * Issuer prefixes (IIN ranges) with the lengths each issues. Prefixes starting with 1, 7, 8, 9
 * or 0 issue no cards we look for, which is what keeps timestamps, status ids and most
 * tracking numbers (USPS 92/93/94…) out.
 */
const ISSUERS: readonly IssuerRange[] = [
  { from: '4', to: '4', lengths: [13, 16, 19] }, // Visa
  { from: '51', to: '55', lengths: [16] }, // Mastercard
  { from: '2221', to: '2720', lengths: [16] }, // Mastercard 2-series
  { from: '34', to: '34', lengths: [15] }, // Amex
  { from: '37', to: '37', lengths: [15] }, // Amex
  { from: '6011', to: '6011', lengths: SIXTEEN_TO_NINETEEN }, // Discover
  { from: '644', to: '649', lengths: SIXTEEN_TO_NINETEEN }, // Discover
  { from: '65', to: '65', lengths: SIXTEEN_TO_NINETEEN }, // Discover, RuPay
  { from: '3528', to: '3589', lengths: SIXTEEN_TO_NINETEEN }, // JCB
  { from: '300', to: '305', lengths: [14, 15, 16, 17, 18, 19] }, // Diners Club
  { from: '36', to: '36', lengths: [14, 15, 16, 17, 18, 19] }, // Diners Club
  { from: '38', to: '39', lengths: [14, 15, 16, 17, 18, 19] }, // Diners Club
  { from: '62', to: '62', lengths: SIXTEEN_TO_NINETEEN }, // UnionPay
  { from: '60', to: '60', lengths: SIXTEEN_TO_NINETEEN }, // RuPay
  { from: '2200', to: '2204', lengths: SIXTEEN_TO_NINETEEN }, // Mir
  { from: '50', to: '50', lengths: [13, 14, 15, 16, 17, 18, 19] }, // Maestro, Verve
  { from: '56', to: '58', lengths: [13, 14, 15, 16, 17, 18, 19] }, // Maestro
  { from: '6304', to: '6304', lengths: [13, 14, 15, 16, 17, 18, 19] }, // Maestro
  { from: '6759', to: '6759', lengths: [13, 14, 15, 16, 17, 18, 19] }, // Maestro UK
  { from: '6761', to: '6763', lengths: [13, 14, 15, 16, 17, 18, 19] }, // Maestro
];

export function plausibleIssuer(digits: string): boolean {
  return ISSUERS.some((issuer) => {
    const prefix = digits.slice(0, issuer.from.length);
    return prefix >= issuer.from && prefix <= issuer.to && issuer.lengths.includes(digits.length);
  });
}

export function isCardNumber(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && plausibleIssuer(digits) && luhnValid(digits);
}
