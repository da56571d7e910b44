/**
 * The column headers of the exports people really have — Salesforce (API names of Data Loader and
 * weekly exports, and the labels of report exports), HubSpot, Chinese CRMs and spreadsheets, and
 * Outpost's own field names — and which field of each entity they fill. A file is recognised by
 * how many of its headers a profile knows; the mapping it proposes is shown and can be changed.
 */
import { ENTITY_FIELDS, type ImportEntity } from './importEntities';

export const IMPORT_SOURCES = ['salesforce', 'hubspot', 'zh_crm', 'outpost'] as const;
export type KnownSource = (typeof IMPORT_SOURCES)[number];

type HeaderMap = Record<string, string>;
type Profile = Partial<Record<ImportEntity, HeaderMap>>;

/** Headers compared as people mean them: case, spacing, full-width forms and marks ignored. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/^\ufeff/, '')
    .replace(/[*:：]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const ZH_ACCOUNT_LINK: HeaderMap = {
  客户名称: 'accountName',
  客户: 'accountName',
  公司名称: 'accountName',
  所属客户: 'accountName',
  客户编号: 'accountExternalId',
  客户id: 'accountExternalId',
};

const PROFILES: Record<KnownSource, Profile> = {
  salesforce: {
    accounts: {
      id: 'externalId',
      'account id': 'externalId',
      name: 'name',
      'account name': 'name',
      industry: 'industry',
      billingcity: 'region',
      billingcountry: 'region',
      'billing city': 'region',
      'billing country': 'region',
      website: 'website',
      ownerid: 'owner',
      'account owner': 'owner',
      description: 'notes',
    },
    stakeholders: {
      id: 'externalId',
      'contact id': 'externalId',
      accountid: 'accountExternalId',
      'account id': 'accountExternalId',
      'account name': 'accountName',
      firstname: 'firstName',
      lastname: 'lastName',
      'first name': 'firstName',
      'last name': 'lastName',
      name: 'name',
      'full name': 'name',
      email: 'email',
      title: 'title',
      phone: 'phone',
      mobilephone: 'phone',
      mobile: 'phone',
    },
  },
  hubspot: {
    accounts: {
      'record id': 'externalId',
      'company name': 'name',
      'company owner': 'owner',
      city: 'region',
      'country/region': 'region',
      industry: 'industry',
      'company domain name': 'website',
      'website url': 'website',
      description: 'notes',
    },
    stakeholders: {
      'record id': 'externalId',
      'first name': 'firstName',
      'last name': 'lastName',
      email: 'email',
      'phone number': 'phone',
      'mobile phone number': 'phone',
      'job title': 'title',
      'primary associated company id': 'accountExternalId',
      'associated company': 'accountName',
    },
  },
  zh_crm: {
    accounts: {
      客户名称: 'name',
      公司名称: 'name',
      客户编号: 'externalId',
      客户id: 'externalId',
      负责人: 'owner',
      客户负责人: 'owner',
      客户经理: 'owner',
      所属行业: 'industry',
      行业: 'industry',
      区域: 'region',
      地区: 'region',
      城市: 'region',
      客户等级: 'segment',
      客户类型: 'segment',
      币种: 'currency',
      官网: 'website',
      网址: 'website',
      标签: 'tags',
      备注: 'notes',
    },
    stakeholders: {
      ...ZH_ACCOUNT_LINK,
      联系人: 'name',
      联系人姓名: 'name',
      姓名: 'name',
      联系人编号: 'externalId',
      职务: 'title',
      职位: 'title',
      手机: 'phone',
      手机号: 'phone',
      电话: 'phone',
      联系电话: 'phone',
      邮箱: 'email',
      电子邮箱: 'email',
      角色: 'role',
      影响力: 'influence',
    },
    contracts: {
      ...ZH_ACCOUNT_LINK,
      合同编号: 'externalId',
      合同开始日期: 'startDate',
      开始日期: 'startDate',
      合同结束日期: 'endDate',
      结束日期: 'endDate',
      到期日期: 'endDate',
      合同金额: 'contractValue',
      年度经常性收入: 'arrMinor',
      arr: 'arrMinor',
      币种: 'currency',
      席位数: 'seats',
      席位: 'seats',
      购买模块: 'modules',
      合同状态: 'status',
      付款方式: 'paymentTerms',
      折扣: 'discountPct',
    },
  },
  outpost: {},
};

/** Outpost's own names: each field as written (`startDate`), in words (`start date`), and ids. */
function outpostHeaders(entity: ImportEntity): HeaderMap {
  const map: HeaderMap = {};
  for (const { field } of ENTITY_FIELDS[entity]) {
    map[field.toLowerCase()] = field;
    map[field.replace(/([A-Z])/g, ' $1').toLowerCase()] = field;
  }
  const fields = new Set(Object.values(map));
  if (fields.has('arrMinor')) map.arr = 'arrMinor';
  if (fields.has('amountMinor')) map.amount = 'amountMinor';
  if (fields.has('accountName')) map.account = 'accountName';
  return map;
}

function profileFor(source: KnownSource, entity: ImportEntity): HeaderMap {
  return source === 'outpost' ? outpostHeaders(entity) : (PROFILES[source][entity] ?? {});
}

export interface ProposedMapping {
  /** The source the headers look like, or null when none knows at least two of them. */
  source: KnownSource | null;
  /** One entry per column: the field it fills, or null (not imported). */
  fields: (string | null)[];
}

/** The profile that knows the most headers of the file for the entity (at least two). */
export function proposeMapping(headers: readonly string[], entity: ImportEntity): ProposedMapping {
  const normalized = headers.map(normalizeHeader);
  let best: { source: KnownSource; known: number } | null = null;
  for (const source of IMPORT_SOURCES) {
    const map = profileFor(source, entity);
    const known = normalized.filter((h) => h in map).length;
    if (known >= 2 && (!best || known > best.known)) best = { source, known };
  }
  const map = best ? profileFor(best.source, entity) : {};
  const taken = new Set<string>();
  const fields = normalized.map((h) => {
    const field = map[h] ?? null;
    if (!field) return null;
    // A field filled by several columns (city and country) keeps them all; others the first.
    const several = ENTITY_FIELDS[entity].find((f) => f.field === field)?.several;
    if (taken.has(field) && !several) return null;
    taken.add(field);
    return field;
  });
  return { source: best?.source ?? null, fields };
}

/** Whether any profile knows the header (how a header row is told from a title row). */
export function isKnownHeader(cell: string): boolean {
  const h = normalizeHeader(cell);
  if (h === '') return false;
  return (
    IMPORT_SOURCES.some((source) => Object.values(PROFILES[source]).some((map) => h in map)) ||
    Object.keys(ENTITY_FIELDS).some((e) => h in outpostHeaders(e as ImportEntity))
  );
}

/**
 * The id of a record in its source, as stored: `salesforce:0015g00000XyZab` — Salesforce's
 * 18-character ids are its 15-character ids plus a checksum, so both forms name one record.
 * An id in a file of Outpost's own columns that already names its source is stored as it is.
 */
export function externalKey(source: string, id: string): string {
  let value = id.trim();
  // Outpost's own export writes each record's key as stored (`salesforce:0015g…`): kept as it is,
  // so an export imported again finds the same records.
  const prefix = value.slice(0, Math.max(value.indexOf(':'), 0));
  if (source === 'outpost' && prefix !== '' && prefix === prefix.trim().toLowerCase()) return value;
  if (source === 'salesforce' && /^[A-Za-z0-9]{18}$/.test(value)) value = value.slice(0, 15);
  return `${source}:${value}`;
}
