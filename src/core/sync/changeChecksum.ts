/**
 * The team checksum of DESIGN.md §8: an order-independent fold (XOR) of a 64-bit hash of every
 * change — its id and its content. Server and client compute it the same way, so a client that
 * has pushed everything and pulled to the end can tell whether it holds exactly the server's set
 * of changes, with the same data under each id (a copied database could otherwise reuse an id
 * for other data and still look "in sync").
 */
import { contentText, type ChangeContent } from './changeContent';

export const ZERO_CHECKSUM = '0000000000000000';

/** Two independent 32-bit string hashes (FNV-1a and a murmur-style mix) make 64 bits. */
function hash64(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 13;
  a = Math.imul(a, 0xc2b2ae35);
  a ^= a >>> 16;
  b = Math.imul(b ^ (b >>> 13), 0x85ebca6b);
  b ^= b >>> 16;
  return [a >>> 0, b >>> 0];
}

function parse(checksum: string): [number, number] {
  return [parseInt(checksum.slice(0, 8), 16), parseInt(checksum.slice(8, 16), 16)];
}

function format([hi, lo]: [number, number]): string {
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** Folds changes into a checksum (XOR: adding the same change twice takes it out again). */
export function foldChecksum(checksum: string, changes: Iterable<ChangeContent>): string {
  let [hi, lo] = parse(checksum);
  for (const change of changes) {
    const [a, b] = hash64(`${change.id}\n${contentText(change)}`);
    hi = (hi ^ a) >>> 0;
    lo = (lo ^ b) >>> 0;
  }
  return format([hi, lo]);
}

/** Two folds over disjoint sets of changes, combined into the fold over both. */
export function combineChecksums(a: string, b: string): string {
  const [ahi, alo] = parse(a);
  const [bhi, blo] = parse(b);
  return format([(ahi ^ bhi) >>> 0, (alo ^ blo) >>> 0]);
}

export function checksumOf(changes: Iterable<ChangeContent>): string {
  return foldChecksum(ZERO_CHECKSUM, changes);
}
