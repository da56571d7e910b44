/** The name this device writes as the author of the calls, closings and rates made on it. */
import { Button, Card, Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { mutate, useQuery } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import { writeOrTell } from '../../components/writeOrTell';

export function ProfileCard() {
  const i18n = useI18n();
  const { t } = i18n;
  const { data } = useQuery('profile:get', {});
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    if (data && name === null) setName(data.name);
  }, [data, name]);
  return (
    <Card withBorder>
      <Group align="flex-end">
        <TextInput
          label={t('rates.yourName')}
          description={t('rates.yourNameHelp')}
          value={name ?? ''}
          onChange={(e) => setName(e.currentTarget.value)}
          w={320}
        />
        <Button
          variant="default"
          onClick={() =>
            void writeOrTell(i18n, () => mutate('profile:save', { name: name ?? '' })).then(
              (saved) =>
                saved && notifications.show({ color: 'teal', message: t('rates.nameSaved') }),
            )
          }
        >
          {t('action.save')}
        </Button>
      </Group>
    </Card>
  );
}
