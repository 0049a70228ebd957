/**
 * Every link the report relies on, de-duplicated: the evidence column and every URL inside the results
 * columns of the measures sheet, and the evidence and answers of the forms' ledger (records staff excluded
 * are not in the report and are left out). Rows are named by their stable key (รหัสแถว, the ledger's
 * คีย์คำตอบ), never by their position: the cell is found again from the key when results are shown.
 */
import { HEADING_HEADER, LEDGER_HEADER, MAIN_WEBSITE_LABEL, MEASURE_HEADER, SHEET } from '../layout';
import { readLedger, type LedgerRead } from '../forms/ledger';
import { readTable, type Table } from '../sheet-table';
import { cellText, normaliseHeader, type WorkbookData } from '../workbook';
import { findUrls } from '../urls';
import { linkKey } from './url-parts';
import { sentBeforeYear } from '../forms/contributions';
import { parseConfig } from '../parse';

export interface LinkUse {
  sheet: string;
  /** รหัสแถว (measures) or คีย์คำตอบ (ledger). */
  key: string;
  /** Header of the column that holds the link. */
  header: string;
  /** The row's indicator is an OIT one: its links should be on the agency's main website. */
  oit: boolean;
}

export interface LinkTarget {
  url: string;
  uses: LinkUse[];
}

const MEASURE_COLUMNS = ['evidence', 'output', 'outcome', 'result'] as const;
const LEDGER_COLUMNS = ['evidence', 'done'] as const;

/** The main website from the config sheet ('' when the row is missing or empty). */
export function mainWebsite(data: WorkbookData): string {
  const label = normaliseHeader(MAIN_WEBSITE_LABEL);
  for (const [r, line] of (data[SHEET.config]?.values ?? []).entries()) {
    if (!Array.isArray(line) || normaliseHeader(line[0]) !== label) continue;
    return cellText(data[SHEET.config]?.links?.[r]?.[1]) || cellText(line[1]);
  }
  return '';
}

/** The links and the tables they came from (read once: findings.ts finds the cells in the same tables). */
export interface LinkSources {
  targets: LinkTarget[];
  measures: Table<keyof typeof MEASURE_HEADER>;
  ledger: LedgerRead;
}

export function collectLinks(data: WorkbookData): LinkTarget[] {
  return readLinkSources(data).targets;
}

export function readLinkSources(data: WorkbookData): LinkSources {
  const targets = new Map<string, LinkTarget>();
  const add = (url: string, use: LinkUse) => {
    const key = linkKey(url);
    const target = targets.get(key) ?? { url, uses: [] };
    targets.set(key, target);
    if (!target.uses.some((u) => u.sheet === use.sheet && u.key === use.key && u.header === use.header))
      target.uses.push(use);
  };

  const headings = readTable(SHEET.headings, data[SHEET.headings], HEADING_HEADER, ['code']);
  const oitCodes = new Set(
    headings.rows.filter((h) => h.text.tool.trim().toUpperCase() === 'OIT').map((h) => h.text.code),
  );
  const measures = readTable(SHEET.measures, data[SHEET.measures], MEASURE_HEADER, ['rowId']);
  const oitRows = new Set<string>();
  for (const row of measures.rows) {
    const key = row.text.rowId;
    if (key === '') continue;
    const oit = oitCodes.has(row.text.heading);
    if (oit) oitRows.add(key);
    for (const column of MEASURE_COLUMNS) {
      const text = [row.text[column], row.link[column] ?? ''].join('\n');
      for (const m of findUrls(text)) add(m.url, { sheet: SHEET.measures, key, header: MEASURE_HEADER[column], oit });
    }
  }

  const ledger = readLedger(data[SHEET.ledger]?.values);
  // An answer sent before the fiscal year (last year's, in a copied workbook) is not in the report: nor its links.
  const fiscalYear = parseConfig(data, []).config?.fiscalYear;
  for (const record of ledger.records) {
    if (record.excluded || (fiscalYear !== undefined && sentBeforeYear(record, fiscalYear))) continue;
    const oit = oitRows.has(record.rowId);
    for (const column of LEDGER_COLUMNS) {
      const text = column === 'evidence' ? record.evidence.join('\n') : record.done;
      for (const m of findUrls(text))
        add(m.url, { sheet: SHEET.ledger, key: record.key, header: LEDGER_HEADER[column], oit });
    }
  }
  return { targets: [...targets.values()], measures, ledger };
}
