/**
 * What the words just before a number say it is. Order, tracking and case numbers are often
 * Luhn-valid by chance (one in ten is), so the label a customer writes in front of a number is
 * the only thing that tells "order 4111111111111111" from a card.
 */

/** Labels that make the number after them an identifier, not personal data. */
const IDENTIFIER_LABELS = new Set([
  'order', 'orders', 'purchase', 'tracking', 'track', 'trk', 'awb', 'waybill', 'shipment',
  'parcel', 'package', 'consignment', 'ups', 'fedex', 'usps', 'dhl', 'flight', 'flt',
  'booking', 'reservation', 'confirmation', 'conf', 'pnr', 'ref', 'reference', 'case',
  'ticket', 'incident', 'claim', 'invoice', 'receipt', 'transaction', 'txn', 'sku', 'item',
  'serial', 'imei', 'isbn', 'iban', 'id', 'status', 'rma', 'return', 'po',
]);

/** Labels that make the number a phone number, so it is not a card (the phone detector may take it). */
const PHONE_LABELS = new Set(['phone', 'call', 'tel', 'telephone', 'mobile', 'cell', 'fax', 'whatsapp', 'text']);

/** Filler between a label and its number: "order number is #", "case no.:". */
const FILLER = new Set(['number', 'numbers', 'no', 'num', 'nr', 'nbr', 'is', 'was', 'code', 'id', 'my', 'the', 'of']);

/** How far back to look; a label further away than this says nothing about the number. */
const WINDOW = 40;

export type NumberLabel = 'identifier' | 'phone' | null;

/**
 * The label directly before `start`: skip spaces, punctuation and filler words, then read one
 * word. A '#' right before the number counts as an identifier label on its own ("#4111…").
 */
export function labelBefore(text: string, start: number): NumberLabel {
  const from = Math.max(0, start - WINDOW);
  const before = text.slice(from, start).toLowerCase();
  if (/#\s*$/.test(before)) return 'identifier';
  const words = before.split(/[^a-z#]+/).filter((word) => word !== '');
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    if (word.includes('#')) return 'identifier';
    if (FILLER.has(word)) continue;
    if (IDENTIFIER_LABELS.has(word)) return 'identifier';
    if (PHONE_LABELS.has(word)) return 'phone';
    return null;
  }
  return null;
}

/** Letters, digits or URL/handle marks glued to a number make it part of a code, a link or a handle. */
export function gluedBefore(text: string, index: number): boolean {
  const ch = text.charAt(index - 1);
  return ch !== '' && /[\p{L}\p{N}_/\\=+@$&#]/u.test(ch);
}

export function gluedAfter(text: string, index: number): boolean {
  const ch = text.charAt(index);
  return ch !== '' && /[\p{L}\p{N}_/\\=@%]/u.test(ch);
}
