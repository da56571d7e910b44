import { describe, expect, it } from 'vitest';
import type { Deck, DeckBlock } from '../../shared/api/deckViews';
import { allDeckWords, type DeckWord } from '../../shared/deck/deckWords';
import { deckText, INTERNAL_WORDS as INSIDER_WORDS } from '../../../tests/integration/deckText';
import { buildDeck } from './buildDeck';
import type { DeckInput } from './deckInput';

const BRANDING = { companyName: 'Northwind Success', accentColor: '#4263EB', logo: '' };

function input(overrides: Partial<DeckInput> = {}): DeckInput {
  return {
    account: { id: 'a1', name: 'Harbor Freight Co', owner: 'Emma Clark', currency: 'USD' },
    from: '2026-09-01',
    to: '2026-12-01',
    today: '2026-11-22',
    contract: {
      endDate: '2027-03-31',
      arrMinor: 12_000_000,
      currency: 'USD',
      seats: 100,
      modules: ['Analytics', 'Reporting', 'Mobile'],
    },
    usage: [
      { date: '2026-08-15', activeUsers: 10, licensedSeats: 100, modulesInUse: ['Analytics'] },
      { date: '2026-09-15', activeUsers: 40, licensedSeats: 100, modulesInUse: ['Analytics'] },
      {
        date: '2026-10-15',
        activeUsers: 50,
        licensedSeats: 100,
        modulesInUse: ['Analytics', 'Reporting'],
      },
    ],
    surveys: [
      {
        kind: 'nps',
        score: 10,
        date: '2026-10-02',
        comment: 'The rollout went well',
        respondent: 'Ann',
      },
      { kind: 'nps', score: 3, date: '2026-10-20', comment: '', respondent: 'Bo' },
      { kind: 'csat', score: 5, date: '2026-11-02', comment: '', respondent: '' },
      { kind: 'nps', score: 0, date: '2026-01-02', comment: 'Old and angry', respondent: 'Cy' },
    ],
    tickets: [
      { severity: 'P1', status: 'closed', openedDate: '2026-09-10', closedDate: '2026-09-12' },
      { severity: 'P3', status: 'open', openedDate: '2026-11-01', closedDate: '' },
    ],
    objectives: [
      {
        title: 'Faster close',
        metric: 'Days to close',
        startValue: 12,
        currentValue: 8,
        targetValue: 6,
        targetDate: '2027-01-31',
        status: 'on_track',
      },
    ],
    milestones: [
      { title: 'Go live', dueDate: '2026-10-01', status: 'done' },
      { title: 'Train admins', dueDate: '2026-12-15', status: 'planned' },
    ],
    stakeholders: [
      {
        name: 'Iris Young',
        title: 'CFO',
        role: 'economic_buyer',
        influence: 5,
        sentiment: 'negative',
        status: 'active',
      },
      {
        name: 'Ben Block',
        title: 'IT lead',
        role: 'blocker',
        influence: 3,
        sentiment: 'negative',
        status: 'active',
      },
      {
        name: 'Gone Away',
        title: 'Champion',
        role: 'champion',
        influence: 4,
        sentiment: 'positive',
        status: 'departed',
      },
    ],
    touchpoints: [
      { date: '2026-10-05', kind: 'onsite_visit', summary: 'Workshop on reporting' },
      { date: '2026-06-05', kind: 'call', summary: 'Before the period' },
    ],
    actionItems: [
      { title: 'Send the training plan', owner: 'Emma', dueDate: '2026-12-05', shared: true },
      { title: 'Escalate P1 root cause', owner: 'Emma', dueDate: '2026-12-01', shared: false },
      { title: 'Forgotten shared item', owner: '', dueDate: '2026-03-01', shared: true },
    ],
    internal: {
      health: {
        score: 47,
        band: 'red',
        trend: -9,
        groups: [{ id: 'adoption', points: 50, weight: 0.3 }],
        drivers: [{ id: 'nps', points: 0 }],
      },
      alerts: [{ type: 'champion_departed', severity: 'high', firstSeen: '2026-11-02' }],
      renewal: null,
    },
    ...overrides,
  };
}

const blocks = (deck: Deck, id: string): DeckBlock[] =>
  deck.slides.find((s) => s.id === id)?.blocks ?? [];

/** Words only the internal audience may read, and our read of their people. */
const INTERNAL_WORDS: DeckWord[] = [
  ...INSIDER_WORDS,
  'slide.risks',
  'tone.negative',
  'tone.positive',
];

describe('a QBR deck', () => {
  it('tells the period for the customer, in deck order, with nothing internal', () => {
    const deck = buildDeck(input(), { audience: 'customer', lang: 'en', branding: BRANDING });
    expect(deck.slides.map((s) => s.id)).toEqual([
      'title',
      'summary',
      'objectives',
      'adoption',
      'support',
      'voice',
      'stakeholders',
      'together',
      'next',
    ]);
    const text = deckText(deck);
    for (const key of INTERNAL_WORDS)
      for (const word of allDeckWords(key)) expect(text, key).not.toContain(word);
    expect(text).not.toContain('47');
    expect(text).not.toContain('Ben Block');
    expect(text).not.toContain('Escalate P1 root cause');
    expect(deck.slides[0]!.subtitle).toBe('Quarterly business review · Sep 1, 2026 – Nov 30, 2026');
    expect(deck.slides[0]!.blocks).toEqual([
      {
        kind: 'bullets',
        title: '',
        items: ['Prepared by Emma Clark, Northwind Success', 'Nov 22, 2026'],
      },
    ]);
  });

  it('counts only what happened in the period', () => {
    const deck = buildDeck(input(), { audience: 'customer', lang: 'en', branding: BRANDING });
    const summary = blocks(deck, 'summary')[0];
    expect(summary).toMatchObject({ kind: 'kpis' });
    const kpis = summary?.kind === 'kpis' ? summary.items : [];
    const kpi = (label: string) => kpis.find((k) => k.label === label)?.value;
    expect(kpi('Active users')).toBe('50');
    expect(kpi('Licence utilisation')).toBe('50%');
    expect(kpi('Modules in use')).toBe('2 of 3');
    expect(kpi('Tickets resolved')).toBe('1');
    expect(kpi('Meetings together')).toBe('1');
    // NPS of the period's two answers (one promoter, one detractor), not the January one.
    expect(kpi('NPS')).toBe('0');
    expect(kpis.find((k) => k.label === 'NPS')?.note).toBe('2 responses');
    const adoption = blocks(deck, 'adoption');
    expect(adoption[0]).toMatchObject({
      kind: 'chart',
      chart: { categories: ['Sep 15', 'Oct 15'], series: [{ values: [40, 50] }] },
    });
    expect(adoption[1]).toMatchObject({
      kind: 'chart',
      chart: {
        categories: ['Analytics', 'Reporting', 'Mobile'],
        series: [{ values: [100, 50, 0] }],
      },
    });
    const quotes = blocks(deck, 'voice').find((b) => b.kind === 'quotes');
    expect(quotes).toEqual({
      kind: 'quotes',
      items: [{ text: 'The rollout went well', who: 'Ann, Oct 2, 2026' }],
    });
    const next = blocks(deck, 'next').find((b) => b.kind === 'table');
    expect(next?.kind === 'table' && next.rows).toEqual([
      ['Send the training plan', 'Emma', 'Dec 5, 2026'],
    ]);
  });

  it('adds health, risks and the people judgement for the internal audience', () => {
    const deck = buildDeck(input(), { audience: 'internal', lang: 'en', branding: BRANDING });
    expect(deck.slides.map((s) => s.id).slice(-2)).toEqual(['health', 'risks']);
    const text = deckText(deck);
    expect(text).toContain('Internal — not for the customer');
    expect(text).toContain('47 (red)');
    expect(text).toContain('NPS: 0 points');
    expect(text).toContain('Champion departed');
    expect(text).toContain('Ben Block');
    expect(text).toContain('influence 5/5 · negative');
    expect(text).toContain('Escalate P1 root cause');
    // Departed people are not on the map, for either audience.
    expect(text).not.toContain('Gone Away');
  });

  it('leaves out a slide that has nothing to show', () => {
    const bare = input({
      usage: [],
      surveys: [],
      tickets: [],
      objectives: [],
      milestones: [],
      stakeholders: [],
      touchpoints: [],
      actionItems: [],
      contract: null,
      internal: { health: null, alerts: [], renewal: null },
    });
    const customer = buildDeck(bare, { audience: 'customer', lang: 'en', branding: BRANDING });
    // Nothing to tell but the suggestion to ask for feedback.
    expect(customer.slides.map((s) => s.id)).toEqual(['title', 'next']);
    const internal = buildDeck(bare, { audience: 'internal', lang: 'en', branding: BRANDING });
    expect(internal.slides.map((s) => s.id)).toEqual(['title', 'next']);
  });

  it('drops internal facts from a customer deck even when they are passed in', () => {
    const withRenewal = input();
    const deck = buildDeck(withRenewal, {
      audience: 'customer',
      lang: 'zh-CN',
      branding: BRANDING,
    });
    const text = deckText(deck);
    for (const key of INTERNAL_WORDS)
      for (const word of allDeckWords(key)) expect(text, key).not.toContain(word);
    expect(deck.slides.find((s) => s.id === 'summary')?.title).toBe('执行摘要');
    expect(deck.periodLabel).toBe('2026年9月1日 – 2026年11月30日');
  });

  it('calls a module in use exactly when the adoption chart shows it used', () => {
    const snapshot = (date: string, modulesInUse: string[]) => ({
      date,
      activeUsers: 50,
      licensedSeats: 100,
      modulesInUse,
    });
    const usage = [
      snapshot('2026-09-10', ['Analytics', 'Reporting']),
      snapshot('2026-10-10', ['Analytics', 'Reporting']),
      snapshot('2026-11-10', ['Analytics', 'Reporting']),
      // Reporting missing from the last snapshot only: still used most of the period.
      snapshot('2026-11-20', ['Analytics']),
    ];
    const deck = buildDeck(input({ usage }), {
      audience: 'customer',
      lang: 'en',
      branding: BRANDING,
    });
    const chart = blocks(deck, 'adoption').find(
      (b) => b.kind === 'chart' && b.chart.categories.includes('Reporting'),
    );
    const shares = chart?.kind === 'chart' ? chart.chart.series[0]!.values : [];
    expect(shares).toEqual([100, 75, 0]);
    const recommendations = blocks(deck, 'next').flatMap((b) =>
      b.kind === 'bullets' ? b.items : [],
    );
    const rollOut = recommendations.filter((r) => r.startsWith('Roll out'));
    expect(rollOut).toEqual(['Roll out what is not used yet: Mobile']);
    const kpis = blocks(deck, 'summary').flatMap((b) => (b.kind === 'kpis' ? b.items : []));
    expect(kpis.find((k) => k.label === 'Modules in use')?.value).toBe('2 of 3');
  });

  it('says which way a figure moved, and counts in natural Chinese', () => {
    const objective = (title: string, startValue: number, currentValue: number) => ({
      title,
      metric: 'CSAT',
      startValue,
      currentValue,
      targetValue: 90,
      targetDate: '2027-01-31',
      status: 'on_track' as const,
    });
    const objectives = [objective('Happier users', 70, 85), objective('Fewer escalations', 80, 70)];
    const value = (lang: 'en' | 'zh-CN') =>
      blocks(
        buildDeck(input({ objectives }), { audience: 'customer', lang, branding: BRANDING }),
        'summary',
      ).flatMap((b) => (b.kind === 'bullets' ? b.items : []));
    expect(value('en')).toEqual([
      'Happier users: CSAT rose from 70 to 85 (target 90)',
      'Fewer escalations: CSAT fell from 80 to 70 (target 90)',
    ]);
    expect(value('zh-CN')).toEqual([
      'Happier users：CSAT 从 70 升至 85（目标 90）',
      'Fewer escalations：CSAT 从 80 降至 70（目标 90）',
    ]);
    const zh = buildDeck(input({ objectives }), {
      audience: 'customer',
      lang: 'zh-CN',
      branding: BRANDING,
    });
    const kpis = blocks(zh, 'summary').flatMap((b) => (b.kind === 'kpis' ? b.items : []));
    expect(kpis.find((k) => k.label === '在用模块')?.value).toBe('3 个中有 2 个');
    expect(kpis.find((k) => k.label === '进展顺利或已达成的目标')?.value).toBe('2 个全部');
    expect(deckText(zh)).not.toMatch(/个中的|提升到/);
    const milestones = blocks(zh, 'objectives').flatMap((b) =>
      b.kind === 'bullets' ? b.items : [],
    );
    expect(milestones[0]).toBe('截至目前到期的 1 个里程碑已全部完成');
  });
});
