import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksumOf, foldChecksum, ZERO_CHECKSUM } from './changeChecksum';
import type { ChangeContent } from './changeContent';
import { sameContent } from './changeContent';

const change = (id: string, data: ChangeContent['data'] = { name: id }): ChangeContent => ({
  id,
  table: 'accounts',
  rowId: 'r1',
  data,
});

describe('team checksum', () => {
  it('does not depend on order, and folds incrementally', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 30 }), fc.nat(30), (ids, cut) => {
        const changes = ids.map((id) => change(id));
        const all = checksumOf(changes);
        expect(checksumOf([...changes].reverse())).toBe(all);
        expect(foldChecksum(checksumOf(changes.slice(0, cut)), changes.slice(cut))).toBe(all);
        expect(all).toMatch(/^[0-9a-f]{16}$/);
      }),
    );
  });

  it('tells sets apart', () => {
    expect(checksumOf([])).toBe(ZERO_CHECKSUM);
    expect(checksumOf([change('a')])).not.toBe(checksumOf([change('b')]));
    expect(checksumOf([change('a'), change('b')])).not.toBe(checksumOf([change('a')]));
    // Adding the same change twice removes it: ids are unique, so a repeat is a bug upstream.
    expect(foldChecksum(checksumOf([change('a')]), [change('a')])).toBe(ZERO_CHECKSUM);
  });

  it('covers the content: the same ids with other data, row or base differ', () => {
    const mine = [change('a', { name: 'Acme' }), change('b', { region: 'EMEA' })];
    const copied = [change('a', { name: 'Acme' }), change('b', { region: 'APAC' })];
    expect(checksumOf(copied)).not.toBe(checksumOf(mine));
    expect(checksumOf([{ ...change('a'), rowId: 'r2' }])).not.toBe(checksumOf([change('a')]));
    expect(checksumOf([{ ...change('a'), table: 'contracts' }])).not.toBe(
      checksumOf([change('a')]),
    );
    expect(checksumOf([{ ...change('a'), base: { name: 'x' } }])).not.toBe(
      checksumOf([change('a')]),
    );
  });

  it('reads content independently of key order; an empty base is no base', () => {
    const a = change('a', { name: 'Acme', region: 'EMEA', seats: 3 });
    const b = change('a', { seats: 3, region: 'EMEA', name: 'Acme' });
    expect(checksumOf([a])).toBe(checksumOf([b]));
    expect(sameContent(a, b)).toBe(true);
    expect(sameContent(a, { ...a, base: {} })).toBe(true);
    expect(sameContent(a, { ...a, base: null })).toBe(true);
    expect(sameContent(a, { ...a, data: { ...a.data, seats: '3' } })).toBe(false);
    expect(sameContent(a, { ...a, data: { ...a.data, seats: null } })).toBe(false);
  });
});
