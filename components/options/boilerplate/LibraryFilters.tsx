import type { Ref } from 'preact';
import { triageCodeSchema } from '../../../lib/sync/records';
import type { LibraryFilter } from './library-filter';
import { NETWORK_LABELS, NETWORKS } from './reply-draft';
import { CODE_LABELS } from '../../../lib/text/code-labels';

export interface LibraryFiltersProps {
  filter: LibraryFilter;
  tags: readonly string[];
  onChange: (filter: LibraryFilter) => void;
  searchRef: Ref<HTMLInputElement>;
  /** The id of the line saying how many replies match, read with the search box. */
  countId: string;
}

export function LibraryFilters({ filter, tags, onChange, searchRef, countId }: LibraryFiltersProps) {
  return (
    <div class="bp-filters" role="search" aria-label="Replies">
      <label class="bp-filters__search">
        Search replies
        <input ref={searchRef} type="search" value={filter.query} aria-describedby={countId} onInput={(event) => onChange({ ...filter, query: event.currentTarget.value })} />
      </label>
      <label>
        Filter by tag
        <select value={filter.tag} onChange={(event) => onChange({ ...filter, tag: event.currentTarget.value })}>
          <option value="">Any tag</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        Filter by code
        <select value={filter.code} onChange={(event) => onChange({ ...filter, code: triageCodeSchema.safeParse(event.currentTarget.value).data ?? '' })}>
          <option value="">Any code</option>
          {triageCodeSchema.options.map((code) => (
            <option key={code} value={code}>
              {CODE_LABELS[code]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Filter by network
        <select value={filter.network} onChange={(event) => onChange({ ...filter, network: event.currentTarget.value })}>
          <option value="">Any network</option>
          {NETWORKS.map((network) => (
            <option key={network} value={network}>
              {NETWORK_LABELS[network]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
