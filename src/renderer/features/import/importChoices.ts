import type { Currency } from '../../../shared/domain/enums';
import type { ImportEntity } from '../../../shared/import/importEntityNames';

/** The user's choices for one import: what the preview and the import are asked with. */
export interface WizardChoices {
  entity: ImportEntity;
  sheet: string;
  encoding: '' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  source: string;
  map: Record<string, string>;
  dateOrder: '' | 'dmy' | 'mdy';
  currency: Currency | '';
  overwrite: boolean;
}

export const FIRST_CHOICES: WizardChoices = {
  entity: 'accounts',
  sheet: '',
  encoding: '',
  source: '',
  map: {},
  dateOrder: '',
  currency: '',
  overwrite: false,
};
