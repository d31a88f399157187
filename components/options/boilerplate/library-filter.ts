import { indexLibrary, rankTemplates } from '../../../lib/boilerplate/rank';
import type { Boilerplate, TriageCode } from '../../../lib/sync/records';

export interface LibraryFilter {
  query: string;
  /** '' for any. */
  tag: string;
  code: TriageCode | '';
  network: string;
}

export const NO_FILTER: LibraryFilter = { query: '', tag: '', code: '', network: '' };

/** The library as the editor lists it: favourites first in the agent's order, then the rest as given. */
export interface OrderedLibrary {
  replies: readonly Boilerplate[];
  /** How many of `replies`, from the start, are favourites. */
  favourites: number;
  tags: readonly string[];
}

export function orderLibrary(replies: readonly Boilerplate[], favouriteIds: readonly string[]): OrderedLibrary {
  const byId = new Map(replies.map((reply) => [reply.id, reply]));
  const favourites = favouriteIds.flatMap((id) => byId.get(id) ?? []);
  const starred = new Set(favourites);
  const ordered = [...favourites, ...replies.filter((reply) => !starred.has(reply))];
  const tags = [...new Set(replies.flatMap((reply) => reply.tags))].sort((a, b) => a.localeCompare(b));
  return { replies: ordered, favourites: favourites.length, tags };
}

/**
 * The replies that pass the filter, in library order. The search reads the same index as the
 * reply assistant's search box (built once per library), so a query finds here what it finds
 * there; a code or network filter keeps the replies that would be offered for such a post,
 * those written for any code or network included.
 */
export function filterLibrary(library: OrderedLibrary, filter: LibraryFilter): Boilerplate[] {
  const searched = filter.query.trim() === '' ? null : new Set(rankTemplates(indexLibrary(library.replies), { text: '' }, { query: filter.query }).map((ranked) => ranked.template));
  return library.replies.filter(
    (reply) =>
      (searched === null || searched.has(reply)) &&
      (filter.tag === '' || reply.tags.includes(filter.tag)) &&
      (filter.code === '' || reply.codes.length === 0 || reply.codes.includes(filter.code)) &&
      (filter.network === '' || reply.networks.length === 0 || reply.networks.includes(filter.network)),
  );
}
