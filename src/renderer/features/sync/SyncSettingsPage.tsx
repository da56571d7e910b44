/** Sync settings: the team server's address and this device's token, and where sync stands. */
import {
  Alert,
  Button,
  Card,
  Group,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api/transport';
import { useI18n } from '../../i18n/i18nContext';
import { ProfileCard } from '../settings/ProfileCard';
import { QuarantineCard } from './QuarantineCard';
import { syncNow, syncStateText } from './SyncStatusIndicator';
import { setSyncStatus, useSyncStatus } from './syncStatusStore';

export function SyncSettingsPage() {
  const { t, dateTime, number } = useI18n();
  const status = useSyncStatus();
  const [serverUrl, setServerUrl] = useState<string | null>(null);
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setError(null);
    const result = await call('sync:configure', {
      serverUrl: serverUrl ?? status?.serverUrl ?? '',
      token,
    });
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else {
      setSyncStatus(result.data);
      setToken('');
    }
  };
  const disconnect = async () => {
    const result = await call('sync:disconnect', {});
    if (result.ok) setSyncStatus(result.data);
  };

  return (
    <Stack maw={640} gap="md">
      <Title order={2}>{t('sync.settings')}</Title>
      <Text c="dimmed" size="sm">
        {t('sync.explain')}
      </Text>
      <ProfileCard />
      {status ? (
        <Card withBorder data-testid="sync-summary">
          <Stack gap={4}>
            <Text fw={600}>{syncStateText(t, status)}</Text>
            {status.serverUrl ? (
              <Text size="sm">{t('sync.server', { url: status.serverUrl })}</Text>
            ) : null}
            {status.lastSyncAt ? (
              <Text size="sm">{t('sync.lastSync', { when: dateTime(status.lastSyncAt) })}</Text>
            ) : null}
            {status.lastRound ? (
              <Text size="sm">
                {t('sync.lastRound', {
                  pushed: number(status.lastRound.pushed),
                  pulled: number(status.lastRound.pulled),
                })}
              </Text>
            ) : null}
            {status.error ? (
              <Text size="sm" c="red">
                {status.error}
              </Text>
            ) : null}
            {status.serverUrl ? (
              <Group mt="xs">
                <Button
                  size="xs"
                  loading={busy}
                  onClick={() => {
                    setBusy(true);
                    void syncNow().finally(() => setBusy(false));
                  }}
                >
                  {t('sync.now')}
                </Button>
                <Button size="xs" variant="default" onClick={() => void disconnect()}>
                  {t('sync.disconnect')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Card>
      ) : null}
      <QuarantineCard connected={Boolean(status?.serverUrl)} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('sync.serverUrl')}
            placeholder="https://sync.example.com"
            // Until edited, the field shows the server in use.
            value={serverUrl ?? status?.serverUrl ?? ''}
            onChange={(e) => setServerUrl(e.currentTarget.value)}
            required
          />
          <PasswordInput
            label={t('sync.token')}
            description={t('sync.tokenHelp')}
            value={token}
            onChange={(e) => setToken(e.currentTarget.value)}
            required
          />
          {error ? (
            <Alert color="red" title={t('sync.saveFailed')}>
              {error}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={busy}>
              {t('sync.connect')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
