/**
 * A file the app hands to the desktop shell to save where the user chooses (the save dialog):
 * its suggested name and its bytes as base64. Checked in the main process like any IPC input.
 */
import { z } from 'zod';

export const SAVE_FILE_CHANNEL = 'outpost:save-file';
export const MAX_SAVED_FILE_BASE64 = 64 * 1024 * 1024;

export const savedFileInput = z.object({
  fileName: z
    .string()
    .min(1)
    .max(200)
    .refine(
      (name) => !/[/\\:*?"<>|]/.test(name) && [...name].every((c) => c.charCodeAt(0) >= 32),
      'a file name without folders or reserved characters',
    ),
  mimeType: z.string().max(200),
  base64: z
    .string()
    .max(MAX_SAVED_FILE_BASE64)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
});
export type SavedFileInput = z.output<typeof savedFileInput>;

export type SaveFileResult = { saved: true; path: string } | { saved: false; path: null };
