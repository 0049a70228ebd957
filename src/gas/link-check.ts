/**
 * Menu "ตรวจลิงก์หลักฐาน": every evidence link and every URL in results and form answers, de-duplicated,
 * checked (Drive files by their sharing, other links by fetching) and written to the sheet "ตรวจลิงก์หลักฐาน";
 * then validation runs, which puts the problems on the cells that hold the links (src/core/links/findings.ts).
 *
 * Safe to stop anywhere: the sheet is written once, at the end (one setValues), from what was checked; a link
 * without a result is "ยังไม่ได้ตรวจ", and the next run checks only what has no fresh result (cache.ts), so it
 * continues where the last one stopped. The run stops starting new work TIME_BUDGET_MS after its start, which
 * leaves a round's worst wait, the write and the validation inside Apps Script's 6 minutes; it also stops
 * before the daily quota (link-quota.ts). Were it killed anyway, only that run's new results are lost.
 */
import { planChecks, latestResults } from '../core/links/cache';
import { mainWebsite, readLinkSources, type LinkSources, type LinkTarget } from '../core/links/collect';
import { driveTarget } from '../core/links/google-links';
import type { Outcome } from '../core/links/probe';
import { checkedAtMs, linkSheetRows, LINK_SHEET_HEADER, readLinkSheet } from '../core/links/results-sheet';
import { isOpenable, type LinkResult } from '../core/links/status';
import { linkKey } from '../core/links/url-parts';
import { columnLetters } from '../core/a1';
import { cellFinder } from '../core/links/findings';
import { SHEET } from '../core/layout';
import { asText } from '../core/sheet-text';
import { checkDriveLink } from './link-drive';
import { fetchLinks } from './link-fetch';
import { dailyQuota } from './link-quota';
import { readWorkbookData } from './read-workbook';
import { ensureSheetSize } from './sheet-size';
import { LockBusyError } from './document-lock';
import { runValidation } from './validate';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Work stops this long after the start: Apps Script ends a run at 6 minutes; writing and validating need the rest. */
export const TIME_BUDGET_MS = 4 * 60_000;
const CHECKED_AT = LINK_SHEET_HEADER.indexOf('ตรวจเมื่อ');
/** Drive links checked between two looks at the clock. */
const DRIVE_SLICE = 10;

export interface LinkCheckSummary {
  links: number;
  checked: number;
  fromCache: number;
  pending: number;
  problems: number;
  /** Links too long for UrlFetch (link-fetch.ts): left unchecked, with why, at every run. */
  tooLong: number;
  requests: number;
  stopped?: 'time' | 'quota';
  /** Another run held the document lock: the results are saved, the cells are marked by the next validation. */
  marksWaiting?: boolean;
}

export function checkEvidenceLinksFromSheet(): LinkCheckSummary {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const summary = runLinkCheck(ss, Date.now() + TIME_BUDGET_MS);
  ss.toast(summaryMessage(summary), 'ตรวจลิงก์หลักฐาน', 15);
  return summary;
}

export function runLinkCheck(ss: Spreadsheet, deadline: number): LinkCheckSummary {
  const data = readWorkbookData(ss);
  const sources = readLinkSources(data);
  const { targets } = sources;
  const site = mainWebsite(data);
  const { fresh, todo } = planChecks(
    targets.map((t) => t.url),
    latestResults(readLinkSheet(data[SHEET.links]?.values)),
    Date.now(),
  );
  const results = new Map(fresh);
  const record = (o: Outcome) => results.set(linkKey(o.url), { ...o, checkedAt: Date.now() });

  const drive = todo.filter((u) => driveTarget(u));
  const web = todo.filter((u) => !driveTarget(u));
  let stopped: LinkCheckSummary['stopped'];
  for (let i = 0; i < drive.length; i += DRIVE_SLICE) {
    if (Date.now() > deadline) {
      stopped = 'time';
      break;
    }
    for (const url of drive.slice(i, i + DRIVE_SLICE)) {
      const outcome = checkDriveLink(url, driveTarget(url)!);
      if (outcome) record(outcome);
      else web.push(url);
    }
  }
  const quota = dailyQuota(Date.now());
  let requests = 0;
  if (!stopped && web.length > 0) {
    const run = fetchLinks(web, { deadline, quotaLeft: quota.left, spend: quota.spend });
    run.outcomes.forEach(record);
    stopped = run.stopped;
    requests = run.requests;
    quota.save();
  }
  writeLinkSheet(ss, targets, results, site, sources);
  let marksWaiting = false;
  try {
    runValidation(ss);
  } catch (e) {
    if (!(e instanceof LockBusyError)) throw e;
    marksWaiting = true; // the results sheet is written: the next validation marks the cells from it
  }
  // A link left unchecked (too long for UrlFetch) is no problem an assessor meets.
  const problems = [...results.values()].filter((r) => !isOpenable(r.status) && r.status !== 'pending').length;
  const tooLong = [...results.values()].filter((r) => r.status === 'pending').length;
  return {
    links: targets.length,
    checked: results.size - fresh.size - tooLong,
    tooLong,
    fromCache: fresh.size,
    pending: targets.length - results.size,
    problems,
    requests,
    stopped,
    marksWaiting,
  };
}

export function writeLinkSheet(
  ss: Spreadsheet,
  targets: readonly LinkTarget[],
  results: ReadonlyMap<string, LinkResult>,
  site: string,
  sources: LinkSources,
): void {
  const jump = jumpLinks(ss, sources);
  const rows = linkSheetRows(targets, results, site).map((r, i) => {
    const cells = r.map((v) => (typeof v === 'string' ? asText(v) : v));
    cells.push(i === 0 ? 'ไปที่เซลล์' : jump(String(r[1]), String(r[2]), String(r[3])));
    // The checked-at cell as a Date: Sheets shows it in the spreadsheet's time zone and gives back the same instant.
    const at = i > 0 ? checkedAtMs(cells[CHECKED_AT]) : 0;
    if (at) cells[CHECKED_AT] = new Date(at);
    return cells;
  });
  if (rows.length === 1) rows.push(['', '', '', '', '', 'ไม่พบลิงก์ในชีตมาตรการและคำตอบแบบฟอร์ม', '', '', '', '']);
  let sheet = ss.getSheetByName(SHEET.links);
  if (!sheet) {
    sheet = ss.insertSheet(SHEET.links);
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 360);
    sheet.setColumnWidth(6, 420);
  }
  // Written over the old rows, then what is left below cleared: a run killed in between keeps every result.
  const below = sheet.getLastRow() - rows.length;
  ensureSheetSize(sheet, rows.length, rows[0].length);
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  if (below > 0) sheet.getRange(rows.length + 1, 1, below, sheet.getLastColumn()).clearContent();
}

/** A jump to the cell's position now (found by row id and header), as the findings sheet has; '' when gone. */
function jumpLinks(ss: Spreadsheet, sources: LinkSources): (sheet: string, key: string, header: string) => string {
  const find = cellFinder(sources);
  const gids = new Map(ss.getSheets().map((s) => [s.getName(), s.getSheetId()]));
  return (sheet, key, header) => {
    const at = find(sheet, key, header);
    const gid = gids.get(sheet);
    if (!at || gid === undefined) return '';
    const a1 = `${columnLetters(at.column)}${at.row}`;
    return `=HYPERLINK("#gid=${gid}&range=${a1}","ไปที่ ${a1}")`;
  };
}

export function summaryMessage(s: LinkCheckSummary): string {
  const waiting = s.marksWaiting
    ? '\nบันทึกผลการตรวจลิงก์แล้ว แต่ยังไม่ได้ทำเครื่องหมายบนเซลล์ เพราะมีการตรวจสอบข้อมูลหรือบันทึกคำตอบแบบฟอร์มอยู่ (อาจเป็นของผู้ใช้อื่น) — ' +
      'อีกสักครู่ให้เรียกเมนู "ตรวจสอบข้อมูล" (ไม่ต้องตรวจลิงก์ใหม่)'
    : '';
  return summaryText(s) + waiting;
}

function summaryText(s: LinkCheckSummary): string {
  const head = `ตรวจลิงก์ ${s.links} ลิงก์: ตรวจใหม่ ${s.checked} ใช้ผลเดิม (ไม่เกิน ๒๔ ชั่วโมง) ${s.fromCache} — ผู้ประเมินเปิดไม่ได้ ${s.problems} ลิงก์ ดูชีต "${SHEET.links}"`;
  const long = s.tooLong
    ? `\nลิงก์ยาวเกินกว่าที่ Apps Script ตรวจได้ ${s.tooLong} ลิงก์ (ยังไม่ได้ตรวจ) — ตรวจด้วยคำสั่ง ita-report links หรือเปิดดูเอง`
    : '';
  const tail = (text: string) => `${head}${long}${text}`;
  if (s.stopped === 'time')
    return tail(
      `\nยังไม่ได้ตรวจ ${s.pending} ลิงก์ เพราะใกล้หมดเวลาทำงานของ Apps Script — เรียกเมนู "ตรวจลิงก์หลักฐาน" อีกครั้งเพื่อตรวจต่อจากที่ค้างไว้`,
    );
  if (s.stopped === 'quota')
    return tail(`\nยังไม่ได้ตรวจ ${s.pending} ลิงก์ เพราะโควตาการเรียกเว็บ (UrlFetch) ของวันนี้ใกล้หมด — ตรวจต่อได้พรุ่งนี้`);
  return tail('');
}
