import { describe, expect, it } from 'vitest';
import { IMPORT_ENTITIES } from './importEntities';
import { entitySheetName, sheetEntity } from './sheetNames';

describe('sheetEntity', () => {
  it('reads the names people give sheets, in English and Chinese', () => {
    expect(sheetEntity('Accounts')).toBe('accounts');
    expect(sheetEntity(' 客户 ')).toBe('accounts');
    expect(sheetEntity('Contacts')).toBe('stakeholders');
    expect(sheetEntity('Stakeholders')).toBe('stakeholders');
    expect(sheetEntity('联系人列表')).toBe('stakeholders');
    expect(sheetEntity('Usage snapshots')).toBe('usage_snapshots');
    expect(sheetEntity('usage-snapshots')).toBe('usage_snapshots');
    expect(sheetEntity('Contracts (2)')).toBe('contracts');
    expect(sheetEntity('Account list')).toBe('accounts');
    expect(sheetEntity('工单明细')).toBe('support_tickets');
  });

  it('says no entity for other sheets', () => {
    expect(sheetEntity('Sheet1')).toBeNull();
    expect(sheetEntity('Notes')).toBeNull();
    expect(sheetEntity('')).toBeNull();
    expect(sheetEntity('表')).toBeNull();
  });

  it('reads back the names of its own export, in both languages', () => {
    for (const entity of IMPORT_ENTITIES)
      for (const lang of ['en', 'zh-CN'] as const)
        expect(sheetEntity(entitySheetName(entity, lang))).toBe(entity);
  });
});
