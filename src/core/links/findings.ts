/**
 * The latest link results as findings on the cells that hold the links, read from the results sheet (no
 * fetching): validation and generateReport show them, so the marks of a link check are never wiped by the
 * next validation. A row whose cell no longer holds the URL is stale and shown no more.
 */
import type { Finding } from '../findings';
import { LEDGER_HEADER, MEASURE_HEADER, SHEET } from '../layout';
import type { WorkbookData } from '../workbook';
import { readLinkSources, type LinkSources } from './collect';
import { readLinkSheet } from './results-sheet';
import { isOpenable, STATUS_TH } from './status';
import { linkKey } from './url-parts';

const useKey = (url: string, sheet: string, key: string, header: string) =>
  `${linkKey(url)}\u0000${sheet}\u0000${key}\u0000${header}`;

export function linkFindings(data: WorkbookData): Finding[] {
  const rows = readLinkSheet(data[SHEET.links]?.values);
  if (rows.length === 0) return [];
  const sources = readLinkSources(data);
  const current = new Set<string>();
  for (const t of sources.targets) for (const u of t.uses) current.add(useKey(t.url, u.sheet, u.key, u.header));

  const cells = cellFinder(sources);
  const out: Finding[] = [];
  for (const { use, result, note } of rows) {
    if (!current.has(useKey(result.url, use.sheet, use.key, use.header))) continue;
    const at = cells(use.sheet, use.key, use.header);
    if (!at) continue;
    const problem = result.status !== 'pending' && (!isOpenable(result.status) || result.status === 'moved');
    const url = result.url.length > 90 ? `${result.url.slice(0, 90)}…` : result.url;
    if (problem) {
      out.push({
        severity: 'warning',
        rule: `link-${result.status}`,
        ...at,
        header: use.header,
        messageTh: `ลิงก์ ${url} — ${STATUS_TH[result.status]}: ${result.detail} (ผลจากชีต "${SHEET.links}")`,
        messageEn: `Link ${result.url}: ${result.status}`,
      });
    }
    if (note) {
      out.push({
        severity: 'warning',
        rule: 'link-off-site',
        ...at,
        header: use.header,
        messageTh: `ลิงก์ ${url} — ${note}`,
        messageEn: `OIT link off the main website: ${result.url}`,
      });
    }
  }
  return out;
}

/** Sheet row and column of (sheet, key, header), found by key and header text, never by a stored position. */
export function cellFinder({
  measures,
  ledger,
}: LinkSources): (
  sheet: string,
  key: string,
  header: string,
) => { sheet: string; row: number; column: number } | undefined {
  const measureRow = new Map<string, number>();
  for (const r of measures.rows)
    if (r.text.rowId !== '' && !measureRow.has(r.text.rowId)) measureRow.set(r.text.rowId, r.row);
  const measureColumn = new Map<string, number | undefined>(
    Object.entries(MEASURE_HEADER).map(([k, h]) => [h, measures.columns[k as keyof typeof MEASURE_HEADER]]),
  );
  const ledgerRow = new Map(ledger.records.map((r, i) => [r.key, ledger.rows[i]]));
  const ledgerColumn = new Map(Object.values(LEDGER_HEADER).map((h, i) => [h as string, i + 1]));
  return (sheet, key, header) => {
    const row =
      sheet === SHEET.measures ? measureRow.get(key) : sheet === SHEET.ledger ? ledgerRow.get(key) : undefined;
    const column =
      sheet === SHEET.measures
        ? measureColumn.get(header)
        : sheet === SHEET.ledger
          ? ledgerColumn.get(header)
          : undefined;
    return row && column ? { sheet, row, column } : undefined;
  };
}
