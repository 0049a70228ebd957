/**
 * A seeded generator of valid workbooks of any size, for benchmarks and scale tests.
 * Same seed, same workbook; nothing large is ever committed.
 */
import type { WorkbookData } from '../../src/core/workbook';
import { MEASURE_HEADERS } from './sample-agency';

/** mulberry32: a tiny deterministic PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['จัดอบรม', 'เผยแพร่', 'ประชาสัมพันธ์', 'ติดตามผล', 'สรุปผล', 'ประเมินความพึงพอใจ', 'แจ้งเวียน', 'จัดประชุม'];

export interface GeneratedOptions {
  rows: number;
  seed?: number;
  units?: number;
}

export function generateWorkbook({ rows, seed = 1, units = 12 }: GeneratedOptions): WorkbookData {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const unitRows = Array.from({ length: units }, (_, i) => [
    `U${i + 1}`,
    `สำนักที่ ${i + 1}`,
    `สน.${i + 1}`,
    `u${i + 1}@example.go.th`,
  ]);
  const headings = [
    ['H1', 'IIT', 'ตัวชี้วัด การปฏิบัติหน้าที่ ตามแบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายใน (IIT)'],
    ['H2', 'EIT', 'ตัวชี้วัด คุณภาพการดำเนินงาน ตามแบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายนอก (EIT)'],
    ['H3', 'OIT', 'การประเมินตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)'],
  ];
  const measures: unknown[][] = [[...MEASURE_HEADERS]];
  let issue = 0;
  let produced = 0;
  while (produced < rows) {
    issue++;
    const heading = headings[Math.min(2, Math.floor((produced / rows) * 3))][0];
    const measureCount = 1 + Math.floor(rnd() * 3);
    const issueWord = pick(WORDS);
    for (let m = 1; m <= measureCount && produced < rows; m++) {
      const rowCount = 1 + Math.floor(rnd() * 2);
      const verb = pick(WORDS);
      for (let k = 0; k < rowCount && produced < rows; k++) {
        produced++;
        const unit = rnd() < 0.15 ? 'ทุกสำนัก/หน่วย' : `U${1 + Math.floor(rnd() * units)}`;
        measures.push([
          `G-${produced}`,
          heading,
          issue,
          `ประเด็นการพัฒนาที่ ${issue} ด้าน${issueWord}`,
          measureCount > 1 ? `${issue}.${m}` : '',
          `${verb}ตามมาตรการที่ ${m} ของประเด็น ${issue}`,
          `${verb}ไม่น้อยกว่า ${1 + (produced % 3)} ครั้ง\nรายงานผลต่อผู้บริหาร`,
          `${verb} ${2 + (produced % 3)} ครั้ง`,
          `บุคลากรรับทราบและปฏิบัติตาม${verb}`,
          `ดำเนินการ${verb}ครบถ้วน\nรายละเอียดตามเอกสารแนบ\nhttps://example.go.th/evidence/${produced}`,
          unit,
          'ดำเนินการแล้วเสร็จ',
          `https://example.go.th/evidence/${produced}`,
          `2024-0${1 + (produced % 9)}-1${produced % 10}`,
        ]);
      }
    }
  }
  return {
    ตั้งค่า: {
      values: [
        ['หัวข้อ', 'ค่า'],
        ['ชื่อหน่วยงาน', 'หน่วยงานทดสอบขนาดใหญ่'],
        ['รวบรวมข้อมูลโดย', 'กลุ่มงานแผน'],
        ['ปีงบประมาณ (พ.ศ.)', 2567],
        ['รอบรายงาน', 12],
        ['รูปแบบตัวเลข', 'ไทย'],
        ['แบบอักษร', 'Sarabun'],
        ['โฟลเดอร์รายงาน', ''],
      ],
    },
    หน่วยงาน: { values: [['รหัสหน่วยงาน', 'ชื่อหน่วยงาน', 'ชื่อย่อ', 'อีเมลผู้ประสานงาน'], ...unitRows] },
    ตัวชี้วัด: { values: [['รหัสตัวชี้วัด', 'แบบวัด', 'หัวข้อในรายงาน'], ...headings] },
    มาตรการ: { values: measures },
  };
}
