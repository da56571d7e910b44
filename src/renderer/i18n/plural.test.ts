import { describe, expect, it } from 'vitest';
import { createI18n } from './i18nContext';

const en = createI18n('en', () => {});
const zh = createI18n('zh-CN', () => {});

describe('i18n.plural', () => {
  it('picks the English form by Intl.PluralRules: one for 1, other for 0 and 2', () => {
    expect(en.plural('risk.accounts', 1)).toBe('1 account');
    expect(en.plural('risk.accounts', 2)).toBe('2 accounts');
    expect(en.plural('risk.accounts', 0)).toBe('0 accounts');
    expect(en.plural('sync.waiting', 1)).toBe('1 change waiting');
    expect(en.plural('health.openAlerts', 3)).toBe('3 open alerts');
  });

  it('keeps the other parameters', () => {
    expect(en.plural('qbr.chosen', 1, { chosen: 1 })).toBe('1 of 1 slide in the export');
    expect(en.plural('qbr.chosen', 12, { chosen: 3 })).toBe('3 of 12 slides in the export');
  });

  it('formats the count in the language', () => {
    expect(en.plural('import.rows', 12345)).toBe('12,345 rows read');
    expect(zh.plural('import.rows', 12345)).toBe('共读取 12,345 行');
  });

  it('has one form in Chinese', () => {
    expect(zh.plural('risk.accounts', 1)).toBe('1 个客户');
    expect(zh.plural('risk.accounts', 2)).toBe('2 个客户');
    expect(zh.plural('sync.waiting', 12)).toBe('12 项待同步');
  });
});

describe('i18n relative days', () => {
  it('says today and yesterday in words', () => {
    expect(en.relativeDays(0)).toBe('today');
    expect(en.relativeDays(-1)).toBe('yesterday');
    expect(zh.relativeDays(0)).toBe('今天');
    expect(zh.relativeDays(-1)).toBe('昨天');
    expect(en.t('health.in.lastTouchpoint', { when: en.relativeDays(0) })).toBe(
      'Last touchpoint today',
    );
    expect(zh.t('health.in.lastTouchpoint', { when: zh.relativeDays(0) })).toBe(
      '最近一次接触：今天',
    );
  });
});
