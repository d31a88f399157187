/**
 * Letters of any script, as far as a scanner needs: everything from Latin-1 letters upwards that
 * is not punctuation, a symbol block or an emoji. Shared by the triage tokenizer and the tone
 * check's scanner, which both read UTF-16 code units one at a time.
 */
export function isNonAsciiLetter(code: number): boolean {
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (code >= 0xfe00 && code <= 0xfe0f) return false;
  return !(code >= 0xff00 && code <= 0xff20);
}
