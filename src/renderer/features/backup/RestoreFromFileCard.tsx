/**
 * Restore from a backup file chosen on this computer (one made here, or on the old laptop): the
 * file is sent to the workspace in pieces, checked whole, then restored.
 */
import { Alert, Button, Card, FileInput, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ApiCallError } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import { uploadImportFile } from '../import';
import { RestoredNotice } from './RestoredNotice';
import { useRestore } from './useRestore';

export function RestoreFromFileCard() {
  const { t, percent } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [secret, setSecret] = useState('');
  const [sent, setSent] = useState<number | null>(null);
  const [sendProblem, setSendProblem] = useState<string | null>(null);
  const { busy, problem, restored, restore } = useRestore();
  const start = async () => {
    if (!file || busy || sent !== null) return;
    setSendProblem(null);
    let uploadId: string;
    try {
      setSent(0);
      uploadId = await uploadImportFile(file, setSent);
    } catch (error) {
      setSendProblem(error instanceof ApiCallError ? error.message : String(error));
      return;
    } finally {
      setSent(null);
    }
    if (await restore({ uploadId, ...(secret ? { secret } : {}) })) {
      setFile(null);
      setSecret('');
    }
  };
  return (
    <Card withBorder data-testid="restore-file">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <Stack gap="sm">
          <Text fw={600}>{t('backup.fromFile.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('backup.fromFile.explain')}
          </Text>
          <FileInput
            label={t('backup.fromFile.file')}
            placeholder={t('backup.fromFile.placeholder')}
            value={file}
            onChange={setFile}
            clearable
          />
          <PasswordInput
            label={t('backup.restore.secret')}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
          />
          {sent !== null && file ? (
            <Text size="sm">
              {t('backup.fromFile.sending', { percent: percent(file.size ? sent / file.size : 1) })}
            </Text>
          ) : null}
          {sendProblem || problem ? (
            <Alert color="red" title={t('backup.failed')} data-testid="problem">
              {sendProblem ?? problem}
            </Alert>
          ) : null}
          {restored ? <RestoredNotice restored={restored} /> : null}
          <Group>
            <Button type="submit" color="red" disabled={!file} loading={busy || sent !== null}>
              {t('backup.fromFile.button')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
