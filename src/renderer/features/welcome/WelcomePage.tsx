/** First start on an empty database: offers the demo portfolio, or an empty start. */
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { mutate } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import { writeOrTell } from '../../components/writeOrTell';

export function WelcomePage({ onStartEmpty }: { onStartEmpty(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [loading, setLoading] = useState(false);
  return (
    <Card withBorder maw={640} mx="auto" mt="xl" p="xl">
      <Stack>
        <Title order={2}>{t('welcome.title')}</Title>
        <Text>{t('welcome.body')}</Text>
        <Group>
          <Button
            loading={loading}
            onClick={() => {
              setLoading(true);
              void writeOrTell(i18n, () => mutate('demo:load', { accounts: 50 })).finally(() =>
                setLoading(false),
              );
            }}
          >
            {t('welcome.loadDemo')}
          </Button>
          <Button variant="default" onClick={onStartEmpty}>
            {t('welcome.startEmpty')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
