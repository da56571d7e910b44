/**
 * The Import page (DESIGN.md §9 `import`, in the app): choose a file and what it holds → see how
 * it was read and which column fills which field → preview what will be created, updated and
 * skipped → import in one go → the result, with a link to the records and an Undo. Every step
 * before the last is a dry run: nothing is written until the user imports.
 */
import {
  Alert,
  Button,
  Group,
  Progress,
  Select,
  Stack,
  Stepper,
  Text,
  Title,
  FileInput,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { ImportPreviewView, ImportReportView } from '../../../shared/api/importViews';
import { IMPORT_ENTITIES, type ImportEntity } from '../../../shared/import/importEntityNames';
import { call } from '../../api/transport';
import { invalidateReads } from '../../api/queryClient';
import { ApiCallError } from '../../api/useApi';
import { useSubmit } from '../../api/useSubmit';
import { useI18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/en';
import { ImportColumns } from './ImportColumns';
import { ImportCounts } from './ImportCounts';
import { ImportHistory } from './ImportHistory';
import { ImportIssues } from './ImportIssues';
import { ImportPreviewStep } from './ImportPreviewStep';
import { ImportUndoButton } from './ImportUndoButton';
import { FIRST_CHOICES, type WizardChoices } from './importChoices';
import { uploadImportFile } from './uploadImportFile';
import { entityFromFileName } from './importWords';

export function ImportPage() {
  const { t, plural, lang, percent } = useI18n();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [uploadId, setUploadId] = useState('');
  const [sent, setSent] = useState<number | null>(null);
  const [choices, setChoices] = useState<WizardChoices>(FIRST_CHOICES);
  const [preview, setPreview] = useState<ImportPreviewView | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [result, setResult] = useState<ImportReportView | null>(null);
  const { error, busy, run, fail } = useSubmit();
  // Only the answer to the latest question counts (the user may change two things quickly).
  const asked = useRef(0);
  // The file on the page now: an upload of a file replaced meanwhile is let go.
  const current = useRef<File | null>(null);
  const uploaded = useRef('');
  useEffect(
    () => () => {
      // Leaving the page lets the upload go.
      if (uploaded.current) void call('import:discard', { uploadId: uploaded.current });
    },
    [],
  );

  const ask = async (id: string, next: WizardChoices) => {
    const token = ++asked.current;
    setPreviewing(true);
    const answer = await call('import:preview', { uploadId: id, ...next, lang });
    if (token !== asked.current) return;
    setPreviewing(false);
    if (answer.ok) setPreview(answer.data);
    else {
      // What was previewed is not what is chosen now: nothing may be imported from it.
      setPreview((old) => (old ? { ...old, report: null } : old));
      fail(answer.error.code === 'cancelled' ? t('import.stopped') : answer.error.message);
    }
  };
  const change = (patch: Partial<WizardChoices>) => {
    const next = { ...choices, ...patch };
    setChoices(next);
    void ask(uploadId, next);
  };
  const reset = (next: File | null) => {
    if (uploadId) void call('import:discard', { uploadId });
    asked.current++;
    current.current = next;
    uploaded.current = '';
    setUploadId('');
    setSent(null);
    setPreview(null);
    setResult(null);
    setFile(next);
    const guess = next ? entityFromFileName(next.name) : null;
    setChoices({ ...FIRST_CHOICES, entity: (guess as ImportEntity | null) ?? choices.entity });
    setStep(0);
  };
  const readFile = () =>
    run(async () => {
      if (!file) return;
      let id = uploadId;
      if (!id) {
        id = await uploadImportFile(file, setSent);
        if (current.current !== file) {
          void call('import:discard', { uploadId: id });
          return;
        }
        uploaded.current = id;
        setUploadId(id);
      }
      await ask(id, choices);
      setStep(1);
    });
  const importNow = () =>
    run(async () => {
      const answer = await call('import:run', { uploadId, ...choices, lang });
      if (!answer.ok)
        throw new ApiCallError(
          answer.error.code === 'cancelled'
            ? { ...answer.error, message: t('import.stopped') }
            : answer.error,
        );
      void invalidateReads();
      setResult(answer.data);
      setStep(3);
    });
  const report = preview?.report ?? null;
  const writable = report ? report.counts.create + report.counts.update : 0;

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={2}>{t('import.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('import.intro')}
        </Text>
      </Stack>
      <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={setStep}>
        <Stepper.Step label={t('import.step.file')}>
          <Stack gap="md" mt="md" maw={520}>
            <FileInput
              label={t('import.file')}
              description={t('import.fileHint')}
              placeholder={t('import.filePlaceholder')}
              accept=".csv,.txt,.tsv,.xlsx,text/csv"
              value={file}
              onChange={reset}
              disabled={busy}
              clearable
              data-testid="import-file"
            />
            <Select
              label={t('import.entity')}
              data={IMPORT_ENTITIES.map((e) => ({
                value: e,
                label: t(`import.entity.${e}` as MessageKey),
              }))}
              value={choices.entity}
              onChange={(v) =>
                v && setChoices({ ...choices, entity: v as ImportEntity, sheet: '', map: {} })
              }
              allowDeselect={false}
              data-testid="import-entity"
            />
            {sent !== null && file && sent < file.size ? (
              <Stack gap={4}>
                <Progress value={(100 * sent) / Math.max(1, file.size)} animated />
                <Text size="xs" c="dimmed">
                  {t('import.uploading', { percent: percent(sent / Math.max(1, file.size)) })}
                </Text>
              </Stack>
            ) : null}
            <Group>
              <Button onClick={() => void readFile()} disabled={!file} loading={busy}>
                {t('import.next')}
              </Button>
            </Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('import.step.mapping')}>
          {preview ? (
            <Stack gap="md" mt="md">
              <ImportColumns
                key={`${uploadId} ${choices.entity}`}
                preview={preview}
                choices={choices}
                change={change}
              />
              <Group>
                <Button variant="default" onClick={() => setStep(0)}>
                  {t('import.back')}
                </Button>
                <Button
                  onClick={() => setStep(2)}
                  disabled={!report || previewing}
                  loading={previewing}
                >
                  {t('import.next')}
                </Button>
              </Group>
            </Stack>
          ) : null}
        </Stepper.Step>
        <Stepper.Step label={t('import.step.preview')}>
          {report ? (
            <Stack gap="md" mt="md">
              <Text size="sm">{plural('import.rows', report.counts.rows)}</Text>
              <ImportPreviewStep
                report={report}
                overwrite={choices.overwrite}
                setOverwrite={(overwrite) => change({ overwrite })}
              />
              {writable === 0 ? <Alert color="gray">{t('import.nothingToImport')}</Alert> : null}
              <Group>
                <Button variant="default" onClick={() => setStep(1)}>
                  {t('import.back')}
                </Button>
                <Button
                  onClick={() => void importNow()}
                  disabled={writable === 0 || previewing}
                  loading={busy || previewing}
                  data-testid="import-run"
                >
                  {plural('import.run', writable)}
                </Button>
              </Group>
            </Stack>
          ) : null}
        </Stepper.Step>
        <Stepper.Completed>
          {result ? (
            <Stack gap="md" mt="md" data-testid="import-result">
              <Title order={3}>{t('import.doneTitle', { file: result.fileName })}</Title>
              <ImportCounts report={result} />
              {result.batchId ? null : <Text size="sm">{t('import.doneNothing')}</Text>}
              <ImportIssues report={result} />
              <Group>
                <Button component="a" href="#/portfolio" variant="light">
                  {t('import.openRecords')}
                </Button>
                {result.batchId ? (
                  <ImportUndoButton
                    batchId={result.batchId}
                    fileName={result.fileName}
                    onUndone={() => reset(null)}
                  />
                ) : null}
                <Button variant="default" onClick={() => reset(null)}>
                  {t('import.another')}
                </Button>
              </Group>
            </Stack>
          ) : null}
        </Stepper.Completed>
      </Stepper>
      {error ? (
        <Alert color="red" data-testid="import-error">
          {error}
        </Alert>
      ) : null}
      <ImportHistory />
    </Stack>
  );
}
