/**
 * One import entity's records as CSV in the columns the import reads (see entityColumns): UTF-8
 * with a BOM, amounts in major units of their row's currency, days as YYYY-MM-DD, yes/no, lists
 * joined with `;`. Text goes through the CSV writer that never lets it run as a formula; the
 * import takes its leading apostrophe off again.
 */
import type { EntityCell, EntityTable } from '../core/import/entityColumns';
import { minorDigitsOf, toMajor } from '../shared/domain/currencies';
import { CsvNumber, csvText, type CsvCell } from './csvText';

function csvCell(cell: EntityCell): CsvCell {
  if (cell === null || typeof cell === 'string') return cell;
  if (typeof cell === 'number') return CsvNumber.of(cell);
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  if ('date' in cell) return cell.date;
  return CsvNumber.of(toMajor(cell.minor, cell.currency), minorDigitsOf(cell.currency));
}

export function entityCsv(table: EntityTable): string {
  return csvText([table.columns.map((c) => c.header), ...table.rows.map((r) => r.map(csvCell))]);
}
