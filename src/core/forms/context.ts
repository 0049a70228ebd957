/**
 * The workbook an answer is checked against, from the config, units and measures sheets' values.
 * Row ids are read leniently (any non-blank รหัสแถว cell), so an answer naming a row that has another
 * problem is not mistaken for one naming a deleted row.
 */
import { MEASURE_HEADER, SHEET } from '../layout';
import { parseWorkbook, type ParsedWorkbook } from '../parse';
import { readTable } from '../sheet-table';
import type { WorkbookData } from '../workbook';
import type { AnswerContext } from './answer';
import { rowLabels } from './questions';

export function answerContext(data: WorkbookData, parsed: ParsedWorkbook = parseWorkbook(data)): AnswerContext {
  const table = readTable(SHEET.measures, data[SHEET.measures], { rowId: MEASURE_HEADER.rowId }, ['rowId']);
  const rowIds = new Set(table.rows.map((r) => r.text.rowId).filter((id) => id !== ''));
  const style = parsed.config?.digitStyle ?? 'thai';
  const labels = new Map(rowLabels(parsed, style).map((l) => [l.label.replace(/\s+/g, ' ').trim(), l.rowId]));
  return { units: parsed.units.map((u) => u.value), rowIds, labels, config: parsed.config };
}
