/**
 * The key a remote address is rate-limited under: an IPv4 address as is (also when it arrives
 * IPv4-mapped, `::ffff:a.b.c.d`), an IPv6 address by its /64, since one host is usually given a
 * whole /64 and could otherwise take a fresh address for every try.
 */
import { isIPv4, isIPv6 } from 'node:net';

function ipv6Groups(address: string): number[] | null {
  const [head = '', tail, ...more] = address.split('::');
  if (more.length > 0) return null;
  // A trailing dotted IPv4 part (`64:ff9b::1.2.3.4`) stands for the last two groups.
  const parse = (part: string) =>
    part === ''
      ? []
      : part.split(':').flatMap((g) => (g.includes('.') ? [0, 0] : [parseInt(g, 16)]));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  return [...left, ...Array<number>(tail === undefined ? 0 : missing).fill(0), ...right];
}

export function addressKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const bare = address.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped?.[1]) return mapped[1];
  if (isIPv4(bare)) return bare;
  if (!isIPv6(bare)) return bare;
  const groups = ipv6Groups(bare);
  if (!groups) return bare;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}
