import type { MeasureRule } from './context';

/** Evidence links: absolute http(s) with no spaces; warn on plain http (brief 4.6). */
export const evidenceLinksRule: MeasureRule = ({ workbook, report }) => {
  for (const row of workbook.measures) {
    row.evidence.forEach((link, i) => {
      if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(link)) {
        // The end of a long link that a PDF or a narrow column wrapped onto a line of its own.
        const wrapped = i > 0 && /^https?:\/\//i.test(row.evidence[i - 1]) && /^[\x21-\x7e]+$/.test(link);
        report(
          'error',
          'link-invalid',
          row,
          'evidence',
          `ลิงก์ "${link.slice(0, 80)}" ไม่ถูกต้อง — ต้องขึ้นต้นด้วย https:// และไม่มีช่องว่าง (บรรทัดละ ๑ ลิงก์)` +
            (wrapped ? ' — ถ้าเป็นท้ายลิงก์บรรทัดก่อนที่ถูกตัดขึ้นบรรทัดใหม่ ให้ต่อกับบรรทัดก่อนหน้าเป็นบรรทัดเดียว' : ''),
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
    });
  }
};
