/**
 * The one module that knows which host the renderer runs in: Electron's preload bridge when it is
 * there, else the local web host's HTTP API with the per-launch secret from the opening URL.
 */
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import type { ExportFile } from '../../shared/api/forecastViews';
import type { SaveFileResult } from '../../shared/api/savedFile';
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
  if (window.outpost) return (await window.outpost.call(method, input)) as Result<ApiOutput<M>>;
  const response = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-outpost-secret': sessionStorage.getItem(SECRET_KEY) ?? '',
    },
    body: JSON.stringify(input),
  });
  if (!response.ok) {
    const code = response.status === 401 ? 'unauthorized' : 'internal';
    return { ok: false, error: { code, message: `${response.status} ${await response.text()}` } };
  }
  return (await response.json()) as Result<ApiOutput<M>>;
}
