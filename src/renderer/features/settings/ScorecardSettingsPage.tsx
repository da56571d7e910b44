/**
 * The health scorecard editor for a CS leader: group weights, measure shares and thresholds,
 * checked to add up before saving; saving creates a new version that every device picks up.
 */
import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { ScorecardDefinitionView } from '../../../shared/api/views';
import { ApiCallError, mutate, useQuery } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import { groupName, measureName } from '../health/describeMeasure';
import { RefreshProblem } from '../../components/RefreshProblem';

type Groups = ScorecardDefinitionView['groups'];

const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 1000) / 1000;
const copy = (groups: Groups): Groups => JSON.parse(JSON.stringify(groups)) as Groups;

export function ScorecardSettingsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { data, error } = useQuery('scorecard:get', {});
  const [groups, setGroups] = useState<Groups | null>(null);
  const [note, setNote] = useState('');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (data && groups === null) setGroups(copy(data.current.groups));
  }, [data, groups]);
  if (error && !data) return <Alert color="red">{error.message}</Alert>;
  if (!data || !groups) return <Loader />;

  const update = (gi: number, change: (g: Groups[number]) => void) =>
    setGroups((prev) => {
      const next = copy(prev ?? []);
      const group = next[gi];
      if (group) change(group);
      return next;
    });
  const num = (v: string | number) => (typeof v === 'number' ? v : Number(v) || 0);
  const total = sum(groups.map((g) => g.weight));
  const save = async () => {
    setSaving(true);
    setSaveError(null);
    try {
      const view = await mutate('scorecard:save', { groups, note });
      setNote('');
      setGroups(copy(view.current.groups));
      notifications.show({
        color: 'teal',
        message: t('scorecard.saved', { version: view.current.version }),
      });
    } catch (e) {
      setSaveError(e instanceof ApiCallError ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack>
      <RefreshProblem error={error} />
      <Group justify="space-between">
        <Title order={2}>{t('scorecard.title')}</Title>
        <Text c="dimmed" data-testid="scorecard-version">
          {t('scorecard.version', { version: data.current.version })}
        </Text>
      </Group>
      <Text size="sm" c="dimmed">
        {t('scorecard.intro')}
      </Text>
      <Text size="sm" c={total === 100 ? 'dimmed' : 'red'} data-testid="scorecard-total">
        {total === 100 ? t('scorecard.total', { total }) : t('scorecard.mustSum', { total })}
      </Text>
      {groups.map((g, gi) => {
        const shares = sum(g.measures.map((m) => m.share));
        return (
          <Card withBorder key={g.id} data-testid={`scorecard-group-${g.id}`}>
            <Group justify="space-between" mb="xs">
              <Text fw={600}>{groupName(t, g.id)}</Text>
              <NumberInput
                w={130}
                size="xs"
                label={t('scorecard.weight')}
                aria-label={`${groupName(t, g.id)} ${t('scorecard.weight')}`}
                value={g.weight}
                min={0}
                max={100}
                onChange={(v) => update(gi, (x) => (x.weight = num(v)))}
              />
            </Group>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  <Table.Th>{t('scorecard.share')}</Table.Th>
                  <Table.Th>{t('scorecard.full')}</Table.Th>
                  <Table.Th>{t('scorecard.zero')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {g.measures.map((m, mi) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>{measureName(t, m.id)}</Table.Td>
                    <Table.Td>
                      <NumberInput
                        size="xs"
                        w={100}
                        aria-label={`${measureName(t, m.id)} ${t('scorecard.share')}`}
                        value={m.share}
                        min={0}
                        max={100}
                        onChange={(v) =>
                          update(gi, (x) => x.measures[mi] && (x.measures[mi].share = num(v)))
                        }
                      />
                    </Table.Td>
                    {(['full', 'zero'] as const).map((edge) => (
                      <Table.Td key={edge}>
                        {m[edge] === undefined ? null : (
                          <NumberInput
                            size="xs"
                            w={100}
                            decimalScale={3}
                            aria-label={`${measureName(t, m.id)} ${t(edge === 'full' ? 'scorecard.full' : 'scorecard.zero')}`}
                            value={m[edge]}
                            onChange={(v) =>
                              update(gi, (x) => x.measures[mi] && (x.measures[mi][edge] = num(v)))
                            }
                          />
                        )}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {shares !== 100 ? (
              <Text size="xs" c="red" mt={4}>
                {t('scorecard.mustSum', { total: shares })}
              </Text>
            ) : null}
          </Card>
        );
      })}
      <Textarea
        label={t('scorecard.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      {saveError ? (
        <Alert color="red" role="alert">
          {saveError}
        </Alert>
      ) : null}
      <Group>
        <Button onClick={() => void save()} loading={saving}>
          {t('scorecard.save')}
        </Button>
        <Button variant="default" onClick={() => setGroups(copy(data.defaults.groups))}>
          {t('scorecard.reset')}
        </Button>
      </Group>
      <Card withBorder>
        <Text fw={600} mb="xs">
          {t('scorecard.history')}
        </Text>
        <Table>
          <Table.Tbody>
            {data.versions.map((v) => (
              <Table.Tr key={`${v.version}-${v.createdAt}`}>
                <Table.Td w={60}>v{v.version}</Table.Td>
                <Table.Td>
                  {v.createdAt ? i18n.dateTime(v.createdAt) : t('scorecard.builtIn')}
                </Table.Td>
                <Table.Td>{v.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}
