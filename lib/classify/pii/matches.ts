/**
 * Every match of a global pattern, as `text.matchAll(pattern)` gives them, without the copy of
 * the pattern `matchAll` makes on each call: that copy costs more than most scans of a post.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    // An empty match would be found again at the same place; matchAll steps past it the same way.
    if (match[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}
