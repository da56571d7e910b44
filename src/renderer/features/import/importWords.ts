/** How the import page words fields, file problems and stored values, in the page's language. */
import type { ImportFileProblemView } from '../../../shared/api/importViews';
import { importFileText } from '../../../shared/messages/importText';
import { en, type MessageKey } from '../../i18n/en';
import type { I18n } from '../../i18n/i18nContext';

const isKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

export function fieldLabel(i18n: I18n, entity: string, field: string): string {
  for (const key of [`field.${entity}.${field}`, `field.${field}`])
    if (isKey(key)) return i18n.t(key);
  return field;
}

/** The app's own words where the CLI's name a flag (--map, --date-order). */
export function fileProblemText(i18n: I18n, problem: ImportFileProblemView): string {
  const key = `import.problem.${problem.code}`;
  if (isKey(key)) return i18n.t(key, problem.detail);
  return importFileText(i18n.lang, problem.code, problem.detail);
}

export function storedValueText(i18n: I18n, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => storedValueText(i18n, v)).join(', ');
  if (typeof value === 'boolean') return i18n.label(value ? 'yes' : 'no');
  if (typeof value === 'string') return i18n.label(value);
  if (typeof value === 'number') return i18n.number(value);
  return JSON.stringify(value);
}

export function delimiterText(i18n: I18n, delimiter: string): string {
  if (delimiter === ',') return i18n.t('import.delimiter.comma');
  if (delimiter === ';') return i18n.t('import.delimiter.semicolon');
  if (delimiter === '\t') return i18n.t('import.delimiter.tab');
  return JSON.stringify(delimiter);
}

/** The entity a file name suggests: "contacts.csv" holds contacts. */
export function entityFromFileName(name: string): string | null {
  const n = name.toLowerCase();
  const guesses: [RegExp, string][] = [
    [/contact|stakeholder|people|联系人/, 'stakeholders'],
    [/contract|subscription|合同/, 'contracts'],
    [/usage|使用/, 'usage_snapshots'],
    [/survey|nps|csat|调研|问卷/, 'survey_responses'],
    [/ticket|case|工单/, 'support_tickets'],
    [/opportunit|expansion|商机/, 'expansion_opportunities'],
    [/activit|touchpoint|meeting|拜访/, 'touchpoints'],
    [/account|compan|客户/, 'accounts'],
  ];
  return guesses.find(([re]) => re.test(n))?.[1] ?? null;
}
