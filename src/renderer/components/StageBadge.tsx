import { Badge } from '@mantine/core';
import type { LifecycleStage } from '../../shared/domain/enums';
import { useI18n } from '../i18n/i18nContext';

const COLORS: Record<LifecycleStage, string> = {
  onboarding: 'blue',
  adoption: 'cyan',
  steady: 'teal',
  renewal: 'orange',
  churned: 'gray',
};

export function StageBadge({ stage }: { stage: LifecycleStage }) {
  const { label } = useI18n();
  return (
    <Badge color={COLORS[stage]} variant="light">
      {label(stage)}
    </Badge>
  );
}
