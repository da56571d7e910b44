/** One card of Today: a title, the true count, and its list. */
import { Badge, Card, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18nContext';

export function TodaySection({
  title,
  count,
  children,
  testId,
}: {
  title: string;
  count: number;
  children: ReactNode;
  testId: string;
}) {
  const { number } = useI18n();
  return (
    <Card withBorder data-testid={testId}>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{title}</Text>
        <Badge variant="light" color={count ? 'indigo' : 'gray'} data-testid="count">
          {number(count)}
        </Badge>
      </Group>
      {children}
    </Card>
  );
}
