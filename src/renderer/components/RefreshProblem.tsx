/**
 * A read that failed after an earlier one succeeded: the page keeps showing what it had, and says
 * above it that it could not refresh, and why.
 */
import { Alert } from '@mantine/core';
import type { ApiError } from '../../shared/api/result';
import { useI18n } from '../i18n/i18nContext';

export function RefreshProblem({ error }: { error: ApiError | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <Alert color="yellow" data-testid="refresh-problem" title={t('read.staleTitle')}>
      {error.message}
    </Alert>
  );
}
