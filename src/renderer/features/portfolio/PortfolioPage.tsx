/** All accounts in one virtualized table with search, filters and sorting. */
import { sortedNames } from '../../../shared/format/nameOrder';
import { Badge, Button, Group, Select, Text, TextInput, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { LIFECYCLE_STAGES } from '../../../shared/domain/enums';
import { BandFilter, SegmentFilter } from '../../components/FilterSelects';
import { HealthBadge } from '../health/HealthBadge';
import { useQuery } from '../../api/useApi';
import { navigate } from '../../app/router';
import { StageBadge } from '../../components/StageBadge';
import { useI18n } from '../../i18n/i18nContext';
import { RecordModal, type EditTarget } from '../records/RecordModal';
import {
  distinct,
  EMPTY_FILTER,
  filterPortfolio,
  type PortfolioFilter,
  type SortKey,
} from './portfolioFilters';
import classes from './PortfolioTable.module.css';

export function PortfolioPage() {
  const i18n = useI18n();
  const { t, label } = i18n;
  const { data: rows = [], loading } = useQuery('portfolio:list', {});
  const [filter, setFilter] = useState<PortfolioFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<SortKey>('name');
  const [descending, setDescending] = useState(false);
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const viewport = useRef<HTMLDivElement>(null);

  const collator = useMemo(() => new Intl.Collator(i18n.lang), [i18n.lang]);
  const visible = useMemo(
    () => filterPortfolio(rows, filter, sort, descending, collator),
    [rows, filter, sort, descending, collator],
  );
  const owners = useMemo(
    () =>
      sortedNames(
        rows.map((r) => r.owner),
        i18n.lang,
      ),
    [rows, i18n.lang],
  );
  const months = useMemo(() => distinct(rows.map((r) => r.renewalDate.slice(0, 7))), [rows]);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => viewport.current,
    estimateSize: () => 44,
    overscan: 12,
  });

  const sortBy = (key: SortKey) => {
    if (sort === key) setDescending((d) => !d);
    else {
      setSort(key);
      setDescending(key === 'arr' || key === 'health');
    }
  };
  const sortMark = (key: SortKey) => (sort === key ? (descending ? ' ↓' : ' ↑') : '');
  const sortHeader = (key: SortKey, title: string, numeric = false) => (
    <span
      role="columnheader"
      className={numeric ? classes.numeric : undefined}
      aria-sort={sort === key ? (descending ? 'descending' : 'ascending') : 'none'}
    >
      <button type="button" className={classes.sortButton} onClick={() => sortBy(key)}>
        {title}
        {sortMark(key)}
      </button>
    </span>
  );
  const setField = (name: keyof PortfolioFilter) => (value: string | null) =>
    setFilter((f) => ({ ...f, [name]: value ?? '' }));

  return (
    <>
      <Group justify="space-between" mb="md">
        <Group gap="xs">
          <Title order={2}>{t('portfolio.title')}</Title>
          <Badge variant="light" data-testid="portfolio-count">
            {t('portfolio.count', {
              shown: i18n.number(visible.length),
              total: i18n.number(rows.length),
            })}
          </Badge>
        </Group>
        <Button
          onClick={() =>
            setEditing({
              type: 'accounts',
              defaults: { segment: 'mid_market', currency: i18n.lang === 'zh-CN' ? 'CNY' : 'USD' },
            })
          }
        >
          {t('portfolio.newAccount')}
        </Button>
      </Group>
      <Group mb="sm" gap="sm" wrap="wrap">
        <TextInput
          placeholder={t('portfolio.filterPlaceholder')}
          aria-label={t('portfolio.filterPlaceholder')}
          value={filter.text}
          onChange={(e) => setField('text')(e.currentTarget.value)}
          w={260}
        />
        <SegmentFilter value={filter.segment} onChange={setField('segment')} w={160} />
        <Select
          clearable
          placeholder={t('field.stage')}
          aria-label={t('field.stage')}
          data={LIFECYCLE_STAGES.map((s) => ({ value: s, label: label(s) }))}
          value={filter.stage || null}
          onChange={setField('stage')}
          w={160}
        />
        <Select
          clearable
          searchable
          placeholder={t('field.owner')}
          aria-label={t('field.owner')}
          data={owners}
          value={filter.owner || null}
          onChange={setField('owner')}
          w={170}
        />
        <Select
          clearable
          searchable
          placeholder={t('portfolio.renewalMonth')}
          aria-label={t('portfolio.renewalMonth')}
          data={months}
          value={filter.renewalMonth || null}
          onChange={setField('renewalMonth')}
          w={170}
        />
        <BandFilter value={filter.band} onChange={setField('band')} w={150} />
      </Group>
      <div
        ref={viewport}
        className={classes.viewport}
        data-testid="portfolio-table"
        role="table"
        aria-rowcount={visible.length}
      >
        <div className={classes.header} role="row">
          {sortHeader('name', t('field.name'))}
          <span role="columnheader">{t('field.segment')}</span>
          <span role="columnheader">{t('field.owner')}</span>
          <span role="columnheader">{t('field.region')}</span>
          {sortHeader('arr', t('portfolio.arr'), true)}
          {sortHeader('renewal', t('portfolio.renewal'))}
          <span role="columnheader">{t('field.stage')}</span>
          {sortHeader('health', t('health.column'))}
        </div>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = visible[item.index];
            if (!row) return null;
            const open = () => navigate({ page: 'account', id: row.id, tab: 'overview' });
            return (
              <div
                key={row.id}
                role="row"
                tabIndex={0}
                className={classes.row}
                style={{ top: item.start, height: item.size }}
                onClick={open}
                onKeyDown={(e) => e.key === 'Enter' && open()}
                data-testid="portfolio-row"
              >
                <span role="cell" className={classes.cell} title={row.name}>
                  {row.name}
                </span>
                <span role="cell" className={classes.cell}>
                  {label(row.segment)}
                </span>
                <span role="cell" className={classes.cell}>
                  {row.owner}
                </span>
                <span role="cell" className={classes.cell}>
                  {row.region}
                </span>
                <span role="cell" className={`${classes.cell} ${classes.numeric}`}>
                  {row.arrMinor ? i18n.money(row.arrMinor, row.currency) : '—'}
                </span>
                <span role="cell" className={classes.cell}>
                  {i18n.date(row.renewalDate)}
                </span>
                <span role="cell">
                  <StageBadge stage={row.stage} />
                </span>
                <span role="cell" data-testid="portfolio-health">
                  {row.health ? (
                    <HealthBadge score={row.health.score} band={row.health.band} />
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t('health.noScore')}
                    </Text>
                  )}
                </span>
              </div>
            );
          })}
        </div>
        {!loading && visible.length === 0 ? (
          <Text c="dimmed" p="md">
            {t('portfolio.empty')}
          </Text>
        ) : null}
      </div>
      <RecordModal
        target={editing}
        onClose={() => setEditing(null)}
        onCreated={(r) => navigate({ page: 'account', id: r.id, tab: 'overview' })}
      />
    </>
  );
}
