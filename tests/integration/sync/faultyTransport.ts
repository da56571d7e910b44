/**
 * A transport that misbehaves like a bad network: requests lost before the server sees them,
 * replies lost after the server acted, requests delivered twice, and old pushes replayed late
 * (out of order). Decisions come from a seeded generator so a failing run replays exactly.
 */
import type { SeededRandom } from '../../../src/core/demo/seededRandom';
import type { PushRequest } from '../../../src/shared/sync/syncProtocol';
import { SyncOfflineError, type SyncTransport } from '../../../src/services/sync/syncTransport';

export interface FaultRates {
  dropRequest: number;
  dropResponse: number;
  duplicate: number;
  replayOld: number;
}

export const NO_FAULTS: FaultRates = {
  dropRequest: 0,
  dropResponse: 0,
  duplicate: 0,
  replayOld: 0,
};

export class FaultyTransport implements SyncTransport {
  rates: FaultRates = NO_FAULTS;
  private readonly sent: PushRequest[] = [];

  constructor(
    private readonly inner: SyncTransport,
    private readonly random: SeededRandom,
  ) {}

  private chance(p: number): boolean {
    return p > 0 && this.random.next() < p;
  }

  private async deliver<T>(send: () => Promise<T>): Promise<T> {
    if (this.chance(this.rates.dropRequest)) throw new SyncOfflineError('request lost');
    const reply = await send();
    if (this.chance(this.rates.duplicate)) await send();
    if (this.chance(this.rates.dropResponse)) throw new SyncOfflineError('reply lost');
    return reply;
  }

  async push(request: PushRequest) {
    if (this.sent.length > 0 && this.chance(this.rates.replayOld)) {
      const old = this.sent[this.random.int(0, this.sent.length - 1)];
      if (old) await this.inner.push(old).catch(() => {});
    }
    this.sent.push(request);
    return this.deliver(() => this.inner.push(request));
  }

  pull(query: Parameters<SyncTransport['pull']>[0]) {
    return this.deliver(() => this.inner.pull(query));
  }

  snapshot(query: Parameters<SyncTransport['snapshot']>[0]) {
    return this.deliver(() => this.inner.snapshot(query));
  }
}
