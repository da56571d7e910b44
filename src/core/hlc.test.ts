import { describe, expect, it } from 'vitest';
import { ClockDriftError, HybridLogicalClock, parseHlc } from './hlc';

const NODE_A = 'aaaaaaaaaaaaaaaa';
const NODE_B = 'bbbbbbbbbbbbbbbb';

describe('HybridLogicalClock', () => {
  it('is strictly increasing even when the wall clock goes backwards', () => {
    const times = [1000, 1000, 900, 500, 1001, 1001, 0];
    let i = 0;
    const clock = new HybridLogicalClock(NODE_A, () => times[Math.min(i++, times.length - 1)] ?? 0);
    const stamps = times.map(() => clock.now());
    for (let k = 1; k < stamps.length; k++) expect(stamps[k]! > stamps[k - 1]!).toBe(true);
    expect(parseHlc(stamps[3]!).millis).toBe(1000);
  });

  it('continues after a restart from the last persisted timestamp', () => {
    const first = new HybridLogicalClock(NODE_A, () => 5000);
    const last = first.now();
    const restarted = new HybridLogicalClock(NODE_A, () => 4000, last);
    expect(restarted.now() > last).toBe(true);
  });

  it('moves past a received timestamp and rejects one more than 5 minutes ahead', () => {
    const a = new HybridLogicalClock(NODE_A, () => 10_000);
    const b = new HybridLogicalClock(NODE_B, () => 20_000);
    const remote = b.now();
    a.receive(remote);
    expect(a.now() > remote).toBe(true);
    const farAhead = new HybridLogicalClock(NODE_B, () => 10_000 + 5 * 60_000 + 1).now();
    expect(() => a.receive(farAhead)).toThrow(ClockDriftError);
  });

  it('overflows the counter into the next millisecond instead of failing', () => {
    const clock = new HybridLogicalClock(NODE_A, () => 0);
    let previous = '';
    for (let n = 0; n < 70_000; n++) {
      const next = clock.now();
      expect(next > previous).toBe(true);
      previous = next;
    }
    expect(parseHlc(previous).millis).toBeGreaterThan(0);
  });

  it('refuses malformed node ids and timestamps', () => {
    expect(() => new HybridLogicalClock('xyz', () => 0)).toThrow(/16 hex/);
    expect(() => parseHlc('yesterday')).toThrow(/Not a hybrid/);
  });

  it('restarts as another node from an earlier timestamp when told to', () => {
    let wall = 2 * 86_400_000;
    const clock = new HybridLogicalClock(NODE_A, () => wall);
    clock.now();
    // The wall clock was a day ahead and is corrected: max-of-seen keeps stamping ahead…
    wall -= 86_400_000;
    expect(parseHlc(clock.now()).millis).toBe(2 * 86_400_000);
    // …until the replica restarts it from what still stands.
    const standing = new HybridLogicalClock(NODE_B, () => wall - 10).now();
    clock.restart(NODE_B, standing);
    const next = clock.now();
    expect(next > standing).toBe(true);
    expect(parseHlc(next)).toEqual({ millis: wall, counter: 0, node: NODE_B });
    expect(clock.node).toBe(NODE_B);
    expect(() => clock.restart('nope', null)).toThrow(/16 hex/);
  });
});
