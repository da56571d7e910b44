import { describe, expect, it } from 'vitest';
import { searchQuery, searchText } from './searchText';

describe('searchText', () => {
  it('splits Chinese runs into bigrams and keeps other words', () => {
    expect(searchText('客户续约率 high').trim().split(/\s+/)).toEqual([
      '客户',
      '户续',
      '续约',
      '约率',
      '率',
      'high',
    ]);
  });

  it('keeps a single CJK character as its own token', () => {
    expect(searchText('A公').trim().split(/\s+/)).toEqual(['A', '公']);
  });

  it('treats empty input as empty', () => {
    expect(searchText('')).toBe('');
    expect(searchText(null)).toBe('');
  });
});

describe('searchQuery', () => {
  it('makes a phrase of bigrams for a Chinese word', () => {
    expect(searchQuery('续约率')).toBe('"续约 约率"');
    expect(searchQuery('续约')).toBe('"续约"');
  });

  it('matches a single character as a prefix', () => {
    expect(searchQuery('约')).toBe('"约"*');
  });

  it('ANDs words and makes the last one a prefix', () => {
    expect(searchQuery('Renewal risk')).toBe('"renewal" AND "risk"*');
  });

  it('mixes scripts', () => {
    expect(searchQuery('QBR 续约')).toBe('"qbr" AND "续约"');
  });

  it('escapes quotes and ignores punctuation-only input', () => {
    expect(searchQuery('"; DROP')).toBe('"drop"*');
    expect(searchQuery('  ?! ')).toBeNull();
  });
});
