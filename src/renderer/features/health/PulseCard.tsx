/** The CSM's own call on the account (1–5 stars, counts for 60 days), and a way to give a new one. */
import { Button, Card, Group, Rating, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AccountHealthView } from '../../../shared/api/views';
import { useI18n } from '../../i18n/i18nContext';
import { RecordModal, type EditTarget } from '../records/RecordModal';

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function PulseCard({ health }: { health: AccountHealthView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const pulse = health.pulse;
  const expired = pulse ? daysBetween(pulse.date, health.asOf) >= 60 : false;
  return (
    <Card withBorder data-testid="health-pulse">
      <Group justify="space-between">
        <Stack gap={2}>
          <Text fw={600}>{t('health.pulse')}</Text>
          {pulse ? (
            <Group gap="xs">
              <Rating value={pulse.stars} readOnly size="sm" />
              <Text size="sm" c={expired ? 'dimmed' : undefined}>
                {t(expired ? 'health.pulseExpired' : 'health.pulseGiven', {
                  stars: pulse.stars,
                  date: i18n.date(pulse.date),
                })}
              </Text>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('health.pulseNone')}
            </Text>
          )}
        </Stack>
        <Button
          variant="light"
          onClick={() =>
            setEditing({
              type: 'csm_pulses',
              defaults: { accountId: health.accountId, date: health.asOf, stars: 0 },
            })
          }
        >
          {t('health.ratePulse')}
        </Button>
      </Group>
      <RecordModal target={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
