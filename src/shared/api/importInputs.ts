/**
 * The import wizard's calls (DESIGN.md §9 `import`): a file is uploaded in pieces to the
 * workspace, previewed as a dry run with the user's choices, then imported; imports are listed
 * and can be undone. Every choice the CLI has (`--map`, `--encoding`, `--date-order`, …) is here.
 */
import { z } from 'zod';
import { CURRENCIES } from '../domain/enums';
import { IMPORT_ENTITIES } from '../import/importEntityNames';

/** One upload piece: at most 512 KiB of the file, so a call stays under the web host's limit. */
export const IMPORT_PIECE_BYTES = 512 * 1024;
export const IMPORT_MAX_BYTES = 1024 * 1024 * 1024;

const uploadId = z.string().regex(/^[0-9a-f]{32}$/, 'invalidId');

export const importUploadInput = z.object({
  /** '' starts a new upload; the id it returns continues it. */
  uploadId: z.union([uploadId, z.literal('')]),
  fileName: z.string().trim().min(1, 'required').max(300, 'tooLong'),
  size: z.number().int().min(0).max(IMPORT_MAX_BYTES, 'tooLarge'),
  /** Where this piece starts in the file: a piece sent twice (a retry) is taken once. */
  offset: z.number().int().min(0),
  base64: z
    .string()
    .max(Math.ceil(IMPORT_PIECE_BYTES / 3) * 4 + 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
});

export const importChoicesInput = z.object({
  uploadId,
  entity: z.enum(IMPORT_ENTITIES, 'invalidChoice'),
  /** The sheet of a workbook (XLSX); '' for a CSV file or a workbook's own choice. */
  sheet: z.string().max(200).default(''),
  encoding: z.enum(['', 'utf-8', 'utf-16le', 'utf-16be', 'gb18030'], 'invalidChoice').default(''),
  source: z.string().trim().max(60, 'tooLong').default(''),
  /** header → field, '' leaves the column out. */
  map: z.record(z.string().max(300), z.string().max(60)).default({}),
  dateOrder: z.enum(['', 'dmy', 'mdy'], 'invalidChoice').default(''),
  currency: z.union([z.enum(CURRENCIES, 'invalidChoice'), z.literal('')]).default(''),
  overwrite: z.boolean().default(false),
  lang: z.enum(['en', 'zh-CN'], 'invalidChoice').default('en'),
});
export type ImportChoices = z.output<typeof importChoicesInput>;

export const importProblemsInput = z.object({
  fileName: z.string().trim().min(1).max(300),
  lang: z.enum(['en', 'zh-CN'], 'invalidChoice').default('en'),
  issues: z
    .array(
      z.object({
        line: z.number().int().min(0),
        column: z.string().max(300),
        problem: z.string().max(100),
        value: z.string().max(100_000),
      }),
    )
    .max(1000),
});
