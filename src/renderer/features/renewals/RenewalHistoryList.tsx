/** Every change of a renewal's call, amounts and outcome, newest first, with who made it. */
import { Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import type { RenewalChangeView, RenewalTerms } from '../../../shared/api/forecastViews';
import { useI18n, type I18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/en';
import { callLabel } from './describeForecast';

function describeValue(i18n: I18n, field: keyof RenewalTerms, value: unknown, currency: string) {
  switch (field) {
    case 'forecastCall':
      return callLabel(i18n, String(value ?? ''));
    case 'outcome':
      return i18n.t(`renewals.status.${String(value)}` as MessageKey);
    case 'targetArrMinor':
    case 'finalArrMinor':
      return value === null ? '—' : i18n.money(Number(value), currency);
    case 'expectedChangeMinor': {
      const n = Number(value);
      return n === 0 ? '—' : `${n > 0 ? '+' : '−'}${i18n.money(Math.abs(n), currency)}`;
    }
    case 'reasonCodes':
      return (value as string[]).map((c) => i18n.label(c)).join(', ') || '—';
    case 'closedDate':
      return i18n.date(String(value ?? ''));
    case 'callReason':
      return String(value ?? '') || '—';
  }
}

export function RenewalHistoryList({
  history,
  currency,
}: {
  history: RenewalChangeView[];
  currency: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (history.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('renewals.history.none')}
      </Text>
    );
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="renewal-history">
      {history.map((entry) => (
        <Timeline.Item
          key={entry.id}
          title={
            <Group gap="xs">
              <Badge size="xs" variant="light">
                {t(`renewals.history.${entry.kind}`)}
              </Badge>
              <Text size="xs" c="dimmed">
                {i18n.dateTime(entry.at)}
                {entry.author ? ` · ${entry.author}` : ''}
              </Text>
            </Group>
          }
        >
          <Stack gap={0}>
            {(Object.entries(entry.changes) as [keyof RenewalTerms, unknown][]).map(
              ([field, value]) => (
                <Text size="sm" key={field}>
                  {t(`renewals.field.${field}`)}: {describeValue(i18n, field, value, currency)}
                </Text>
              ),
            )}
            {entry.note ? (
              <Text size="sm" c="dimmed">
                {entry.note}
              </Text>
            ) : null}
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
