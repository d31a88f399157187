import type { FilledTemplate } from '../../lib/boilerplate/placeholders';

/** A filled reply as text, its unfilled markers highlighted. */
export function FilledText({ filled }: { filled: FilledTemplate }) {
  const parts = [];
  let at = 0;
  for (const gap of filled.unfilled) {
    if (gap.start > at) parts.push(filled.text.slice(at, gap.start));
    parts.push(
      <mark class="ra-marker" key={gap.start} title={`Fill in the ${gap.name} before sending`}>
        {filled.text.slice(gap.start, gap.end)}
      </mark>,
    );
    at = gap.end;
  }
  if (at < filled.text.length) parts.push(filled.text.slice(at));
  return <>{parts}</>;
}
