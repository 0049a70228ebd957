/**
 * Issue 14 through the built bundle over the fakes: the summary before the table, problems and sign-off after
 * it, the PDF beside the Doc, link sharing (and the domain refusing it), and the history sheet.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLE, reportProject, setConfig } from './tools/report-project';
import type { GasFakes } from './fakes';

const PDF = 'application/pdf';

function setStatus(fakes: GasFakes, rowId: string, status: string): void {
  const sheet = fakes.sheet('มาตรการ');
  const values = sheet._values();
  const column = values[0].indexOf('สถานะ') + 1;
  const row = values.findIndex((r) => r[0] === rowId) + 1;
  expect(row).toBeGreaterThan(1);
  sheet._setValues(row, column, [[status]]);
}

function onlyDoc(docs: ReturnType<typeof reportProject>['docs']) {
  const [[id, { doc }]] = [...docs.docs];
  return { id, doc };
}

const historyRows = (fakes: GasFakes) => fakes.sheet('ประวัติการสร้างรายงาน')._values();

describe.skipIf(!existsSync(BUNDLE))('a report ready to publish (bundle + fakes + Docs simulator)', () => {
  it("prints the status summary before the table, overall and per section, from each row's สถานะ", () => {
    const { fakes, docs, context } = reportProject();
    setStatus(fakes, '2567-08', 'อยู่ระหว่างดำเนินการ');
    setStatus(fakes, '2567-03', ''); // its output is typed, so an empty status is allowed: ไม่ระบุ
    context.generateReport();
    expect(fakes.recorded.alerts).toEqual([]);
    const { doc } = onlyDoc(docs);
    const kinds = doc.content().map((e) => e.kind);
    const before = doc
      .content()
      .slice(0, kinds.indexOf('table'))
      .map((e) => (e.kind === 'paragraph' ? e.paragraph.text : ''));
    const heading = before.indexOf('สรุปผลการดำเนินงาน');
    expect(heading).toBeGreaterThan(0);
    // 18 rows, 14 measures (rows 2567-08 and 2567-03 belong to different measures).
    expect(before[heading + 1]).toBe('ภาพรวม — ๑๔ มาตรการ ๑๘ รายการ (แถวในตาราง)');
    expect(before[heading + 2]).toContain(
      'มาตรการ: ดำเนินการแล้วเสร็จ ๑๒ (ร้อยละ ๘๕.๗๑) · อยู่ระหว่างดำเนินการ ๑ (ร้อยละ ๗.๑๔) · ยังไม่ดำเนินการ ๐ (ร้อยละ ๐.๐๐)',
    );
    expect(before[heading + 2]).toContain('ไม่ระบุ ๑ (ร้อยละ ๗.๑๔)');
    expect(before[heading + 3]).toContain('รายการ: ดำเนินการแล้วเสร็จ ๑๖ (ร้อยละ ๘๘.๘๙) · อยู่ระหว่างดำเนินการ ๑ (ร้อยละ ๕.๕๖)');
    // Then one line per indicator section (five in the seed) with the statuses that occur in it.
    expect(before[heading + 4]).toBe('รายตัวชี้วัด');
    const sectionLines = before.slice(heading + 5);
    expect(sectionLines).toHaveLength(5);
    expect(sectionLines[0]).toMatch(
      /^ตัวชี้วัด การใช้งบประมาณ .* — ๔ มาตรการ ๕ รายการ: มาตรการ: ดำเนินการแล้วเสร็จ ๓ \(ร้อยละ ๗๕\.๐๐\) · ไม่ระบุ ๑ \(ร้อยละ ๒๕\.๐๐\); รายการ: ดำเนินการแล้วเสร็จ ๔ \(ร้อยละ ๘๐\.๐๐\) · ไม่ระบุ ๑ \(ร้อยละ ๒๐\.๐๐\)$/,
    );
    expect(sectionLines.join('\n')).not.toContain(' ๐ (ร้อยละ'); // zeros only in the overall lines
    const headingParagraph = doc.paragraphs().find((p) => p.text === 'สรุปผลการดำเนินงาน')!;
    expect(headingParagraph.runs[0].style.bold).toBe(true);
    expect(headingParagraph.style.alignment).toBe('START'); // not centred like the title above it
    // Still one create and two batchUpdate calls, and the table itself is intact.
    expect(docs.batchCalls).toBe(2);
    expect(doc.tables()[0].cells[0][2].text).toBe('ผลลัพธ์/ความสำเร็จ');
  });

  it('after the table: "ไม่มี" for empty problems and suggestions, and no sign-off when no names are filled', () => {
    const { docs, context } = reportProject();
    context.generateReport();
    const { doc } = onlyDoc(docs);
    const content = doc.content();
    const after = content
      .slice(content.findIndex((e) => e.kind === 'table') + 1)
      .map((e) => (e.kind === 'paragraph' ? e.paragraph.text : '<table>'));
    expect(after).toEqual(['ปัญหา อุปสรรค และข้อเสนอแนะ', 'ปัญหาและอุปสรรค', 'ไม่มี', 'ข้อเสนอแนะ', 'ไม่มี']);
    expect(after.join('\n')).not.toContain('ลงชื่อ');
  });

  it('after the table: the configured problems, suggestions and both signatures in the right half of the page', () => {
    const { fakes, docs, context } = reportProject();
    setConfig(fakes, 'ปัญหาและอุปสรรค', 'งบประมาณจำกัด\nบุคลากรย้ายบ่อย');
    setConfig(fakes, 'ข้อเสนอแนะ', 'ควรจัดอบรมปีละ 2 ครั้ง');
    setConfig(fakes, 'ผู้รายงาน', 'นางสาวสมหญิง ใจดี');
    setConfig(fakes, 'ตำแหน่งผู้รายงาน', 'นักวิเคราะห์นโยบายและแผนชำนาญการ');
    setConfig(fakes, 'ผู้อนุมัติ', 'นายสมชาย รักชาติ');
    setConfig(fakes, 'ตำแหน่งผู้อนุมัติ', 'เลขาธิการ');
    context.generateReport();
    expect(fakes.recorded.alerts).toEqual([]);
    const { doc } = onlyDoc(docs);
    const content = doc.content();
    const after = content
      .slice(content.findIndex((e) => e.kind === 'table') + 1)
      .flatMap((e) => (e.kind === 'paragraph' ? [e.paragraph] : []));
    expect(after.map((p) => p.text)).toEqual([
      'ปัญหา อุปสรรค และข้อเสนอแนะ',
      'ปัญหาและอุปสรรค',
      'งบประมาณจำกัด',
      'บุคลากรย้ายบ่อย',
      'ข้อเสนอแนะ',
      'ควรจัดอบรมปีละ ๒ ครั้ง',
      'ลงชื่อ ................................................ ผู้รายงาน',
      '(นางสาวสมหญิง ใจดี)',
      'ตำแหน่ง นักวิเคราะห์นโยบายและแผนชำนาญการ',
      'วันที่ ........../........../..........',
      'ลงชื่อ ................................................ ผู้อนุมัติ',
      '(นายสมชาย รักชาติ)',
      'ตำแหน่ง เลขาธิการ',
      'วันที่ ........../........../..........',
    ]);
    const signature = after[6];
    expect(signature.style.alignment).toBe('CENTER');
    expect((signature.style.indentStart as { magnitude: number }).magnitude).toBeGreaterThan(300);
    expect(after[0].runs[0].style.bold).toBe(true);
    expect(after[2].runs[0].style.bold).toBe(false);
  });

  it('saves a PDF of the finished Doc beside it, named after it with the OIT code, and links both', () => {
    const { fakes, docs, drive, folderId, context } = reportProject();
    setConfig(fakes, 'รหัสข้อ OIT', 'o 26');
    context.generateReport();
    expect(fakes.recorded.alerts).toEqual([]);
    const { id } = onlyDoc(docs);
    const docName = drive._item(id)!.name;
    const pdfs = [...drive._items.values()].filter((i) => i.mimeType === PDF);
    expect(pdfs).toHaveLength(1);
    expect(pdfs[0].name).toBe(`O26 ${docName}.pdf`);
    expect(pdfs[0].parents).toEqual([folderId]);
    expect(new TextDecoder().decode(pdfs[0].bytes)).toContain(`export of ${id}`);
    // Exported once, from the Doc under its final name (the PDF is made only once the Doc is complete).
    expect(drive._exports).toEqual([{ id, contentType: PDF }]);
    expect(docName.startsWith('[กำลังสร้าง')).toBe(false);
    const html = fakes.recorded.dialogs.at(-1)!.html;
    expect(html).toContain(`https://docs.google.com/document/d/${id}/edit`);
    expect(html).toContain(`https://drive.google.com/file/d/${pdfs[0].id}/view`);
    expect(pdfs[0].sharing).toBeUndefined(); // not asked to share
  });

  it('shares the PDF (or the PDF and the Doc) with anyone who has the link, view only, when the config says so', () => {
    const one = reportProject();
    setConfig(one.fakes, 'เผยแพร่ไฟล์ให้ทุกคนที่มีลิงก์', 'PDF');
    one.context.generateReport();
    const pdf = [...one.drive._items.values()].find((i) => i.mimeType === PDF)!;
    expect(pdf.sharing).toEqual({ access: 'ANYONE_WITH_LINK', permission: 'VIEW' });
    expect(one.drive._item(onlyDoc(one.docs).id)!.sharing).toBeUndefined();
    expect(one.fakes.recorded.dialogs.at(-1)!.html).toContain('ทุกคนที่มีลิงก์ดูได้: PDF');

    const both = reportProject();
    setConfig(both.fakes, 'เผยแพร่ไฟล์ให้ทุกคนที่มีลิงก์', 'PDF และ Doc');
    both.context.generateReport();
    expect(both.drive._item(onlyDoc(both.docs).id)!.sharing).toEqual({
      access: 'ANYONE_WITH_LINK',
      permission: 'VIEW',
    });
  });

  it('when the domain forbids link sharing: the report and its PDF are made, and a Thai note says what to ask the admin', () => {
    const { fakes, drive, context } = reportProject();
    setConfig(fakes, 'เผยแพร่ไฟล์ให้ทุกคนที่มีลิงก์', 'PDF และ Doc');
    drive._linkSharingForbidden = true;
    context.generateReport();
    expect(fakes.recorded.alerts).toEqual([]);
    const pdf = [...drive._items.values()].find((i) => i.mimeType === PDF)!;
    expect(pdf.trashed).toBe(false);
    expect(pdf.sharing).toBeUndefined();
    const html = fakes.recorded.dialogs.at(-1)!.html;
    expect(html).toContain('สร้างรายงานเสร็จแล้ว');
    expect(html).toContain('Access denied: DriveApp.');
    expect(html).toContain('ขอให้ผู้ดูแลระบบ (admin) เปิดการแชร์ภายนอก');
    expect(html).toContain('ตั้งค่า PDF และ Google Doc ให้ &quot;ทุกคนที่มีลิงก์ดูได้&quot; ไม่ได้');
    expect(html.split('ขอให้ผู้ดูแลระบบ').length).toBe(2); // one note for both files
    const [, line] = historyRows(fakes);
    expect(line[8]).toBe('สำเร็จ');
    expect(String(line[9])).toContain('ทุกคนที่มีลิงก์ดูได้');
  });

  it('a run killed right after the PDF is made leaves it under its final name, OIT code and all', () => {
    const { fakes, drive, context } = reportProject();
    setConfig(fakes, 'รหัสข้อ OIT', 'o 26');
    const env = fakes.env;
    const tick = env.tick.bind(env);
    let made = false;
    env.tick = (name: string) => {
      if (made) throw env.exception('Exceeded maximum execution time');
      tick(name);
      if (name === 'Folder.createFile') made = true;
    };
    expect(() => context.generateReport()).toThrow('Exceeded maximum execution time');
    env.tick = tick;
    const pdfs = [...drive._items.values()].filter((i) => i.mimeType === PDF);
    expect(pdfs).toHaveLength(1);
    expect(pdfs[0].name).toMatch(/^O26 .*\.pdf$/);
  });

  it('a PDF that cannot be made leaves the Doc as the report and says so', () => {
    const { fakes, docs, drive, context } = reportProject();
    drive._createFailure = 'Service error: Drive';
    context.generateReport();
    expect(fakes.recorded.alerts).toEqual([]);
    expect(drive._item(onlyDoc(docs).id)!.trashed).toBe(false);
    expect([...drive._items.values()].filter((i) => i.mimeType === PDF)).toEqual([]);
    expect(fakes.recorded.dialogs.at(-1)!.html).toContain('สร้างไฟล์ PDF ไม่ได้ (Service error: Drive)');
  });

  it('a PDF that cannot be made, with PDF และ Doc: the dialog still says the Doc is open to anyone with the link', () => {
    const { fakes, docs, drive, context } = reportProject();
    setConfig(fakes, 'เผยแพร่ไฟล์ให้ทุกคนที่มีลิงก์', 'PDF และ Doc');
    drive._createFailure = 'Service error: Drive';
    context.generateReport();
    expect(drive._item(onlyDoc(docs).id)!.sharing?.access).toBe('ANYONE_WITH_LINK');
    const html = fakes.recorded.dialogs.at(-1)!.html;
    expect(html).toContain('สร้างไฟล์ PDF ไม่ได้ (Service error: Drive)');
    expect(html).toContain('ทุกคนที่มีลิงก์ดูได้: Google Doc');
  });

  it('logs one history line per run, appended, never overwriting: successes and failures with their reason', () => {
    const { fakes, docs, context } = reportProject();
    context.generateReport();
    context.generateReport();
    let rows = historyRows(fakes);
    expect(rows[0]).toEqual([
      'เวลา',
      'ผู้สั่ง',
      'ปีงบประมาณ/รอบ',
      'จำนวนแถว',
      'ข้อผิดพลาด',
      'คำเตือน',
      'ลิงก์ Google Doc',
      'ลิงก์ PDF',
      'ผล',
      'เหตุผล/หมายเหตุ',
    ]);
    expect(rows).toHaveLength(3);
    const first = [...rows[1]];
    const ids = [...docs.docs.keys()];
    expect(rows[1][6]).toBe(`https://docs.google.com/document/d/${ids[0]}/edit`);
    expect(rows[2][6]).toBe(`https://docs.google.com/document/d/${ids[1]}/edit`);
    expect(rows[1][7]).not.toBe(rows[2][7]);
    expect(String(rows[1][7])).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    expect(rows[1].slice(2, 6)).toEqual(['๒๕๖๗ รอบ ๑๒ เดือน', 18, 0, rows[1][5]]);
    expect(rows[1][8]).toBe('สำเร็จ');
    expect(String(rows[1][1])).toContain('@');
    expect(String(rows[1][0])).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);

    // A run with errors in the sheet: nothing made, the line says ล้มเหลว and why.
    const measures = fakes.sheet('มาตรการ');
    const values = measures.getDataRange().getValues();
    measures.getRange(2, 1, 1, values[0].length).setValues([values[0].map((_, i) => (i === 0 ? 'x' : ''))]);
    context.generateReport();
    rows = historyRows(fakes);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual(first);
    expect(rows[3][8]).toBe('ล้มเหลว');
    expect(Number(rows[3][4])).toBeGreaterThan(0);
    expect(String(rows[3][9])).toContain('พบข้อผิดพลาด');
    expect(rows[3][6]).toBe('');
  });

  it('a run that fails part-way is logged as ล้มเหลว with the reason, and no PDF is made of the broken Doc', () => {
    const { fakes, drive, context } = reportProject({ permanentFailure: 'Invalid requests[3].insertText: boom (400)' });
    context.generateReport();
    expect(fakes.recorded.alerts.at(-1)!.title).toBe('สร้างรายงานไม่สำเร็จ');
    expect([...drive._items.values()].filter((i) => i.mimeType === PDF)).toEqual([]);
    expect(drive._exports).toEqual([]);
    const [, line] = historyRows(fakes);
    expect(line[8]).toBe('ล้มเหลว');
    expect(String(line[9])).toContain('boom');
    expect(line[7]).toBe('');
  });

  it('set-up adds the new config rows to a workbook made before them (the sharing row with its choices), once', () => {
    const { fakes, context } = reportProject();
    const before = fakes.sheet('ตั้งค่า')._values().length;
    context.setupWorkbook();
    const config = fakes.sheet('ตั้งค่า');
    const labels = config._values().map((r) => r[0]);
    const added = [
      'ปัญหาและอุปสรรค',
      'ข้อเสนอแนะ',
      'ผู้รายงาน',
      'ตำแหน่งผู้รายงาน',
      'ผู้อนุมัติ',
      'ตำแหน่งผู้อนุมัติ',
      'รหัสข้อ OIT',
      'เผยแพร่ไฟล์ให้ทุกคนที่มีลิงก์',
    ];
    expect(labels.slice(before).filter((l) => added.includes(String(l)))).toEqual(added);
    const shareRow = labels.indexOf('เผยแพร่ไฟล์ให้ทุกคนที่มีลิงก์') + 1;
    expect(config._values()[shareRow - 1][1]).toBe('ไม่');
    expect(config._cell(shareRow, 2).validation!.getCriteriaValues()[0]).toEqual(['ไม่', 'PDF', 'PDF และ Doc']);
    const after = config._values().length;
    context.setupWorkbook();
    expect(fakes.sheet('ตั้งค่า')._values().length).toBe(after);
    // The defaults make a report as before: no sharing, no sign-off.
    const alerts = fakes.recorded.alerts.length;
    context.generateReport();
    expect(fakes.recorded.alerts).toHaveLength(alerts);
    expect(fakes.recorded.dialogs.at(-1)!.html).toContain('สร้างรายงานเสร็จแล้ว');
  });

  it('an invalid OIT code or sharing word is a config finding that points at its row', () => {
    const { fakes, docs, context } = reportProject();
    setConfig(fakes, 'เผยแพร่ไฟล์ให้ทุกคนที่มีลิงก์', 'บางที');
    context.generateReport();
    expect(docs.createCalls).toBe(0);
    const findings = fakes
      .sheet('ผลการตรวจสอบ')
      ._values()
      .map((r) => r.join(' '))
      .join('\n');
    expect(findings).toContain('เลือก "ไม่", "PDF" หรือ "PDF และ Doc"');
  });
});
