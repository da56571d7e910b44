/**
 * Which entity a workbook's sheet holds, by its name: the entity's own name in English or
 * Chinese (`Accounts`, `客户`, `Contacts`, `联系人`, `Usage snapshots` …), or a word people use
 * for it, with endings such as "list" or "列表" ignored. Also the names Outpost's own workbook
 * export gives its sheets, which this reads back.
 */
import type { Lang } from '../../shared/format/formatters';
import { ENTITY_ALIASES, IMPORT_ENTITIES, type ImportEntity } from './importEntities';

const SHEET_TITLES: Record<ImportEntity, Record<Lang, string>> = {
  accounts: { en: 'Accounts', 'zh-CN': '客户' },
  stakeholders: { en: 'Stakeholders', 'zh-CN': '联系人' },
  contracts: { en: 'Contracts', 'zh-CN': '合同' },
  usage_snapshots: { en: 'Usage snapshots', 'zh-CN': '使用情况' },
  survey_responses: { en: 'Survey responses', 'zh-CN': '满意度调研' },
  support_tickets: { en: 'Support tickets', 'zh-CN': '工单' },
  expansion_opportunities: { en: 'Expansion opportunities', 'zh-CN': '扩展商机' },
  touchpoints: { en: 'Touchpoints', 'zh-CN': '互动记录' },
};

/** Names of sheets beyond the entity aliases, as Chinese and English workbooks write them. */
const MORE_NAMES: Record<string, ImportEntity> = {
  客户信息: 'accounts',
  公司: 'accounts',
  联系人信息: 'stakeholders',
  合同信息: 'contracts',
  用量: 'usage_snapshots',
  满意度: 'survey_responses',
  问卷: 'survey_responses',
  客户满意度: 'survey_responses',
  支持工单: 'support_tickets',
  售后工单: 'support_tickets',
  support: 'support_tickets',
  扩展机会: 'expansion_opportunities',
  增购机会: 'expansion_opportunities',
  跟进记录: 'touchpoints',
  沟通记录: 'touchpoints',
  互动: 'touchpoints',
  interactions: 'touchpoints',
};

/** The name Outpost's workbook export gives the entity's sheet, in the user's language. */
export function entitySheetName(entity: ImportEntity, lang: Lang): string {
  return SHEET_TITLES[entity][lang];
}

/** Every sheet name that is read as the entity (its titles and the words people use). */
export function entitySheetNames(entity: ImportEntity): string[] {
  const aliases = Object.entries({ ...ENTITY_ALIASES, ...MORE_NAMES })
    .filter(([, e]) => e === entity)
    .map(([name]) => name);
  return [...new Set([...Object.values(SHEET_TITLES[entity]), ...aliases])];
}

const BY_NAME = new Map<string, ImportEntity>();
for (const entity of IMPORT_ENTITIES) {
  BY_NAME.set(entity, entity);
  for (const title of Object.values(SHEET_TITLES[entity])) BY_NAME.set(keyOf(title), entity);
}
for (const [name, entity] of Object.entries({ ...ENTITY_ALIASES, ...MORE_NAMES }))
  BY_NAME.set(keyOf(name), entity);

function keyOf(name: string): string {
  return name
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}

/** Endings that do not change what a sheet holds: "Accounts list", "联系人列表", "Contacts (2)". */
const ENDINGS = /(?:_?\(\d+\)|_?\d+|_(?:list|export|data|report|sheet)|列表|清单|数据|表|明细)$/u;

/** The entity a sheet of this name holds, or null when the name says none. */
export function sheetEntity(name: string): ImportEntity | null {
  let key = keyOf(name);
  for (let i = 0; i < 3 && key !== ''; i++) {
    const entity = BY_NAME.get(key);
    if (entity) return entity;
    const shorter = key.replace(ENDINGS, '');
    if (shorter === key) break;
    key = shorter;
  }
  return null;
}
