import type { MeasureRule } from './context';

/** Evidence links: absolute http(s) with no spaces; warn on plain http (brief 4.6). */
export const evidenceLinksRule: MeasureRule = ({ workbook, report }) => {
  for (const row of workbook.measures) {
    for (const link of row.evidence) {
      if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(link)) {
        report(
          'error',
          'link-invalid',
          row,
          'evidence',
          `ลิงก์ "${link.slice(0, 80)}" ไม่ถูกต้อง — ต้องขึ้นต้นด้วย https:// และไม่มีช่องว่าง (บรรทัดละ ๑ ลิงก์)`,
          `Evidence link is not an absolute http(s) URL: ${link.slice(0, 80)}`,
        );
      } else if (/^http:\/\//i.test(link)) {
        report(
          'warning',
          'link-not-https',
          row,
          'evidence',
          `ลิงก์ "${link.slice(0, 80)}" ไม่ใช่ https — ตรวจสอบว่ามีหน้า https ให้ใช้แทนหรือไม่`,
          `Evidence link is not HTTPS: ${link.slice(0, 80)}`,
        );
      }
    }
  }
};
