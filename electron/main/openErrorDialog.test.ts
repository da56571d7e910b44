import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/integration/testWorkspace';
import { openWorkspace } from '../../src/services/workspace';
import { openErrorDialog } from './openErrorDialog';

let cleanup = () => {};
afterEach(() => cleanup());

/** What opening the file throws, as the main process catches it. */
function openFailure(file: string): unknown {
  try {
    openWorkspace(file).close();
  } catch (error) {
    return error;
  }
  throw new Error(`${file} opened`);
}

describe('the dialog of a database the app cannot open', () => {
  it('says why in the language of the system, with the file name', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'outpost.db');
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const error = openFailure(file);
    expect(openErrorDialog(error, 'zh-CN')).toEqual({
      title: 'Outpost 无法打开数据库',
      message: `${file} 由更新版本的 Outpost 写入（数据库版本 99，本版本最高支持 ${(error as { problem: { known: number } }).problem.known}）。请升级 Outpost 后再打开。文件没有任何改动。`,
    });
    const en = openErrorDialog(error, 'en-GB');
    expect(en.title).toBe('Outpost cannot open its database');
    expect(en.message).toMatch(
      /was written by a newer version of Outpost .* The file was not changed\.$/,
    );
  });

  it('says what failed for any other error', () => {
    expect(openErrorDialog(new Error('disk full'), 'en-US')).toEqual({
      title: 'Outpost cannot open its database',
      message: 'disk full',
    });
  });
});
