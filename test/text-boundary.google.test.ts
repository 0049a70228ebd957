/**
 * The CLI's Google path (Sheet → Google Doc through googleapis, against the loopback fake, the Docs requests
 * applied by the simulator that strips what the API strips): pasted PUA characters and a URL in brackets reach
 * the Doc cleaned, with the link on exactly the URL; a formula error blocks the report.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGoogleDoc, readSpreadsheet, type GoogleOptions } from '../src/cli/google';
import { SHEET } from '../src/core/layout';
import { buildReportModel } from '../src/core/report-model';
import { validateWorkbookData } from '../src/core/validation';
import type { WorkbookData } from '../src/core/workbook';
import { startGoogleFake, type GoogleFake } from './tools/google-loopback';
import { seedWorkbook } from './tools/seed';
import { writeServiceAccountKey } from './tools/service-account-key';

let dir: string;
let keyFile: string;
let publicKeyPem: string;
let fake: GoogleFake | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'text-google-'));
  ({ keyFile, publicKeyPem } = writeServiceAccountKey(dir, { name: 'key.json' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function seedWith(rowId: string, header: string, value: string): WorkbookData {
  const data = seedWorkbook();
  const values = data[SHEET.measures]!.values;
  const row = values.findIndex((r) => r[0] === rowId);
  values[row][(values[0] as string[]).indexOf(header)] = value;
  return data;
}

async function open(data: WorkbookData): Promise<GoogleOptions> {
  fake = await startGoogleFake({ spreadsheets: { s1: data }, publicKeyPem });
  return { keyFile, rootUrl: fake.rootUrl, retry: { firstDelayMs: 1 } };
}

describe('Sheet → Google Doc with pasted text', () => {
  it('legacy PUA characters and a URL in brackets: the Doc shows the cleaned text and links only the URL', async () => {
    const options = await open(
      seedWith('2567-01', 'ผลการดำเนินงาน', 'ท\uf702\uf70aประชุม\uf8ffมีมติ (https://example.go.th/m).'),
    );
    const result = validateWorkbookData(await readSpreadsheet('s1', options));
    expect(result.errors).toBe(0);
    expect(result.findings.filter((f) => f.rule === 'text-cleaned')).toHaveLength(1);
    const model = buildReportModel(result.workbook, result.workbook.config!);
    const made = await createGoogleDoc(model, { ...options, title: 'ทดสอบ', footerText: 'ท้าย' });
    const doc = fake!.documents.get(made.documentId)!.doc;
    const cell = doc
      .tables()[0]
      .cells.flat()
      .find((c) => c.text.includes('มีมติ'))!;
    expect(cell.text).toContain('ที่ประชุมมีมติ (https://example.go.th/m).');
    const links = cell.paragraphs.flatMap((p) => p.runs).filter((r) => r.style.link);
    expect(links.map((r) => [r.text, (r.style.link as { url: string }).url])).toEqual([
      ['https://example.go.th/m', 'https://example.go.th/m'],
    ]);
  });

  it('a #REF! read through the Sheets API is an error on its cell', async () => {
    const options = await open(seedWith('2567-03', 'ผลผลิต', '#REF!'));
    const result = validateWorkbookData(await readSpreadsheet('s1', options));
    expect(result.findings.filter((f) => f.rule === 'cell-error-value').map((f) => [f.sheet, f.header])).toEqual([
      [SHEET.measures, 'ผลผลิต'],
    ]);
  });
});
