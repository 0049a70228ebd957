/**
 * Publishing again: the report made twice in the same minute, and the history sheet after staff worked in it,
 * through the built bundle over the fakes and the Docs simulator.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLE, reportProject, setConfig } from './tools/report-project';
import { continuedProject } from './tools/report-continue';
import { planProject } from './tools/plan-project';
import { docsBatchMs } from '../src/core/cost-model';
import type { GasFakes } from './fakes';

const PDF = 'application/pdf';
const DOC = 'application/vnd.google-apps.document';
const history = (fakes: GasFakes) => fakes.sheet('ประวัติการสร้างรายงาน');

describe.skipIf(!existsSync(BUNDLE))('publishing again (bundle + fakes + Docs simulator)', () => {
  it('two reports in the same minute: each Doc and each PDF has a name of its own in the folder, Doc and PDF alike', () => {
    const { fakes, drive, folderId, context } = reportProject();
    setConfig(fakes, 'รหัสข้อ OIT', 'O26');
    context.generateReport();
    context.generateReport();
    context.generateReport();
    const inFolder = (mime: string) =>
      [...drive._items.values()].filter((i) => i.mimeType === mime && i.parents.includes(folderId) && !i.trashed);
    const docs = inFolder(DOC).map((i) => i.name);
    const pdfs = inFolder(PDF).map((i) => i.name);
    expect(docs).toHaveLength(3);
    expect(new Set(docs).size).toBe(3);
    expect(new Set(pdfs).size).toBe(3);
    // The first keeps the plain name; each PDF is its Doc's name with the OIT code.
    expect(docs[0]).toMatch(/\(สร้างเมื่อ [๐-๙]{4}-[๐-๙]{2}-[๐-๙]{2} [๐-๙]{2}:[๐-๙]{2}\)$/);
    expect(pdfs).toEqual(docs.map((d) => `O26 ${d}.pdf`));
    // The dialog names the file that was made.
    expect(fakes.recorded.dialogs.at(-1)!.html).toContain(`${pdfs[2]}</a>`);
  });

  it('two measures plans in the same minute: each has a name of its own, and its PDF the same', () => {
    const { fakes, drive, folderId, context } = planProject();
    context.generatePlan();
    context.generatePlan();
    expect(fakes.recorded.alerts.map((a) => a.title)).toEqual(Array(2).fill('สร้างเอกสารมาตรการเสร็จแล้ว'));
    const inFolder = (mime: string) =>
      [...drive._items.values()].filter((i) => i.mimeType === mime && i.parents.includes(folderId) && !i.trashed);
    const docs = inFolder(DOC).map((i) => i.name);
    expect(docs).toHaveLength(2);
    expect(docs[1]).toBe(`${docs[0]} (๒)`);
    expect(inFolder(PDF).map((i) => i.name)).toEqual(docs.map((d) => `${d}.pdf`));
  });

  it('the history sheet after staff inserted a column of their own: each value still under its header', () => {
    const { fakes, context } = reportProject();
    context.generateReport();
    const sheet = history(fakes);
    // Staff put a column "ผู้ตรวจ" after เวลา and wrote in it; another of theirs at the end.
    sheet.insertColumnsAfter(1, 1);
    sheet._setValues(1, 2, [['ผู้ตรวจ']]);
    sheet._setValues(2, 2, [['คุณเอ']]);
    const width = sheet._values()[0].length;
    sheet._setValues(1, width + 1, [['หมายเหตุเจ้าหน้าที่']]);
    context.generateReport();
    const [header, first, second] = sheet._values();
    const at = (name: string) => header.indexOf(name);
    expect(at('ผู้ตรวจ')).toBe(1);
    expect(second[at('ผล')]).toBe('สำเร็จ');
    expect(String(second[at('ลิงก์ Google Doc')])).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    expect(String(second[at('ลิงก์ PDF')])).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    expect(second[at('จำนวนแถว')]).toBe(18);
    expect(String(second[at('ผู้สั่ง')])).toContain('@');
    expect(second[at('ผู้ตรวจ')]).toBe(''); // staff's own columns left for them
    expect(second[at('หมายเหตุเจ้าหน้าที่')]).toBe('');
    expect(first[at('ผู้ตรวจ')]).toBe('คุณเอ');
    expect(header).toHaveLength(width + 1);
  });

  it('the history sheet whose header staff renamed: the missing header is added at the end, once, theirs kept', () => {
    const { fakes, context } = reportProject();
    context.generateReport();
    const sheet = history(fakes);
    sheet._setValues(1, 2, [['ผู้สร้าง']]); // was ผู้สั่ง
    context.generateReport();
    context.generateReport();
    const [header, , second, third] = sheet._values();
    expect(header.filter((h) => h === 'ผู้สั่ง')).toHaveLength(1);
    expect(header.at(-1)).toBe('ผู้สั่ง');
    expect(header[1]).toBe('ผู้สร้าง');
    expect(header).toHaveLength(11);
    for (const line of [second, third]) {
      expect(line[header.indexOf('ผล')]).toBe('สำเร็จ');
      expect(String(line[header.indexOf('ผู้สั่ง')])).toContain('@');
      expect(line[header.indexOf('ปีงบประมาณ/รอบ')]).toBe('๒๕๖๗ รอบ ๑๒ เดือน');
      expect(line[1]).toBe(''); // the staff's renamed column is theirs now
    }
  });
});

describe.skipIf(!existsSync(BUNDLE))('a report folder this account may only view (bundle + fakes)', () => {
  const viewOnlyFolder = (p: ReturnType<typeof reportProject>) => {
    const id = p.drive._addFolder('รายงาน ITA (ของผู้ประสานงาน)');
    p.drive._item(id)!.viewOnly = true;
    setConfig(p.fakes, 'โฟลเดอร์รายงาน', `https://drive.google.com/drive/folders/${id}`);
    return id;
  };

  it('the Doc and its PDF are filed beside the workbook, and the dialog says to ask for editor rights', () => {
    const p = reportProject();
    const shared = viewOnlyFolder(p);
    p.context.generateReport();
    expect(p.fakes.recorded.alerts).toEqual([]);
    const made = [...p.drive._items.values()].filter((i) => i.mimeType === DOC || i.mimeType === PDF);
    expect(made.map((i) => i.mimeType).sort()).toEqual([DOC, PDF].sort());
    for (const item of made) expect(item.parents).toEqual([p.folderId]); // not My Drive, not the shared folder
    expect(made.every((i) => !i.parents.includes(shared))).toBe(true);
    const html = p.fakes.recorded.dialogs.at(-1)!.html;
    expect(html).toContain('เก็บไว้ในโฟลเดอร์ "งาน ITA"');
    expect(html).toContain('สิทธิ์ผู้แก้ไข');
    expect(html).toContain('จึงเก็บรายงานไว้ข้างสมุดงานนี้แทน');
  });

  it('a report long enough to go on in later executions is made too (its plan file is kept elsewhere)', () => {
    const p = continuedProject({}, docsBatchMs(80)); // a few executions
    viewOnlyFolder(p);
    p.context.generateReport();
    expect(p.fakes.recorded.alerts.at(-1)!.title).toBe('กำลังสร้างรายงานต่อเบื้องหลัง');
    while (p.fireNext());
    const rows = p.historyRows();
    expect(rows.at(-1)![8]).toBe('สำเร็จ');
    const doc = [...p.drive._items.values()].find((i) => i.mimeType === DOC && !i.trashed)!;
    expect(doc.parents).toEqual([p.folderId]);
    expect(p.planFiles().every((f) => f.trashed)).toBe(true);
  });
});

describe.skipIf(!existsSync(BUNDLE))('the config font in the Google Doc (bundle + fakes + Docs simulator)', () => {
  it('"TH Sarabun New", which Google Docs lacks (it would set Arial), is set as Sarabun and the dialog says so', () => {
    const p = reportProject();
    setConfig(p.fakes, 'แบบอักษร', 'TH Sarabun New');
    p.context.generateReport();
    expect(p.fakes.recorded.alerts).toEqual([]);
    const [[, entry]] = [...p.docs.docs];
    type Styled = { updateTextStyle?: { textStyle?: { weightedFontFamily?: { fontFamily?: string } } } };
    const requests = entry.batches.flat() as Styled[]; // the body and the footer
    const fonts = new Set(requests.flatMap((r) => r.updateTextStyle?.textStyle?.weightedFontFamily?.fontFamily ?? []));
    expect(fonts).toEqual(new Set(['Sarabun']));
    const html = p.fakes.recorded.dialogs.at(-1)!.html;
    expect(html).toContain('แบบอักษร &quot;TH Sarabun New&quot; ในชีตตั้งค่าไม่มีใน Google Docs');
    expect(String(p.fakes.sheet('ประวัติการสร้างรายงาน')._values()[1][9])).toContain('TH Sarabun New');
  });
});
