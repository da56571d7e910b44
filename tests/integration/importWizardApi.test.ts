/**
 * The import wizard's API as the app calls it (issue 15): a file uploaded in pieces (a piece sent
 * twice taken once, a missing one refused), previewed as a dry run that says how far the file
 * could be read, imported, listed and undone; the skipped rows saved as CSV that a spreadsheet
 * cannot run as formulas. Real SQLite files, the real dispatch with its input checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiHandlers } from '../../src/services/apiHandlers';
import { dispatch } from '../../src/services/dispatch';
import type { ApiMethod, ApiOutput } from '../../src/shared/api/contract';
import type { Result } from '../../src/shared/api/result';
import { tempWorkspace } from './testWorkspace';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'import');

let cleanup = () => {};
afterEach(() => cleanup());

function setup() {
  const ws = tempWorkspace();
  cleanup = ws.cleanup;
  const handlers = createApiHandlers(ws);
  const api = (method: ApiMethod, input: unknown): Promise<Result<unknown>> =>
    dispatch(handlers, method, input);
  /** The data of a call that must succeed. */
  const data = async (method: ApiMethod, input: unknown): Promise<unknown> => {
    const result = await api(method, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.data;
  };
  const live = (table: string) =>
    (
      ws.db.sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted = 0`).get() as {
        n: number;
      }
    ).n;
  return { ws, api, data, live };
}

async function upload(
  api: ReturnType<typeof setup>['api'],
  name: string,
  bytes: Uint8Array,
  piece = 100,
): Promise<string> {
  let uploadId = '';
  for (let offset = 0; offset === 0 || offset < bytes.length; offset += piece) {
    const result = await api('import:upload', {
      uploadId,
      fileName: name,
      size: bytes.length,
      offset,
      base64: Buffer.from(bytes.subarray(offset, offset + piece)).toString('base64'),
    });
    if (!result.ok) throw new Error(result.error.message);
    uploadId = (result.data as { uploadId: string }).uploadId;
  }
  return uploadId;
}

describe('the import wizard API', () => {
  it('takes a file in pieces, a repeated piece once, and refuses a gap', async () => {
    const { api, data } = setup();
    const bytes = readFileSync(join(FIXTURES, 'salesforce_accounts.csv'));
    const first = await data('import:upload', {
      uploadId: '',
      fileName: 'a.csv',
      size: bytes.length,
      offset: 0,
      base64: bytes.subarray(0, 100).toString('base64'),
    });
    const { uploadId } = first as { uploadId: string };
    const again = await api('import:upload', {
      uploadId,
      fileName: 'a.csv',
      size: bytes.length,
      offset: 0,
      base64: bytes.subarray(0, 100).toString('base64'),
    });
    expect(again).toMatchObject({ ok: true, data: { received: 100, complete: false } });
    const gap = await api('import:upload', {
      uploadId,
      fileName: 'a.csv',
      size: bytes.length,
      offset: 200,
      base64: bytes.subarray(200, 300).toString('base64'),
    });
    expect(gap).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(gap.ok ? '' : gap.error.message).toContain('continues at byte 100');
    const early = await api('import:preview', { uploadId, entity: 'accounts' });
    expect(early.ok ? '' : early.error.message).toContain('not been uploaded completely');
    const unknown = await api('import:preview', { uploadId: 'f'.repeat(32), entity: 'accounts' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('previews without writing, imports, lists and undoes', async () => {
    const { api, data, live } = setup();
    const uploadId = await upload(
      api,
      'salesforce_accounts.csv',
      readFileSync(join(FIXTURES, 'salesforce_accounts.csv')),
    );
    const view = (await data('import:preview', {
      uploadId,
      entity: 'accounts',
    })) as ApiOutput<'import:preview'>;
    expect(view.problem).toBeNull();
    expect(view.layout).toMatchObject({ encoding: 'utf-8', source: 'salesforce', headerLine: 1 });
    expect(view.report?.counts).toMatchObject({ create: 3, skip: 0 });
    expect(view.fields.map((f) => f.field)).toContain('externalId');
    expect(live('accounts')).toBe(0);

    const report = (await data('import:run', {
      uploadId,
      entity: 'accounts',
    })) as ApiOutput<'import:run'>;
    expect(report.counts.create).toBe(3);
    expect(live('accounts')).toBe(3);
    // Imported, the upload is let go.
    expect(await api('import:preview', { uploadId, entity: 'accounts' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const list = (await data('import:list', {})) as ApiOutput<'import:list'>;
    expect(list).toHaveLength(1);
    expect(list[0]?.id).toBe(report.batchId);

    const undo = await api('import:undo', { batchId: report.batchId });
    expect(undo).toMatchObject({ ok: true, data: { deleted: 3, restored: 0 } });
    expect(live('accounts')).toBe(0);
    const twice = await api('import:undo', { batchId: report.batchId });
    expect(twice.ok).toBe(false);
  });

  it('says how far a file could be read when a choice is missing, and takes the mapping given', async () => {
    const { api, data, live } = setup();
    const csv = 'Firma;Stadt;Start\nKontor AG;Berlin;03/04/2026\nHafen GmbH;Hamburg;05/06/2026\n';
    const uploadId = await upload(api, 'firmen.csv', Buffer.from(csv));
    const blind = (await data('import:preview', {
      uploadId,
      entity: 'accounts',
    })) as ApiOutput<'import:preview'>;
    expect(blind.problem).toEqual({ code: 'nothingMapped', detail: {} });
    expect(blind.layout?.delimiter).toBe(';');
    expect(blind.layout?.columns.map((c) => c.header)).toEqual(['Firma', 'Stadt', 'Start']);
    expect(blind.report).toBeNull();

    const mapped = (await data('import:preview', {
      uploadId,
      entity: 'accounts',
      map: { Firma: 'name', Stadt: 'region' },
    })) as ApiOutput<'import:preview'>;
    expect(mapped.problem).toBeNull();
    expect(mapped.report?.counts.create).toBe(2);
    expect(mapped.layout?.columns).toEqual([
      { header: 'Firma', field: 'name' },
      { header: 'Stadt', field: 'region' },
      { header: 'Start', field: null },
    ]);
    expect(live('accounts')).toBe(0);
  });

  it('saves skipped rows as CSV in the user language, with formula-looking values made text', async () => {
    const { data } = setup();
    const file = await data('import:problemsFile', {
      fileName: 'contacts.csv',
      lang: 'zh-CN',
      issues: [{ line: 3, column: 'Email', problem: 'invalidEmail', value: '=HYPERLINK("x")' }],
    });
    const { fileName, base64 } = file as ApiOutput<'import:problemsFile'>;
    expect(fileName).toBe('contacts-problems.csv');
    const text = Buffer.from(base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF行,列,问题,值,说明')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).toContain('不是有效的邮箱地址');
  });

  it('reads a workbook sheet for its entity, refuses a sheet named for another, and leaks no file handle', async () => {
    const { api, data } = setup();
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Accounts').addRows([['Account Name'], ['Kontor AG']]);
    book.addWorksheet('Contacts').addRows([
      ['Account Name', 'Full Name'],
      ['Kontor AG', 'Eva Roth'],
    ]);
    const uploadId = await upload(api, 'export', Buffer.from(await book.xlsx.writeBuffer()), 4096);
    const fds = () => readdirSync('/proc/self/fd').length;
    const before = fds();
    for (let i = 0; i < 20; i++) await data('import:preview', { uploadId, entity: 'accounts' });
    expect(fds()).toBeLessThanOrEqual(before + 2);
    const contacts = (await data('import:preview', {
      uploadId,
      entity: 'stakeholders',
    })) as ApiOutput<'import:preview'>;
    expect(contacts.sheet).toBe('Contacts');
    expect(contacts.sheets.map((s) => s.name)).toEqual(['Accounts', 'Contacts']);
    const wrong = (await data('import:preview', {
      uploadId,
      entity: 'accounts',
      sheet: 'Contacts',
    })) as ApiOutput<'import:preview'>;
    expect(wrong.problem).toEqual({
      code: 'sheetOtherEntity',
      detail: { sheet: 'Contacts', entity: 'stakeholders' },
    });
    expect(wrong.report).toBeNull();
  });
});
