/** "Back up now", with the database's key — or, for another computer, a passphrase of its own. */
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { mutate } from '../../api/useApi';
import { useSubmit } from '../../api/useSubmit';
import { useI18n } from '../../i18n/i18nContext';
import { NewPassphraseFields, useNewPassphrase } from '../security';

export function BackUpNowCard() {
  const { t } = useI18n();
  const now = useSubmit();
  const portable = useSubmit();
  const [made, setMade] = useState<string | null>(null);
  const fresh = useNewPassphrase();
  const backUp = (withPassphrase: boolean) => {
    const submit = withPassphrase ? portable : now;
    const refused = withPassphrase ? fresh.problem(t) : null;
    if (refused) return submit.fail(refused);
    setMade(null);
    void submit.run(async () => {
      const file = await mutate(
        'backup:now',
        withPassphrase ? { passphrase: fresh.passphrase } : {},
      );
      setMade(file.file);
      fresh.clear();
    });
  };
  return (
    <Card withBorder data-testid="backup-now">
      <Stack gap="sm">
        <Text fw={600}>{t('backup.now.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('backup.now.explain')}
        </Text>
        <Group>
          <Button loading={now.busy} onClick={() => backUp(false)}>
            {t('backup.now.button')}
          </Button>
        </Group>
        {now.error ? (
          <Alert color="red" data-testid="problem">
            {now.error}
          </Alert>
        ) : null}
        {made ? (
          <Alert color="green" data-testid="backup-made">
            <Text size="sm" style={{ wordBreak: 'break-all' }}>
              {t('backup.done', { file: made })}
            </Text>
          </Alert>
        ) : null}
        <Text fw={600} mt="sm">
          {t('backup.portable.title')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('backup.portable.explain')}
        </Text>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            backUp(true);
          }}
        >
          <Stack gap="xs">
            <NewPassphraseFields state={fresh} />
            {portable.error ? (
              <Alert color="red" data-testid="problem">
                {portable.error}
              </Alert>
            ) : null}
            <Group>
              <Button type="submit" variant="default" loading={portable.busy}>
                {t('backup.portable.button')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
