import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18nContext';
import { syncStateText } from './syncStateText';

const en = createI18n('en', () => {});
const zh = createI18n('zh-CN', () => {});

describe('syncStateText', () => {
  it('shows the changes waiting while offline, with sync off, or after an error', () => {
    expect(syncStateText(zh, { state: 'offline', pending: 12, clock: null })).toBe(
      '离线 · 12 项待同步',
    );
    expect(syncStateText(en, { state: 'offline', pending: 12, clock: null })).toBe(
      'Offline · 12 changes waiting',
    );
    expect(syncStateText(en, { state: 'not_configured', pending: 1, clock: null })).toBe(
      'Sync off · 1 change waiting',
    );
    expect(syncStateText(zh, { state: 'error', pending: 3, clock: null })).toBe(
      '同步出错 · 3 项待同步',
    );
  });
  it('says the state alone when nothing waits, or while syncing', () => {
    expect(syncStateText(en, { state: 'offline', pending: 0, clock: null })).toBe('Offline');
    expect(syncStateText(en, { state: 'syncing', pending: 4, clock: null })).toBe('Syncing…');
    expect(syncStateText(en, { state: 'pending', pending: 2, clock: null })).toBe(
      '2 changes waiting',
    );
  });
});
