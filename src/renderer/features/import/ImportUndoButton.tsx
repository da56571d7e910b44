/** Undoes one import after the user confirms: created records removed, updated ones restored. */
import { Button, Group, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { mutate } from '../../api/useApi';
import { useSubmit } from '../../api/useSubmit';
import { useI18n } from '../../i18n/i18nContext';

export function ImportUndoButton({
  batchId,
  fileName,
  onUndone,
}: {
  batchId: string;
  fileName: string;
  onUndone?: () => void;
}) {
  const { t, number } = useI18n();
  const [open, setOpen] = useState(false);
  const { busy, error, run } = useSubmit();
  const undo = async () => {
    let outcome = { deleted: 0, restored: 0 };
    const done = await run(async () => {
      outcome = await mutate('import:undo', { batchId });
    });
    if (!done) return;
    setOpen(false);
    notifications.show({
      color: 'teal',
      message: t('import.undone', {
        deleted: number(outcome.deleted),
        restored: number(outcome.restored),
      }),
    });
    onUndone?.();
  };
  return (
    <>
      <Button size="xs" variant="light" color="red" onClick={() => setOpen(true)}>
        {t('import.undo')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('import.undo')}>
        <Text size="sm">{t('import.undoConfirm', { file: fileName })}</Text>
        {error ? (
          <Text size="sm" c="red" mt="xs">
            {error}
          </Text>
        ) : null}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('action.cancel')}
          </Button>
          <Button
            color="red"
            loading={busy}
            onClick={() => void undo()}
            data-testid="import-undo-confirm"
          >
            {t('import.undo')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
