/**
 * Calibration (DESIGN.md §4): per band, how many closed renewals there were and the share that
 * renewed, beside the probability the forecast uses for it; the Brier score of those
 * probabilities against that of a constant forecast of the base rate; and the health rate.
 */
import { Alert, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import { HealthBadge } from './HealthBadge';
import { RefreshProblem } from '../../components/RefreshProblem';

export function CalibrationPage() {
  const i18n = useI18n();
  const { t, percent } = i18n;
  const { data, error } = useQuery('calibration:view', {});
  if (error && !data) return <Alert color="red">{error.message}</Alert>;
  if (!data) return <Loader />;
  const stat = (title: string, value: string, help?: string, testId?: string) => (
    <Card withBorder>
      <Text size="sm" c="dimmed">
        {title}
      </Text>
      <Title order={2} data-testid={testId}>
        {value}
      </Title>
      {help ? (
        <Text size="xs" c="dimmed">
          {help}
        </Text>
      ) : null}
    </Card>
  );
  return (
    <Stack>
      <RefreshProblem error={error} />
      <Title order={2}>{t('calibration.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('calibration.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {stat(
          t('calibration.brier'),
          data.brier === null ? '—' : i18n.number(data.brier, 3),
          t('calibration.brierHelp'),
          'calibration-brier',
        )}
        {stat(
          t('calibration.renewalRate'),
          data.renewalRate === null ? '—' : percent(data.renewalRate),
        )}
        {stat(
          t('calibration.healthRate'),
          data.healthRate.rate === null ? '—' : percent(data.healthRate.rate),
          t('calibration.healthRateHelp', {
            green: i18n.number(data.healthRate.green),
            active: i18n.number(data.healthRate.active),
          }),
          'calibration-health-rate',
        )}
      </SimpleGrid>
      {data.brier !== null && data.constantBrier !== null && data.renewalRate !== null ? (
        <Text data-testid="calibration-versus">
          {t('calibration.versus', {
            brier: i18n.number(data.brier, 3),
            rate: percent(data.renewalRate),
            constant: i18n.number(data.constantBrier, 3),
          })}{' '}
          {t(data.brier < data.constantBrier ? 'calibration.better' : 'calibration.notBetter')}
        </Text>
      ) : null}
      {data.closed === 0 ? <Text c="dimmed">{t('calibration.none')}</Text> : null}
      <Table withTableBorder data-testid="calibration-bands">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('calibration.band')}</Table.Th>
            <Table.Th ta="right">{t('calibration.implied')}</Table.Th>
            <Table.Th ta="right">{t('calibration.closed')}</Table.Th>
            <Table.Th ta="right">{t('calibration.renewed')}</Table.Th>
            <Table.Th ta="right">{t('calibration.rate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...data.bands].reverse().map((b) => (
            <Table.Tr key={b.band}>
              <Table.Td>
                <Group gap="xs">
                  <HealthBadge score={0} band={b.band} label={t(`health.band.${b.band}`)} />
                </Group>
              </Table.Td>
              <Table.Td ta="right">
                {b.calibrated
                  ? percent(b.probability)
                  : t('calibration.default', { percent: percent(b.probability) })}
              </Table.Td>
              <Table.Td ta="right">{i18n.number(b.closed)}</Table.Td>
              <Table.Td ta="right">{i18n.number(b.renewed)}</Table.Td>
              <Table.Td ta="right">{b.rate === null ? '—' : percent(b.rate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        {t('calibration.impliedHelp')}
      </Text>
    </Stack>
  );
}
