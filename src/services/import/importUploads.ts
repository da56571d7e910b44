/**
 * Files the app uploads for import, kept in a private temporary folder while the wizard runs:
 * the page sends a file in pieces (a call stays small), and the preview and the import read it
 * back as often as they need. A piece names where it starts, so a piece sent twice is taken once
 * and a missing piece is refused. Uploads are removed once imported or when the wizard lets them
 * go; the folder is the workspace's own, private and unguessable.
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

const uploadsOf = new WeakMap<Workspace, Map<string, Upload>>();
const foldersOf = new WeakMap<Workspace, string>();

/** A folder of this workspace's own, created private (0700) with a name no one can guess. */
function folder(ws: Workspace): string {
  let dir = foldersOf.get(ws);
  if (!dir || !existsSync(dir)) {
    dir = mkdtempSync(join(tmpdir(), 'outpost-import-'));
    foldersOf.set(ws, dir);
  }
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

export function receiveUploadPiece(
  ws: Workspace,
  input: z.output<typeof importUploadInput>,
): { uploadId: string; received: number; complete: boolean } {
  const bytes = Buffer.from(input.base64, 'base64');
  let upload: Upload | undefined;
  if (input.uploadId === '') {
    if (input.offset !== 0)
      throw new ServiceError('invalid_input', 'A new upload starts at the beginning of its file');
    const dir = folder(ws);
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
  // Its file removed under it (a cleaner of temporary files): as if never uploaded.
  if (upload && !existsSync(upload.path)) uploads(ws).delete(uploadId);
  if (!upload || !existsSync(upload.path))
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
