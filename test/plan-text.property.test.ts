/**
 * [plan] Property: no text a person can paste breaks the measures plan's Doc. Random pasted text (Thai with
 * stacked marks, surrogate pairs, what Docs strips, CR/CRLF, the legacy Thai PUA, URLs, **bold** lines) in the
 * agency, a heading, an issue, a measure, its targets, its timeframe, a unit's name and an indicator's name goes
 * through the plan's validation, model, Docs requests and the simulator: the body ends where the builder said,
 * and every cell of both tables holds the model's text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BlockCell, TableBlock } from '../src/core/doc-blocks';
import { buildPlanModel } from '../src/core/plan-model';
import { validatePlanData } from '../src/core/plan-validation';
import { buildPlanDocsRequests } from '../src/render/plan-docs-requests';
import { applyPlan } from './tools/docs-simulator/apply-plan';
import { setMeasure } from './tools/sample-agency';
import { seedWorkbook } from './tools/seed';

const PIECES = ['ก', 'ที่', 'น้ำ', 'ก\u0e49\u0e49', 'ท\u0e4d\u0e32', ' ', '\n', '\r\n', '\r', '\t', '\u000b'];
const ODD = ['\u0000', '\u001f', '\u0085', '\u2028', '\ufffe', '\ud800', '😀', '\uf70a', '\ue000', '**', '๒๕๖๗'];
const pasted = fc
  .array(fc.constantFrom(...PIECES, ...ODD, 'https://ex.go.th/x_(y).', '**หัวข้อ**', '.', ')'), { maxLength: 10 })
  .map((p) => `ก${p.join('')}`);

const cellText = (cell: BlockCell) => cell.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');

describe('any pasted text, through the measures plan', () => {
  it('the Doc ends where the builder said, and every table cell holds the model text', () => {
    fc.assert(
      fc.property(fc.array(pasted, { minLength: 8, maxLength: 8 }), (t) => {
        const data = seedWorkbook();
        data['ตั้งค่า']!.values[1][1] = t[0];
        data['ตัวชี้วัด']!.values[1][2] = t[1];
        data['หน่วยงาน']!.values[1][1] = t[2];
        data['ผลการประเมินปีก่อน']!.values[2][1] = t[3];
        for (const n of [1, 2, 3, 4]) setMeasure(data, n, 'ประเด็นการพัฒนา', t[4]);
        for (const n of [1, 2]) setMeasure(data, n, 'มาตรการ/แนวทางปฏิบัติ', t[5]);
        setMeasure(data, 1, 'ค่าเป้าหมาย', t[6]);
        setMeasure(data, 2, 'ระยะเวลาดำเนินการ', t[7]);
        const result = validatePlanData(data);
        expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
        const model = buildPlanModel(result, result.workbook.config!);
        const plan = buildPlanDocsRequests(model, { footerText: 'ท้าย' });
        const doc = applyPlan(plan);
        expect(doc.endIndex).toBe(plan.stats.bodyEndIndex);
        const tables = model.blocks.filter((b): b is TableBlock => b.kind === 'table');
        doc.tables().forEach((table, i) =>
          tables[i].rows.forEach((row, r) =>
            row.forEach((cell, c) => {
              if (cell.rowSpan !== 0) expect(table.cells[r][c].text).toBe(cellText(cell));
            }),
          ),
        );
      }),
      { numRuns: 40 },
    );
  });
});
