/**
 * In the packaged desktop app: when a new version from the team's server has been downloaded,
 * says so and offers to restart into it (it is also installed at the next quit).
 */
import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18nContext';

interface Ready {
  state: 'ready';
  version: string;
}
const isReady = (value: unknown): value is Ready =>
  typeof value === 'object' &&
  value !== null &&
  (value as { state?: unknown }).state === 'ready' &&
  typeof (value as { version?: unknown }).version === 'string';

export function UpdateBanner() {
  const { t } = useI18n();
  const [ready, setReady] = useState<Ready | null>(null);
  useEffect(() => {
    const bridge = window.outpost;
    if (!bridge?.onUpdateState) return;
    void bridge.updateState?.().then((s) => setReady(isReady(s) ? s : null));
    return bridge.onUpdateState((s) => setReady(isReady(s) ? s : null));
  }, []);
  if (!ready) return null;
  return (
    <Alert color="blue" mb="md" data-testid="update-ready">
      <Group justify="space-between">
        <Text size="sm">{t('update.ready', { version: ready.version })}</Text>
        <Button size="xs" onClick={() => void window.outpost?.installUpdate?.()}>
          {t('update.restart')}
        </Button>
      </Group>
    </Alert>
  );
}
