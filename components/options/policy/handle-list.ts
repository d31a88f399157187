import Papa from 'papaparse';

/** A first row naming its column, as exports from a spreadsheet or a social tool start. */
const HEADER = /^(handles?|usernames?|user ?names?|screen_?names?|accounts?|users?|vips?)$/i;

/**
 * The handles in an imported list, as lines for the VIP box: a .csv's first column (through a
 * real CSV parser, so quoted cells with commas read right), else one a line. Checking them is
 * left to the box, which says which line is wrong.
 */
export function handlesInFile(text: string, fileName: string): string[] {
  const cells = fileName.toLowerCase().endsWith('.csv')
    ? Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data.map((row) => row[0] ?? '')
    : text.split(/\r?\n/);
  const lines = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  return lines.length > 0 && HEADER.test(lines[0] ?? '') ? lines.slice(1) : lines;
}
