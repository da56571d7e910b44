/** Resetting this device's sync state before someone else signs in, after a confirmation. */
import { Alert, Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api/transport';
import { useI18n } from '../../i18n/i18nContext';
import { setSyncStatus } from './syncStatusStore';

export function SyncResetCard() {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reset = async () => {
    setBusy(true);
    setError(null);
    const result = await call('sync:reset', {});
    setBusy(false);
    setAsking(false);
    if (result.ok) setSyncStatus(result.data);
    else setError(result.error.message);
  };
  return (
    <Card withBorder data-testid="sync-reset">
      <Stack gap="xs">
        <Text fw={600}>{t('sync.reset.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('sync.reset.explain')}
        </Text>
        {error ? (
          <Alert color="red" title={t('sync.reset.failed')}>
            {error}
          </Alert>
        ) : null}
        <Group>
          <Button size="xs" variant="default" onClick={() => setAsking(true)}>
            {t('sync.reset.button')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('sync.reset.button')}>
        <Stack>
          <Text size="sm">{t('sync.reset.confirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              {t('action.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void reset()}>
              {t('sync.reset.button')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
