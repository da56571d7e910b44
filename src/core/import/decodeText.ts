/**
 * Decides how the bytes of an imported file are text, and decodes them chunk by chunk. Nothing is
 * guessed silently: a file is UTF-8 or GB18030 only when every byte of the sample decodes strictly
 * in it, anything that looks like a binary file (an XLSX or PDF renamed to .csv) is refused, and
 * the preview shows the choice so the user can override it.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeProblem = 'empty' | 'binary' | 'invalidText';

export interface EncodingChoice {
  encoding: TextEncoding;
  bom: boolean;
  /** How it was decided: a byte order mark, a strict decode of the sample, or by the user. */
  reason: 'bom' | 'utf8Valid' | 'gb18030Valid' | 'chosen';
}

export type EncodingDetection =
  { ok: true; choice: EncodingChoice } | { ok: false; problem: DecodeProblem };

const BOMS: readonly { bytes: readonly number[]; encoding: TextEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

// Signatures of files people pick by mistake; most also contain NUL bytes early, but a PDF header
// and the first bytes of a zip can come without one.
const MAGIC: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04], // zip: .xlsx, .docx, .numbers
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE2: legacy .xls, .doc
  [0x1f, 0x8b], // gzip
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

// A text file has next to no control characters besides tab, line ends and form feed; an odd one
// (a Ctrl-Z at the end, a vertical tab FileMaker puts in cells) must not make it "binary".
const isControl = (c: number): boolean =>
  (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f;

const tooManyControls = (controls: number, length: number): boolean =>
  controls > 8 && controls * 100 >= length;

function bytesLookBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((m) => startsWith(bytes, m))) return true;
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (isControl(b)) controls++;
  }
  return tooManyControls(controls, bytes.length);
}

function textLooksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (isControl(c)) controls++;
  }
  return tooManyControls(controls, text.length);
}

/**
 * Decodes the sample strictly, or returns null. When the sample is only the head of the file, a
 * streaming decode leaves an incomplete character at its end pending instead of failing, which is
 * exactly "trim the up to 3 bytes of a cut UTF-8 sequence (or a cut GB18030 one)".
 */
function strictDecode(bytes: Uint8Array, encoding: TextEncoding, complete: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes, {
      stream: !complete,
    });
  } catch {
    return null;
  }
}

const isBlank = (text: string): boolean => /^\s*$/.test(text);

/**
 * Looks at the start of a file (up to its first 1 MiB; `complete` says whether that is all of it)
 * and says which encoding it is in: a BOM decides; else binary signs refuse the file; else strict
 * UTF-8; else strict GB18030; else the file is refused as invalid text. A file of only whitespace
 * is empty, but only when `complete`: the head of a longer file may be followed by data.
 */
export function detectEncoding(head: Uint8Array, complete: boolean): EncodingDetection {
  if (head.length === 0) return { ok: false, problem: 'empty' };
  const bom = BOMS.find((b) => startsWith(head, b.bytes));
  if (bom) {
    const text = strictDecode(head.subarray(bom.bytes.length), bom.encoding, complete);
    if (text === null) return { ok: false, problem: 'invalidText' };
    if (isBlank(text) && complete) return { ok: false, problem: 'empty' };
    if (textLooksBinary(text)) return { ok: false, problem: 'binary' };
    return { ok: true, choice: { encoding: bom.encoding, bom: true, reason: 'bom' } };
  }
  if (bytesLookBinary(head)) return { ok: false, problem: 'binary' };
  const candidates = [
    { encoding: 'utf-8', reason: 'utf8Valid' },
    { encoding: 'gb18030', reason: 'gb18030Valid' },
  ] as const;
  for (const { encoding, reason } of candidates) {
    const text = strictDecode(head, encoding, complete);
    if (text === null) continue;
    if (isBlank(text) && complete) return { ok: false, problem: 'empty' };
    return { ok: true, choice: { encoding, bom: false, reason } };
  }
  return { ok: false, problem: 'invalidText' };
}

/** Bytes that do not decode in the chosen encoding; the offset lets the message say where. */
export class DecodeError extends Error {
  constructor(
    readonly encoding: TextEncoding,
    /** Offset in the file of the chunk in which decoding failed (the bad bytes are in it). */
    readonly byteOffset: number,
  ) {
    super(`The file is not valid ${encoding} near byte ${byteOffset}`);
    this.name = 'DecodeError';
  }
}

/**
 * Decodes a file chunk by chunk in the chosen encoding, so a large file is never held whole; a
 * character split between two chunks is joined. Invalid bytes throw instead of becoming U+FFFD,
 * because a replacement character in a customer name would be imported without anyone noticing.
 */
export class TextChunkDecoder {
  private readonly decoder: TextDecoder;
  private offset = 0;
  private atStart = true;

  constructor(readonly choice: EncodingChoice) {
    // The decoder drops a UTF-8 or UTF-16 BOM itself; startOfText drops the rest (GB18030's BOM
    // decodes to U+FEFF, and a user may choose an encoding that does not match the file's BOM).
    this.decoder = new TextDecoder(choice.encoding, { fatal: true, ignoreBOM: false });
  }

  /** Decodes the next chunk; throws DecodeError on invalid bytes. */
  push(bytes: Uint8Array): string {
    const at = this.offset;
    this.offset += bytes.length;
    return this.startOfText(this.run(() => this.decoder.decode(bytes, { stream: true }), at));
  }

  /** Ends the input; throws DecodeError when the file ends in the middle of a character. */
  end(): string {
    return this.startOfText(this.run(() => this.decoder.decode(), this.offset));
  }

  private run(decode: () => string, at: number): string {
    try {
      return decode();
    } catch {
      throw new DecodeError(this.choice.encoding, at);
    }
  }

  private startOfText(text: string): string {
    if (!this.atStart || text === '') return text;
    this.atStart = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}
