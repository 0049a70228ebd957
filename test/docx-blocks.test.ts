/** The .docx carries the same blocks as the Google Doc: the summary before the table, problems and sign-off after. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { SHEET } from '../src/core/layout';
import { buildReportModel } from '../src/core/report-model';
import { validateWorkbookData } from '../src/core/validation';
import { blockStyleRequests } from '../src/render/docs-extra-blocks';
import { BLOCK_METRICS, buildDocsRequests } from '../src/render/docs-requests';
import { renderDocx } from '../src/render/docx-report';
import { applyPlan } from './tools/docs-simulator/apply-plan';
import { seedWorkbook } from './tools/seed';

const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => m[0]);

function modelWith(config: [string, string][]) {
  const data = seedWorkbook();
  (data[SHEET.config]!.values as unknown[][]).push(...config);
  const result = validateWorkbookData(data);
  expect(result.errors).toBe(0);
  return buildReportModel(result.workbook, result.workbook.config!);
}

async function documentXml(config: [string, string][]): Promise<string> {
  const bytes = await renderDocx(modelWith(config));
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

describe('the .docx blocks outside the table', () => {
  it('summary before the table; "ไม่มี" and no sign-off after it when the config rows are empty or missing', async () => {
    const xml = await documentXml([]);
    const [before, rest] = xml.split('<w:tbl>');
    const after = rest.slice(rest.lastIndexOf('</w:tbl>'));
    expect(textOf(before)).toContain(
      'สรุปผลการดำเนินงาน|ภาพรวม — ๑๔ มาตรการ ๑๘ รายการ (แถวในตาราง)|มาตรการ: ดำเนินการแล้วเสร็จ ๑๔ (ร้อยละ ๑๐๐.๐๐)',
    );
    expect(textOf(after)).toBe('ปัญหา อุปสรรค และข้อเสนอแนะ|ปัญหาและอุปสรรค|ไม่มี|ข้อเสนอแนะ|ไม่มี');
    // The heading is bold for Thai (w:bCs) and set at the title block's normal size (14 pt = 28 half points).
    const heading = paragraphs(after).find((p) => p.includes('ปัญหา อุปสรรค และข้อเสนอแนะ'))!;
    expect(heading).toContain('<w:bCs/>');
    expect(heading).toContain('<w:szCs w:val="28"/>');
  });

  it('the configured problems, suggestions and signatures, the sign-off indented to the right half and centred', async () => {
    const xml = await documentXml([
      ['ปัญหาและอุปสรรค', 'งบประมาณจำกัด'],
      ['ข้อเสนอแนะ', 'ควรจัดอบรม 2 ครั้ง'],
      ['ผู้รายงาน', 'นางสาวสมหญิง ใจดี'],
      ['ตำแหน่งผู้รายงาน', 'นักวิเคราะห์นโยบายและแผน'],
    ]);
    const after = xml.slice(xml.lastIndexOf('</w:tbl>'));
    expect(textOf(after)).toBe(
      'ปัญหา อุปสรรค และข้อเสนอแนะ|ปัญหาและอุปสรรค|งบประมาณจำกัด|ข้อเสนอแนะ|ควรจัดอบรม ๒ ครั้ง|' +
        'ลงชื่อ ................................................ ผู้รายงาน|(นางสาวสมหญิง ใจดี)|ตำแหน่ง นักวิเคราะห์นโยบายและแผน|วันที่ ........../........../..........',
    );
    const signature = paragraphs(after).find((p) => p.includes('ผู้รายงาน'))!;
    expect(signature).toContain('<w:jc w:val="center"/>');
    expect(signature).toContain(`<w:ind w:left="${Math.round(BLOCK_METRICS.rightHalfPt * 20)}"/>`);
    expect(after).not.toContain('ผู้อนุมัติ');
  });

  it('a URL staff typed in the problems or suggestions is a live link, in the .docx and in the Google Doc', async () => {
    const url = 'https://example.go.th/ita/2567';
    const config: [string, string][] = [['ปัญหาและอุปสรรค', `ระบบขัดข้อง 2 ครั้ง ดู ${url}`]];
    const zip = await JSZip.loadAsync(await renderDocx(modelWith(config)));
    const xml = await zip.file('word/document.xml')!.async('string');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const after = xml.slice(xml.lastIndexOf('</w:tbl>'));
    expect(textOf(after)).toContain(`ระบบขัดข้อง ๒ ครั้ง ดู |${url}`);
    const link = /<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/.exec(after);
    expect(link, 'a w:hyperlink after the table').not.toBeNull();
    expect(textOf(link![2])).toBe(url);
    expect(rels).toMatch(
      new RegExp(`Id="${link![1]}"[^>]*Target="${url.replace(/[./]/g, '\\$&')}"[^>]*TargetMode="External"`),
    );

    // The Google Doc: the URL's own characters carry the link, the words around it do not.
    const doc = applyPlan(buildDocsRequests(modelWith(config)));
    const line = doc.paragraphs().find((p) => p.text.startsWith('ระบบขัดข้อง'))!;
    const linked = line.runs.filter((r) => (r.style.link as { url?: string } | undefined)?.url === url);
    expect(linked.map((r) => r.text)).toEqual([url]);
    expect(line.text).toBe(`ระบบขัดข้อง ๒ ครั้ง ดู ${url}`);
  });

  it("a signature block and a heading never end a page alone: every line but the block's last keeps with the next", async () => {
    const xml = await documentXml([
      ['ผู้รายงาน', 'นางสาวสมหญิง ใจดี'],
      ['ตำแหน่งผู้รายงาน', 'นักวิเคราะห์นโยบายและแผน\nรักษาราชการแทนผู้อำนวยการ'],
      ['ผู้อนุมัติ', 'นายสมชาย รักชาติ'],
      ['ตำแหน่งผู้อนุมัติ', 'เลขาธิการ'],
    ]);
    const after = paragraphs(xml.slice(xml.lastIndexOf('</w:tbl>')));
    const kept = after.map((p) => [textOf(p), p.includes('<w:keepNext/>')]);
    expect(kept).toEqual([
      ['ปัญหา อุปสรรค และข้อเสนอแนะ', true],
      ['ปัญหาและอุปสรรค', true],
      ['ไม่มี', false],
      ['ข้อเสนอแนะ', true],
      ['ไม่มี', false],
      ['ลงชื่อ ................................................ ผู้รายงาน', true],
      ['(นางสาวสมหญิง ใจดี)', true],
      ['ตำแหน่ง นักวิเคราะห์นโยบายและแผน', true],
      ['รักษาราชการแทนผู้อำนวยการ', true],
      ['วันที่ ........../........../..........', false],
      ['ลงชื่อ ................................................ ผู้อนุมัติ', true],
      ['(นายสมชาย รักชาติ)', true],
      ['ตำแหน่ง เลขาธิการ', true],
      ['วันที่ ........../........../..........', false],
    ]);

    // The Google Doc's requests keep the same paragraphs with the next (keepWithNext, set on every paragraph).
    const data = seedWorkbook();
    (data[SHEET.config]!.values as unknown[][]).push(
      ['ผู้รายงาน', 'นางสาวสมหญิง ใจดี'],
      ['ตำแหน่งผู้รายงาน', 'นักวิเคราะห์นโยบายและแผน\nรักษาราชการแทนผู้อำนวยการ'],
      ['ผู้อนุมัติ', 'นายสมชาย รักชาติ'],
      ['ตำแหน่งผู้อนุมัติ', 'เลขาธิการ'],
    );
    const { workbook } = validateWorkbookData(data);
    const closing = buildReportModel(workbook, workbook.config!).closing;
    const styles = blockStyleRequests(closing, 1, 'Sarabun', BLOCK_METRICS).filter((r) => r.updateParagraphStyle);
    expect(styles.every((r) => r.updateParagraphStyle!.fields!.includes('keepWithNext'))).toBe(true);
    const docKept = closing
      .filter((p) => p.text !== '')
      .map((p, i) => [p.text, styles[i].updateParagraphStyle!.paragraphStyle!.keepWithNext]);
    expect(docKept).toEqual(kept);
  });
});
