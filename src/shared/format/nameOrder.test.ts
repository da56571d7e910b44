import { describe, expect, it } from 'vitest';
import { compareNames, sortedNames } from './nameOrder';

describe('name order', () => {
  it('sorts Chinese names by pinyin in Chinese', () => {
    expect(
      sortedNames(['大连海纳', '长沙', '北京云帆', '重庆', '阿里', '大连海纳', ''], 'zh-CN'),
    ).toEqual(['阿里', '北京云帆', '重庆', '大连海纳', '长沙']);
  });

  it('sorts English names without regard to case or accents, numbers by value', () => {
    expect(['beta', 'Émile', 'Alpha', 'Zed'].sort(compareNames('en'))).toEqual([
      'Alpha',
      'beta',
      'Émile',
      'Zed',
    ]);
    expect(['Team 10', 'Team 9'].sort(compareNames('en'))).toEqual(['Team 9', 'Team 10']);
  });
});
