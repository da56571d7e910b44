/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids sort by creation
 * time. Time and randomness are passed in so the core stays pure and demo data reproducible.
 */
export function uuidv7(millis: number, random: Uint8Array): string {
  if (random.length < 10) throw new Error('uuidv7 needs at least 10 random bytes');
  const bytes = new Uint8Array(16);
  let ms = Math.max(0, Math.floor(millis));
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes.set(random.subarray(0, 10), 6);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
