import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  Stack,
  Text,
  Title,
  Typography,
} from '@mantine/core';
import Markdown from 'react-markdown';
import { deleteWithUndo } from '../../records/deleteWithUndo';
import { useI18n } from '../../../i18n/i18nContext';
import classes from './MeetingNotes.module.css';
import type { TabProps } from './tabProps';
import { todayIso } from './tabProps';

export function TouchpointsTab({ detail, onEdit }: TabProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const today = todayIso();
  const names = new Map(detail.stakeholders.map((s) => [s.id, s.name]));
  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={4}>{t('touchpoints.title')}</Title>
        <Button
          onClick={() =>
            onEdit({
              type: 'touchpoints',
              defaults: {
                accountId: detail.account.id,
                date: todayIso(),
                internalAttendees: detail.account.owner ? [detail.account.owner] : [],
              },
            })
          }
        >
          {t('touchpoints.log')}
        </Button>
      </Group>
      <Stack>
        {detail.touchpoints.map((tp) => (
          <Card withBorder key={tp.id} data-testid="touchpoint-card">
            <Group justify="space-between" wrap="nowrap">
              <div>
                <Text fw={600}>{tp.summary}</Text>
                <Text size="xs" c="dimmed">
                  {i18n.date(tp.date)} · {i18n.label(tp.kind)} ·{' '}
                  {[...tp.attendeeIds.map((id) => names.get(id) ?? ''), ...tp.internalAttendees]
                    .filter(Boolean)
                    .join(', ')}
                </Text>
              </div>
              <Group gap="xs" wrap="nowrap">
                {tp.date > today ? (
                  <Badge variant="outline" color="blue">
                    {t('touchpoints.scheduled')}
                  </Badge>
                ) : null}
                <Badge
                  variant="light"
                  color={
                    tp.sentiment === 'positive'
                      ? 'teal'
                      : tp.sentiment === 'negative'
                        ? 'red'
                        : 'gray'
                  }
                >
                  {i18n.label(tp.sentiment)}
                </Badge>
                <Menu position="bottom-end">
                  <Menu.Target>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('record.actionsFor', { noun: t('record.touchpoints') })}
                    >
                      ⋯
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => onEdit({ type: 'touchpoints', record: tp })}>
                      {t('action.edit')}
                    </Menu.Item>
                    <Menu.Item
                      color="red"
                      onClick={() => void deleteWithUndo(i18n, 'touchpoints', tp.id)}
                    >
                      {t('action.delete')}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Group>
            </Group>
            {tp.notes ? (
              <Typography mt="sm" fz="sm" className={classes.notes}>
                <Markdown>{tp.notes}</Markdown>
              </Typography>
            ) : null}
            {tp.nextSteps ? (
              <>
                <Text size="sm" fw={600} mt="xs">
                  {t('field.nextSteps')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {tp.nextSteps}
                </Text>
              </>
            ) : null}
          </Card>
        ))}
        {detail.touchpoints.length === 0 ? (
          <Text c="dimmed">{t('record.none', { noun: t('record.touchpoints') })}</Text>
        ) : null}
      </Stack>
    </>
  );
}
