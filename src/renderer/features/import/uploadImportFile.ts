/**
 * Sends a chosen file to the workspace in pieces small enough for one call each, and says how
 * far it got. A piece that fails is sent once more before the upload gives up.
 */
import { IMPORT_PIECE_BYTES } from '../../../shared/api/importInputs';
import { call } from '../../api/transport';
import { ApiCallError } from '../../api/useApi';

function base64Of(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export async function uploadImportFile(
  file: File,
  onProgress: (sent: number) => void,
): Promise<string> {
  let uploadId = '';
  let offset = 0;
  do {
    const piece = new Uint8Array(
      await file.slice(offset, offset + IMPORT_PIECE_BYTES).arrayBuffer(),
    );
    const input = {
      uploadId,
      fileName: file.name,
      size: file.size,
      offset,
      base64: base64Of(piece),
    };
    let result = await call('import:upload', input);
    if (!result.ok && result.error.code !== 'invalid_input')
      result = await call('import:upload', input);
    if (!result.ok) throw new ApiCallError(result.error);
    uploadId = result.data.uploadId;
    offset = result.data.received;
    onProgress(offset);
  } while (offset < file.size);
  return uploadId;
}
