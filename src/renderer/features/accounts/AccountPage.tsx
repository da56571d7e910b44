/** One account: header with stage and actions, and a tab per part of the relationship. */
import { Alert, Anchor, Button, Group, Loader, Tabs, Text, Title } from '@mantine/core';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useQuery } from '../../api/useApi';
import { NEW_RECORD_EVENT, takeNewRecord } from '../../app/pendingNewRecord';
import { navigate } from '../../app/router';
import { newRecordDefaults } from './newRecordDefaults';
import { StageBadge } from '../../components/StageBadge';
import { useI18n } from '../../i18n/i18nContext';
import { deleteWithUndo } from '../records/deleteWithUndo';
import { ConfirmDeleteAccount } from '../deleted';
import { RecordModal, type EditTarget } from '../records/RecordModal';
import { ContractsTab } from './tabs/ContractsTab';
import { todayIso } from './tabs/tabProps';
import { QbrTab } from '../qbr';
import { HandoverTab } from './tabs/HandoverTab';
import { OverviewTab } from './tabs/OverviewTab';
import { SignalsTab } from './tabs/SignalsTab';
import { StakeholdersTab } from './tabs/StakeholdersTab';
import { SuccessPlanTab } from './tabs/SuccessPlanTab';
import { HealthBadge, HealthTab, NotScoredBadge } from '../health';

// Markdown rendering is only needed on this tab: load it when the tab opens.
const TouchpointsTab = lazy(() =>
  import('./tabs/TouchpointsTab').then((m) => ({ default: m.TouchpointsTab })),
);

export const ACCOUNT_TABS = [
  'overview',
  'health',
  'contracts',
  'stakeholders',
  'touchpoints',
  'plan',
  'signals',
  'handover',
  'qbr',
] as const;

export function AccountPage({ id, tab }: { id: string; tab: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { data, error, loading } = useQuery('accounts:detail', { id });
  const health = useQuery('health:account', { id });
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const loaded = data?.account;
  // "New touchpoint…" and the like from the palette, the menu or a shortcut.
  useEffect(() => {
    if (!loaded) return;
    const open = () => {
      const type = takeNewRecord();
      if (type) setEditing({ type, defaults: newRecordDefaults(type, loaded, todayIso()) });
    };
    open();
    window.addEventListener(NEW_RECORD_EVENT, open);
    return () => window.removeEventListener(NEW_RECORD_EVENT, open);
  }, [loaded]);
  const stakeholderChoices = useMemo(
    () => (data?.stakeholders ?? []).map((s) => ({ value: s.id, label: s.name })),
    [data],
  );
  const contractChoices = useMemo(
    () =>
      (data?.contracts ?? []).map((c) => ({
        value: c.id,
        label: `${i18n.date(c.startDate)} – ${i18n.date(c.endDate)} · ${i18n.money(c.arrMinor, c.currency)}`,
      })),
    [data, i18n],
  );

  if (error) {
    return (
      <Alert color="red" title={t('account.notFound')}>
        {error.message} <Anchor href="#/portfolio">{t('nav.portfolio')}</Anchor>
      </Alert>
    );
  }
  if (!data) return loading ? <Loader /> : null;
  const { account } = data;
  const tabProps = { detail: data, onEdit: setEditing };

  return (
    <>
      <Group justify="space-between" mb="md" wrap="nowrap">
        <div>
          <Group gap="sm">
            <Title order={2} data-testid="account-name">
              {account.name}
            </Title>
            <StageBadge stage={data.stage} />
            {health.data?.scored ? (
              <HealthBadge score={health.data.score} band={health.data.band} />
            ) : health.data ? (
              <NotScoredBadge reason={health.data.reason} />
            ) : null}
          </Group>
          <Text c="dimmed" size="sm">
            {[i18n.label(account.segment), account.industry, account.region, account.owner]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </div>
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => setEditing({ type: 'accounts', record: account })}
          >
            {t('account.edit')}
          </Button>
          <Button variant="light" color="red" onClick={() => setConfirmingDelete(true)}>
            {t('account.delete')}
          </Button>
          {confirmingDelete ? (
            <ConfirmDeleteAccount
              accountId={account.id}
              name={account.name}
              busy={deleting}
              onCancel={() => setConfirmingDelete(false)}
              onConfirm={() => {
                setDeleting(true);
                void deleteWithUndo(i18n, 'accounts', account.id, () =>
                  navigate({ page: 'account', id: account.id, tab }),
                ).then((deleted) => {
                  setDeleting(false);
                  setConfirmingDelete(false);
                  if (deleted) navigate({ page: 'portfolio' });
                });
              }}
            />
          ) : null}
        </Group>
      </Group>
      <Tabs
        value={tab}
        onChange={(next) => navigate({ page: 'account', id, tab: next ?? 'overview' })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {ACCOUNT_TABS.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`tab.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <OverviewTab {...tabProps} />
        </Tabs.Panel>
        <Tabs.Panel value="health">
          <HealthTab accountId={account.id} />
        </Tabs.Panel>
        <Tabs.Panel value="contracts">
          <ContractsTab {...tabProps} />
        </Tabs.Panel>
        <Tabs.Panel value="stakeholders">
          <StakeholdersTab {...tabProps} />
        </Tabs.Panel>
        <Tabs.Panel value="touchpoints">
          <Suspense fallback={<Loader />}>
            <TouchpointsTab {...tabProps} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="plan">
          <SuccessPlanTab {...tabProps} />
        </Tabs.Panel>
        <Tabs.Panel value="signals">
          <SignalsTab {...tabProps} />
        </Tabs.Panel>
        <Tabs.Panel value="handover">
          <HandoverTab {...tabProps} />
        </Tabs.Panel>
        <Tabs.Panel value="qbr">
          <QbrTab accountId={account.id} today={todayIso()} />
        </Tabs.Panel>
      </Tabs>
      <RecordModal
        target={editing}
        stakeholders={stakeholderChoices}
        contracts={contractChoices}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
