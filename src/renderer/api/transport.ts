/**
 * The one module that knows which host the renderer runs in: Electron's preload bridge when it is
 * there, else the local web host's HTTP API with the per-launch secret from the opening URL.
 */
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import type { ExportFile } from '../../shared/api/forecastViews';
import type { SaveFileResult } from '../../shared/api/savedFile';
import { unreachableText } from '../../shared/messages/unreachableText';
import { isLongCall, trackLongCall } from './pendingCalls';

interface OutpostBridge {
  call(method: string, input: unknown): Promise<unknown>;
  /** The desktop app's save dialog (absent in a browser). */
  saveFile?(file: ExportFile): Promise<SaveFileResult>;
  /** Commands from the desktop app's menu; returns a function that stops listening. */
  onCommand?(listener: (command: string) => void): () => void;
  /** The language the desktop app's menu should speak. */
  setMenuLanguage?(lang: string): void;
  /** The packaged desktop app's updates (absent elsewhere). */
  updateState?(): Promise<unknown>;
  onUpdateState?(listener: (state: unknown) => void): () => void;
  installUpdate?(): Promise<unknown>;
}

declare global {
  interface Window {
    outpost?: OutpostBridge;
  }
}

const SECRET_KEY = 'outpost.secret';

/** Moves the secret from the address bar into session storage, so reloads keep working. */
export function adoptSecretFromUrl(): void {
  const url = new URL(window.location.href);
  const secret = url.searchParams.get('secret');
  if (secret) {
    sessionStorage.setItem(SECRET_KEY, secret);
    url.searchParams.delete('secret');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
}

export function hasCredentials(): boolean {
  return window.outpost !== undefined || sessionStorage.getItem(SECRET_KEY) !== null;
}

const lockedListeners = new Set<() => void>();

/** Called when the host answers that the database is locked (the security gate listens). */
export function onLockedAnswer(listener: () => void): void {
  lockedListeners.add(listener);
}

export function call<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
): Promise<Result<ApiOutput<M>>> {
  const sent = send(method, input).then((result) => {
    if (!result.ok && result.error.code === 'locked')
      for (const listener of lockedListeners) listener();
    return result;
  });
  return isLongCall(method) ? trackLongCall(sent) : sent;
}

async function send<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
): Promise<Result<ApiOutput<M>>> {
  const lang = document.documentElement.lang === 'zh-CN' ? 'zh-CN' : 'en';
  if (window.outpost) {
    try {
      return (await window.outpost.call(method, input)) as Result<ApiOutput<M>>;
    } catch {
      return { ok: false, error: { code: 'unreachable', message: unreachableText(lang) } };
    }
  }
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-outpost-secret': sessionStorage.getItem(SECRET_KEY) ?? '',
      },
      body: JSON.stringify(input),
    });
  } catch {
    // fetch rejects only when no answer came at all: the host is gone or the connection dropped.
    return { ok: false, error: { code: 'unreachable', message: unreachableText(lang) } };
  }
  if (!response.ok) {
    if (response.status === 401)
      return {
        ok: false,
        error: { code: 'unauthorized', message: `401 ${await response.text()}` },
      };
    return {
      ok: false,
      error: {
        code: 'unreachable',
        message: unreachableText(lang, response.status, await response.text()),
      },
    };
  }
  try {
    return (await response.json()) as Result<ApiOutput<M>>;
  } catch {
    // The answer broke off half-way.
    return { ok: false, error: { code: 'unreachable', message: unreachableText(lang) } };
  }
}
