import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/hosts/common/contentSecurityPolicy';
import { installSessionGuards } from './contentSecurity';

describe('content security', () => {
  it('allows only our own scripts: no eval, no inline script, no plugins, no framing', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives['connect-src']).toEqual(["'self'"]);
  });

  it('puts the policy on every response and refuses every permission', () => {
    let onHeaders:
      | ((
          details: { responseHeaders?: Record<string, string[]> },
          cb: (r: unknown) => void,
        ) => void)
      | undefined;
    let onPermission: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let onCheck: (() => boolean) | undefined;
    const session = {
      webRequest: { onHeadersReceived: (fn: typeof onHeaders) => (onHeaders = fn) },
      setPermissionRequestHandler: (fn: typeof onPermission) => (onPermission = fn),
      setPermissionCheckHandler: (fn: typeof onCheck) => (onCheck = fn),
    };
    installSessionGuards(session as never);
    const callback = vi.fn();
    onHeaders!({ responseHeaders: { 'x-other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'x-other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    const granted = vi.fn();
    onPermission!({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(onCheck!()).toBe(false);
  });
});
