/** Session-wide protections: the CSP header on every response and no permission prompts. */
import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../src/hosts/common/contentSecurityPolicy';

export function installSessionGuards(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  // Outpost needs no camera, microphone, location or notifications permission from a page.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
