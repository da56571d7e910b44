import { describe, expect, it } from 'vitest';
import type { DeckChart } from '../shared/api/deckViews';
import { categoryLabelEvery } from './pptxBlocks';

const weeks = (labels: string[]): DeckChart => ({
  type: 'line',
  title: 'Licence utilisation (%)',
  categories: labels,
  series: [{ name: 'Utilisation', values: labels.map(() => 50) }],
  unit: 'percent',
});
const en = ['Sep 12', 'Sep 19', 'Sep 26', 'Oct 3', 'Oct 10', 'Oct 17', 'Oct 24', 'Oct 31'];
const zh = ['9月14日', '9月21日', '9月28日', '10月5日', '10月12日', '10月19日', '10月26日'];

describe('chart category labels', () => {
  it('names every other week (or fewer) of a quarter in a half-width line chart', () => {
    const halfWidth = 6.02;
    for (const labels of [en, zh]) {
      const quarter = weeks([...labels, ...labels]);
      expect(categoryLabelEvery(quarter, halfWidth), labels[0]).toBeGreaterThan(1);
    }
  });

  it('names every category when there is room, and every bar of a bar chart', () => {
    expect(categoryLabelEvery(weeks(['Oct 2026', 'Nov 2026', 'Dec 2026']), 12.33)).toBe(1);
    const modules: DeckChart = {
      ...weeks(['Analytics', 'Automation', 'API', 'Mobile', 'SSO', 'Integrations']),
      type: 'bar',
    };
    expect(categoryLabelEvery(modules, 3)).toBe(1);
  });
});
