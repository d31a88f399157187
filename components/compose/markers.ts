import { PLACEHOLDER_NAMES, unfilledMarker, type PlaceholderName } from '../../lib/boilerplate/placeholders';

export interface MarkerInText {
  name: PlaceholderName;
  marker: string;
  start: number;
  end: number;
}

const MARKERS = PLACEHOLDER_NAMES.map((name) => ({ name, marker: unfilledMarker(name) }));

/** Unfilled placeholders still in the reply ("[link]"), in text order, for the agent to fill before sending. */
export function markersToFill(text: string): MarkerInText[] {
  const found: MarkerInText[] = [];
  for (const { name, marker } of MARKERS) {
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length)) {
      found.push({ name, marker, start: at, end: at + marker.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
