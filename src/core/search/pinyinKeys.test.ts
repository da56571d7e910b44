import { describe, expect, it } from 'vitest';
import { pinyinKeys } from './pinyinKeys';

describe('pinyinKeys', () => {
  it('gives the whole pinyin and the initials from every character on', () => {
    const keys = pinyinKeys('北京云帆科技有限公司').split(' ');
    expect(keys).toContain('beijingyunfankejiyouxiangongsi');
    expect(keys).toContain('bjyfkjyxgs');
    expect(keys).toContain('yunfankejiyouxiangongsi');
    expect(keys).toContain('yfkjyxgs');
  });

  it('reads names and place names the way people say them', () => {
    expect(pinyinKeys('李娜').split(' ')).toEqual(expect.arrayContaining(['lina', 'ln']));
    expect(pinyinKeys('重庆').split(' ')).toContain('chongqing');
    expect(pinyinKeys('大连海纳').split(' ')).toEqual(
      expect.arrayContaining(['dalianhaina', 'dlhn']),
    );
  });

  it('leaves text without Chinese alone', () => {
    expect(pinyinKeys('Northwind Logistics')).toBe('');
    expect(pinyinKeys(null)).toBe('');
    expect(pinyinKeys('Acme 北京')).toBe('beijing bj jing j');
  });
});
