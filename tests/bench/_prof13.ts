import { openWorkspace } from '/work/main/src/services/workspace';
import { ensureHealthCurrent } from '/work/main/src/services/health/healthRefresh';
import { forecastView } from '/work/main/src/services/renewals/forecastService';
import { opportunityClaims } from '/work/main/src/services/renewals/forecastRows';
import { loadRenewalSources } from '/work/main/src/db/repositories/renewalRepository';
import { forecastQuery } from '/work/main/src/shared/api/forecastInputs';
import { quarterOf } from '/work/main/src/core/periods';
const ws = openWorkspace(process.argv[2]!);
const db = ws.db.sqlite;
const q = quarterOf('2026-11-22');
ensureHealthCurrent(ws);
const query = forecastQuery.parse({ ...q, currency: 'USD' });
forecastView(ws, query);
const t = (name: string, f: () => unknown) => { const s = performance.now(); f(); console.log(name, (performance.now() - s).toFixed(0)); };
for (let i = 0; i < 2; i++) {
  t('view', () => forecastView(ws, query));
  const sources = loadRenewalSources(db, q.from, q.to);
  t('sources', () => loadRenewalSources(db, q.from, q.to));
  t('claims', () => opportunityClaims(ws, sources, ws.today()));
}
ws.close();
