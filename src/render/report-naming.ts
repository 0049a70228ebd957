/**
 * The names a generated report carries, shared by the Apps Script menu and the command line: the document
 * title, the footer line, the name while it is written and the prefix of a report that failed part-way.
 */
import type { ReportModel } from '../core/report-model';
import { applyDigitStyle, toBuddhistYear } from '../core/thai';

export const FAILED_PREFIX = '[ไม่สมบูรณ์ — สร้างไม่สำเร็จ]';

/**
 * A report Doc is created under this prefix and gets its real name only once every write has landed, so a run
 * stopped part-way (even killed, with no catch block running) never leaves a Doc that looks like a report.
 */
export const IN_PROGRESS_PREFIX = '[กำลังสร้าง — ยังไม่เสร็จ]';

/** The name a report Doc carries while it is written; `token` makes it unique, so it can be searched for. */
export function inProgressName(title: string, token: string): string {
  return `${IN_PROGRESS_PREFIX} ${title} #${token}`;
}

/** A wall-clock time in the agency's time zone (Christian-era year, as Date gives it). */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** "รายงานผล... ปีงบประมาณ 2567 รอบ 12 เดือน" (digits as typed; callers apply the digit style). */
export function reportName(model: ReportModel): string {
  return `${model.title} ปีงบประมาณ ${model.fiscalYear} รอบ ${model.round} เดือน`;
}

/** "2569-11-25 16:20": Buddhist-era, and sortable, so reports list in the order they were made. */
export function generatedStamp(t: LocalTime): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${toBuddhistYear(t.year)}-${two(t.month)}-${two(t.day)} ${two(t.hour)}:${two(t.minute)}`;
}

/** The document title and the footer line, in the report's digit style. */
export function reportLabels(model: ReportModel, generatedAt: LocalTime): { title: string; footerText: string } {
  const stamp = generatedStamp(generatedAt);
  return {
    title: applyDigitStyle(`${reportName(model)} (สร้างเมื่อ ${stamp})`, model.digitStyle),
    footerText: applyDigitStyle(`${reportName(model)} · สร้างเมื่อ ${stamp}`, model.digitStyle),
  };
}

/**
 * [publish] The PDF beside a report Doc: the Doc's name, led by the OIT item code when one is configured
 * ("O26 รายงานผล… (สร้างเมื่อ …).pdf"), as agencies list files by item on their website.
 */
export function pdfName(docName: string, oitCode: string): string {
  return `${oitCode ? `${oitCode} ` : ''}${docName}.pdf`;
}
