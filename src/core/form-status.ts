/**
 * [publish] The status the forms give each row, for the report's summary (report-summary.ts): from the
 * ledger's public record fields only (rowId, round, status, timestamp) and the forms' own "usable" rule.
 */
import { usable } from './forms/contributions';
import type { LedgerRecord } from './forms/ledger';
import { KNOWN_STATUSES, measureStatus, type SummaryStatus } from './report-summary';
import type { Round } from './thai';

/**
 * Per row id, the status its usable form answers give: each unit's latest answer that gives one (by the ledger's
 * timestamp, "YYYY-MM-DD HH:mm:ss", which sorts as text), the units' statuses combined as a measure's rows are
 * (measureStatus: done only when every unit is …). A row several units report (ทุกสำนัก/หน่วย, "A + B") is not
 * done because the last unit to answer is. Only answers the report itself would use count.
 */
export function formStatuses(records: readonly LedgerRecord[], round: Round): Map<string, string> {
  const latest = new Map<string, Map<string, LedgerRecord>>();
  for (const r of records) {
    if (!usable(r, round) || !KNOWN_STATUSES.has(r.status)) continue;
    const units = latest.get(r.rowId) ?? new Map<string, LedgerRecord>();
    latest.set(r.rowId, units);
    const seen = units.get(r.unit);
    if (!seen || r.timestamp > seen.timestamp) units.set(r.unit, r);
  }
  return new Map(
    [...latest].map(([rowId, units]) => [
      rowId,
      measureStatus([...units.values()].map((r) => r.status as SummaryStatus)),
    ]),
  );
}
