/**
 * Reads a rich editor's box back as plain text, one line per block, the way the editors' own
 * plain-text views see it (Draft's getPlainText, ProseMirror's textBetween with '\n', Lexical's
 * paragraphs): every leaf block is a line, even an empty one; a <br> is a line break except the
 * placeholder <br> that ends a block. Positions in the DOM map to offsets in that text and back,
 * so a selection can be compared before and after an insertion, saved and restored.
 */

export interface BoundaryPoint {
  node: Node;
  offset: number;
}

export interface TextReading {
  text: string;
  /** Offsets into `text` of the points asked for, in the same order. */
  offsets: number[];
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tr', 'ul',
]);
const HIDDEN_TAGS = new Set(['script', 'style', 'template', 'noscript']);

interface TextRun {
  node: Text;
  at: number;
}

interface LineAnchor {
  point: BoundaryPoint;
  at: number;
}

interface Mark {
  index: number;
  at: number;
}

class LineWriter {
  private output = '';
  private lines = 0;
  private line = '';
  private explicit = false;
  private hasContent = false;
  private endsWithBreak = false;
  private lineMarks: Mark[] = [];
  private lineRuns: TextRun[] = [];
  private lineAnchor: BoundaryPoint | null = null;
  readonly offsets: number[];
  readonly runs: TextRun[] = [];
  readonly anchors: LineAnchor[] = [];

  constructor(points: number) {
    this.offsets = new Array<number>(points).fill(0);
  }

  mark(index: number, extra = 0): void {
    this.lineMarks.push({ index, at: this.line.length + extra });
  }

  text(node: Text, data: string): void {
    if (data.length === 0) return;
    this.lineRuns.push({ node, at: this.line.length });
    this.line += data;
    this.hasContent = true;
    this.endsWithBreak = false;
  }

  lineBreak(point: BoundaryPoint): void {
    this.lineAnchor ??= point;
    this.line += '\n';
    this.hasContent = true;
    this.endsWithBreak = true;
  }

  startBlock(block: Element): void {
    if (this.hasContent) this.flush();
    this.explicit = true;
    this.lineAnchor = { node: block, offset: 0 };
  }

  endBlock(): void {
    this.flush();
  }

  /** Ends the current line if it exists (a block's, or inline content outside any block). */
  flush(): void {
    if (!this.hasContent && !this.explicit) {
      // Nothing here yet: its positions belong to the start of whatever line comes next.
      for (const mark of this.lineMarks) mark.at = 0;
      return;
    }
    const text = this.endsWithBreak ? this.line.slice(0, -1) : this.line;
    const base = this.output.length + (this.lines > 0 ? 1 : 0);
    this.output += (this.lines > 0 ? '\n' : '') + text;
    this.lines += 1;
    for (const mark of this.lineMarks) this.offsets[mark.index] = base + Math.min(mark.at, text.length);
    for (const run of this.lineRuns) this.runs.push({ node: run.node, at: base + run.at });
    if (this.lineAnchor) this.anchors.push({ point: this.lineAnchor, at: base });
    this.line = '';
    this.explicit = false;
    this.hasContent = false;
    this.endsWithBreak = false;
    this.lineMarks = [];
    this.lineRuns = [];
    this.lineAnchor = null;
  }

  finish(): string {
    this.flush();
    for (const mark of this.lineMarks) this.offsets[mark.index] = this.output.length;
    return this.output;
  }
}

interface Walk {
  text: string;
  offsets: number[];
  runs: TextRun[];
  anchors: LineAnchor[];
}

function walk(root: Node, points: readonly BoundaryPoint[]): Walk {
  const writer = new LineWriter(points.length);
  const pointsByNode = new Map<Node, { index: number; offset: number }[]>();
  points.forEach((point, index) => {
    const list = pointsByNode.get(point.node) ?? [];
    list.push({ index, offset: point.offset });
    pointsByNode.set(point.node, list);
  });
  const markChildIndex = (node: Node, childIndex: number) => {
    for (const point of pointsByNode.get(node) ?? []) if (point.offset === childIndex) writer.mark(point.index);
  };

  const visitChildren = (node: Node, skip: boolean) => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i += 1) {
      markChildIndex(node, i);
      const child = children[i];
      if (child && !skip) visit(child);
    }
    for (const point of pointsByNode.get(node) ?? []) if (point.offset >= children.length) writer.mark(point.index);
  };

  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      // No-break spaces stand for ordinary spaces in contenteditable (the browser adds them so
      // that runs of spaces show); one for one, so offsets are unchanged.
      const data = text.data.replace(/\u00a0/g, ' ');
      for (const point of pointsByNode.get(node) ?? []) writer.mark(point.index, Math.min(point.offset, data.length));
      writer.text(text, data);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName;
    if (tag === 'br') {
      const parent = element.parentNode;
      if (parent) writer.lineBreak({ node: parent, offset: Array.from(parent.childNodes).indexOf(element) });
      return;
    }
    const skip = HIDDEN_TAGS.has(tag) || element.getAttribute('contenteditable') === 'false';
    const block = !skip && BLOCK_TAGS.has(tag);
    if (block) writer.startBlock(element);
    visitChildren(element, skip);
    if (block) writer.endBlock();
  };

  visitChildren(root, false);
  const text = writer.finish();
  return { text, offsets: writer.offsets, runs: writer.runs, anchors: writer.anchors };
}

/** The box's text, and where each of `points` (inside the box) falls in it. */
export function readText(root: Node, points: readonly BoundaryPoint[] = []): TextReading {
  const { text, offsets } = walk(root, points);
  return { text, offsets };
}

/** The DOM position of a text offset, for putting a caret back (clamped to the text). */
export function pointAtOffset(root: Node, offset: number): BoundaryPoint {
  const { text, runs, anchors } = walk(root, []);
  const target = Math.max(0, Math.min(offset, text.length));
  const run = runs.find((r) => target >= r.at && target <= r.at + r.node.data.length);
  if (run) return { node: run.node, offset: target - run.at };
  const anchor = anchors.find((a) => a.at === target);
  if (anchor) return anchor.point;
  return { node: root, offset: root.childNodes.length };
}

export interface TextSelection {
  text: string;
  start: number;
  end: number;
  /** The user selected from end to start (focus before anchor). */
  backward: boolean;
}

/** The box's text and the document's selection in it, or null when the selection is elsewhere. */
export function readSelection(root: Node): TextSelection | null {
  const selection = root.ownerDocument?.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const { text, offsets } = readText(root, [
    { node: range.startContainer, offset: range.startOffset },
    { node: range.endContainer, offset: range.endOffset },
  ]);
  const [start = 0, end = 0] = offsets;
  const backward = !range.collapsed && selection.anchorNode === range.endContainer && selection.anchorOffset === range.endOffset;
  return { text, start, end, backward };
}

/** Selects text offsets `start`–`end` of the box in the document's selection. */
export function selectOffsets(root: Node, start: number, end: number, backward: boolean): boolean {
  const selection = root.ownerDocument?.getSelection();
  if (!selection) return false;
  const from = pointAtOffset(root, start);
  const to = start === end ? from : pointAtOffset(root, end);
  if (backward) selection.setBaseAndExtent(to.node, to.offset, from.node, from.offset);
  else selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  return true;
}
