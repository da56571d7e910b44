/**
 * Hybrid logical clock (DESIGN.md §8). A timestamp is `ISO-millis-counter-node`, e.g.
 * `2026-11-22T05:52:00.000Z-0000-9f2c4e1a7b3d5c60`: it sorts as a string, stays strictly
 * increasing even when the wall clock goes back, and carries the node that made it.
 * The clock is an object with its own state and an injected wall clock — never a global —
 * so many replicas can run side by side in one test.
 */
import { HLC_PATTERN, isHlc, isHlcMillis } from '../shared/sync/hlcFormat';

export const MAX_DRIFT_MS = 5 * 60 * 1000;
const MAX_COUNTER = 0xffff;
const NODE_ID = /^[0-9a-f]{16}$/;

export interface HlcTimestamp {
  millis: number;
  counter: number;
  node: string;
}

export class ClockDriftError extends Error {
  constructor(remote: string, driftMs: number) {
    super(`Remote clock ${remote} is ${Math.round(driftMs / 1000)} s ahead of ours (limit 300 s)`);
    this.name = 'ClockDriftError';
  }
}

/**
 * A time the clock cannot stand on: a wall clock that reads NaN, Infinity or a year past 9999,
 * or a received timestamp whose time is not a real instant (month 13, `99:99:99`…). Taking one
 * would pin every later timestamp above all real ones, or fail every later write.
 */
export class InvalidClockTimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidClockTimeError';
  }
}

export function formatHlc({ millis, counter, node }: HlcTimestamp): string {
  if (!isHlcMillis(millis))
    throw new InvalidClockTimeError(`${millis} is not a time a clock timestamp can carry`);
  return `${new Date(millis).toISOString()}-${counter.toString(16).padStart(4, '0')}-${node}`;
}

/** Parses a timestamp; refuses one that does not round-trip (format(parse(id)) === id). */
export function parseHlc(value: string): HlcTimestamp {
  const match = HLC_PATTERN.exec(value);
  if (!match) throw new Error(`Not a hybrid logical clock timestamp: ${value}`);
  if (!isHlc(value))
    throw new InvalidClockTimeError(
      `Not a hybrid logical clock timestamp: ${value} (its time is not a real instant)`,
    );
  const [, iso = '', counter = '', node = ''] = match;
  return { millis: Date.parse(iso), counter: parseInt(counter, 16), node };
}

export class HybridLogicalClock {
  private last: HlcTimestamp;
  private nodeId: string;

  constructor(
    node: string,
    private readonly wallClock: () => number,
    since?: string | null,
  ) {
    if (!NODE_ID.test(node)) throw new Error(`Node id must be 16 hex digits, got "${node}"`);
    this.nodeId = node;
    this.last = since ? parseHlc(since) : { millis: 0, counter: 0, node };
  }

  /** The node (replica) this clock stamps. */
  get node(): string {
    return this.nodeId;
  }

  /**
   * Starts over as `node` from `since`, the newest timestamp that still stands: after the replica
   * took a new node id, or re-stamped the changes a wrong wall clock dated ahead (max-of-seen
   * would otherwise keep every later write ahead too). The caller guarantees nothing it keeps is
   * newer than `since`.
   */
  restart(node: string, since: string | null): void {
    if (!NODE_ID.test(node)) throw new Error(`Node id must be 16 hex digits, got "${node}"`);
    this.nodeId = node;
    this.last = since ? parseHlc(since) : { millis: 0, counter: 0, node };
  }

  /** A new timestamp for a local event, greater than every timestamp seen so far. */
  now(): string {
    const wall = this.wall();
    if (wall > this.last.millis) {
      this.last = { millis: wall, counter: 0, node: this.node };
    } else {
      this.advanceCounter(this.last.millis, this.last.counter);
    }
    return formatHlc(this.last);
  }

  /** Merges a timestamp received from another node; refuses one too far in the future. */
  receive(remote: string): void {
    const theirs = parseHlc(remote);
    const wall = this.wall();
    if (theirs.millis - wall > MAX_DRIFT_MS)
      throw new ClockDriftError(remote, theirs.millis - wall);
    this.merge(theirs, wall);
  }

  /**
   * Merges a timestamp without the drift check: for changes another party (the sync server)
   * already checked, which this replica must order its own writes after.
   */
  observe(remote: string): void {
    this.merge(parseHlc(remote), this.wall());
  }

  /** The wall clock in whole milliseconds; an impossible reading is refused, never stored. */
  private wall(): number {
    const reading = this.wallClock();
    const millis = Math.floor(reading);
    if (!isHlcMillis(millis))
      throw new InvalidClockTimeError(
        `This computer's clock reads an impossible time (${reading}); check its date and time`,
      );
    return millis;
  }

  private merge(theirs: HlcTimestamp, wall: number): void {
    const millis = Math.max(wall, this.last.millis, theirs.millis);
    if (millis === this.last.millis && millis === theirs.millis) {
      this.advanceCounter(millis, Math.max(this.last.counter, theirs.counter));
    } else if (millis === this.last.millis) {
      this.advanceCounter(millis, this.last.counter);
    } else if (millis === theirs.millis) {
      this.advanceCounter(millis, theirs.counter);
    } else {
      this.last = { millis, counter: 0, node: this.node };
    }
  }

  /** The last timestamp issued or received, for persisting across restarts. */
  latest(): string {
    return formatHlc(this.last);
  }

  private advanceCounter(millis: number, counter: number): void {
    // A counter overflow borrows the next millisecond rather than failing: order is what matters.
    const next =
      counter >= MAX_COUNTER
        ? { millis: millis + 1, counter: 0, node: this.node }
        : { millis, counter: counter + 1, node: this.node };
    if (!isHlcMillis(next.millis))
      throw new InvalidClockTimeError('The clock has reached the last time it can write');
    this.last = next;
  }
}
