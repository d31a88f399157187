import type { Finding } from '../../lib/tone';
import { fixLabel, quoted } from './findings';

export interface FindingListProps {
  text: string;
  findings: readonly Finding[];
  onFix: (finding: Finding) => void;
}

export function FindingList({ text, findings, onFix }: FindingListProps) {
  if (text.trim() === '') return <p class="ra-empty">Findings about tone show here as you type.</p>;
  if (findings.length === 0) return <p class="ra-empty ra-empty--ok">Nothing to flag in the tone.</p>;
  return (
    <ul class="ra-findings" aria-label="Tone findings">
      {findings.map((finding) => (
        <li class="ra-finding" key={`${finding.rule}:${finding.start}:${finding.end}`} data-rule={finding.rule}>
          <p class="ra-finding__message">{finding.message}</p>
          <p class="ra-finding__where">
            {finding.start === finding.end ? (
              <span class="ra-finding__place">{finding.start >= text.length ? 'At the end' : `At character ${finding.start + 1}`}</span>
            ) : (
              <q class="ra-finding__quote">{quoted(text, finding)}</q>
            )}
            {finding.fix && (
              <button type="button" class="ra-button ra-finding__fix" aria-label={fixLabel(text, finding)} title={fixLabel(text, finding)} onClick={() => onFix(finding)}>
                Fix
              </button>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
