import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError, detectEncoding, TextChunkDecoder, type EncodingChoice } from './decodeText';

const hex = (h: string): Uint8Array =>
  Uint8Array.from(h.replace(/\s+/g, '').match(/../g) ?? [], (b) => parseInt(b, 16));
const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const utf16le = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};
const decodeAll = (choice: EncodingChoice, bytes: Uint8Array, size: number): string => {
  const decoder = new TextChunkDecoder(choice);
  let text = '';
  for (let at = 0; at < bytes.length; at += size)
    text += decoder.push(bytes.subarray(at, at + size));
  return text + decoder.end();
};

// "客户名称" (customer name) in GB18030, two bytes a character.
const GB_NAME = hex('BF CD BB A7 C3 FB B3 C6');
const GB18030: EncodingChoice = { encoding: 'gb18030', bom: false, reason: 'gb18030Valid' };
const UTF8: EncodingChoice = { encoding: 'utf-8', bom: false, reason: 'utf8Valid' };

describe('detectEncoding', () => {
  it('has the GB18030 test bytes right', () => {
    expect(new TextDecoder('gb18030').decode(GB_NAME)).toBe('客户名称');
  });

  it('reads plain ASCII and valid UTF-8 as UTF-8', () => {
    expect(detectEncoding(ascii('Name,ARR\nAcme,1200\n'), true)).toEqual({
      ok: true,
      choice: UTF8,
    });
    expect(detectEncoding(ascii('客户名称,负责人\n'), true)).toEqual({ ok: true, choice: UTF8 });
  });

  it('reads bytes that are only valid GB18030 as GB18030', () => {
    const file = concat(ascii('Name,Owner\n'), GB_NAME, ascii(',Ann\n'));
    expect(detectEncoding(file, true)).toEqual({ ok: true, choice: GB18030 });
  });

  it('does not fail a UTF-8 head cut in the middle of a 3-byte character', () => {
    const bytes = ascii('Name\n客户名称\n'); // 5 ASCII bytes, then 3 bytes a character
    for (const cut of [6, 7]) {
      expect(detectEncoding(bytes.subarray(0, cut), false)).toEqual({ ok: true, choice: UTF8 });
    }
    // The same bytes as a whole file end in a broken UTF-8 character: a lone E5 is not GB18030
    // either, but E5 AE happens to be a GB18030 pair.
    expect(detectEncoding(bytes.subarray(0, 6), true)).toEqual({
      ok: false,
      problem: 'invalidText',
    });
    expect(detectEncoding(bytes.subarray(0, 7), true)).toEqual({ ok: true, choice: GB18030 });
  });

  it('does not fail a GB18030 head cut after the lead byte of a character', () => {
    const file = concat(ascii('Name\n'), GB_NAME);
    const head = file.subarray(0, 5 + 3); // 客 and the lead byte of 户
    expect(detectEncoding(head, false)).toEqual({ ok: true, choice: GB18030 });
    expect(detectEncoding(head, true)).toEqual({ ok: false, problem: 'invalidText' });
  });

  it('follows a byte order mark', () => {
    expect(detectEncoding(concat(hex('EF BB BF'), ascii('a,b\n')), true)).toEqual({
      ok: true,
      choice: { encoding: 'utf-8', bom: true, reason: 'bom' },
    });
    expect(detectEncoding(concat(hex('FF FE'), utf16le('客户,ARR\r\n')), true)).toEqual({
      ok: true,
      choice: { encoding: 'utf-16le', bom: true, reason: 'bom' },
    });
    const be = utf16le('a,b').map((_, i, le) => le[i ^ 1]!);
    expect(detectEncoding(concat(hex('FE FF'), be), true)).toEqual({
      ok: true,
      choice: { encoding: 'utf-16be', bom: true, reason: 'bom' },
    });
  });

  it('refuses text after a BOM that does not decode, unless only its last character is cut', () => {
    const oddLength = concat(hex('FF FE'), utf16le('ab'), hex('63'));
    expect(detectEncoding(oddLength, true)).toEqual({ ok: false, problem: 'invalidText' });
    expect(detectEncoding(oddLength, false)).toMatchObject({ ok: true });
    const badUtf8 = concat(hex('EF BB BF'), ascii('Caf'), hex('E9 20'));
    expect(detectEncoding(badUtf8, false)).toEqual({ ok: false, problem: 'invalidText' });
  });

  it('says empty for no bytes, only a BOM, or only whitespace', () => {
    expect(detectEncoding(new Uint8Array(0), true)).toEqual({ ok: false, problem: 'empty' });
    expect(detectEncoding(hex('EF BB BF'), true)).toEqual({ ok: false, problem: 'empty' });
    expect(detectEncoding(hex('FF FE'), true)).toEqual({ ok: false, problem: 'empty' });
    expect(detectEncoding(ascii(' \r\n\t\n'), true)).toEqual({ ok: false, problem: 'empty' });
    // A head of whitespace may be followed by data further on.
    expect(detectEncoding(ascii(' \r\n'), false)).toMatchObject({ ok: true });
  });

  it('refuses an XLSX, a legacy XLS and a PDF given as CSV', () => {
    const xlsx = concat(hex('50 4B 03 04 14 00 06 00'), ascii('[Content_Types].xml'));
    const xls = hex('D0 CF 11 E0 A1 B1 1A E1 00 00');
    const pdf = ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\n');
    for (const file of [xlsx, xls, pdf]) {
      expect(detectEncoding(file, false)).toEqual({ ok: false, problem: 'binary' });
    }
  });

  it('refuses random binary, and any bytes with a NUL', () => {
    // A fixed LCG so the "random" file is the same on every run.
    let seed = 42;
    const noise = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed >> 23;
    });
    expect(detectEncoding(noise, false)).toEqual({ ok: false, problem: 'binary' });
    fc.assert(
      fc.property(fc.uint8Array(), fc.uint8Array(), (before, after) => {
        const file = concat(ascii('a'), before, hex('00'), after);
        expect(detectEncoding(file, true)).toEqual({ ok: false, problem: 'binary' });
      }),
    );
  });

  it('allows a few control characters but not many', () => {
    const text = 'Acme,note\x0bsecond line,\x1a\n'.repeat(4);
    expect(detectEncoding(ascii(text), true)).toEqual({ ok: true, choice: UTF8 });
    expect(detectEncoding(ascii('\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f'), true)).toEqual({
      ok: false,
      problem: 'binary',
    });
    const utf16 = concat(hex('FF FE'), utf16le('a\x01\x02\x03\x04\x05\x06\x07\x08\x0e'));
    expect(detectEncoding(utf16, true)).toEqual({ ok: false, problem: 'binary' });
  });

  // Windows-1252 is not an encoding we offer, so Latin-1 text either fails both strict decodes or
  // happens to be valid GB18030 (é followed by a letter is a GB18030 pair). Either way the preview
  // shows the choice, and the user can change it; these tests pin down what actually happens.
  it('reports Windows-1252 "Café" as it decodes strictly', () => {
    const cafe = hex('43 61 66 E9');
    // A lone 0xE9 at the end of the file is a cut character in both UTF-8 and GB18030.
    expect(detectEncoding(cafe, true)).toEqual({ ok: false, problem: 'invalidText' });
    // As a head of a longer file, the 0xE9 may be the start of a UTF-8 character: the bytes
    // that follow decide, and a wrong guess fails later in TextChunkDecoder, never silently.
    expect(detectEncoding(cafe, false)).toEqual({ ok: true, choice: UTF8 });
    // é then a space is valid in neither.
    expect(detectEncoding(hex('43 61 66 E9 20 61 75 20 6C 61 69 74'), true)).toEqual({
      ok: false,
      problem: 'invalidText',
    });
    // é then a letter is a valid GB18030 pair: "Cafés" reads as "Caf閟".
    expect(detectEncoding(hex('43 61 66 E9 73'), true)).toEqual({ ok: true, choice: GB18030 });
    expect(new TextDecoder('gb18030').decode(hex('43 61 66 E9 73'))).toBe('Caf閟');
  });

  it('accepts every head of valid UTF-8 text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), fc.nat(), (text, n) => {
        // Control characters other than line ends and tabs would count as binary signs.
        const bytes = ascii(`x${text.replace(/(?![\t\n\r])\p{Cc}/gu, '')}`);
        const head = bytes.subarray(0, 1 + (n % bytes.length));
        expect(detectEncoding(head, false)).toEqual({ ok: true, choice: UTF8 });
      }),
    );
  });
});

describe('TextChunkDecoder', () => {
  it('joins a GB18030 character split between two chunks', () => {
    const file = concat(ascii('a,'), GB_NAME, ascii('\n'));
    const decoder = new TextChunkDecoder(GB18030);
    expect(decoder.push(file.subarray(0, 3))).toBe('a,'); // holds the lead byte of 客
    expect(decoder.push(file.subarray(3, 6))).toBe('客户');
    expect(decoder.push(file.subarray(6))).toBe('名称\n');
    expect(decoder.end()).toBe('');
  });

  it('joins a UTF-8 character split in the middle', () => {
    for (let size = 1; size <= 7; size++) {
      expect(decodeAll(UTF8, ascii('名称,ARR\n客户,1\n'), size)).toBe('名称,ARR\n客户,1\n');
    }
  });

  it('strips the BOM, also when the chunk ends inside it', () => {
    const choice: EncodingChoice = { encoding: 'utf-16le', bom: true, reason: 'bom' };
    const file = concat(hex('FF FE'), utf16le('客户,ARR\r\n'));
    for (let size = 1; size <= 5; size++)
      expect(decodeAll(choice, file, size)).toBe('客户,ARR\r\n');
    const utf8Bom = concat(hex('EF BB BF'), ascii('a,b'));
    expect(decodeAll({ ...UTF8, bom: true }, utf8Bom, 1)).toBe('a,b');
    // GB18030 has its own BOM, which its decoder leaves as U+FEFF.
    const gbBom = concat(hex('84 31 95 33'), GB_NAME);
    expect(decodeAll({ ...GB18030, reason: 'chosen' }, gbBom, 3)).toBe('客户名称');
  });

  it('keeps a U+FEFF that is not at the start of the text', () => {
    expect(decodeAll(UTF8, ascii('a\uFEFFb'), 2)).toBe('a\uFEFFb');
  });

  it('throws DecodeError with the offset of the chunk that has invalid bytes', () => {
    const decoder = new TextChunkDecoder(UTF8);
    expect(decoder.push(ascii('Name\n'))).toBe('Name\n');
    expect(decoder.push(ascii('Acme\n'))).toBe('Acme\n');
    const error = (() => {
      try {
        decoder.push(hex('43 61 66 E9 20'));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DecodeError);
    expect(error).toMatchObject({ encoding: 'utf-8', byteOffset: 10 });
  });

  it('throws DecodeError when the file ends inside a character', () => {
    const decoder = new TextChunkDecoder(GB18030);
    expect(decoder.push(concat(GB_NAME, hex('BF')))).toBe('客户名称');
    expect(() => decoder.end()).toThrow(DecodeError);
  });

  it('gives back the text whatever the chunk sizes', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1 }),
        (text, sizes) => {
          const bytes = ascii(text);
          const decoder = new TextChunkDecoder(UTF8);
          let out = '';
          for (let at = 0, k = 0; at < bytes.length; k++) {
            const size = sizes[k % sizes.length]!;
            out += decoder.push(bytes.subarray(at, at + size));
            at += size;
          }
          expect(out + decoder.end()).toBe(text.replace(/^\uFEFF/, ''));
        },
      ),
    );
  });
});
