/**
 * The ledger brought in line with every answer (menu "ดึงคำตอบแบบฟอร์มทั้งหมดใหม่", and the catch-up
 * of the report and of a submission that finds answers missing). Each responses sheet is matched to
 * its own form's responses by timestamp and content (src/core/forms/match.ts); when the form is gone
 * the sheet alone is used, keyed by content, and staff are told. Call it under the document lock.
 */
import {
  CHECK_BACKGROUND,
  CONTENT_KEY_PREFIX,
  recordFromSource,
  sourceFingerprint,
  sourcesFromResponses,
  type AnswerSource,
  type LedgerRecord,
} from '../core/forms/ledger';
import type { AnswerContext } from '../core/forms/answer';
import { flagged, isLegacyKey, marksTypedSince, mergeLedger, NOT_FOUND_AGAIN } from '../core/forms/ledger-merge';
import { matchTab, notInFormReason } from '../core/forms/match';
import { SHEET } from '../core/layout';
import { storedText } from '../core/sheet-text';
import { cellText } from '../core/workbook';
import {
  ensureLedgerSheet,
  HEADER_BACKGROUND,
  LEDGER_WIDTH,
  moveInsertedColumns,
  readAnswerContext,
  readMarksNow,
  rewriteLedger,
  scanResponsesSheets,
  writeLedgerBlocks,
} from './form-ledger';
import { LEDGER_COLUMNS, LEDGER_HEADER_ROW, ledgerCells, readLedger } from '../core/forms/ledger';
import { ledgerWritePlan } from '../core/forms/ledger-write-plan';
import { openSheetForm, responseSources } from './form-responses';
import { clearMissed } from './form-missed';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SyncSummary {
  responsesSheets: string[];
  responses: number;
  added: number;
  changed: number;
  /** Previous records replaced by the same answer under its response id. */
  removed: number;
  unchanged: number;
  /** Answers found neither in a form nor in a sheet any more: kept, flagged. */
  kept: number;
  /** Responses the sheets no longer show (rows deleted): still counted, from the form. */
  notInTab: number;
  /** Sheet rows no response matches: kept, red, out of the report. */
  notInForm: number;
  invalid: number;
  warnings: number;
  /** Sheets read without their form, with why (Thai). */
  fallback: { sheet: string; problem: string }[];
  /** True when the ledger sheet was written. */
  wrote: boolean;
  /** Set when the rebuild refused to touch the ledger. */
  refused?: string;
}

/**
 * 'rebuild' (reconcile) always reads the forms; 'catch-up' first compares the sheets with the ledger
 * (no Forms call) and reads the forms only when a sheet shows an answer the ledger lacks. Either way the
 * ledger is written only where something changed: the changed lines when every record keeps its line, else whole
 * in one setValues (src/core/forms/ledger-write-plan.ts). `counted`: the catch-up's count of alike answers (below).
 */
export function syncLedger(ss: Spreadsheet, mode: 'rebuild' | 'catch-up', counted = false): SyncSummary {
  const readAt = Date.now(); // a missed-answer note made after this may name a row not read here
  const { sheets, unreadable } = scanResponsesSheets(ss);
  const summary: SyncSummary = {
    responsesSheets: sheets.map((s) => s.name),
    responses: 0,
    added: 0,
    changed: 0,
    removed: 0,
    unchanged: 0,
    kept: 0,
    notInTab: 0,
    notInForm: 0,
    invalid: 0,
    warnings: 0,
    fallback: [],
    wrote: false,
  };
  if (sheets.length === 0 && mode === 'catch-up') return summary;
  if (unreadable.length > 0) {
    // Reading now would leave that sheet's answers unmatched: wait until its questions are named again.
    summary.refused =
      `ชีต ${unreadable.map((n) => `"${n}"`).join(', ')} มีคำตอบแบบฟอร์มรายงานผล แต่ชื่อคำถามหน่วยงานหรือมาตรการถูกเปลี่ยนในแบบฟอร์ม ` +
      `จึงยังไม่ดึงคำตอบใหม่ (ชีต "${SHEET.ledger}" ไม่ถูกเปลี่ยน) — เรียกเมนู "สร้าง/ปรับปรุงแบบฟอร์มรายงานผล" เพื่อคืนชื่อคำถาม แล้วสั่งอีกครั้ง`;
    return summary;
  }
  const ledger = ensureLedgerSheet(ss).sheet;
  let values = ledger.getDataRange().getValues();
  // A column staff inserted among the ledger's is moved right of it, not written over.
  if (moveInsertedColumns(ledger, values[0] ?? [])) values = ledger.getDataRange().getValues();
  const read = readLedger(values);
  const tabs = sheets.map((s) => ({ ...s, lines: sourcesFromResponses(s.name, s.sheet.getDataRange().getValues()) }));
  if (mode === 'catch-up') {
    // No Forms call while every answer the sheets show is already in the ledger (and its keys are ids). `counted`
    // (the report, where a person waits): as many times as a tab shows it, so a missed twin (two responses alike in
    // time and every answer) is caught up; not for submissions, where a row staff copied in a tab would make every
    // catch-up read every response of the forms.
    const known = countPrints(read.records.map((r) => r.fingerprint));
    const legacy = read.records.some((r) => isLegacyKey(r.key));
    const held = (t: (typeof tabs)[number]) =>
      [...countPrints(t.lines.map(sourceFingerprint))].every(
        ([print, n]) => (known.get(print) ?? 0) >= (counted ? n : 1),
      );
    // A line kept by its content that no tab shows any more: its response may have been edited since (looked
    // at once: found nowhere, it is flagged and no longer makes every catch-up read the forms).
    const shown = new Set(tabs.flatMap((t) => t.lines.map(sourceFingerprint)));
    const stale = read.records.some(
      (r) => r.key.startsWith(CONTENT_KEY_PREFIX) && !shown.has(r.fingerprint) && !r.reasons.includes(NOT_FOUND_AGAIN),
    );
    if (!legacy && !stale && tabs.every(held)) {
      clearMissed(readAt);
      return summary;
    }
  }
  if (sheets.length === 0 && read.records.length > 0) {
    summary.refused = `ไม่พบชีตคำตอบของแบบฟอร์มรายงานผลในสมุดงานนี้ จึงไม่เปลี่ยนชีต "${SHEET.ledger}" (มี ${read.records.length} รายการ)`;
    return summary;
  }

  const ctx = readAnswerContext(ss);
  const fresh: LedgerRecord[] = [];
  for (const t of tabs) {
    const form = readForm(t.sheet, t.name);
    if ('problem' in form) {
      summary.fallback.push({ sheet: t.name, problem: form.problem });
      fresh.push(...records(t.lines, ctx));
      continue;
    }
    const match = matchTab(t.lines, form.sources);
    summary.notInTab += match.notInTab;
    summary.notInForm += match.lonely.length;
    fresh.push(...records(match.responses, ctx));
    fresh.push(...records(match.lonely, ctx).map((r) => flagged(r, notInFormReason(r.sheet, r.row), 'invalid')));
  }
  // A ledger written before response ids: its "<sheet id>:<row>" keys name the rows they came from.
  const idOf = new Map(tabs.map((t) => [t.name, t.id]));
  const merge = mergeLedger(read.records, fresh, (r) => `${idOf.get(r.sheet)}:${r.row}`);
  Object.assign(summary, {
    responses: fresh.length,
    added: merge.added,
    changed: merge.changed,
    removed: merge.replaced,
    unchanged: merge.unchanged,
    kept: merge.kept,
    invalid: merge.records.filter((r) => r.check === 'invalid').length,
    warnings: merge.records.filter((r) => r.check === 'warning').length,
  });
  // Colours of the first column only: lines are coloured whole (ledger-write-plan.ts).
  const oldColours = ledger
    .getRange(1, 1, values.length, 1)
    .getBackgrounds()
    .map((l) => l[0]);
  const planFor = (records: readonly LedgerRecord[]) => {
    const next = [LEDGER_HEADER_ROW, ...records.map(ledgerCells)];
    const colours = [HEADER_BACKGROUND, ...records.map((r) => CHECK_BACKGROUND[r.check])];
    const plan = ledgerWritePlan({
      old: { cells: values, colours: oldColours },
      next: { cells: next, colours },
      width: LEDGER_WIDTH,
      keyColumn: LEDGER_COLUMNS.indexOf('key'),
      sameCell: (v, was) => cellText(typeof v === 'string' ? storedText(v) : v) === cellText(was),
      blankColour: CHECK_BACKGROUND.ok,
    });
    return { records, next, colours, plan };
  };
  let write = planFor(merge.records);
  if (write.plan === 'whole' || write.plan.length > 0) {
    // Staff may have ticked or cleared "ไม่ใช้ในรายงาน" while the forms were read: the lines written keep it as typed.
    const marked = marksTypedSince(merge.records, read.records, readMarksNow(ledger, values[0] ?? []));
    if (marked) write = planFor(marked);
  }
  const { plan } = write;
  if (plan === 'whole') {
    rewriteLedger(ledger, write.records, values.length);
    summary.wrote = true;
  } else if (plan.length > 0) {
    // Only the lines that changed (each keeps its record: ledger-write-plan.ts), colours alone where only they did.
    writeLedgerBlocks(ledger, plan, write.next, write.colours);
    summary.wrote = true;
  }
  for (const f of summary.fallback) console.warn(`forms: sheet "${f.sheet}" read without its form: ${f.problem}`);
  clearMissed(readAt);
  return summary;
}

/** How many times each fingerprint occurs. */
function countPrints(prints: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of prints) out.set(p, (out.get(p) ?? 0) + 1);
  return out;
}

/** Every response of the sheet's form, or why they cannot be read (the sheet is then used alone). */
function readForm(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  name: string,
): { sources: AnswerSource[] } | { problem: string } {
  const reader = openSheetForm(sheet);
  if ('problem' in reader) return reader;
  try {
    return { sources: responseSources(reader, name) };
  } catch (error) {
    console.warn(`forms: the responses of the form of "${name}" could not be read`, error);
    return { problem: 'อ่านคำตอบจากแบบฟอร์มของชีตนี้ไม่ได้ในครั้งนี้ (ลองสั่งอีกครั้งภายหลัง)' };
  }
}

function records(sources: readonly AnswerSource[], ctx: AnswerContext): LedgerRecord[] {
  return sources.map((s) => recordFromSource(s, ctx)).filter((r): r is LedgerRecord => r !== null);
}

/** The reconcile dialog's text (Thai). */
export function summaryText(s: SyncSummary): string {
  if (s.refused) return s.refused;
  if (s.responsesSheets.length === 0)
    return 'ยังไม่พบชีตคำตอบของแบบฟอร์มรายงานผล — เรียกเมนู "สร้าง/ปรับปรุงแบบฟอร์มรายงานผล" ก่อน';
  const lines = [
    `อ่านคำตอบ ${s.responses} รายการ (จากแบบฟอร์ม และชีต ${s.responsesSheets.map((n) => `"${n}"`).join(', ')})`,
    `เพิ่มใหม่ ${s.added} · แก้ไข ${s.changed} · เหมือนเดิม ${s.unchanged}` +
      (s.removed > 0 ? ` · รวมรายการซ้ำ ${s.removed}` : ''),
  ];
  for (const f of s.fallback)
    lines.push(
      `⚠ ชีต "${f.sheet}": ${f.problem} — จึงใช้คำตอบจากชีตนี้อย่างเดียว (ระบุคำตอบด้วยประทับเวลาและเนื้อหา): ` +
        'ถ้าแถวในชีตนี้ถูกแก้ คำตอบเดิมยังเก็บไว้และถูกทำเครื่องหมายให้ตรวจ',
    );
  if (s.notInTab > 0) lines.push(`คำตอบ ${s.notInTab} รายการไม่อยู่ในชีตคำตอบแล้ว (แถวถูกลบ) — ยังใช้ตามแบบฟอร์ม`);
  if (s.notInForm > 0)
    lines.push(`แถว ${s.notInForm} แถวในชีตคำตอบไม่ตรงกับคำตอบใดในแบบฟอร์ม — เก็บไว้ ระบายสีแดงพร้อมเหตุผล และไม่นำเข้ารายงาน`);
  if (s.kept > 0)
    lines.push(`คำตอบ ${s.kept} รายการไม่พบทั้งในแบบฟอร์มและชีตคำตอบแล้ว — เก็บไว้ในชีต "${SHEET.ledger}" พร้อมเหตุผล`);
  if (s.invalid > 0) lines.push(`ใช้ไม่ได้ ${s.invalid} รายการ (ระบายสีแดงในชีต "${SHEET.ledger}" พร้อมเหตุผล)`);
  if (s.warnings > 0) lines.push(`มีคำเตือน ${s.warnings} รายการ (สีเหลือง)`);
  lines.push(s.wrote ? `เขียนชีต "${SHEET.ledger}" ใหม่แล้ว` : 'ไม่มีสิ่งที่ต้องเปลี่ยน');
  return lines.join('\n');
}
