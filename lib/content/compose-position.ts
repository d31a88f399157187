export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Placement {
  /** Below: the panel's top. Above: the distance from the viewport's bottom to the panel's bottom, so its own height never matters. */
  edge: number;
  left: number;
  width: number;
  maxHeight: number;
  side: 'below' | 'above';
}

const GAP = 8;
const MARGIN = 8;
const MIN_WIDTH = 340;
const MAX_WIDTH = 520;
/** Below this the panel is too cramped to use; it goes to the roomier side. */
const COMFORTABLE_HEIGHT = 300;
/** The panel's tallest (compose.css caps it there too). */
export const PANEL_MAX_HEIGHT = 560;

/** The union of the box and its send button: what the panel must leave visible. */
export function around(boxes: readonly Box[]): Box {
  return {
    top: Math.min(...boxes.map((b) => b.top)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
    left: Math.min(...boxes.map((b) => b.left)),
    right: Math.max(...boxes.map((b) => b.right)),
  };
}

/**
 * Where the panel goes: below the compose box and its send button, or above the box when there
 * is more room there, never over them; as wide as the box within limits, inside the viewport.
 */
export function placePanel(anchor: Box, viewport: { width: number; height: number }): Placement {
  const width = Math.max(Math.min(Math.max(anchor.right - anchor.left, MIN_WIDTH), MAX_WIDTH, viewport.width - 2 * MARGIN), 0);
  const left = Math.min(Math.max(anchor.left, MARGIN), Math.max(viewport.width - width - MARGIN, MARGIN));
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const side = below >= COMFORTABLE_HEIGHT || below >= above ? 'below' : 'above';
  const maxHeight = Math.max(Math.min(side === 'below' ? below : above, PANEL_MAX_HEIGHT), 0);
  const edge = side === 'below' ? anchor.bottom + GAP : viewport.height - anchor.top + GAP;
  return { edge, left, width, maxHeight, side };
}
