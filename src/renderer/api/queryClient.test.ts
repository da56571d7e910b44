import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryObserver } from '@tanstack/react-query';
import { createAppQueryClient, UNUSED_READ_MS } from './queryClient';

afterEach(() => vi.useRealTimers());

describe("the renderer's read cache", () => {
  it('keeps the last good answer beside the error when a refresh fails', async () => {
    const client = createAppQueryClient();
    let fail = false;
    const observer = new QueryObserver(client, {
      queryKey: ['today:view', { owner: '' }],
      queryFn: () => (fail ? Promise.reject(new Error('host gone')) : Promise.resolve({ n: 1 })),
    });
    const seen: { data: unknown; error: unknown }[] = [];
    const stop = observer.subscribe((r) => seen.push({ data: r.data, error: r.error }));
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toEqual({ n: 1 }));
    fail = true;
    await client.invalidateQueries();
    const after = observer.getCurrentResult();
    expect(after.data).toEqual({ n: 1 });
    expect(String(after.error)).toMatch(/host gone/);
    // No retries against a local host: the failure shows at once, one call later.
    expect(seen.filter((s) => s.error).length).toBeGreaterThan(0);
    stop();
  });

  it('forgets a read no page shows any more (each search string no longer lives all session)', async () => {
    vi.useFakeTimers();
    const client = createAppQueryClient();
    const observer = new QueryObserver(client, {
      queryKey: ['search:query', { q: 'acme' }],
      queryFn: () => Promise.resolve(['hit']),
    });
    const stop = observer.subscribe(() => {});
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toEqual(['hit']));
    stop();
    expect(client.getQueryData(['search:query', { q: 'acme' }])).toEqual(['hit']);
    vi.advanceTimersByTime(UNUSED_READ_MS + 1);
    expect(client.getQueryData(['search:query', { q: 'acme' }])).toBeUndefined();
  });
});
