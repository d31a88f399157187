/**
 * The placeholder language of boilerplate bodies.
 *
 * - `{name}`, `{handle}`, `{agent}`, `{link}`, `{ticket}` are filled when a reply is inserted
 *   (case does not matter: `{Name}` is `{name}`).
 * - `{{` and `}}` stand for a literal `{` and `}`: "Use code {{SPRING}}" reads "Use code {SPRING}".
 * - Other words between braces (`{nmae}`, `{order number}`) are an unknown placeholder, and a
 *   brace without its partner (`{name`, a lone `}`, the "{" of "{see you, Sam}") is unbalanced.
 *   Both are kept as the literal text they are and reported, so a typo in the library never
 *   breaks a reply, and a manager sees where it is.
 *
 * Offsets are UTF-16 indices into the body, as `String.prototype.slice` takes them.
 */

export const PLACEHOLDER_NAMES = ['name', 'handle', 'agent', 'link', 'ticket'] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

export type ProblemKind = 'unknown placeholder' | 'unbalanced brace';

export type TemplateSegment =
  /** `text` is what the reader sees: escapes resolved. `start`/`end` cover the source. */
  | { kind: 'text'; text: string; start: number; end: number }
  | { kind: 'placeholder'; name: PlaceholderName; start: number; end: number }
  /** `text` is the source as written (`{nmae}`, `{`), which a filled reply keeps literally. */
  | { kind: 'problem'; problem: ProblemKind; text: string; start: number; end: number };

export interface TemplateProblem {
  kind: ProblemKind;
  /** For a manager: what is wrong, where (counting characters from 1), and what would be right. */
  message: string;
  start: number;
  end: number;
}

export interface FilledTemplate {
  text: string;
  /** Placeholders left without a value: their marker's range in `text`, for the UI to highlight. */
  unfilled: { name: PlaceholderName; start: number; end: number }[];
}

const OPEN = '{';
const CLOSE = '}';
/** After its "{", what a placeholder, known or misspelt ("{nmae}", "{order number}"), may be. */
const PLACEHOLDER_REST = /[\p{L}\p{N}_ -]{0,32}\}/uy;
const KNOWN: ReadonlySet<string> = new Set(PLACEHOLDER_NAMES);

export function isPlaceholderName(name: string): name is PlaceholderName {
  return KNOWN.has(name);
}

export function parseTemplate(body: string): TemplateSegment[] {
  const segments: TemplateSegment[] = [];
  let literal = '';
  let literalStart = 0;
  const flushLiteral = (end: number): void => {
    if (end > literalStart) segments.push({ kind: 'text', text: literal, start: literalStart, end });
    literal = '';
  };
  let i = 0;
  // Jumps from brace to brace: the text between is copied in one slice, not a character at a time.
  const nextBrace = braceFinder(body);
  for (let brace = nextBrace(0); brace !== -1; brace = nextBrace(i)) {
    literal += body.slice(i, brace);
    const char = body.charAt(brace);
    if (body.charAt(brace + 1) === char) {
      literal += char;
      i = brace + 2;
      continue;
    }
    flushLiteral(brace);
    const close = char === OPEN ? closingBrace(body, brace + 1) : -1;
    if (close === -1) {
      segments.push({ kind: 'problem', problem: 'unbalanced brace', text: char, start: brace, end: brace + 1 });
      i = brace + 1;
    } else {
      const inner = body.slice(brace + 1, close).toLowerCase();
      if (isPlaceholderName(inner)) segments.push({ kind: 'placeholder', name: inner, start: brace, end: close + 1 });
      else segments.push({ kind: 'problem', problem: 'unknown placeholder', text: body.slice(brace, close + 1), start: brace, end: close + 1 });
      i = close + 1;
    }
    literalStart = i;
  }
  literal += body.slice(i);
  flushLiteral(body.length);
  return segments;
}

/**
 * The next brace at or after a position, positions only ever growing. Each kind is searched
 * again only once passed, so a paste full of one kind of brace stays linear.
 */
function braceFinder(body: string): (from: number) => number {
  let open = body.indexOf(OPEN);
  let close = body.indexOf(CLOSE);
  return (from) => {
    if (open !== -1 && open < from) open = body.indexOf(OPEN, from);
    if (close !== -1 && close < from) close = body.indexOf(CLOSE, from);
    return open === -1 ? close : close === -1 ? open : Math.min(open, close);
  };
}

/**
 * Where the placeholder opened just before `from` closes, or -1 when what follows is not a name
 * ("{name, see you}"): then the "{" is a stray brace, not a misspelt placeholder.
 */
function closingBrace(body: string, from: number): number {
  PLACEHOLDER_REST.lastIndex = from;
  return PLACEHOLDER_REST.test(body) ? PLACEHOLDER_REST.lastIndex - 1 : -1;
}

export function templateProblems(body: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const segment of parseTemplate(body)) {
    if (segment.kind !== 'problem') continue;
    problems.push({ kind: segment.problem, message: problemMessage(segment), start: segment.start, end: segment.end });
  }
  return problems;
}

const KNOWN_LIST = PLACEHOLDER_NAMES.map((name) => `{${name}}`).join(', ');

function problemMessage(segment: Extract<TemplateSegment, { kind: 'problem' }>): string {
  const at = `at character ${segment.start + 1}`;
  if (segment.problem === 'unbalanced brace') {
    const missing = segment.text === OPEN ? 'a "{" without its "}"' : 'a "}" without its "{"';
    return `Unbalanced brace ${at}: ${missing}. Write {{ or }} for a brace meant as text.`;
  }
  const guess = closestName(segment.text.slice(1, -1).toLowerCase());
  const hint = guess === undefined ? '' : ` Did you mean {${guess}}?`;
  return `Unknown placeholder ${segment.text} ${at}; known: ${KNOWN_LIST}.${hint}`;
}

/** The known name a typo most likely meant: at most two edits away, or none. */
function closestName(typed: string): PlaceholderName | undefined {
  let best: PlaceholderName | undefined;
  let bestDistance = MAX_TYPO_EDITS + 1;
  for (const name of PLACEHOLDER_NAMES) {
    // Lengths this far apart are more edits apart than any typo: no need to count them.
    if (Math.abs(typed.length - name.length) > MAX_TYPO_EDITS) continue;
    const distance = editDistance(typed, name);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

const MAX_TYPO_EDITS = 2;

/** Edits (insert, delete, substitute, swap two neighbours) between two short strings, three rows at a time. */
function editDistance(a: string, b: string): number {
  let twoBack = new Uint8Array(b.length + 1);
  let previous = Uint8Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Uint8Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (twoBack[j - 2] ?? 0) + 1);
      current[j] = best;
    }
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return previous[b.length] ?? 0;
}

/** What stands in a reply for a placeholder nobody filled: visibly not finished, never braces. */
export function unfilledMarker(name: PlaceholderName): string {
  return `[${name}]`;
}

/**
 * The reply a template makes with these values. Values go in as plain text, never parsed again,
 * so a display name like "{link}" or "<script>" comes out exactly as written. Unknown and
 * unbalanced placeholders stay as the literal text they are.
 */
export function fillTemplate(body: string, values: PlaceholderValues): FilledTemplate {
  let text = '';
  const unfilled: FilledTemplate['unfilled'] = [];
  for (const segment of parseTemplate(body)) {
    if (segment.kind !== 'placeholder') {
      text += segment.text;
      continue;
    }
    const value = normalisedValue(segment.name, values[segment.name]);
    if (value !== undefined) {
      text += value;
      continue;
    }
    const marker = unfilledMarker(segment.name);
    unfilled.push({ name: segment.name, start: text.length, end: text.length + marker.length });
    text += marker;
  }
  return { text, unfilled };
}

function normalisedValue(name: PlaceholderName, value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (name !== 'handle') return trimmed;
  // Handles arrive with or without their "@"; a reply always shows exactly one.
  const bare = trimmed.replace(/^@+/, '');
  return bare ? `@${bare}` : undefined;
}
