/** The first few items of a list, with a button that shows the rest. */
import { Button, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18nContext';

export function LimitedList<T>({
  items,
  limit = 6,
  render,
  empty,
  total = items.length,
  onShowAll,
}: {
  items: T[];
  limit?: number;
  render(item: T): ReactNode;
  empty: string;
  /** How many there are when `items` holds only the first of them. */
  total?: number;
  /** Fetches the rest when "show all" is pressed and `items` holds only some. */
  onShowAll?(): void;
}) {
  const { t, number } = useI18n();
  const [all, setAll] = useState(false);
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  const shown = all ? items : items.slice(0, limit);
  return (
    <Stack gap={6}>
      {shown.map(render)}
      {total > limit ? (
        <Button
          variant="subtle"
          size="compact-xs"
          onClick={() => {
            if (!all && total > items.length) onShowAll?.();
            setAll((a) => !a);
          }}
          w="fit-content"
        >
          {all ? t('list.showFewer') : t('list.showAll', { count: number(total) })}
        </Button>
      ) : null}
    </Stack>
  );
}
