/**
 * The team's deck branding: company name, accent colour and logo, used on every QBR deck and
 * synced to the team. The logo is read here and sent as a data URL (PNG or JPEG, up to ~350 KB).
 */
import {
  Alert,
  Button,
  Card,
  ColorInput,
  FileInput,
  Group,
  Image,
  Loader,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { DeckBranding } from '../../../shared/api/deckViews';
import { mutate, useQuery } from '../../api/useApi';
import { useSubmit } from '../../api/useSubmit';
import { useI18n } from '../../i18n/i18nContext';

const MAX_LOGO_BYTES = 350 * 1024;

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

export function BrandingPage() {
  const { t } = useI18n();
  const { data } = useQuery('branding:get', {});
  const [draft, setDraft] = useState<DeckBranding | null>(null);
  const { error, busy, run, fail } = useSubmit();
  useEffect(() => {
    if (data && draft === null) setDraft(data);
  }, [data, draft]);
  if (!draft) return <Loader />;
  const pickLogo = async (file: File | null) => {
    if (!file) return setDraft({ ...draft, logo: '' });
    if (!['image/png', 'image/jpeg'].includes(file.type)) return fail(t('branding.logoType'));
    if (file.size > MAX_LOGO_BYTES) return fail(t('branding.logoSize'));
    setDraft({ ...draft, logo: await readDataUrl(file) });
  };
  const save = async () => {
    if (await run(() => mutate('branding:save', draft)))
      notifications.show({ color: 'teal', message: t('branding.saved') });
  };
  return (
    <Stack maw={720}>
      <Title order={2}>{t('branding.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('branding.intro')}
      </Text>
      <Card withBorder>
        <Stack>
          <TextInput
            label={t('branding.company')}
            value={draft.companyName}
            onChange={(e) => setDraft({ ...draft, companyName: e.currentTarget.value })}
          />
          <ColorInput
            label={t('branding.accent')}
            value={draft.accentColor}
            format="hex"
            onChange={(accentColor) => setDraft({ ...draft, accentColor })}
            // Enter or Escape after typing a colour closes the picker, as it does elsewhere.
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === 'Escape') e.currentTarget.blur();
            }}
          />
          <Group align="flex-end">
            <FileInput
              label={t('branding.logo')}
              placeholder={t('branding.logoPick')}
              accept="image/png,image/jpeg"
              onChange={(f) => void pickLogo(f)}
              clearable
              w={320}
            />
            {draft.logo ? (
              <>
                <Image src={draft.logo} h={48} w="auto" fit="contain" alt="" />
                <Button
                  variant="subtle"
                  color="red"
                  onClick={() => setDraft({ ...draft, logo: '' })}
                >
                  {t('branding.removeLogo')}
                </Button>
              </>
            ) : null}
          </Group>
          {error ? <Alert color="red">{error}</Alert> : null}
          <Group justify="flex-end">
            <Button loading={busy} onClick={() => void save()}>
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
