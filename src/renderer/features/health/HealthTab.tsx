/**
 * "Why this score": the account's health score, band and trend, the top drivers in words, the
 * alerts firing for it, the half-year history, the CSM's pulse, and every group and measure
 * with its inputs, points and share of the score.
 */
import { Alert, Card, Group, Loader, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '../../api/useApi';
import { useI18n, type I18n } from '../../i18n/i18nContext';
import { AlertList } from '../alerts';
import { BAND_COLOR, HealthBadge, NotScoredBadge } from './HealthBadge';
import { HealthHistoryChart } from './HealthHistoryChart';
import { PulseCard } from './PulseCard';
import { describeMeasure, groupName, measureName } from './describeMeasure';
import { RefreshProblem } from '../../components/RefreshProblem';

const pts = (points: number | null) => (points === null ? '—' : String(Math.round(points)));
const points = (i18n: I18n, value: number | null) =>
  value === null ? '—' : i18n.plural('health.points', Math.round(value));

export function HealthTab({ accountId }: { accountId: string }) {
  const i18n = useI18n();
  const { t, percent } = i18n;
  const { data, error } = useQuery('health:account', { id: accountId });
  if (error && !data) return <Alert color="red">{error.message}</Alert>;
  if (!data) return <Loader />;
  if (!data.scored)
    return (
      <Stack gap="md">
        <Card withBorder>
          <Text size="sm" c="dimmed">
            {t('health.title')}
          </Text>
          <Group gap="sm" mt={4}>
            <NotScoredBadge reason={data.reason} />
            <Text data-testid="health-not-scored">{t(`health.notScored.${data.reason}`)}</Text>
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {t('health.stage', { stage: i18n.label(data.stage) })}
          </Text>
        </Card>
        {data.history.length > 0 ? <HealthHistoryChart history={data.history} /> : null}
        <PulseCard health={data} />
      </Stack>
    );
  const trend =
    data.trend === null
      ? t('health.noTrend')
      : t('health.trend', { delta: `${data.trend > 0 ? '+' : ''}${data.trend}` });
  return (
    <Stack gap="md">
      <RefreshProblem error={error} />
      <Card withBorder>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t('health.title')}
            </Text>
            <Group gap="sm" align="baseline">
              <Title order={1} data-testid="health-score">
                {data.score}
              </Title>
              <HealthBadge score={data.score} band={data.band} />
              <Text size="sm" c="dimmed" data-testid="health-trend">
                {trend}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {t('health.version', { version: data.scorecardVersion, date: i18n.date(data.asOf) })}
              {data.profile === 'onboarding' ? ` · ${t('health.onboarding')}` : ''}
            </Text>
            <Text size="xs" c="dimmed">
              {t('health.stage', { stage: i18n.label(data.stage) })}
            </Text>
          </Stack>
          <Stack gap={4} maw={520} data-testid="health-drivers">
            <Text fw={600}>{t('health.drivers')}</Text>
            {data.drivers.length === 0 ? <Text size="sm">{t('health.noDrivers')}</Text> : null}
            {data.drivers.map((d) => (
              <Text size="sm" key={d.id}>
                <b>
                  {measureName(t, d.id)} · {points(i18n, d.points)}
                </b>{' '}
                — {describeMeasure(i18n, d)}
              </Text>
            ))}
          </Stack>
        </Group>
      </Card>
      <Card withBorder data-testid="health-alerts">
        <Text fw={600} mb="xs">
          {t('alerts.title')}
        </Text>
        <AlertList alerts={data.alerts} />
      </Card>
      <HealthHistoryChart history={data.history} />
      <PulseCard health={data} />
      {data.groups.map((g) => (
        <Card withBorder key={g.id} data-testid={`health-group-${g.id}`}>
          <Group justify="space-between" mb="xs">
            <Text fw={600}>{groupName(t, g.id)}</Text>
            <Text size="sm" c="dimmed">
              {points(i18n, g.points)} · {t('health.weight', { weight: percent(g.weight) })}
            </Text>
          </Group>
          <Table>
            <Table.Tbody>
              {g.measures.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td w={220}>{measureName(t, m.id)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{describeMeasure(i18n, m)}</Text>
                    {m.points === null ? (
                      <Text size="xs" c="dimmed">
                        {t('health.missing')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td w={160}>
                    {m.points === null ? null : (
                      <Progress
                        value={m.points}
                        color={
                          BAND_COLOR[m.points < 50 ? 'red' : m.points < 75 ? 'yellow' : 'green']
                        }
                        aria-label={measureName(t, m.id)}
                      />
                    )}
                  </Table.Td>
                  <Table.Td w={70} ta="right">
                    {pts(m.points)}
                  </Table.Td>
                  <Table.Td w={90} ta="right">
                    <Text size="xs" c="dimmed">
                      {m.weight > 0 ? percent(m.weight) : ''}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ))}
    </Stack>
  );
}
