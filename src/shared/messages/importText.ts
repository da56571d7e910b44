/**
 * What an import says about a file or a row, in English and Chinese: one table for the CLI and
 * the app. `{x}` placeholders take the details of the problem (the column, the line, the value).
 */
import type { Lang } from '../format/formatters';

type Texts = Record<string, [en: string, zh: string]>;

const FILE_PROBLEMS: Texts = {
  empty: ['The file is empty.', '文件是空的。'],
  binary: [
    'This is not a text (CSV) file — it looks like a spreadsheet, PDF or other binary file. Save it as CSV first.',
    '这不是文本（CSV）文件，看起来是表格、PDF 或其他二进制文件。请先另存为 CSV。',
  ],
  invalidText: [
    'The file is not valid {encoding} text (near byte {byte}). Choose its encoding (UTF-8 or GB18030) and try again.',
    '文件不是有效的 {encoding} 文本（约第 {byte} 字节处）。请选择文件编码（UTF-8 或 GB18030）后重试。',
  ],
  noHeader: ['No header row was found in the file.', '文件中没有找到表头行。'],
  noRows: [
    'The file has a header row but no rows under it: nothing to import.',
    '文件只有表头，没有数据行，没有可导入的内容。',
  ],
  tooLarge: [
    'The file is too large to import (more than 1 GB).',
    '文件太大，无法导入（超过 1 GB）。',
  ],
  unclosedQuote: [
    'A quoted field that starts on line {line} is never closed.',
    '第 {line} 行开始的引号字段没有闭合。',
  ],
  tooManyColumns: ['Line {line} has more than 1,000 columns.', '第 {line} 行超过 1,000 列。'],
  cellTooLong: [
    'A cell on line {line} is longer than 100,000 characters.',
    '第 {line} 行有单元格超过 100,000 个字符。',
  ],
  unknownHeader: ['The file has no column "{header}".', '文件中没有“{header}”列。'],
  unknownField: [
    '"{field}" is not a field that can be imported here.',
    '“{field}”不是可以导入的字段。',
  ],
  nothingMapped: [
    'No column of the file is mapped to a field. Map columns with --map "Header=field".',
    '文件中没有任何列对应到字段。请用 --map "表头=字段" 指定对应关系。',
  ],
  noAccountColumn: [
    'No column names the account (its id in the source or its name). Map one with --map "Header=accountName".',
    '没有指明所属客户的列（客户编号或客户名称）。请用 --map "表头=accountName" 指定。',
  ],
  dateOrderConflict: [
    'The dates in column "{column}" are written both day-first and month-first.',
    '“{column}”列的日期既有日在前也有月在前的写法。',
  ],
  dateOrderUnknown: [
    'The dates in column "{column}" (such as {example}) can be read day-first or month-first. Say which with --date-order dmy or mdy.',
    '“{column}”列的日期（如 {example}）既可按日/月也可按月/日理解。请用 --date-order dmy 或 mdy 指明。',
  ],
  notAWorkbook: [
    'The file is not an Excel workbook (.xlsx), or it is damaged. Open it in a spreadsheet and save it as .xlsx again, or save the sheet as CSV.',
    '该文件不是 Excel 工作簿（.xlsx），或已损坏。请用表格软件打开后重新另存为 .xlsx，或将工作表另存为 CSV。',
  ],
  oldWorkbook: [
    'This is an Excel 97–2003 (.xls) or password-protected workbook. Save it as .xlsx without a password and try again.',
    '这是 Excel 97–2003（.xls）格式或设有密码的工作簿。请另存为不带密码的 .xlsx 后重试。',
  ],
  workbookTooLarge: [
    'The workbook is too large to import (more than {mb} MB). Save each sheet as CSV and import those.',
    '工作簿太大，无法导入（超过 {mb} MB）。请将各工作表另存为 CSV 后分别导入。',
  ],
  sheetNotFound: [
    'The workbook has no sheet "{sheet}". Its sheets: {sheets}.',
    '工作簿中没有名为“{sheet}”的工作表。现有工作表：{sheets}。',
  ],
  noSheetForEntity: [
    'No sheet of the workbook is named for {entity} (such as {names}). Its sheets: {sheets}. Name the sheet to import with --sheet NAME.',
    '工作簿中没有对应 {entity} 的工作表（如 {names}）。现有工作表：{sheets}。请用 --sheet 名称 指定要导入的工作表。',
  ],
  noEntitySheets: [
    'No sheet of the workbook is named for something Outpost imports (Accounts, Contacts, Contracts …). Its sheets: {sheets}.',
    '工作簿中没有以可导入内容命名的工作表（如 客户、联系人、合同 …）。现有工作表：{sheets}。',
  ],
  sheetEntityUnknown: [
    "The sheet's name does not say what it holds; choose the entity to import it as.",
    '工作表名称看不出其中是什么数据；请选择要导入的类型。',
  ],
  sheetOtherEntity: [
    'The sheet is named for {entity}, not for what you chose to import; choose its sheet or change what the file holds.',
    '该工作表对应的是 {entity}，与所选的导入内容不符；请选择对应的工作表，或更改文件内容类型。',
  ],
};

/** Said before a problem found in one sheet of a workbook. */
const IN_SHEET: [en: string, zh: string] = ['Sheet "{sheet}": ', '工作表“{sheet}”：'];

const ROW_PROBLEMS: Texts = {
  invalidDate: ['is not a date', '不是有效日期'],
  ambiguousDate: ['can be read day-first or month-first', '无法确定日和月的顺序'],
  notANumber: ['is not a number', '不是数字'],
  notAWholeNumber: ['is not a whole number', '不是整数'],
  unknownValue: ['is not one of the allowed values', '不是允许的取值'],
  unknownCurrency: ['is not a known currency', '不是支持的币种'],
  notYesNo: ['is not yes or no', '不是“是”或“否”'],
  formula: ['looks like a spreadsheet formula and was not imported', '看起来是表格公式，未导入'],
  duplicateId: ['the same id appears on an earlier line', '与前面某行的编号重复'],
  duplicateRow: ['names the same record as an earlier line', '与前面某行是同一条记录'],
  unknownAccount: ['names no account in Outpost', '在 Outpost 中找不到该客户'],
  ambiguousAccount: ['names more than one account', '对应多个同名客户'],
  severalPeople: [
    'names more than one person: give each contact a row of their own',
    '包含多个人名：请每位联系人单独一行',
  ],
  required: ['is required', '不能为空'],
  tooLong: ['is too long', '太长'],
  invalidEmail: ['is not an email address', '不是有效的邮箱地址'],
  endBeforeStart: ['is before the start date', '早于开始日期'],
  outOfRange: ['is outside the allowed range', '超出允许范围'],
  percentRange: ['must be between 0 and 100', '必须在 0 到 100 之间'],
  mustNotBeNegative: ['must not be negative', '不能为负数'],
  'money.empty': ['is empty', '为空'],
  'money.notANumber': ['is not an amount', '不是金额'],
  'money.ambiguous': ['is an ambiguous amount', '金额写法有歧义'],
  'money.europeanFormat': ['is written the European way (1.000,00)', '使用了欧洲写法（1.000,00）'],
  'money.badGrouping': ['has misplaced thousands separators', '千位分隔符位置不对'],
  'money.tooManyDecimals': [
    'has too many decimals for its currency',
    '小数位数超过该币种允许的位数',
  ],
  'money.negative': ['must not be negative', '不能为负数'],
  'money.wrongCurrency': ["has another currency's sign", '带有其他币种的符号'],
  'money.tooLarge': ['is too large', '金额太大'],
};

const fill = (text: string, detail: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(detail[key] ?? ''));

export function importFileText(
  lang: Lang,
  problem: string,
  detail: Record<string, string | number> = {},
): string {
  const i = lang === 'zh-CN' ? 1 : 0;
  const text = FILE_PROBLEMS[problem]?.[i] ?? problem;
  const where = detail.sheet !== undefined && !text.includes('{sheet}') ? IN_SHEET[i] : '';
  return fill(where + text, detail);
}

/** One row problem: `Line 12, column "Email": "x@" is not an email address`. */
export function importRowText(
  lang: Lang,
  issue: { line: number; column: string; problem: string; value: string },
): string {
  const texts = ROW_PROBLEMS[issue.problem];
  const what = texts ? texts[lang === 'zh-CN' ? 1 : 0] : issue.problem;
  if (issue.problem === 'duplicateRow')
    return lang === 'zh-CN'
      ? `第 ${issue.line} 行：与第 ${issue.value} 行是同一条记录，已跳过`
      : `Line ${issue.line}: the same record as line ${issue.value}, skipped`;
  if (issue.problem === 'duplicateId') {
    const [id, first] = issue.value.split(' ');
    return lang === 'zh-CN'
      ? `第 ${issue.line} 行：编号“${id}”与第 ${first} 行重复`
      : `Line ${issue.line}: the id "${id}" already appears on line ${first}`;
  }
  return lang === 'zh-CN'
    ? `第 ${issue.line} 行，“${issue.column}”列：“${issue.value}”${what}`
    : `Line ${issue.line}, column "${issue.column}": "${issue.value}" ${what}`;
}
