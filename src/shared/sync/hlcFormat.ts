/** The text form of a hybrid logical clock timestamp: `ISO-millis-counter4hex-node16hex`. */
export const HLC_PATTERN =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;

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
