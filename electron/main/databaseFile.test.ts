import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFile } from './databaseFile';

const app = (isPackaged: boolean) => ({ isPackaged, getPath: () => '/home/csm/.config/Outpost' });

describe('the desktop database file', () => {
  it('is outpost.db in the user data folder', () => {
    expect(databaseFile(app(true), {})).toBe(join('/home/csm/.config/Outpost', 'outpost.db'));
    expect(databaseFile(app(false), {})).toBe(join('/home/csm/.config/Outpost', 'outpost.db'));
  });

  it('follows OUTPOST_DB in development only: the packaged app ignores it', () => {
    const env = { OUTPOST_DB: '/tmp/other.db' };
    expect(databaseFile(app(false), env)).toBe('/tmp/other.db');
    expect(databaseFile(app(true), env)).toBe(join('/home/csm/.config/Outpost', 'outpost.db'));
  });
});
