import { describe, expect, it } from 'vitest';
import * as ENUMS from '../../shared/domain/enums';
import { RECORD_TYPES } from '../../shared/records/recordTypes';
import { FORM_SPECS } from '../features/records/recordFormSpecs';
import { en } from './en';
import { zhCN } from './zhCN';

const has = (key: string) => Object.hasOwn(en, key);

describe('messages', () => {
  it('has a label for every form field, enum value, record type and checklist item', () => {
    const missing: string[] = [];
    for (const specs of Object.values(FORM_SPECS))
      for (const { name } of specs) if (!has(`field.${name}`)) missing.push(`field.${name}`);
    for (const [name, values] of Object.entries(ENUMS)) {
      if (!Array.isArray(values) || name === 'CURRENCIES' || name === 'TICKET_SEVERITIES') continue;
      const prefix = name === 'HANDOVER_ITEMS' ? 'handover' : 'enum';
      for (const value of values as string[])
        if (!has(`${prefix}.${value}`)) missing.push(`${prefix}.${value}`);
    }
    for (const type of RECORD_TYPES)
      for (const prefix of ['record', 'section'])
        if (!has(`${prefix}.${type}`)) missing.push(`${prefix}.${type}`);
    expect(missing).toEqual([]);
  });

  it('translates every message into Chinese, keeping the same placeholders', () => {
    for (const [key, text] of Object.entries(en)) {
      const zh = zhCN[key as keyof typeof en];
      expect(zh, key).toBeTruthy();
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(zh), key).toEqual(placeholders(text));
    }
  });
});
