/**
 * A small workbook for the link check: config (with the main website), two indicators (one OIT), and one
 * measures row per entry, its links in the evidence column (one a line) and optionally in the result column.
 */
import type { WorkbookData } from '../../src/core/workbook';
import { MEASURE_HEADERS } from './sample-agency';

export interface LinkRowSpec {
  rowId: string;
  evidence?: string[];
  result?: string;
  /** OIT indicator (default) or IIT. */
  oit?: boolean;
}

export function linkWorkbook(rows: readonly LinkRowSpec[], site = 'https://www.example.go.th'): WorkbookData {
  const col = (h: string) => MEASURE_HEADERS.indexOf(h);
  return {
    ตั้งค่า: {
      values: [
        ['หัวข้อ', 'ค่า'],
        ['ชื่อหน่วยงาน', 'กรมตัวอย่าง'],
        ['ปีงบประมาณ (พ.ศ.)', 2568],
        ['เว็บไซต์หลักของหน่วยงาน', site],
      ],
    },
    ตัวชี้วัด: {
      values: [
        ['รหัสตัวชี้วัด', 'แบบวัด', 'หัวข้อในรายงาน'],
        ['O1', 'OIT', 'การเปิดเผยข้อมูล'],
        ['I1', 'IIT', 'การปฏิบัติหน้าที่'],
      ],
    },
    มาตรการ: {
      values: [
        [...MEASURE_HEADERS],
        ...rows.map((r, i) => {
          const line: unknown[] = MEASURE_HEADERS.map(() => '');
          line[col('รหัสแถว')] = r.rowId;
          line[col('ตัวชี้วัด')] = r.oit === false ? 'I1' : 'O1';
          line[col('ประเด็นที่')] = 1;
          line[col('ประเด็นการพัฒนา')] = 'ประเด็น';
          line[col('มาตรการที่')] = `1.${i + 1}`;
          line[col('มาตรการ/แนวทางปฏิบัติ')] = 'มาตรการ';
          line[col('ค่าเป้าหมาย')] = 'ร้อยละ 100';
          line[col('ผู้รับผิดชอบ')] = 'PLAN';
          line[col('ผลการดำเนินงาน')] = r.result ?? '';
          line[col('ลิงก์หลักฐาน')] = (r.evidence ?? []).join('\n');
          return line;
        }),
      ],
    },
  };
}
