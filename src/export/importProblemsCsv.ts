/**
 * The rows an import skipped, as CSV for a spreadsheet: line, column, problem code, the value as
 * the file had it and the message in the user's language. The values come from someone else's
 * file, so they go through the CSV writer that never lets text run as a formula.
 */
import { importRowText } from '../shared/messages/importText';
import type { Lang } from '../shared/format/formatters';
import { CsvNumber, csvText } from './csvText';

export interface ImportProblem {
  line: number;
  column: string;
  problem: string;
  value: string;
}

export function importProblemsCsv(lang: Lang, issues: readonly ImportProblem[]): string {
  const header =
    lang === 'zh-CN'
      ? ['行', '列', '问题', '值', '说明']
      : ['line', 'column', 'problem', 'value', 'message'];
  return csvText([
    header,
    ...issues.map((i) => [
      CsvNumber.of(i.line),
      i.column,
      i.problem,
      i.value,
      importRowText(lang, i),
    ]),
  ]);
}
