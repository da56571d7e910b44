/** Full-text search p95 over all notes, with English and Chinese queries typed as people do. */
import { search } from '../../src/services/searchService';
import type { Workspace } from '../../src/services/workspace';
import { ms, percentile, timed, type Figure } from './benchUtil';

/** Queries typed as people do, in English and Chinese. */
export const SEARCH_QUERIES = [
  '续约',
  '培训',
  '同步失败',
  '单点登录',
  '季度业务回顾',
  '扩容',
  '预算',
  'renewal',
  'training',
  'sync fail',
  'SSO',
  'budget',
  'dashboards',
  'procurement',
  'workshop',
  'Olivia',
  '王',
  '上线',
  'Analytics',
  'escalation',
];

export function benchSearch(ws: Workspace): Figure[] {
  for (const q of SEARCH_QUERIES) search(ws, { q, limit: 20 }); // warm the page cache
  const times: number[] = [];
  let hits = 0;
  for (let round = 0; round < 10; round++) {
    for (const q of SEARCH_QUERIES) {
      const run = timed(() => search(ws, { q, limit: 20 }));
      hits += run.value.hits.length;
      times.push(run.ms);
    }
  }
  const p95 = percentile(times, 95);
  const p50 = percentile(times, 50);
  console.log(`search: ${times.length} queries, ${hits} hits in all`);
  return [
    {
      name: 'full-text search p95',
      value: `${ms(p95)} (p50 ${ms(p50)})`,
      budget: '< 50 ms',
      pass: p95 < 50,
    },
  ];
}
