/** The account's health at a glance on its overview: score, trend, top drivers, open alerts. */
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import { alertName } from '../alerts';
import { HealthBadge, NotScoredBadge } from './HealthBadge';
import { describeMeasure, measureName } from './describeMeasure';

export function HealthSummaryCard({ accountId }: { accountId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { data } = useQuery('health:account', { id: accountId });
  if (!data) return null;
  if (!data.scored)
    return (
      <Card withBorder data-testid="overview-health">
        <Title order={4} mb="xs">
          {t('health.title')}
        </Title>
        <Group gap="sm">
          <NotScoredBadge reason={data.reason} />
          <Text size="sm" c="dimmed" data-testid="health-not-scored">
            {t(`health.notScored.${data.reason}`)}
          </Text>
        </Group>
      </Card>
    );
  const open = data.alerts.filter((a) => a.state === 'open');
  return (
    <Card withBorder data-testid="overview-health">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('health.title')}</Title>
        <Anchor href={`#/accounts/${accountId}/health`} size="sm">
          {t('health.why')}
        </Anchor>
      </Group>
      <Group gap="sm" mb="xs">
        <HealthBadge score={data.score} band={data.band} />
        <Text size="sm" c="dimmed">
          {data.trend === null
            ? t('health.noTrend')
            : t('health.trend', { delta: `${data.trend > 0 ? '+' : ''}${data.trend}` })}
        </Text>
      </Group>
      <Stack gap={2}>
        {data.drivers.map((d) => (
          <Text size="sm" key={d.id}>
            <b>{measureName(t, d.id)}</b> — {describeMeasure(i18n, d)}
          </Text>
        ))}
        {open.length > 0 ? (
          <Text size="sm" c="red">
            {i18n.plural('health.openAlerts', open.length)}:{' '}
            {open.map((a) => alertName(t, a.type)).join(', ')}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
