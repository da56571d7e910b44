/** Names come back in the language's order (pinyin in Chinese) from the services that sort them. */
import { afterEach, describe, expect, it } from 'vitest';
import { createRecord } from '../../src/services/recordService';
import { todayView } from '../../src/services/todayService';
import { groupRows } from '../../src/services/renewals/forecastFilters';
import type { RenewalRowView } from '../../src/shared/api/forecastViews';
import { tempWorkspace } from './testWorkspace';

let ws: ReturnType<typeof tempWorkspace>;
afterEach(() => ws.cleanup());

const OWNERS = ['张敏', 'Emma Clark', '李娜', '王伟', '陈静'];

describe('name order', () => {
  it("Today's owner filter lists owners in pinyin order in Chinese", () => {
    ws = tempWorkspace();
    for (const [i, owner] of OWNERS.entries())
      createRecord(ws, 'accounts', { name: `Account ${i}`, owner });
    expect(todayView(ws, '', 'zh-CN').owners).toEqual([
      '陈静',
      '李娜',
      '王伟',
      '张敏',
      'Emma Clark',
    ]);
    expect(todayView(ws, '', 'en').owners[0]).toBe('Emma Clark');
  });

  it('the forecast grouped by owner is in pinyin order in Chinese', () => {
    ws = tempWorkspace();
    const rows = OWNERS.map((owner) => ({ owner }) as RenewalRowView);
    expect(groupRows(rows, 'owner', 'zh-CN').map((g) => g.key)).toEqual([
      '陈静',
      '李娜',
      '王伟',
      '张敏',
      'Emma Clark',
    ]);
  });
});
