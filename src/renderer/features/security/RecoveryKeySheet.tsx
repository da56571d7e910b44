/** The 24 recovery words, numbered, as a sheet that prints alone. */
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n/i18nContext';
import classes from './RecoveryKeySheet.module.css';

export function RecoveryKeySheet({ words, dbFile }: { words: string[]; dbFile: string }) {
  const { t } = useI18n();
  return (
    <Card withBorder className={classes.sheet} data-testid="recovery-key">
      <Stack gap="sm">
        <Title order={3}>{t('security.recovery.title')}</Title>
        <Text size="sm">{t('security.recovery.intro')}</Text>
        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
          {t('security.recovery.for', { file: dbFile })}
        </Text>
        <ol className={classes.words}>
          {words.map((word, i) => (
            <li key={i} className={classes.word}>
              <span className={classes.number}>{i + 1}.</span>
              {word}
            </li>
          ))}
        </ol>
        <Group className={classes.noPrint}>
          <Button variant="default" onClick={() => window.print()}>
            {t('security.recovery.print')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
