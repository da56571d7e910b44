import { describe, expect, it } from 'vitest';
import { VALIDATION_MESSAGES } from '../../shared/records/validationMessages';
import { en } from './en';
import { zhCN } from './zhCN';

describe('quarantine messages', () => {
  it('say every reason a change can be held back for, in both languages', () => {
    const missing = Object.keys(VALIDATION_MESSAGES)
      .map((code) => `quarantine.reason.${code}`)
      .filter((key) => !Object.hasOwn(en, key) || !zhCN[key as keyof typeof en]);
    expect(missing).toEqual([]);
  });
});
