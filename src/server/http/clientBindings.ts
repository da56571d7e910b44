/**
 * The client ids this server process has seen bound to a device token. A binding never changes
 * once made (SyncStore.bindClient: a client id belongs to the token that first used it), so a
 * confirmed one is remembered and the store is asked only about new or refused ones; a revoked
 * token is still refused by authentication, which every request goes through.
 */
import type { SyncStore } from '../store/syncStore';

/** Enough for every device of a large team many times over; past it, start again. */
const MAX_REMEMBERED = 50_000;

export class ClientBindings {
  private readonly bound = new Set<string>();

  constructor(private readonly store: Pick<SyncStore, 'bindClient'>) {}

  /** As SyncStore.bindClient: false when the client id belongs to another device. */
  async bind(clientId: string, userId: number, tokenHash: string, now: string): Promise<boolean> {
    const key = `${clientId}\u0000${userId}\u0000${tokenHash}`;
    if (this.bound.has(key)) return true;
    if (!(await this.store.bindClient(clientId, userId, tokenHash, now))) return false;
    if (this.bound.size >= MAX_REMEMBERED) this.bound.clear();
    this.bound.add(key);
    return true;
  }
}
