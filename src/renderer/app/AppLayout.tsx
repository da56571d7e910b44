/** The app shell: navigation, search, language and theme switches, and the page. */
import {
  ActionIcon,
  AppShell,
  Group,
  NavLink,
  SegmentedControl,
  Text,
  Title,
  Tooltip,
  useMantineColorScheme,
} from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { notifications } from '@mantine/notifications';
import { call } from '../api/transport';
import { mutate, useQuery } from '../api/useApi';
import { useI18n, LANGUAGES, type Language } from '../i18n/i18nContext';
import { RecordModal, type EditTarget } from '../features/records/RecordModal';
import { SyncStatusIndicator, syncNow } from '../features/sync';
import { LockButton } from '../features/security';
import { UpdateBanner } from '../features/shell/UpdateBanner';
import { TaskProgressPanel } from '../features/shell/TaskProgressPanel';
import { CommandPalette } from './CommandPalette';
import { useAppCommands, type CommandHandlers } from './useAppCommands';
import { requestNewRecord, TAB_OF_RECORD, type AccountRecordType } from './pendingNewRecord';
import { HeaderSearch } from './HeaderSearch';
import { navigate, routeHref, type Route } from './router';
import { writeOrTell } from '../components/writeOrTell';

export function AppLayout({ route, children }: { route: Route; children: ReactNode }) {
  const i18n = useI18n();
  const { t, lang, setLang, plural } = i18n;
  const { colorScheme, toggleColorScheme } = useMantineColorScheme();
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const { data: info } = useQuery('app:info', {});
  const searchInput = useRef<HTMLInputElement>(null);
  const [pickFor, setPickFor] = useState<AccountRecordType | null>(null);
  const handlers = useMemo<CommandHandlers>(
    () => ({
      newAccount: () => setEditing({ type: 'accounts', defaults: { segment: 'mid_market' } }),
      newRecord: (type) => {
        if (route.page === 'account') {
          navigate({ page: 'account', id: route.id, tab: TAB_OF_RECORD[type] });
          requestNewRecord(type);
        } else {
          // After the palette has closed on the click that asked for it: it opens again to ask.
          setTimeout(() => {
            setPickFor(type);
            spotlight.open();
          }, 0);
        }
      },
      toggleDarkMode: toggleColorScheme,
      toggleLanguage: () => setLang(lang === 'en' ? 'zh-CN' : 'en'),
      focusSearch: () => {
        searchInput.current?.focus();
        searchInput.current?.select();
      },
      syncNow: () =>
        void syncNow().then((status) => {
          if (status?.state === 'not_configured') navigate({ page: 'sync' });
        }),
      recomputeHealth: () =>
        void writeOrTell(i18n, () => mutate('health:refresh', {})).then(
          (done) =>
            done &&
            notifications.show({
              color: 'teal',
              message: plural('palette.healthRecomputed', done.scored),
            }),
        ),
    }),
    [route, lang, setLang, toggleColorScheme, plural, i18n],
  );
  useAppCommands(handlers);
  // The desktop menu speaks the app's language.
  useEffect(() => window.outpost?.setMenuLanguage?.(lang), [lang]);
  // Back online (or awake): sync at once rather than at the next scheduled round.
  useEffect(() => {
    const back = () => void call('sync:networkBack', {});
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, []);
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'sm' }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Title order={3}>Outpost</Title>
            <Text size="xs" c="dimmed" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <HeaderSearch route={route} inputRef={searchInput} />
          <Group gap="xs" wrap="nowrap">
            <SyncStatusIndicator />
            <LockButton />
            <Tooltip label={t('palette.open')}>
              <ActionIcon
                variant="default"
                size="lg"
                onClick={() => spotlight.open()}
                aria-label={t('palette.open')}
              >
                ⌘
              </ActionIcon>
            </Tooltip>
            <SegmentedControl
              size="xs"
              aria-label={t('app.language')}
              value={lang}
              onChange={(v) => setLang(v as Language)}
              data={LANGUAGES}
            />
            <Tooltip label={t('app.toggleTheme')}>
              <ActionIcon
                variant="default"
                size="lg"
                onClick={toggleColorScheme}
                aria-label={t('app.toggleTheme')}
              >
                {colorScheme === 'dark' ? '☀' : '☾'}
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <NavLink href="#/today" label={t('nav.today')} active={route.page === 'today'} />
        <NavLink
          href="#/portfolio"
          label={t('nav.portfolio')}
          active={route.page === 'portfolio' || route.page === 'account'}
        />
        <NavLink
          href={route.page === 'search' ? routeHref(route) : '#/search?q='}
          label={t('nav.search')}
          active={route.page === 'search'}
        />
        <NavLink href="#/renewals" label={t('nav.renewals')} active={route.page === 'renewals'} />
        <NavLink href="#/kpis" label={t('nav.kpis')} active={route.page === 'kpis'} />
        <NavLink href="#/risk" label={t('nav.risk')} active={route.page === 'risk'} />
        <NavLink
          href="#/calibration"
          label={t('nav.calibration')}
          active={route.page === 'calibration'}
        />
        <NavLink
          href="#/conflicts"
          label={t('nav.conflicts')}
          active={route.page === 'conflicts'}
        />
        <NavLink
          href="#/scorecard"
          label={t('nav.scorecard')}
          active={route.page === 'scorecard'}
        />
        <NavLink href="#/import" label={t('nav.import')} active={route.page === 'import'} />
        <NavLink href="#/rates" label={t('nav.rates')} active={route.page === 'rates'} />
        <NavLink href="#/branding" label={t('nav.branding')} active={route.page === 'branding'} />
        <NavLink href="#/sync" label={t('nav.sync')} active={route.page === 'sync'} />
        <NavLink href="#/backup" label={t('nav.backup')} active={route.page === 'backup'} />
        <NavLink href="#/deleted" label={t('nav.deleted')} active={route.page === 'deleted'} />
        {info ? (
          <Text
            size="xs"
            c="dimmed"
            mt="auto"
            p="xs"
            style={{ wordBreak: 'break-all' }}
            title={info.dbFile}
          >
            {t('app.database')}: {info.dbFile}
          </Text>
        ) : null}
      </AppShell.Navbar>
      <AppShell.Main>
        <UpdateBanner />
        {children}
      </AppShell.Main>
      <TaskProgressPanel />
      <CommandPalette
        handlers={handlers}
        pickFor={pickFor}
        onPicked={(id) => {
          if (!pickFor) return;
          navigate({ page: 'account', id, tab: TAB_OF_RECORD[pickFor] });
          requestNewRecord(pickFor);
          setPickFor(null);
          spotlight.close();
        }}
        onClose={() => setPickFor(null)}
      />
      <RecordModal
        target={editing}
        onClose={() => setEditing(null)}
        onCreated={(r) => navigate({ page: 'account', id: r.id, tab: 'overview' })}
      />
    </AppShell>
  );
}
