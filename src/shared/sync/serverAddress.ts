/**
 * Where a device token may be sent in the clear. Over plain `http://` anyone on the network path
 * can read the token and sync as its user, so only this computer (loopback) is allowed without
 * the user's explicit consent; one definition for the CLI, the sync scheduler and the settings UI.
 */

/** Whether a URL's hostname is this computer: localhost, 127.0.0.0/8 or ::1 (also IPv4-mapped). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host === 'localhost.' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
    host === '[::1]' ||
    // The URL parser writes ::ffff:127.x.y.z as ::ffff:7fxx:yyzz.
    /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host)
  );
}

/** True when a token sent to `url` would cross the network unencrypted (http to another host). */
export function sendsTokenInTheClear(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return false;
  }
  return parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname);
}
