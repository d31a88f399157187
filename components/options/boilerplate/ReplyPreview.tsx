import { fillTemplate, type PlaceholderValues } from '../../../lib/boilerplate/placeholders';
import { replyLength } from '../../../lib/tone/length';

/** What the preview fills placeholders with: a customer, an agent and a case that look real. */
export const SAMPLE_VALUES: Readonly<Required<PlaceholderValues>> = {
  name: 'Marcus',
  handle: '@marcus_lee',
  agent: 'Sam',
  link: 'https://help.example.com/articles/1042',
  ticket: 'CB-1042',
};

export interface ReplyPreviewProps {
  label: string;
  template: string;
}

/** A template as a customer on X would read it, and its length as X counts it. */
export function ReplyPreview({ label, template }: ReplyPreviewProps) {
  const { text } = fillTemplate(template, SAMPLE_VALUES);
  const { length, limit } = replyLength(text, 'x');
  const over = limit !== null && length > limit;
  return (
    <figure class="bp-preview">
      <figcaption>{label}</figcaption>
      <p class="bp-preview__text">{text}</p>
      <p class={over ? 'bp-preview__length bp-preview__length--over' : 'bp-preview__length'}>
        {length.toLocaleString('en')} / {limit} on X{over ? ` · ${(length - limit).toLocaleString('en')} over the limit` : ''}
      </p>
    </figure>
  );
}
