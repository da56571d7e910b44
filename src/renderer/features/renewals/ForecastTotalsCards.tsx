/**
 * The roll-ups of a window (DESIGN.md §6) as cards: renewals due, commit, expected, best and worst
 * case, forecast GRR and NRR in the reporting currency — each able to say how it was computed —
 * with the same figures per currency below.
 */
import {
  Badge,
  Card,
  Group,
  Popover,
  SimpleGrid,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import type { ForecastTotals, MultiCurrencyTotals } from '../../../shared/api/forecastViews';
import { useI18n, type I18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/en';
import { headline } from './describeForecast';
import { HeadlineFigure } from '../../components/HeadlineFigure';

const CARDS = ['due', 'commit', 'expected', 'best', 'worst', 'grr', 'nrr'] as const;
/** The counts under the cards: which, in what colour, and whether shown when there are none. */
const COUNTS = [
  ['renewals', 'gray', true],
  ['open', 'gray', true],
  ['renewed', 'teal', true],
  ['churned', 'red', true],
  ['overdue', 'orange', false],
  ['flagged', 'grape', false],
] as const;
type CardKey = (typeof CARDS)[number];

function figure(i18n: I18n, totals: ForecastTotals, currency: string, key: CardKey): string {
  if (key === 'grr' || key === 'nrr') {
    const v = totals[key];
    return v === null ? '—' : i18n.percent(v);
  }
  return i18n.money(totals[key], currency);
}

/** What a card has room for: large sums compact ("$323M", "¥3.2亿"), the exact one on hover. */
function cardFigure(i18n: I18n, totals: ForecastTotals, currency: string, key: CardKey): string {
  if (key === 'grr' || key === 'nrr') return figure(i18n, totals, currency, key);
  return i18n.moneyCompact(totals[key], currency);
}

function explain(i18n: I18n, totals: ForecastTotals, currency: string, key: CardKey): string {
  const m = (minor: number) => i18n.money(minor, currency);
  return i18n.t(`renewals.how.${key}` as MessageKey, {
    due: m(totals.due),
    renewals: i18n.number(totals.renewals),
    commit: m(totals.commit),
    closedWon: m(totals.closedWon),
    expected: m(totals.expected),
    retained: m(totals.expectedRetained),
    expansion: m(totals.expectedExpansion),
    best: m(totals.best),
    worst: m(totals.worst),
    grr: figure(i18n, totals, currency, 'grr'),
    nrr: figure(i18n, totals, currency, 'nrr'),
  });
}

export function ForecastTotalsCards({ totals }: { totals: MultiCurrencyTotals }) {
  const i18n = useI18n();
  const { t } = i18n;
  const main = headline(totals);
  if (!main) return null;
  const { totals: sum, currency } = main;
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} data-testid="forecast-totals">
        {CARDS.map((key) => (
          <Popover key={key} width={320} withArrow shadow="md" position="bottom">
            <Popover.Target>
              <UnstyledButton aria-label={t(`renewals.total.${key}`)}>
                <Card withBorder padding="sm" h="100%">
                  <Text size="xs" c="dimmed">
                    {t(`renewals.total.${key}`)}
                  </Text>
                  <HeadlineFigure
                    value={cardFigure(i18n, sum, currency, key)}
                    exact={figure(i18n, sum, currency, key)}
                    data-testid={`total-${key}`}
                  />
                </Card>
              </UnstyledButton>
            </Popover.Target>
            <Popover.Dropdown>
              <Text size="sm" data-testid={`how-${key}`}>
                {explain(i18n, sum, currency, key)}
              </Text>
            </Popover.Dropdown>
          </Popover>
        ))}
      </SimpleGrid>
      <Group gap="xs" mt="xs">
        {COUNTS.filter(([key, , always]) => always || sum[key] > 0).map(([key, color]) => (
          <Badge key={key} variant="light" color={color}>
            {i18n.plural(`renewals.count.${key}`, sum[key])}
          </Badge>
        ))}
        {totals.reporting && totals.missingRates.length ? (
          <Text size="xs" c="orange">
            {t('renewals.missingRates', { currencies: totals.missingRates.join(', ') })}
          </Text>
        ) : null}
      </Group>
      {totals.byCurrency.length > 1 ||
      (totals.byCurrency.length === 1 && totals.byCurrency[0]?.currency !== currency) ? (
        <Table.ScrollContainer minWidth={700} mt="sm">
          <Table withTableBorder striped data-testid="forecast-by-currency">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('renewals.currency')}</Table.Th>
                {CARDS.map((key) => (
                  <Table.Th key={key} ta="right">
                    {t(`renewals.total.${key}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {totals.byCurrency.map((c) => (
                <Table.Tr key={c.currency}>
                  <Table.Td>{c.currency}</Table.Td>
                  {CARDS.map((key) => (
                    <Table.Td key={key} ta="right">
                      {figure(i18n, c.totals, c.currency, key)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </>
  );
}
