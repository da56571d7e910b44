/** Backup & security: back up now, the backups kept, restore, the recovery key, the passphrase. */
import { Alert, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n/i18nContext';
import { keystoreExplanation, useSecurityStatus } from '../security';
import { BackupList } from './BackupList';
import { BackUpNowCard } from './BackUpNowCard';
import { ChangePassphraseCard } from './ChangePassphraseCard';
import { RecoveryKeyCard } from './RecoveryKeyCard';
import { RestoreFromFileCard } from './RestoreFromFileCard';

export function BackupPage() {
  const { t } = useI18n();
  const { status } = useSecurityStatus();
  return (
    <Stack maw={1100}>
      <Title order={2}>{t('backup.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('backup.intro')}
      </Text>
      {status ? (
        <Alert color="blue" variant="light">
          {keystoreExplanation(status, t)}
        </Alert>
      ) : null}
      <BackupList />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <BackUpNowCard />
        <RestoreFromFileCard />
        <RecoveryKeyCard />
        {status?.keystore === 'passphrase' && status.canLock ? <ChangePassphraseCard /> : null}
      </SimpleGrid>
    </Stack>
  );
}
