/**
 * An imported file's bytes as rows, streamed: the start of the file decides its encoding, its
 * delimiter and which row holds the headers (title rows above it are skipped); then the whole
 * file is decoded and parsed chunk by chunk, so a large file is never held whole.
 */
import { CsvReader, sniffDelimiter, type CsvRow, type Delimiter } from './csvReader';
import {
  detectEncoding,
  TextChunkDecoder,
  type DecodeProblem,
  type EncodingChoice,
  type TextEncoding,
} from './decodeText';
import { findHeaderRow } from './headerRow';
import { isKnownHeader } from './headerProfiles';

/** How much of the start of a file is looked at to decide how to read it. */
export const HEAD_BYTES = 1 << 20;
const HEADER_SEARCH_ROWS = 30;

export interface FileShape {
  choice: EncodingChoice;
  delimiter: Delimiter;
  /** 1-based line of the header row. */
  headerLine: number;
  headers: string[];
}

export type ShapeResult =
  { ok: true; shape: FileShape } | { ok: false; problem: DecodeProblem | 'noHeader' | 'noRows' };

/** Decides how to read a file from its first bytes (`complete` when they are the whole file). */
export function fileShape(head: Uint8Array, complete: boolean, chosen?: TextEncoding): ShapeResult {
  const detected = detectEncoding(head, complete);
  if (!detected.ok && (detected.problem !== 'invalidText' || !chosen)) return detected;
  const choice: EncodingChoice = chosen
    ? { encoding: chosen, bom: detected.ok && detected.choice.bom, reason: 'chosen' }
    : (detected as { ok: true; choice: EncodingChoice }).choice;
  let text: string;
  try {
    const decoder = new TextChunkDecoder(choice);
    text = decoder.push(head);
  } catch {
    return { ok: false, problem: 'invalidText' };
  }
  // Only whole lines of the sample are looked at.
  const sample = complete ? text : text.slice(0, Math.max(text.lastIndexOf('\n'), 0));
  const delimiter = sniffDelimiter(sample.slice(0, 64 * 1024));
  const reader = new CsvReader(delimiter);
  let all: CsvRow[];
  try {
    all = [...reader.push(sample), ...(complete ? reader.end() : [])];
  } catch {
    all = [];
  }
  const rows = all.slice(0, HEADER_SEARCH_ROWS);
  if (rows.length === 0) return { ok: false, problem: 'noHeader' };
  const index = findHeaderRow(
    rows.map((r) => r.cells),
    isKnownHeader,
  );
  const header = rows[index] as CsvRow;
  if (header.cells.filter((c) => c.trim() !== '').length === 0)
    return { ok: false, problem: 'noHeader' };
  // The whole file is a header (and blank rows): there is nothing to import, and saying so is
  // clearer than an import of no rows.
  if (complete && !all.some((r) => r.line > header.line && r.cells.some((c) => c.trim() !== '')))
    return { ok: false, problem: 'noRows' };
  return {
    ok: true,
    shape: {
      choice,
      delimiter,
      headerLine: header.line,
      headers: header.cells.map((c) => c.trim()),
    },
  };
}

/** The rows below the header, read from the whole file chunk by chunk. */
export function* dataRows(chunks: Iterable<Uint8Array>, shape: FileShape): Generator<CsvRow> {
  const decoder = new TextChunkDecoder(shape.choice);
  const reader = new CsvReader(shape.delimiter);
  for (const chunk of chunks)
    for (const row of reader.push(decoder.push(chunk))) if (row.line > shape.headerLine) yield row;
  for (const row of [...reader.push(decoder.end()), ...reader.end()])
    if (row.line > shape.headerLine) yield row;
}
