/**
 * Files the app uploads for import, kept in a private temporary folder while the wizard runs:
 * the page sends a file in pieces (a call stays small), and the preview and the import read it
 * back as often as they need. A piece names where it starts, so a piece sent twice is taken once
 * and a missing piece is refused. Uploads are removed when the wizard is done with them, and
 * any left behind are removed after a day.
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import type { importUploadInput } from '../../shared/api/importInputs';
import { ServiceError } from '../serviceError';
import type { Workspace } from '../workspace';

export interface UploadedFile {
  path: string;
  fileName: string;
  size: number;
}

interface Upload extends UploadedFile {
  received: number;
}

const KEEP_MS = 24 * 60 * 60 * 1000;
const uploadsOf = new WeakMap<Workspace, Map<string, Upload>>();

function folder(): string {
  const dir = join(tmpdir(), 'outpost-imports');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

function uploads(ws: Workspace): Map<string, Upload> {
  let map = uploadsOf.get(ws);
  if (!map) {
    map = new Map();
    uploadsOf.set(ws, map);
  }
  return map;
}

function removeStale(dir: string, now: number): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs > KEEP_MS) rmSync(path, { force: true });
    } catch {
      // Another Outpost removed it first.
    }
  }
}

export function receiveUploadPiece(
  ws: Workspace,
  input: z.output<typeof importUploadInput>,
): { uploadId: string; received: number; complete: boolean } {
  const bytes = Buffer.from(input.base64, 'base64');
  let upload: Upload | undefined;
  if (input.uploadId === '') {
    if (input.offset !== 0)
      throw new ServiceError('invalid_input', 'A new upload starts at the beginning of its file');
    const dir = folder();
    removeStale(dir, Date.now());
    const uploadId = randomBytes(16).toString('hex');
    upload = { path: join(dir, uploadId), fileName: input.fileName, size: input.size, received: 0 };
    writeFileSync(upload.path, new Uint8Array(0), { mode: 0o600 });
    uploads(ws).set(uploadId, upload);
    input = { ...input, uploadId };
  } else upload = uploadOf(ws, input.uploadId);
  if (input.offset + bytes.length <= upload.received) {
    // Sent again (a retry): already here.
  } else if (input.offset !== upload.received) {
    throw new ServiceError(
      'invalid_input',
      `The upload continues at byte ${upload.received}, not ${input.offset}`,
    );
  } else {
    if (upload.received + bytes.length > upload.size)
      throw new ServiceError('invalid_input', 'The upload is longer than its file');
    appendFileSync(upload.path, bytes);
    upload.received += bytes.length;
  }
  return {
    uploadId: input.uploadId,
    received: upload.received,
    complete: upload.received === upload.size,
  };
}

function uploadOf(ws: Workspace, uploadId: string): Upload {
  const upload = uploads(ws).get(uploadId);
  if (!upload)
    throw new ServiceError('not_found', 'The uploaded file is no longer there: choose it again');
  return upload;
}

/** A whole uploaded file, ready to be read. */
export function uploadedFile(ws: Workspace, uploadId: string): UploadedFile {
  const upload = uploadOf(ws, uploadId);
  if (upload.received !== upload.size)
    throw new ServiceError('invalid_input', 'The file has not been uploaded completely yet');
  return { path: upload.path, fileName: upload.fileName, size: upload.size };
}

export function discardUpload(ws: Workspace, uploadId: string): { discarded: boolean } {
  const upload = uploads(ws).get(uploadId);
  if (!upload) return { discarded: false };
  uploads(ws).delete(uploadId);
  rmSync(upload.path, { force: true });
  return { discarded: true };
}
