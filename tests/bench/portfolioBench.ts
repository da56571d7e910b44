/**
 * Opening the portfolio of every account in Chromium, to interactive (first rows rendered and the
 * count of all accounts shown), against a plain server-rendered HTML table of the same rows.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../chromiumLaunch';
import { RENDERER_DIR } from '../../src/hosts/common/appPaths';
import { startWebHost } from '../../src/hosts/web/webHost';
import { createApiHandlers } from '../../src/services/apiHandlers';
import { listPortfolio } from '../../src/services/portfolioService';
import type { Workspace } from '../../src/services/workspace';
import { ms, timedAsync, type Figure } from './benchUtil';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function benchPortfolio(ws: Workspace, rounds = 5): Promise<Figure> {
  const rows = listPortfolio(ws);
  const html = `<!doctype html><meta charset="utf-8"><table><thead><tr><th>Name<th>Segment<th>Owner<th>Region<th>ARR<th>Renewal<th>Stage</thead><tbody>${rows
    .map(
      (r) =>
        `<tr><td>${escape(r.name)}<td>${r.segment}<td>${escape(r.owner)}<td>${escape(r.region)}<td>${(r.arrMinor / 100).toFixed(0)} ${r.currency}<td>${r.renewalDate}<td>${r.stage}`,
    )
    .join('')}</tbody></table>`;
  const plain = createServer((_req, res) => res.end(html));
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  const plainUrl = `http://127.0.0.1:${(plain.address() as AddressInfo).port}/`;
  const host = await startWebHost({ handlers: createApiHandlers(ws), rendererDir: RENDERER_DIR });
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  const ours: number[] = [];
  const baseline: number[] = [];
  try {
    for (let round = 0; round <= rounds; round++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(host.url.replace('?', 'blank?')); // adopt the secret outside the timing
      const app = await timedAsync(async () => {
        await page.goto(`http://127.0.0.1:${host.port}/#/portfolio`);
        await page.locator('[data-testid=portfolio-row]').first().waitFor();
        await page
          .getByTestId('portfolio-count')
          .filter({ hasText: rows.length.toLocaleString('en') })
          .waitFor();
      });
      // Scrolling to the end renders the last accounts: the list is usable all the way down.
      await page.getByTestId('portfolio-table').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.locator('[data-testid=portfolio-row]').last().waitFor();
      const table = await timedAsync(async () => {
        await page.goto(plainUrl);
        await page.locator('tbody tr').last().waitFor({ state: 'attached' });
      });
      if (round > 0) {
        ours.push(app.ms);
        baseline.push(table.ms);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await host.close();
    plain.close();
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;
  const app = median(ours);
  const plainMs = median(baseline);
  return {
    name: `open the portfolio of ${rows.length.toLocaleString('en')} accounts in Chromium (median of ${rounds})`,
    value: ms(app),
    baseline: `plain HTML table ${ms(plainMs)}`,
    ratio: app / plainMs,
    budget: '< 1 s',
    pass: app < 1000,
  };
}
