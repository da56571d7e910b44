/** Sync settings: the team server's address and this device's token, and where sync stands. */
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { sendsTokenInTheClear } from '../../../shared/sync/serverAddress';
import { call } from '../../api/transport';
import { useI18n } from '../../i18n/i18nContext';
import { ProfileCard } from '../settings/ProfileCard';
import { QuarantineCard } from './QuarantineCard';
import { clockText, nodeChangeText } from './syncDeviceText';
import { SyncErrorNote } from './SyncErrorNote';
import { SyncResetCard } from './SyncResetCard';
import { syncStateText } from './syncStateText';
import { syncNow } from './SyncStatusIndicator';
import { setSyncStatus, useSyncStatus } from './syncStatusStore';

export function SyncSettingsPage() {
  const i18n = useI18n();
  const { t, dateTime, ago, number } = i18n;
  const status = useSyncStatus();
  const clock = status ? clockText(i18n, status) : null;
  const nodeChange = status ? nodeChangeText(i18n, status) : null;
  const [serverUrl, setServerUrl] = useState<string | null>(null);
  const [token, setToken] = useState('');
  const [allowInsecureHttp, setAllowInsecureHttp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const url = serverUrl ?? status?.serverUrl ?? '';
  // Only plain http to another computer needs the user's consent (the token goes unencrypted).
  const insecure = sendsTokenInTheClear(url);

  const save = async () => {
    setBusy(true);
    setError(null);
    const result = await call('sync:configure', {
      serverUrl: url,
      token,
      allowInsecureHttp: insecure && allowInsecureHttp,
    });
    setBusy(false);
    if (!result.ok) {
      const refused = result.error.issues?.some((i) => i.code === 'insecureHttp');
      setError(refused ? t('sync.error.insecureHttp') : result.error.message);
    } else {
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
            <Text fw={600}>{syncStateText(i18n, status)}</Text>
            {status.serverUrl ? (
              <Text size="sm">{t('sync.server', { url: status.serverUrl })}</Text>
            ) : null}
            {status.lastSyncAt ? (
              <Text size="sm">
                {t('sync.lastSyncAgo', {
                  when: ago(status.lastSyncAt),
                  at: dateTime(status.lastSyncAt),
                })}
              </Text>
            ) : null}
            {status.lastRound ? (
              <Text size="sm">
                {t('sync.lastRound', {
                  pushed: number(status.lastRound.pushed),
                  pulled: number(status.lastRound.pulled),
                })}
              </Text>
            ) : null}
            {clock ? (
              <Alert color="red" title={t('sync.clock.title')} data-testid="sync-clock">
                {clock}
              </Alert>
            ) : (
              <SyncErrorNote status={status} testId="sync-error" />
            )}
            {nodeChange ? (
              <Text size="sm" c="dimmed" data-testid="sync-node-change">
                {nodeChange}
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
            value={url}
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
          {insecure ? (
            <Checkbox
              label={t('sync.allowInsecureHttp')}
              description={t('sync.allowInsecureHttpHelp')}
              color="red"
              checked={allowInsecureHttp}
              onChange={(e) => setAllowInsecureHttp(e.currentTarget.checked)}
            />
          ) : null}
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
      {status?.serverUrl ? <SyncResetCard /> : null}
    </Stack>
  );
}
