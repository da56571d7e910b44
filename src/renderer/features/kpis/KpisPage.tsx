/**
 * The KPI dashboard of a period (DESIGN.md §3): ARR and its movements, GRR, NRR, churn, renewal
 * and expansion rates, NPS, CSAT, CES, health rate and LTV, in the reporting currency and per
 * currency; every number opens how it was computed, with the accounts behind it.
 */
import {
  Alert,
  Card,
  Group,
  Loader,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useState } from 'react';
import type { KpiSetView, KpiView } from '../../../shared/api/kpiViews';
import { useQuery } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/en';
import { useForecastWindow, WindowControls } from '../renewals';
import { KpiCharts } from './KpiCharts';
import { HeadlineFigure } from '../../components/HeadlineFigure';
import { kpiCards, type KpiCard } from './kpiCards';

const MARGIN_KEY = 'outpost.kpi.margin';

function Explain({
  card,
  set,
  onClose,
}: {
  card: KpiCard | null;
  set: KpiSetView;
  onClose(): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const movers = card?.movers ? set.movers[card.movers] : [];
  return (
    <Modal
      opened={card !== null}
      onClose={onClose}
      title={card ? t(`kpi.card.${card.key}` as MessageKey) : ''}
    >
      {card ? (
        <Stack gap="sm">
          <Text size="sm" data-testid="kpi-how">
            {card.how}
          </Text>
          {movers.length ? (
            <>
              <Text size="sm" fw={600}>
                {t('kpi.movers')}
              </Text>
              <Table data-testid="kpi-movers">
                <Table.Tbody>
                  {movers.map((mover) => (
                    <Table.Tr key={mover.accountId}>
                      <Table.Td>
                        <a href={`#/accounts/${mover.accountId}/contracts`} onClick={onClose}>
                          {mover.accountName}
                        </a>
                      </Table.Td>
                      <Table.Td ta="right">{i18n.money(mover.amount, set.currency)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          ) : null}
        </Stack>
      ) : null}
    </Modal>
  );
}

function Dashboard({ view }: { view: KpiView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [open, setOpen] = useState<KpiCard | null>(null);
  const set = view.reporting ?? view.byCurrency[0];
  if (!set) return <Text c="dimmed">{t('kpi.none')}</Text>;
  const cards = kpiCards(i18n, view, set);
  return (
    <Stack gap="sm">
      {view.missingRates.length ? (
        <Alert color="orange" p="xs">
          {t('renewals.missingRates', { currencies: view.missingRates.join(', ') })}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} data-testid="kpi-cards">
        {cards.map((card) => (
          <UnstyledButton
            key={card.key}
            onClick={() => setOpen(card)}
            data-testid={`kpi-${card.key}`}
          >
            <Card withBorder padding="sm" h="100%">
              <Text size="xs" c="dimmed">
                {t(`kpi.card.${card.key}` as MessageKey)}
              </Text>
              <HeadlineFigure
                value={card.value}
                exact={card.exact}
                size={card.key === 'arr' ? 'sm' : 'lg'}
                data-testid="kpi-value"
              />
            </Card>
          </UnstyledButton>
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {view.rates.length
          ? t('kpi.ratesOn', {
              date: i18n.date(view.ratesOn),
              rates: view.rates
                .map((r) => `1 ${r.from} = ${i18n.number(r.rate, 4)} ${r.to}`)
                .join(', '),
            })
          : t('kpi.clickHow')}
      </Text>
      <KpiCharts view={view} set={set} />
      {view.byCurrency.length > 1 ? (
        <Card withBorder>
          <Text fw={600} mb="xs">
            {t('kpi.byCurrency')}
          </Text>
          <Table.ScrollContainer minWidth={700}>
            <Table striped data-testid="kpi-by-currency">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('renewals.currency')}</Table.Th>
                  {['arr', 'grr', 'nrr', 'logoChurn', 'renewalArr', 'expansionRate'].map((k) => (
                    <Table.Th key={k}>{t(`kpi.card.${k}` as MessageKey)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.byCurrency.map((c) => {
                  const byKey = new Map(
                    kpiCards(i18n, view, c).map((card) => [card.key, card.exact ?? card.value]),
                  );
                  return (
                    <Table.Tr key={c.currency}>
                      <Table.Td>{c.currency}</Table.Td>
                      {['arr', 'grr', 'nrr', 'logoChurn', 'renewalArr', 'expansionRate'].map(
                        (k) => (
                          <Table.Td key={k}>{byKey.get(k)}</Table.Td>
                        ),
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ) : null}
      <Explain card={open} set={set} onClose={() => setOpen(null)} />
    </Stack>
  );
}

function KpisView({ today, homeCurrency }: { today: string; homeCurrency: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const window = useForecastWindow(today, 'kpis', 'last12Months');
  const [margin, setMargin] = useState<number>(
    () => Number(localStorage.getItem(MARGIN_KEY)) || 100,
  );
  const { data, error } = useQuery('kpis:view', {
    from: window.value.from,
    to: window.value.to,
    currency: window.value.currency,
    margin: Math.min(100, Math.max(1, margin)) / 100,
  });
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('kpi.title')}</Title>
        <Group align="flex-end">
          <WindowControls
            value={window.value}
            today={today}
            presets={['lastQuarter', 'thisQuarter', 'yearToDate', 'last12Months', 'custom']}
            onPreset={window.setPreset}
            onCustom={window.setCustom}
            onCurrency={window.setCurrency}
            reportingCurrency={homeCurrency}
          />
          <NumberInput
            label={t('kpi.margin')}
            value={margin}
            min={1}
            max={100}
            suffix=" %"
            onChange={(v) => {
              const n = Number(v) || 100;
              localStorage.setItem(MARGIN_KEY, String(n));
              setMargin(n);
            }}
            w={110}
          />
        </Group>
      </Group>
      {error ? <Alert color="red">{error.message}</Alert> : null}
      {data ? (
        <Text size="sm" c="dimmed" data-testid="kpi-period">
          {t('kpi.period', { from: i18n.date(data.from), through: i18n.date(data.through) })}
        </Text>
      ) : null}
      {data ? <Dashboard view={data} /> : <Loader />}
    </Stack>
  );
}

export function KpisPage() {
  const info = useQuery('app:info', {});
  if (!info.data) return <Loader />;
  return <KpisView today={info.data.today} homeCurrency={info.data.reportingCurrency} />;
}
