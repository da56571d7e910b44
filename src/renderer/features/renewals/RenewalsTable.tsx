/**
 * One row per renewal of the window, virtualized (a quarter of a 10,000-account portfolio is a
 * few thousand rows), optionally under group headers with each group's roll-up.
 */
import { Badge, Text, Tooltip } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { ForecastGroupView, RenewalRowView } from '../../../shared/api/forecastViews';
import { useI18n, type I18n } from '../../i18n/i18nContext';
import { HealthBadge } from '../health/HealthBadge';
import {
  CALL_COLOR,
  callLabel,
  headline,
  probability,
  STATUS_COLOR,
  statusLabel,
  statusOf,
} from './describeForecast';
import classes from './RenewalsTable.module.css';

type Item = { kind: 'group'; group: ForecastGroupView } | { kind: 'row'; row: RenewalRowView };

export function groupTitle(i18n: I18n, by: string, key: string): string {
  if (by === 'segment') return i18n.label(key);
  if (by === 'owner') return key || i18n.t('renewals.noOwner');
  return key;
}

function change(i18n: I18n, row: RenewalRowView): string {
  if (row.outcome !== 'open') return '—';
  if (row.expectedChangeMinor === 0) return '—';
  const amount = i18n.money(Math.abs(row.expectedChangeMinor), row.currency);
  return row.expectedChangeMinor > 0 ? `+${amount}` : `−${amount}`;
}

export function RenewalsTable(props: {
  rows: RenewalRowView[];
  groups: ForecastGroupView[];
  groupBy: string;
  onOpen(row: RenewalRowView): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const viewport = useRef<HTMLDivElement>(null);
  const items = useMemo<Item[]>(() => {
    if (props.groups.length === 0) return props.rows.map((row) => ({ kind: 'row', row }));
    const byId = new Map(props.rows.map((r) => [r.contractId, r]));
    return props.groups.flatMap((group): Item[] => [
      { kind: 'group', group },
      ...group.contractIds
        .map((id) => byId.get(id))
        .filter((row) => row !== undefined)
        .map((row): Item => ({ kind: 'row', row })),
    ]);
  }, [props.rows, props.groups]);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => viewport.current,
    estimateSize: () => 42,
    overscan: 12,
  });
  return (
    <div
      ref={viewport}
      className={classes.viewport}
      role="table"
      aria-rowcount={props.rows.length}
      data-testid="renewals-table"
    >
      <div className={classes.header} role="row">
        <span role="columnheader">{t('renewals.col.account')}</span>
        <span role="columnheader">{t('field.owner')}</span>
        <span role="columnheader">{t('renewals.col.ends')}</span>
        <span role="columnheader" className={classes.numeric}>
          {t('renewals.col.target')}
        </span>
        <span role="columnheader">{t('health.column')}</span>
        <span role="columnheader" className={classes.numeric}>
          {t('renewals.col.system')}
        </span>
        <span role="columnheader">{t('renewals.col.call')}</span>
        <span role="columnheader" className={classes.numeric}>
          {t('renewals.col.probability')}
        </span>
        <span role="columnheader" className={classes.numeric}>
          {t('renewals.col.expected')}
        </span>
        <span role="columnheader" className={classes.numeric}>
          {t('renewals.col.change')}
        </span>
        <span role="columnheader">{t('renewals.col.status')}</span>
      </div>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((v) => {
          const item = items[v.index];
          if (!item) return null;
          const style = { top: v.start, height: v.size };
          if (item.kind === 'group') {
            const main = headline(item.group.totals);
            return (
              <div
                key={`g:${item.group.key}`}
                className={classes.group}
                style={style}
                role="row"
                data-testid="renewals-group"
              >
                <span className={classes.groupTitle}>
                  {groupTitle(i18n, props.groupBy, item.group.key)} ·{' '}
                  {i18n.plural('renewals.count.renewals', item.group.contractIds.length)}
                </span>
                <span className={classes.groupFigures}>
                  {main
                    ? t('renewals.groupFigures', {
                        due: i18n.money(main.totals.due, main.currency),
                        expected: i18n.money(main.totals.expected, main.currency),
                        commit: i18n.money(main.totals.commit, main.currency),
                      })
                    : ''}
                </span>
              </div>
            );
          }
          const row = item.row;
          const status = statusOf(row);
          const open = () => props.onOpen(row);
          return (
            <div
              key={row.contractId}
              className={classes.row}
              style={style}
              role="row"
              tabIndex={0}
              onClick={open}
              onKeyDown={(e) => e.key === 'Enter' && open()}
              data-testid="renewal-row"
              data-contract={row.contractId}
            >
              <span role="cell" className={classes.cell} title={row.accountName}>
                {row.accountName}
              </span>
              <span role="cell" className={classes.cell}>
                {row.owner}
              </span>
              <span role="cell" className={classes.cell}>
                {i18n.date(row.endDate)}
              </span>
              <span role="cell" className={`${classes.cell} ${classes.numeric}`}>
                {i18n.money(row.targetArrMinor, row.currency)}
              </span>
              <span role="cell">
                {row.score !== null && row.band ? (
                  <HealthBadge score={row.score} band={row.band} label={String(row.score)} />
                ) : row.band ? (
                  <HealthBadge score={0} band={row.band} label={t(`health.band.${row.band}`)} />
                ) : (
                  <Text size="xs" c="dimmed" title={t('health.noScore')}>
                    —
                  </Text>
                )}
              </span>
              <span role="cell" className={classes.numeric}>
                {row.outcome === 'open' ? probability(i18n, row.systemProbability) : '—'}
              </span>
              <span role="cell" data-testid="renewal-call">
                {row.forecastCall ? (
                  <Badge size="sm" variant="light" color={CALL_COLOR[row.forecastCall]}>
                    {callLabel(i18n, row.forecastCall)}
                  </Badge>
                ) : (
                  <Text size="xs" c="dimmed">
                    {callLabel(i18n, '')}
                  </Text>
                )}
                {row.flagged ? (
                  <Tooltip label={t('renewals.flaggedHelp')}>
                    <Badge size="xs" color="grape" ml={4} data-testid="renewal-flag">
                      !
                    </Badge>
                  </Tooltip>
                ) : null}
              </span>
              <span role="cell" className={classes.numeric}>
                {probability(i18n, row.probability)}
              </span>
              <span
                role="cell"
                className={`${classes.cell} ${classes.numeric}`}
                data-testid="renewal-expected"
              >
                {i18n.money(row.expected, row.currency)}
              </span>
              <span role="cell" className={`${classes.cell} ${classes.numeric}`}>
                {change(i18n, row)}
              </span>
              <span role="cell">
                <Badge size="sm" variant="light" color={STATUS_COLOR[status]}>
                  {statusLabel(i18n, status)}
                </Badge>
              </span>
            </div>
          );
        })}
      </div>
      {props.rows.length === 0 ? (
        <Text c="dimmed" p="md">
          {t('renewals.none')}
        </Text>
      ) : null}
    </div>
  );
}
