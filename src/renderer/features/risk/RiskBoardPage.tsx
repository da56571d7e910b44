/**
 * The risk board (DESIGN.md §5): red and yellow accounts, worst first, each with its open alerts
 * in words, its top driver and its ARR; the ARR at risk per band, and the accounts behind each
 * alert type.
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { MoneyTotal, RiskAccountView } from '../../../shared/api/views';
import { useState } from 'react';
import { mutate, useQuery } from '../../api/useApi';
import { useI18n, type I18n } from '../../i18n/i18nContext';
import { alertName, alertReason, SEVERITY_COLOR } from '../alerts';
import { HealthBadge } from '../health/HealthBadge';
import { describeMeasure, measureName } from '../health/describeMeasure';
import { RefreshProblem } from '../../components/RefreshProblem';
import { writeOrTell } from '../../components/writeOrTell';

const SHOWN = 100;

const moneyList = (i18n: I18n, totals: MoneyTotal[]) =>
  totals.length === 0 ? '—' : totals.map((m) => i18n.money(m.arrMinor, m.currency)).join(' + ');

function AccountCard({ account }: { account: RiskAccountView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const driver = account.drivers[0];
  return (
    <Card withBorder padding="sm" data-testid="risk-account">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Anchor href={`#/accounts/${account.accountId}/health`} fw={600} size="sm">
            {account.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {account.owner} · {i18n.label(account.stage)} ·{' '}
            {account.arrMinor ? i18n.money(account.arrMinor, account.currency) : '—'}
            {account.renewalDate
              ? ` · ${t('risk.renews', { date: i18n.date(account.renewalDate) })}`
              : ''}
          </Text>
        </Stack>
        <HealthBadge score={account.health.score} band={account.health.band} />
      </Group>
      {account.alerts.map((a) => (
        <Text size="xs" key={a.type} mt={4}>
          <Badge size="xs" color={SEVERITY_COLOR[a.severity]} variant="light" mr={4}>
            {alertName(t, a.type)}
          </Badge>
          {alertReason(i18n, a)}
        </Text>
      ))}
      {driver ? (
        <Text size="xs" c="dimmed" mt={4}>
          {measureName(t, driver.id)}: {describeMeasure(i18n, { ...driver, group: '', weight: 0 })}
        </Text>
      ) : null}
    </Card>
  );
}

function Column({
  band,
  accounts,
  totals,
}: {
  band: 'red' | 'yellow';
  accounts: RiskAccountView[];
  totals: MoneyTotal[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Stack gap="xs" data-testid={`risk-${band}`}>
      <Group justify="space-between">
        <Title order={4} c={band === 'red' ? 'red' : 'yellow.7'}>
          {t(band === 'red' ? 'risk.red' : 'risk.yellow')} ·{' '}
          {i18n.plural('risk.accounts', accounts.length)}
        </Title>
      </Group>
      <Text size="sm">
        {t('risk.arrAtRisk')}: <b>{moneyList(i18n, totals)}</b>
      </Text>
      {accounts.slice(0, SHOWN).map((a) => (
        <AccountCard key={a.accountId} account={a} />
      ))}
      {accounts.length > SHOWN ? (
        <Text size="sm" c="dimmed">
          {t('risk.more', { count: i18n.number(accounts.length - SHOWN) })}
        </Text>
      ) : null}
    </Stack>
  );
}

export function RiskBoardPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { data, error } = useQuery('risk:board', { lang: i18n.lang });
  const [busy, setBusy] = useState(false);
  if (error && !data) return <Alert color="red">{error.message}</Alert>;
  if (!data) return <Loader />;
  return (
    <Stack>
      <RefreshProblem error={error} />
      <Group justify="space-between">
        <Title order={2}>{t('risk.title')}</Title>
        <Group>
          <Text size="sm" c="dimmed">
            {i18n.plural('risk.greenCount', data.greenCount)}
          </Text>
          <Button
            variant="default"
            size="xs"
            loading={busy}
            onClick={() => {
              setBusy(true);
              void writeOrTell(i18n, () => mutate('health:refresh', {})).finally(() =>
                setBusy(false),
              );
            }}
          >
            {t('risk.recompute')}
          </Button>
        </Group>
      </Group>
      <Card withBorder>
        <Text fw={600} mb="xs">
          {t('risk.byAlert')}
        </Text>
        {data.byAlert.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('risk.noAlerts')}
          </Text>
        ) : (
          <Table data-testid="risk-by-alert">
            <Table.Tbody>
              {data.byAlert.map((g) => (
                <Table.Tr key={g.type}>
                  <Table.Td>{alertName(t, g.type)}</Table.Td>
                  <Table.Td ta="right">{i18n.plural('risk.accounts', g.accounts)}</Table.Td>
                  <Table.Td ta="right">{moneyList(i18n, g.arr)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Column band="red" accounts={data.red} totals={data.arrAtRisk.red} />
        <Column band="yellow" accounts={data.yellow} totals={data.arrAtRisk.yellow} />
      </SimpleGrid>
    </Stack>
  );
}
