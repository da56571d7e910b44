import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ClockDriftError,
  formatHlc,
  HybridLogicalClock,
  InvalidClockTimeError,
  parseHlc,
} from './hlc';

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

  it('round-trips every timestamp it parses: format(parse(id)) === id', () => {
    const node = fc.stringMatching(/^[0-9a-f]{16}$/);
    const millis = fc.integer({ min: Date.parse('0000-01-01T00:00:00Z'), max: 253402300799999 });
    fc.assert(
      fc.property(millis, fc.integer({ min: 0, max: 0xffff }), node, (ms, counter, n) => {
        const id = formatHlc({ millis: ms, counter, node: n });
        expect(formatHlc(parseHlc(id))).toBe(id);
      }),
    );
  });

  it('refuses ids whose time matches the pattern but is not a real instant', () => {
    for (const time of [
      '9999-99-99T99:99:99.999Z',
      '2026-13-01T00:00:00.000Z',
      '2026-02-30T10:00:00.000Z',
      '2026-11-22T24:00:00.000Z',
      '2026-11-22T10:60:00.000Z',
    ]) {
      const id = `${time}-ffff-${NODE_B}`;
      expect(() => parseHlc(id), id).toThrow(InvalidClockTimeError);
      const clock = new HybridLogicalClock(NODE_A, () => 10_000);
      expect(() => clock.receive(id), id).toThrow(InvalidClockTimeError);
      expect(() => clock.observe(id), id).toThrow(InvalidClockTimeError);
      expect(() => new HybridLogicalClock(NODE_A, () => 10_000, id)).toThrow(InvalidClockTimeError);
      // Nothing was taken from it: the clock still stamps real times.
      expect(parseHlc(clock.now()).millis).toBe(10_000);
    }
  });

  it('refuses a wall clock that reads an impossible time, and stamps again once it is right', () => {
    let wall = Number.NaN;
    const clock = new HybridLogicalClock(NODE_A, () => wall);
    for (const reading of [Number.NaN, Infinity, -Infinity, 253402300800000, -62167219200001]) {
      wall = reading;
      expect(() => clock.now(), String(reading)).toThrow(InvalidClockTimeError);
      expect(() => clock.observe(`2026-11-22T10:00:00.000Z-0000-${NODE_B}`)).toThrow(
        InvalidClockTimeError,
      );
    }
    wall = Date.parse('2026-11-22T10:00:00.000Z');
    expect(clock.now()).toBe(`2026-11-22T10:00:00.000Z-0000-${NODE_A}`);
    expect(() => formatHlc({ millis: Number.NaN, counter: 0, node: NODE_A })).toThrow(
      InvalidClockTimeError,
    );
  });
});
