/**
 * Today's action items with Done. A row marked done stays where it was, struck through, with
 * Undo, until the user leaves the page: the next row never slides under the pointer, and a
 * mistaken click is one click away from undone.
 */
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { TodayView } from '../../../shared/api/views';
import { mutate } from '../../api/useApi';
import { LimitedList } from '../../components/LimitedList';
import { writeOrTell } from '../../components/writeOrTell';
import { useI18n } from '../../i18n/i18nContext';

type Item = TodayView['overdue'][number];

/** The list as the server has it, with the rows marked done here put back where they were. */
export function withDoneRows(
  items: Item[],
  done: Map<string, { item: Item; index: number }>,
): Item[] {
  const shown = items.filter((i) => !done.has(i.id));
  for (const { item, index } of [...done.values()].sort((a, b) => a.index - b.index))
    shown.splice(Math.min(index, shown.length), 0, item);
  return shown;
}

export function TodayActionItems({
  items,
  total,
  onShowAll,
}: {
  items: Item[];
  total: number;
  onShowAll(): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [done, setDone] = useState(new Map<string, { item: Item; index: number }>());
  const [busy, setBusy] = useState<string | null>(null);
  const shown = withDoneRows(items, done);

  const setStatus = async (item: Item, status: 'done' | 'open') => {
    setBusy(item.id);
    const written = await writeOrTell(i18n, () =>
      mutate('records:update', { type: 'action_items', id: item.id, patch: { status } }),
    );
    setBusy(null);
    if (!written) return;
    setDone((current) => {
      const next = new Map(current);
      if (status === 'done') next.set(item.id, { item, index: shown.indexOf(item) });
      else next.delete(item.id);
      return next;
    });
  };

  return (
    <LimitedList
      items={shown}
      total={total + done.size}
      onShowAll={onShowAll}
      empty={t('today.nothing')}
      render={(a) => {
        const isDone = done.has(a.id);
        return (
          <Group
            key={a.id}
            justify="space-between"
            wrap="nowrap"
            data-testid="today-action"
            data-done={isDone || undefined}
          >
            <Stack gap={0} style={isDone ? { opacity: 0.6 } : undefined}>
              <Text size="sm" td={isDone ? 'line-through' : undefined}>
                {a.title}
              </Text>
              <Text size="xs" c="dimmed">
                <Anchor href={`#/accounts/${a.accountId}/plan`} size="xs">
                  {a.accountName}
                </Anchor>{' '}
                ·{' '}
                {a.dueDate ? t('today.due', { date: i18n.date(a.dueDate) }) : t('today.noDueDate')}
                {a.owner ? ` · ${a.owner}` : ''}
              </Text>
            </Stack>
            <Button
              size="compact-xs"
              variant={isDone ? 'subtle' : 'light'}
              loading={busy === a.id}
              onClick={() => void setStatus(a, isDone ? 'open' : 'done')}
            >
              {isDone ? t('action.undo') : t('today.markDone')}
            </Button>
          </Group>
        );
      }}
    />
  );
}
