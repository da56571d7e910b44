import { isIsoInstant } from '../domain/isoTimes';

/** The text form of a hybrid logical clock timestamp: `ISO-millis-counter4hex-node16hex`. */
export const HLC_PATTERN =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;

/** The range of instants an HLC can carry: years 0000–9999 (outside, ISO needs a sign). */
export const MIN_HLC_MILLIS = Date.parse('0000-01-01T00:00:00.000Z');
export const MAX_HLC_MILLIS = Date.parse('9999-12-31T23:59:59.999Z');

/** Whether Unix milliseconds can be written as an HLC time: finite, whole and in range. */
export function isHlcMillis(millis: number): boolean {
  return Number.isInteger(millis) && millis >= MIN_HLC_MILLIS && millis <= MAX_HLC_MILLIS;
}

/**
 * Whether a string is an HLC timestamp that round-trips: it matches the pattern and its time is
 * a real instant written the one way `toISOString` writes it. `9999-99-99T99:99:99.999Z` or a
 * month 13 match the pattern but parse to NaN (or to another day), so they are refused here.
 */
export function isHlc(value: string): boolean {
  return HLC_PATTERN.test(value) && isIsoInstant(value.slice(0, 24));
}

/** The node (replica) that issued a timestamp. */
export function hlcNode(hlc: string): string {
  return hlc.slice(-16);
}

/** The timestamp's wall-clock part in Unix milliseconds. */
export function hlcMillis(hlc: string): number {
  return Date.parse(hlc.slice(0, 24));
}

/** The timestamp's wall-clock part as an ISO instant. */
export function hlcIso(hlc: string): string {
  return hlc.slice(0, 24);
}
