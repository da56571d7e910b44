/**
 * Reads CSV (RFC 4180, with Excel's leniencies) from decoded text chunks as they arrive, so a
 * 100,000-row file is never held whole, and picks the delimiter from a sample. A chunk may end
 * anywhere: inside a quoted field, between \r and \n, between the two quotes of an escaped quote.
 */

export type Delimiter = ',' | ';' | '\t';

export interface CsvRow {
  /** 1-based line in the file where the row starts (a quoted field with line breaks spans more). */
  line: number;
  cells: string[];
}

export type CsvProblem = 'unclosedQuote' | 'tooManyColumns' | 'cellTooLong';

/** A file the reader refuses; `line` is where the row (tooManyColumns) or the cell starts. */
export class CsvError extends Error {
  constructor(
    readonly problem: CsvProblem,
    readonly line: number,
  ) {
    super(`CSV ${problem} at line ${line}`);
    this.name = 'CsvError';
  }
}

// Limits against hostile or broken files: a runaway quote would otherwise swallow the whole file
// into one cell, and a line of delimiters would make a million columns.
export const MAX_CELLS_PER_ROW = 1_000;
export const MAX_CELL_LENGTH = 100_000;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

// Where the scan is, as plain numbers: this is the inner loop of a 100,000-row import.
/** At the start of a cell. */
const CELL_START = 0;
/** In a cell that did not start with a quote: quotes in it are kept literally, as Excel does. */
const UNQUOTED = 1;
/** Inside quotes. */
const QUOTED = 2;
/** Just after a quote inside quotes: a second quote is a literal one, anything else closes. */
const QUOTE_IN_QUOTED = 3;
type State = typeof CELL_START | typeof UNQUOTED | typeof QUOTED | typeof QUOTE_IN_QUOTED;

/**
 * The cell as a string of its own. A slice of 13 or more characters is, in V8, a view that keeps
 * the whole decoded chunk it was cut from alive: an id kept for the duplicate check, an account
 * name kept in a cache or a value kept in a row's issue would hold a chunk of the file each, and a
 * large file whole. Prefixing it makes V8 copy the characters; slicing the prefix off again
 * leaves a view of that copy only.
 */
const ownCopy = (cell: string): string => (cell.length < 13 ? cell : ` ${cell}`.slice(1));

/** The position of `char` at or after `from`, or the end of the text. */
const find = (text: string, char: string, from: number): number => {
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
};

export class CsvReader {
  private readonly delimiter: number;
  private readonly delimiterChar: Delimiter;
  private state: State = CELL_START;
  private cell = '';
  private cells: string[] = [];
  /** The line the scan is on. */
  private line = 1;
  private rowLine = 1;
  private cellLine = 1;
  /** The previous chunk ended with a \r that ended a row: a \n starting this one belongs to it. */
  private skipLf = false;
  /** The last character seen inside quotes was \r, so a \n right after it is the same line end. */
  private quotedCr = false;

  constructor(delimiter: Delimiter) {
    this.delimiterChar = delimiter;
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Feeds text; returns the rows it completes. */
  push(text: string): CsvRow[] {
    const rows: CsvRow[] = [];
    const n = text.length;
    const delim = this.delimiter;
    // Where the next delimiter, line ends and quote are, found with indexOf and kept while still
    // ahead: a line end found once serves every cell of its row.
    let nextDelim = -1;
    let nextLf = -1;
    let nextCr = -1;
    let nextQuote = -1;
    let i = 0;
    if (this.skipLf && n > 0) {
      this.skipLf = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    while (i < n) {
      switch (this.state) {
        case CELL_START: {
          const c = text.charCodeAt(i);
          this.cellLine = this.line;
          if (c === QUOTE) {
            this.state = QUOTED;
            this.quotedCr = false;
            i++;
          } else if (c === delim) {
            this.addCell();
            i++;
          } else if (c === LF || c === CR) {
            // Nothing before the line end but earlier delimiters: `a,` ends with an empty cell;
            // with no delimiters either the line is empty and is skipped.
            if (this.cells.length > 0) this.addCell();
            i = this.endLine(text, i, rows);
          } else {
            this.state = UNQUOTED;
          }
          break;
        }
        case UNQUOTED: {
          if (nextDelim < i) nextDelim = find(text, this.delimiterChar, i);
          if (nextLf < i) nextLf = find(text, '\n', i);
          if (nextCr < i) nextCr = find(text, '\r', i);
          const j = Math.min(nextDelim, nextLf, nextCr);
          this.append(text, i, j);
          if (j === n) return rows;
          this.addCell();
          if (j === nextDelim) {
            this.state = CELL_START;
            i = j + 1;
          } else {
            i = this.endLine(text, j, rows);
          }
          break;
        }
        case QUOTED: {
          if (nextQuote < i) nextQuote = find(text, '"', i);
          const j = nextQuote;
          // Line breaks inside a quoted cell still count as lines of the file; \r\n is one.
          if (nextCr < i) nextCr = find(text, '\r', i);
          for (; nextCr < j; nextCr = find(text, '\r', nextCr + 1)) this.line++;
          if (nextLf < i) nextLf = find(text, '\n', i);
          for (; nextLf < j; nextLf = find(text, '\n', nextLf + 1)) {
            if (!(nextLf > i ? text.charCodeAt(nextLf - 1) === CR : this.quotedCr)) this.line++;
          }
          if (j > i) this.quotedCr = text.charCodeAt(j - 1) === CR;
          this.append(text, i, j);
          if (j === n) return rows;
          this.state = QUOTE_IN_QUOTED;
          i = j + 1;
          break;
        }
        case QUOTE_IN_QUOTED: {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            this.append('"', 0, 1);
            this.quotedCr = false;
            this.state = QUOTED;
            i++;
          } else if (c === delim) {
            this.addCell();
            this.state = CELL_START;
            i++;
          } else if (c === LF || c === CR) {
            this.addCell();
            i = this.endLine(text, i, rows);
          } else {
            // `"ab"c`: Excel appends what follows the closing quote, and so do we.
            this.state = UNQUOTED;
          }
          break;
        }
      }
    }
    return rows;
  }

  /** Ends the input; returns the last row when the file does not end with a line end. */
  end(): CsvRow[] {
    const rows: CsvRow[] = [];
    switch (this.state) {
      case QUOTED:
        throw new CsvError('unclosedQuote', this.cellLine);
      case CELL_START:
        if (this.cells.length > 0) this.addCell();
        break;
      case UNQUOTED:
      case QUOTE_IN_QUOTED:
        this.addCell();
        break;
    }
    if (this.cells.length > 0) rows.push({ line: this.rowLine, cells: this.cells });
    this.cells = [];
    this.state = CELL_START;
    return rows;
  }

  private append(text: string, from: number, to: number): void {
    if (to === from) return;
    if (this.cell.length + (to - from) > MAX_CELL_LENGTH) {
      throw new CsvError('cellTooLong', this.cellLine);
    }
    this.cell += text.slice(from, to);
  }

  private addCell(): void {
    if (this.cells.length >= MAX_CELLS_PER_ROW) throw new CsvError('tooManyColumns', this.rowLine);
    this.cells.push(ownCopy(this.cell));
    this.cell = '';
  }

  /** Handles the line end at `at`: emits the row (if any), returns where the next line starts. */
  private endLine(text: string, at: number, rows: CsvRow[]): number {
    if (this.cells.length > 0) rows.push({ line: this.rowLine, cells: this.cells });
    this.cells = [];
    this.state = CELL_START;
    this.line++;
    this.rowLine = this.line;
    let next = at + 1;
    if (text.charCodeAt(at) === CR) {
      if (next === text.length) this.skipLf = true;
      else if (text.charCodeAt(next) === LF) next++;
    }
    return next;
  }
}

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];

/**
 * Picks the delimiter from a sample of the first lines: the candidate that gives the most lines
 * with the same number (more than one) of cells, counting only delimiters outside quotes. Ties
 * prefer ',' then ';' then tab; a sample with one column gives ','. A last line without a line end
 * may have been cut by the sampling, so it counts only when it is the only line.
 */
export function sniffDelimiter(sample: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const score = sameWidthLines(sample, delimiter);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function sameWidthLines(sample: string, delimiter: Delimiter): number {
  const reader = new CsvReader(delimiter);
  let rows: CsvRow[] = [];
  try {
    rows = reader.push(sample);
    if (rows.length === 0) rows = reader.end();
  } catch {
    // A sample that breaks a limit (or ends inside quotes) with this delimiter gives it no votes.
  }
  const counts = new Map<number, number>();
  let most = 0;
  for (const { cells } of rows) {
    if (cells.length < 2) continue;
    const count = (counts.get(cells.length) ?? 0) + 1;
    counts.set(cells.length, count);
    most = Math.max(most, count);
  }
  return most;
}
