import { describe, expect, it } from 'vitest';
import { ClientBindings } from './clientBindings';

/** A store whose bindings are first come, first served, counting how often it is asked. */
function fakeStore() {
  const owners = new Map<string, string>();
  const store = {
    asked: 0,
    bindClient(clientId: string, userId: number, tokenHash: string): Promise<boolean> {
      store.asked++;
      const owner = `${userId}/${tokenHash}`;
      if (!owners.has(clientId)) owners.set(clientId, owner);
      return Promise.resolve(owners.get(clientId) === owner);
    },
  };
  return store;
}

describe('client bindings remembered by a server process', () => {
  it('asks the store once per confirmed binding, and every time for a refused one', async () => {
    const store = fakeStore();
    const bindings = new ClientBindings(store);
    const now = '2026-12-07T00:00:00.000Z';
    expect(await bindings.bind('c1', 1, 'token-a', now)).toBe(true);
    expect(await bindings.bind('c1', 1, 'token-a', now)).toBe(true);
    expect(store.asked).toBe(1);
    // A copy of the database on another device (another token), or another user: refused.
    expect(await bindings.bind('c1', 1, 'token-b', now)).toBe(false);
    expect(await bindings.bind('c1', 2, 'token-a', now)).toBe(false);
    expect(await bindings.bind('c1', 1, 'token-b', now)).toBe(false);
    expect(store.asked).toBe(4);
  });
});
