import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { uuidv7 } from '../uuidv7';
import { derivedId } from './derivedId';

describe('derived ids', () => {
  const contract = uuidv7(Date.parse('2026-01-05T00:00:00Z'), new Uint8Array(10).fill(7));

  it('are the same for the same source on every device, and differ by namespace and source', () => {
    expect(derivedId('renewal', contract)).toBe(derivedId('renewal', contract));
    expect(derivedId('renewal', contract)).not.toBe(derivedId('follow-on', contract));
    const other = uuidv7(Date.parse('2026-01-05T00:00:00Z'), new Uint8Array(10).fill(8));
    expect(derivedId('renewal', contract)).not.toBe(derivedId('renewal', other));
  });

  it('are valid UUIDv7 ids carrying the source’s time', () => {
    const id = derivedId('renewal', contract);
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(id[14]).toBe('7');
    expect(id.slice(0, 13)).toBe(contract.slice(0, 13));
  });
});
