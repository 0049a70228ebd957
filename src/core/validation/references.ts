import { quoteStart } from '../findings';
import { ALL_UNITS, SHEET } from '../layout';
import { resolveUnits } from '../units';
import type { MeasureRule } from './context';

/** Row ids are unique; headings and units named by a row exist; sections do not go back. */
export const referencesRule: MeasureRule = ({ workbook, report }) => {
  const seenIds = new Map<string, number>();
  const headingOrder = new Map(workbook.headings.map((h, i) => [h.value.code, i]));
  const units = workbook.units.map((u) => u.value); // once, not per row: onEdit runs this over every row above
  let lastSection = -1;
  for (const row of workbook.measures) {
    const firstRow = seenIds.get(row.rowId);
    if (firstRow !== undefined) {
      report(
        'error',
        'row-id-duplicate',
        row,
        'rowId',
        `รหัสแถว "${row.rowId}" ซ้ำกับแถวที่ ${firstRow} — รหัสแถวต้องไม่ซ้ำ เพราะใช้เชื่อมผลจากแบบฟอร์ม`,
        `Row id "${row.rowId}" duplicates row ${firstRow}.`,
      );
    } else seenIds.set(row.rowId, row.row);

    const section = headingOrder.get(row.heading);
    if (section === undefined) {
      report(
        'error',
        'heading-unknown',
        row,
        'heading',
        `ไม่พบตัวชี้วัด "${row.heading}" ในชีต "${SHEET.headings}" — เลือกจากรายการ หรือเพิ่มตัวชี้วัดนี้ในชีตดังกล่าว`,
        `Heading "${row.heading}" is not in the headings sheet.`,
      );
    } else {
      if (section < lastSection) {
        report(
          'error',
          'heading-order',
          row,
          'heading',
          `แถวนี้อยู่ใต้ตัวชี้วัดที่มาก่อนในชีต "${SHEET.headings}" — เรียงแถวตามลำดับตัวชี้วัด (หัวข้อในรายงานต้องไม่ย้อนกลับ)`,
          'Rows must follow the order of the headings sheet.',
        );
      }
      lastSection = Math.max(lastSection, section);
    }

    if (row.units.length === 0) continue; // nothing to resolve (onEdit's key-only rows above the edit: all of them)
    for (const ref of resolveUnits(row.units, units).unknown) {
      report(
        'error',
        'unit-unknown',
        row,
        'units',
        `ไม่พบหน่วยงาน "${quoteStart(ref)}" ในชีต "${SHEET.units}" — ใช้รหัส ชื่อย่อ หรือชื่อเต็มของหน่วยงาน คั่นด้วย + หรือใช้ "${ALL_UNITS}"`,
        `Unit "${quoteStart(ref)}" is not in the units sheet.`,
      );
    }
  }
};
