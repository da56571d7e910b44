/**
 * Long work the host is doing for this page — how far it got, with Cancel where stopping is safe.
 * Shown once such a call has taken more than a moment (150 ms); the host answers while its workspace
 * worker is busy, so the bar moves.
 */
import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { TaskProgressView } from '../../../shared/api/taskViews';
import { usePendingLongCalls } from '../../api/pendingCalls';
import { call } from '../../api/transport';
import { useI18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/en';

export function TaskProgressPanel() {
  const { t, number, percent } = useI18n();
  const pending = usePendingLongCalls();
  const [tasks, setTasks] = useState<TaskProgressView[]>([]);
  const [stopping, setStopping] = useState<Set<number>>(new Set());
  useEffect(() => {
    if (pending === 0) {
      setTasks([]);
      setStopping(new Set());
      return;
    }
    let alive = true;
    const ask = async () => {
      const result = await call('tasks:progress', {});
      // A sync shows once it says how far it got; cancellable work at once.
      if (alive && result.ok)
        setTasks(result.data.tasks.filter((t) => t.cancellable || t.total > 0));
    };
    const first = setTimeout(() => void ask(), 150);
    const every = setInterval(() => void ask(), 300);
    return () => {
      alive = false;
      clearTimeout(first);
      clearInterval(every);
    };
  }, [pending]);
  if (tasks.length === 0) return null;
  return (
    <Paper
      withBorder
      shadow="md"
      p="sm"
      w={340}
      pos="fixed"
      bottom={16}
      right={16}
      style={{ zIndex: 300 }}
      data-testid="task-progress"
    >
      <Stack gap="xs">
        {tasks.map((task) => (
          <Stack key={task.id} gap={4}>
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" fw={500}>
                {t(`task.${task.method}` as MessageKey)}
              </Text>
              {task.cancellable ? (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  disabled={stopping.has(task.id)}
                  onClick={() => {
                    setStopping(new Set(stopping).add(task.id));
                    void call('tasks:cancel', { id: task.id });
                  }}
                >
                  {stopping.has(task.id) ? t('task.cancelling') : t('task.cancel')}
                </Button>
              ) : null}
            </Group>
            <Progress value={task.total > 0 ? (100 * task.done) / task.total : 0} animated />
            <Text size="xs" c="dimmed">
              {task.total === 0
                ? t('task.starting')
                : task.method.startsWith('import:')
                  ? // An import counts bytes of its file: a share reads better than byte counts.
                    t('task.percent', { percent: percent(task.done / task.total) })
                  : t('task.progress', { done: number(task.done), total: number(task.total) })}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
