/** When a note or hand-off was written, for a list. */
export function formatWritten(time: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** Notes by this agent say "You"; others' show the id the team server gave their author. */
export function authorLabel(authorId: string, you: string): string {
  return authorId === you ? 'You' : authorId;
}
