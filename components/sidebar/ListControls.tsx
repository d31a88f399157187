import type { TriageCode } from '../../lib/sync/records';
import type { SortOrder } from './view';
import { CODE_LABELS, CODES } from '../../lib/text/code-labels';

export interface ListControlsProps {
  codes: ReadonlySet<TriageCode>;
  codeCounts: ReadonlyMap<TriageCode, number>;
  category: string | null;
  categoryCounts: ReadonlyMap<string, number>;
  sort: SortOrder;
  onToggleCode: (code: TriageCode) => void;
  onCategory: (category: string | null) => void;
  onSort: (sort: SortOrder) => void;
}

/** Filters by code and category and the sort order, above the list. */
export function ListControls(props: ListControlsProps) {
  const categories = [...props.categoryCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return (
    <div class="controls">
      <div class="controls__codes" role="group" aria-label="Filter by code">
        {CODES.map((code) => (
          <button
            key={code}
            type="button"
            class={`code-filter code-filter--${code}`}
            aria-pressed={props.codes.has(code)}
            onClick={() => props.onToggleCode(code)}
          >
            <span class={`dot dot--${code}`} aria-hidden="true" />
            {CODE_LABELS[code]} {props.codeCounts.get(code) ?? 0}
          </button>
        ))}
      </div>
      <div class="controls__row">
        <label class="controls__field">
          <span>Category</span>
          <select
            value={props.category ?? ''}
            onChange={(event) => props.onCategory(event.currentTarget.value || null)}
          >
            <option value="">All</option>
            {categories.map(([category, count]) => (
              <option key={category} value={category}>
                {category} ({count})
              </option>
            ))}
          </select>
        </label>
        <label class="controls__field">
          <span>Sort</span>
          <select value={props.sort} onChange={(event) => props.onSort(event.currentTarget.value === 'deadline' ? 'deadline' : 'page')}>
            <option value="page">Page order</option>
            <option value="deadline">Deadline</option>
          </select>
        </label>
      </div>
    </div>
  );
}
