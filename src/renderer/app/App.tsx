/** Providers, the first-start check and the page for the current route. */
import { Alert, Loader, MantineProvider, createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useQuery } from '../api/useApi';
import { hasCredentials } from '../api/transport';
import { AccountPage } from '../features/accounts/AccountPage';
import { PortfolioPage } from '../features/portfolio/PortfolioPage';
import { SearchPage } from '../features/search/SearchPage';
import { CalibrationPage } from '../features/health/CalibrationPage';
import { RiskBoardPage } from '../features/risk';
import { BrandingPage, ExchangeRatesPage, ScorecardSettingsPage } from '../features/settings';
import { PrintDeckPage } from '../features/qbr';
import { KpisPage } from '../features/kpis';
import { RenewalsPage } from '../features/renewals';
import { ConflictsPage, SyncSettingsPage } from '../features/sync';
import { TodayPage } from '../features/today';
import { WelcomePage } from '../features/welcome/WelcomePage';
import { I18nProvider, useI18n } from '../i18n/i18nContext';
import { ImportPage } from '../features/import';
import { BackupPage } from '../features/backup';
import { RecentlyDeletedPage } from '../features/deleted';
import { SecurityGate } from '../features/security';
import { DatesLanguageProvider } from '../components/DatesLanguageProvider';
import { AppLayout } from './AppLayout';
import { useRoute } from './router';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from '../api/queryClient';

const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
});

function Pages() {
  const { t } = useI18n();
  const route = useRoute();
  const info = useQuery('app:info', {});
  // Ask for the portfolio alongside app:info rather than after it: the page shares this request.
  useQuery('portfolio:list', {}, route.page === 'portfolio');
  const [skipWelcome, setSkipWelcome] = useState(false);
  if (info.error)
    return (
      <Alert color="red" m="xl" title={t('app.errorTitle')}>
        {info.error.message}
      </Alert>
    );
  if (!info.data) return <Loader m="xl" />;
  // The deck's print pages are the slides alone, with no app around them.
  if (route.page === 'printDeck') return <PrintDeckPage params={route.params} />;
  const page =
    info.data.firstStart && !skipWelcome && route.page === 'portfolio' ? (
      <WelcomePage onStartEmpty={() => setSkipWelcome(true)} />
    ) : route.page === 'account' ? (
      <AccountPage key={route.id} id={route.id} tab={route.tab} />
    ) : route.page === 'search' ? (
      <SearchPage q={route.q} />
    ) : route.page === 'sync' ? (
      <SyncSettingsPage />
    ) : route.page === 'conflicts' ? (
      <ConflictsPage />
    ) : route.page === 'today' ? (
      <TodayPage />
    ) : route.page === 'risk' ? (
      <RiskBoardPage />
    ) : route.page === 'calibration' ? (
      <CalibrationPage />
    ) : route.page === 'scorecard' ? (
      <ScorecardSettingsPage />
    ) : route.page === 'renewals' ? (
      <RenewalsPage />
    ) : route.page === 'kpis' ? (
      <KpisPage />
    ) : route.page === 'rates' ? (
      <ExchangeRatesPage />
    ) : route.page === 'branding' ? (
      <BrandingPage />
    ) : route.page === 'import' ? (
      <ImportPage />
    ) : route.page === 'backup' ? (
      <BackupPage />
    ) : route.page === 'deleted' ? (
      <RecentlyDeletedPage />
    ) : (
      <PortfolioPage />
    );
  return <AppLayout route={route}>{page}</AppLayout>;
}

/** The page needs the host's key first, then an open (set up, unlocked) database. */
function Root() {
  const { t } = useI18n();
  if (!hasCredentials())
    return (
      <Alert color="red" m="xl" title={t('app.noSecretTitle')}>
        {t('app.noSecret')}
      </Alert>
    );
  return (
    <SecurityGate>
      <Pages />
    </SecurityGate>
  );
}

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <DatesLanguageProvider>
            <Notifications position="bottom-right" />
            <Root />
          </DatesLanguageProvider>
        </I18nProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
