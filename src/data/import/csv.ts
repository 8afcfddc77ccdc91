/**
 * A small RFC 4180 CSV reader for catalogue files saved from a spreadsheet: quoted cells with `""`
 * escapes and line breaks inside quotes, CRLF or LF, a UTF-8 byte-order mark, and `,`, `;` or tab as
 * the delimiter (found from the header line, as Vietnamese Excel saves with `;` on some machines).
 */

/** One data line of a CSV file. */
export interface CsvRow {
  /** Line of the file where the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

/** A parsed CSV file. */
export interface CsvTable {
  delimiter: ',' | ';' | '\t';
  header: string[];
  rows: CsvRow[];
  /** A quote was still open at the end of the file (the last record is cut). */
  unterminated: boolean;
}

/** The delimiter used by the header line: whichever of `,` `;` tab occurs most outside quotes. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  return counts[';'] > counts[','] && counts[';'] >= counts['\t'] ? ';' : counts['\t'] > counts[','] ? '\t' : ',';
}

/**
 * Parses CSV text. Blank lines are skipped; rows keep their starting line number for the report.
 * Never throws.
 */
export function parseCsv(input: string, delimiter?: ',' | ';' | '\t'): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delim = delimiter ?? detectDelimiter(text);
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let sawContent = false;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    if (sawContent || cells.length > 1 || cells[0] !== '') records.push({ line: startLine, cells });
    cells = [];
    sawContent = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      sawContent = true;
    } else if (c === delim) {
      endCell();
      sawContent = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      startLine = line;
    } else {
      cell += c;
      if (c.trim() !== '') sawContent = true;
    }
  }
  if (cell !== '' || cells.length > 0 || quoted) endRecord();
  const [head, ...rows] = records;
  return { delimiter: delim, header: head?.cells.map((h) => h.trim()) ?? [], rows, unterminated: quoted };
}
