/**
 * [publish] The status the forms give each row, for the report's summary (report-summary.ts): from the
 * ledger's public record fields only (rowId, round, status, timestamp) and the forms' own "usable" rule.
 */
import { usable } from './forms/contributions';
import type { LedgerRecord } from './forms/ledger';
import { KNOWN_STATUSES } from './report-summary';
import type { Round } from './thai';

/**
 * Per row id, the status of its latest usable form answer that gives one (by the ledger's timestamp,
 * "YYYY-MM-DD HH:mm:ss", which sorts as text). Only answers the report itself would use count.
 */
export function formStatuses(records: readonly LedgerRecord[], round: Round): Map<string, string> {
  const latest = new Map<string, LedgerRecord>();
  for (const r of records) {
    if (!usable(r, round) || !KNOWN_STATUSES.has(r.status)) continue;
    const seen = latest.get(r.rowId);
    if (!seen || r.timestamp > seen.timestamp) latest.set(r.rowId, r);
  }
  return new Map([...latest].map(([rowId, r]) => [rowId, r.status]));
}
