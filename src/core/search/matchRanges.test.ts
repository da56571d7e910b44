import { describe, expect, it } from 'vitest';
import { matchRanges } from './matchRanges';

const marked = (text: string, query: string) =>
  matchRanges(text, query).map(([a, b]) => text.slice(a, b));

describe('matchRanges', () => {
  it('marks a word where it occurs, in any case', () => {
    expect(marked('Northwind Logistics', 'logi')).toEqual(['Logi']);
    expect(marked('客户确认续约意向', '续约')).toEqual(['续约']);
  });

  it('marks the Chinese characters that pinyin or initials match', () => {
    expect(marked('北京云帆科技有限公司', 'bjyf')).toEqual(['北京云帆']);
    expect(marked('北京云帆科技有限公司', 'beijing')).toEqual(['北京']);
    expect(marked('北京云帆科技有限公司', 'yunfan')).toEqual(['云帆']);
    expect(marked('大连海纳教育', 'dal')).toEqual(['大连']);
    expect(marked('李娜', 'lina')).toEqual(['李娜']);
  });

  it('marks nothing that does not match', () => {
    expect(marked('北京云帆科技有限公司', 'shanghai')).toEqual([]);
    expect(marked('Acme', '')).toEqual([]);
  });
});
