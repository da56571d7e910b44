import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../../i18n/i18nContext';
import { HealthSummaryCard } from '../../health/HealthSummaryCard';
import type { TabProps } from './tabProps';
import { todayIso } from './tabProps';

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }} component="div">
        {value || '—'}
      </Text>
    </div>
  );
}

export function OverviewTab({ detail }: TabProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { account } = detail;
  const current = detail.contracts.find((c) => c.id === detail.currentContractId);
  const today = todayIso();
  const daysToRenewal = current
    ? Math.round((Date.parse(current.endDate) - Date.parse(today)) / 86_400_000)
    : null;
  // Touchpoints come newest first; scheduled ones (after today) are shown apart from the past.
  const upcoming = detail.touchpoints
    .filter((tp) => tp.date > today)
    .reverse()
    .slice(0, 3);
  const recent = detail.touchpoints.filter((tp) => tp.date <= today).slice(0, 5);
  const openItems = detail.actionItems
    .filter((a) => a.status === 'open')
    .sort((a, b) => (a.dueDate || '9999').localeCompare(b.dueDate || '9999'));
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <HealthSummaryCard accountId={account.id} />
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('overview.keyFacts')}
        </Title>
        <SimpleGrid cols={2}>
          <Fact label={t('field.segment')} value={i18n.label(account.segment)} />
          <Fact label={t('field.industry')} value={account.industry} />
          <Fact label={t('field.region')} value={account.region} />
          <Fact label={t('field.owner')} value={account.owner} />
          <Fact
            label={t('field.website')}
            value={
              account.website ? (
                <Anchor href={account.website} target="_blank" rel="noreferrer">
                  {account.website}
                </Anchor>
              ) : (
                ''
              )
            }
          />
          <Fact
            label={t('field.tags')}
            value={
              account.tags.length ? (
                <Group gap={4}>
                  {account.tags.map((tag) => (
                    <Badge key={tag} variant="outline" size="sm">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              ) : (
                ''
              )
            }
          />
        </SimpleGrid>
        {account.notes ? (
          <Text size="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }}>
            {account.notes}
          </Text>
        ) : null}
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('overview.currentContract')}
        </Title>
        {current ? (
          <SimpleGrid cols={2}>
            <Fact
              label={t('portfolio.arr')}
              value={i18n.money(current.arrMinor, current.currency)}
            />
            <Fact label={t('field.seats')} value={i18n.number(current.seats)} />
            <Fact label={t('field.startDate')} value={i18n.date(current.startDate)} />
            <Fact
              label={t('overview.nextRenewal')}
              value={`${i18n.date(current.endDate)} · ${i18n.relativeDays(daysToRenewal ?? 0)}`}
            />
            <Fact label={t('field.modules')} value={current.modules.join(', ')} />
            <Fact label={t('field.paymentTerms')} value={current.paymentTerms} />
          </SimpleGrid>
        ) : (
          <Text c="dimmed" size="sm">
            {t('overview.noContract')}
          </Text>
        )}
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('overview.recentTouchpoints')}
        </Title>
        <Stack gap="xs">
          {[...upcoming, ...recent].map((tp) => (
            <div key={tp.id}>
              <Group gap={6}>
                <Text size="sm" fw={500}>
                  {tp.summary}
                </Text>
                {tp.date > today ? (
                  <Badge size="xs" variant="light" color="blue">
                    {t('touchpoints.scheduled')}
                  </Badge>
                ) : null}
              </Group>
              <Text size="xs" c="dimmed">
                {i18n.date(tp.date)} · {i18n.label(tp.kind)}
              </Text>
            </div>
          ))}
          {detail.touchpoints.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('record.none', { noun: t('record.touchpoints') })}
            </Text>
          ) : null}
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('overview.openActionItems')}
        </Title>
        <Stack gap="xs">
          {openItems.slice(0, 8).map((item) => (
            <Group key={item.id} justify="space-between" wrap="nowrap">
              <Text size="sm">{item.title}</Text>
              <Text size="xs" c={item.dueDate && item.dueDate < today ? 'red' : 'dimmed'}>
                {item.dueDate ? i18n.date(item.dueDate) : ''}
              </Text>
            </Group>
          ))}
          {openItems.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('overview.noOpenItems')}
            </Text>
          ) : null}
        </Stack>
      </Card>
    </SimpleGrid>
  );
}
