import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../src/core/report-model';
import { cleanText, describeNotesTh, spreadsheetError } from '../src/core/text-clean';
import { findUrls, replaceUrls } from '../src/core/urls';
import { validateWorkbookData } from '../src/core/validation';
import { cellText, readCell } from '../src/core/workbook';
import { sampleAgency, setMeasure } from './tools/sample-agency';

describe('cleanText: what the report prints', () => {
  it('maps the legacy Thai PUA glyphs of old fonts to the standard characters', () => {
    // "ที่" and "ผู้" as copied from a TH SarabunPSK PDF: low tone marks and a shifted-left sara ii.
    expect(cleanText('ท\uf702\uf70a ผู\uf70b').text).toBe('ที่ ผู้');
    expect(cleanText('ท\uf702\uf70a').notes).toEqual({ 'legacy-thai': 2 });
    // Without-descender forms of yo ying and tho than, and the Mac column.
    expect(cleanText('\uf70f\uf700\uf89b').text).toBe('ญฐุ');
  });

  it('removes other private-use characters, BMP and supplementary', () => {
    expect(cleanText('ก\ue000ข\uf8ffค\u{f0000}ง\u{10fffd}').text).toBe('กขคง');
    expect(cleanText('ก\ue000').notes).toEqual({ 'private-use': 1 });
  });

  it('turns every line break into "\\n" without reporting it', () => {
    const c = cleanText('a\r\nb\rc\u000bd\u2028e\u2029f\u0085g\nh');
    expect(c.text).toBe('a\nb\nc\nd\ne\nf\ng\nh');
    expect(c.notes).toEqual({});
  });

  it('removes controls, noncharacters and lone surrogates, keeps real surrogate pairs', () => {
    const c = cleanText('a\u0000b\u0007c\u001fd\u007fe\u009ff\ufffeg\uffffh\ufdd0i\ud800j\udc00k😀l');
    expect(c.text).toBe('abcdefghijk😀l');
    expect(c.notes).toEqual({ control: 5, invalid: 5 });
  });

  it('replaces a tab with a space, and says so', () => {
    expect(cleanText('ก\tข')).toEqual({ text: 'ก ข', notes: { tab: 1 } });
  });

  it('writes sara am for nikhahit + sara aa, with the tone mark before it', () => {
    expect(cleanText('น\u0e4d\u0e49\u0e32').text).toBe('น้ำ'); // น ํ ้ า
    expect(cleanText('น\u0e49\u0e4d\u0e32').text).toBe('น้ำ'); // น ้ ํ า
    expect(cleanText('ท\u0e4d\u0e32').notes).toEqual({ 'sara-am': 1 });
    expect(cleanText('น้ำ').notes).toEqual({});
  });

  it('drops a combining mark typed twice', () => {
    expect(cleanText('ก\u0e49\u0e49\u0e49ว').text).toBe('ก้ว');
    expect(cleanText('ที\u0e35่').notes).toEqual({ 'doubled-mark': 1 });
    expect(cleanText('ไก่ไก่').notes).toEqual({}); // the same mark on two letters is not doubled
  });

  it('fixes sara am typed with a doubled mark in one go: cleaning again changes nothing', () => {
    // น ํ ้ ้ า: the doubled tone hid the slip, and only a second cleaning (the ledger's answer read back) fixed it.
    expect(cleanText('น\u0e4d\u0e49\u0e49\u0e32').text).toBe('น้ำ');
    expect(cleanText('น\u0e4d\u0e49\u0e49\u0e32').notes).toEqual({ 'doubled-mark': 1, 'sara-am': 1 });
    expect(cleanText('ท\u0e4d\u0e4d\u0e32').text).toBe('ทำ'); // nikhahit twice: no stray one left
    expect(cleanText('น\u0e49\u0e4d\u0e49\u0e32').text).toBe('น้ำ');
    const marks = fc
      .array(
        fc.constantFrom(
          'น',
          'ท',
          'า',
          'ำ',
          'เ',
          ' ',
          '\u0e4d',
          '\u0e48',
          '\u0e49',
          '\u0e34',
          '\u0e38',
          '\uf70a',
          '\uf711',
          '２',
          'ﬁ',
        ),
        { maxLength: 10 },
      )
      .map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(marks, fc.string({ unit: 'binary', maxLength: 12 })), (s) => {
        const once = cleanText(s).text;
        expect(cleanText(once)).toEqual({ text: once, notes: {} });
      }),
      { numRuns: 3000 },
    );
  });

  it('folds full-width letters, digits and spaces and the Latin ligatures of PDF text to plain characters', () => {
    expect(cleanText('ปี\u3000２５６７ ＨＲ（กจ．）').text).toBe('ปี 2567 HR(กจ.)');
    expect(cleanText('https://example.go.th/\ufb01le-\ufb02ow-e\ufb00ect.pdf').text).toBe(
      'https://example.go.th/file-flow-effect.pdf',
    );
    expect(cleanText('o\ufb03ce \ufb04').notes).toEqual({ compat: 2 });
    expect(describeNotesTh({ compat: 3 })).toContain('เต็มความกว้าง');
  });

  it('writes sara ae for sara e typed twice (เเละ), with a warning', () => {
    expect(cleanText('ดูเเลเเละพัฒนา').text).toBe('ดูแลและพัฒนา');
    expect(cleanText('เเละ').notes).toEqual({ 'sara-ae': 1 });
    expect(describeNotesTh({ 'sara-ae': 2 })).toContain('สระแอ');
    expect(cleanText('เลเซอร์ แและ เกเร').notes).toEqual({}); // one sara e each time: nothing to fix
  });

  it('puts a tone mark typed after sara am or before sara u in its place, with a warning', () => {
    expect(cleanText('น\u0e33\u0e49').text).toBe('น้ำ'); // น ำ ้ (as some phones and Macs type it)
    expect(cleanText('ท\u0e48\u0e38ง').text).toBe('ทุ่ง'); // ท ่ ุ ง
    expect(cleanText('น\u0e33\u0e49').notes).toEqual({ 'mark-order': 1 });
    expect(cleanText('น\u0e49\u0e33\u0e49').text).toBe('น้ำ'); // the tone typed on both sides: once
    expect(describeNotesTh({ 'mark-order': 1 })).toContain('เรียง');
    expect(cleanText('น้ำท่วมทุ่ง').notes).toEqual({});
  });

  it("maps the bullets of Word's Symbol and Wingdings fonts (private use in copied text) to the bullets they show", () => {
    expect(cleanText('\uf0b7\tจัดอบรม\n\uf0a7 ประชุม\n\uf0d8 เผยแพร่\n\uf0fc ตรวจ').text).toBe(
      '• จัดอบรม\n▪ ประชุม\n➢ เผยแพร่\n✓ ตรวจ',
    );
    expect(cleanText('\uf0b7 ก').notes).toEqual({ 'symbol-bullet': 1 });
    expect(describeNotesTh({ 'symbol-bullet': 1 })).toContain('Wingdings');
    expect(cleanText('\uf0b8').notes).toEqual({ 'private-use': 1 }); // not a bullet: removed as before
  });

  it('leaves ordinary Thai untouched and says what it did in Thai', () => {
    const text = 'จัดอบรม ๒ ครั้ง เมื่อวันที่ ๑๕ ธ.ค. ๒๕๖๗ https://example.go.th/a?b=1';
    expect(cleanText(text)).toEqual({ text, notes: {} });
    expect(describeNotesTh({ 'legacy-thai': 2, tab: 1 })).toBe(
      'อักขระไทยจากฟอนต์รุ่นเก่า (เช่น ข้อความที่คัดลอกจาก PDF ที่ใช้ TH SarabunPSK) ๒ ตัว แปลงเป็นอักขระมาตรฐาน; ' +
        'แท็บ ๑ ตัว แทนด้วยช่องว่าง — รายงานจะพิมพ์ข้อความที่แก้แล้ว (ข้อความในเซลล์ไม่ถูกเปลี่ยน)',
    );
  });
});

describe('readCell: the boundary every value passes', () => {
  it('reads formula error values as errors, whole cells only', () => {
    for (const e of ['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!']) {
      expect(readCell(e)).toEqual({ text: '', notes: {}, error: e });
      expect(spreadsheetError(` ${e} `)).toBe(e);
    }
    expect(readCell('#1 ในกลุ่ม').error).toBeNull();
    expect(readCell('ดู #REF! ในสูตร').text).toBe('ดู #REF! ในสูตร');
  });

  it('cleans and trims strings, keeps numbers and dates as before', () => {
    expect(cellText('  ก\uf70a\r\n')).toBe('ก่');
    expect(cellText(12)).toBe('12');
    expect(cellText(new Date(Date.UTC(2024, 1, 28, 17)))).toBe('2024-02-29');
  });

  it("cellText's short paths give readCell's text for every kind of value", () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom(' #REF! ', '#N/A', 'ก\r\nข ', '\u200bก', 'ก\uf70a', '', '   ', 'Loading...'),
    );
    const value = fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.date(), fc.constant(null));
    fc.assert(
      fc.property(value, (v) => {
        expect(cellText(v)).toBe(readCell(v).text);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('URLs in Thai prose', () => {
  const urls = (s: string) => findUrls(s).map((u) => u.url);
  it('leaves out brackets, quotes and punctuation that close the sentence', () => {
    expect(urls('(https://example.go.th)')).toEqual(['https://example.go.th']);
    expect(urls('ดูที่ https://example.go.th/a.pdf.')).toEqual(['https://example.go.th/a.pdf']);
    expect(urls('"https://example.go.th/x", และ https://b.go.th/y;')).toEqual([
      'https://example.go.th/x',
      'https://b.go.th/y',
    ]);
    expect(urls('“https://example.go.th/x”')).toEqual(['https://example.go.th/x']);
    expect(urls('[https://example.go.th/]')).toEqual(['https://example.go.th/']);
  });
  it('keeps brackets the URL opened itself, and its query', () => {
    expect(urls('(ดู https://th.wikipedia.org/wiki/A_(B))')).toEqual(['https://th.wikipedia.org/wiki/A_(B)']);
    expect(urls('https://example.go.th/a?id=12&x=(1)')).toEqual(['https://example.go.th/a?id=12&x=(1)']);
  });
  it('stops at Thai glued to its end', () => {
    expect(urls('https://example.go.th/docsเมื่อวันที่ ๑')).toEqual(['https://example.go.th/docs']);
    expect(findUrls('ที่ https://e.go.th/aเมื่อ')[0]).toEqual({ start: 4, end: 21, url: 'https://e.go.th/a' });
  });
  it('stops at the invisible characters Thai text pasted from Word or LINE carries (zero-width space, joiners, BOM, soft hyphen)', () => {
    for (const c of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'])
      expect(urls(`ดู https://example.go.th/a.pdf${c}ประกอบ`)).toEqual(['https://example.go.th/a.pdf']);
    expect(urls('https://e.go.th/x\u200b.')).toEqual(['https://e.go.th/x']);
  });
  it('is no link without a host', () => {
    expect(urls('https:// และ http://.')).toEqual([]);
  });
  it('replaces a URL by a word, so no double space appears that is not in the cell', () => {
    expect(replaceUrls('ที่ https://e.go.th เมื่อ', 'URL')).toBe('ที่ URL เมื่อ');
  });
});

describe('validation on cleaned and erroneous cells', () => {
  it('warns on the cell whose text was cleaned, and the report prints the cleaned text', () => {
    const data = setMeasure(sampleAgency(), 1, 'ผลการดำเนินงาน', 'จัดอบรมที\uf702\uf70a ๑ ครั้ง\tแล้ว');
    const result = validateWorkbookData(data);
    const cleaned = result.findings.filter((f) => f.rule === 'text-cleaned');
    expect(cleaned).toHaveLength(1);
    expect(cleaned[0]).toMatchObject({
      severity: 'warning',
      sheet: 'มาตรการ',
      row: 2,
      column: 10,
      header: 'ผลการดำเนินงาน',
    });
    expect(cleaned[0].messageTh).toContain('ฟอนต์รุ่นเก่า');
    expect(cleaned[0].messageTh).toContain('แท็บ');
    expect(result.errors).toBe(0);
    const model = buildReportModel(result.workbook, result.workbook.config!);
    const row = model.body.find((r) => r.kind === 'measure' && r.rowId === 'R1');
    const text =
      row && row.kind === 'measure' ? row.cells[4].paragraphs.map((p) => p.runs.map((r) => r.text).join('')) : [];
    expect(text[0]).toBe('จัดอบรมที่ ๑ ครั้ง แล้ว'.replace('๑', '1'));
  });

  it('takes out the invisible characters pasted text carries, so a code with one still matches (warning only)', () => {
    // Word, LINE and web pages leave zero-width spaces, word joiners, soft hyphens, BOMs and direction marks.
    for (const invisible of ['\u200b', '\u200c', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u202b', '\u2066']) {
      const data = setMeasure(sampleAgency(), 1, 'ผู้รับผิดชอบ', `HR${invisible}`);
      const result = validateWorkbookData(data);
      expect(result.findings.map((f) => f.rule)).toEqual(['text-cleaned']);
      expect(result.findings[0]).toMatchObject({ severity: 'warning', row: 2, header: 'ผู้รับผิดชอบ' });
      expect(result.findings[0].messageTh).toContain('มองไม่เห็น');
    }
    expect(cleanText('ก\u200bข\u00adค').text).toBe('กขค');
    expect(cleanText('ก\u200bข\u00adค').notes).toEqual({ invisible: 2 });
    // The joiner inside an emoji sequence is part of the picture: kept.
    expect(cleanText('👨\u200d👩').text).toBe('👨\u200d👩');
  });

  it('makes a formula error value an error on its cell, never a row id or report text', () => {
    let data = setMeasure(sampleAgency(), 2, 'รหัสแถว', '#NAME?');
    data = setMeasure(data, 3, 'ผลผลิต', '#REF!');
    const result = validateWorkbookData(data);
    const errors = result.findings.filter((f) => f.rule === 'cell-error-value');
    expect(errors.map((f) => [f.row, f.header])).toEqual([
      [3, 'รหัสแถว'],
      [4, 'ผลผลิต'],
    ]);
    expect(errors[0].messageTh).toContain('"#NAME?"');
    // Reported once: no second "required" error on the same cell.
    expect(result.findings.filter((f) => f.row === 3 && f.header === 'รหัสแถว')).toHaveLength(1);
    expect(result.workbook.measures.map((m) => m.rowId)).not.toContain('#NAME?');
  });

  it('refuses a config value that is a formula error', () => {
    const data = sampleAgency();
    data['ตั้งค่า']!.values[1][1] = '#N/A';
    const result = validateWorkbookData(data);
    expect(result.workbook.config).toBeNull();
    expect(result.findings.find((f) => f.rule === 'cell-error-value')).toMatchObject({
      sheet: 'ตั้งค่า',
      row: 2,
      column: 2,
    });
  });

  it('reads full-width digits and a ligature pasted from a PDF as what they look like, with a warning', () => {
    let data = setMeasure(sampleAgency(), 4, 'ประเด็นที่', '２');
    data = setMeasure(data, 1, 'วันที่ดำเนินการ', '１５/１２/２５６７');
    data = setMeasure(data, 1, 'ลิงก์หลักฐาน', 'https://example.go.th/pro\ufb01le.pdf');
    const result = validateWorkbookData(data);
    expect(result.findings.map((f) => [f.severity, f.rule, f.row, f.header])).toEqual([
      ['warning', 'text-cleaned', 2, 'ลิงก์หลักฐาน'],
      ['warning', 'text-cleaned', 2, 'วันที่ดำเนินการ'],
      ['warning', 'text-cleaned', 5, 'ประเด็นที่'],
    ]);
    const r1 = result.workbook.measures.find((m) => m.rowId === 'R1')!;
    expect([r1.evidence, r1.activityDates]).toEqual([['https://example.go.th/profile.pdf'], ['15/12/2567']]);
  });

  it('a unit named with sara e typed twice still matches the unit (warning only)', () => {
    const data = setMeasure(sampleAgency(), 3, 'ผู้รับผิดชอบ', 'กองยุทธศาสตร์เเละแผนงาน');
    const result = validateWorkbookData(data);
    expect(result.findings.map((f) => [f.rule, f.row, f.header])).toEqual([['text-cleaned', 4, 'ผู้รับผิดชอบ']]);
    expect(result.workbook.measures.find((m) => m.rowId === 'R3')!.units).toEqual(['กองยุทธศาสตร์และแผนงาน']);
  });

  it('targets pasted with their list numbers or bullets print numbered once, with a warning on the cell', () => {
    for (const [typed, printed] of [
      ['1. จัดอบรมไม่น้อยกว่า 1 ครั้ง\n2.ผู้เข้าอบรมไม่น้อยกว่า 50 คน', ['จัดอบรมไม่น้อยกว่า 1 ครั้ง', 'ผู้เข้าอบรมไม่น้อยกว่า 50 คน']],
      ['•\tจัดอบรม\n- ผู้เข้าอบรม', ['จัดอบรม', 'ผู้เข้าอบรม']],
      ['๑) จัดอบรม\n(๒) ผู้เข้าอบรม', ['จัดอบรม', 'ผู้เข้าอบรม']],
    ] as const) {
      const result = validateWorkbookData(setMeasure(sampleAgency(), 1, 'ค่าเป้าหมาย', typed));
      expect(result.findings.filter((f) => f.rule === 'target-numbered').map((f) => [f.row, f.header])).toEqual([
        [2, 'ค่าเป้าหมาย'],
      ]);
      expect(result.workbook.measures.find((m) => m.rowId === 'R1')!.targets).toEqual(printed);
      const model = buildReportModel(result.workbook, result.workbook.config!);
      const row = model.body.find((r) => r.kind === 'measure' && r.rowId === 'R1');
      const lines =
        row && row.kind === 'measure' ? row.cells[1].paragraphs.map((p) => p.runs.map((r) => r.text).join('')) : [];
      expect(lines.slice(-2)).toEqual([`1. ${printed[0]}`, `2. ${printed[1]}`]);
    }
    // A number that is the target's own, not a list number, stays.
    const own = validateWorkbookData(setMeasure(sampleAgency(), 1, 'ค่าเป้าหมาย', '100 คนเข้าร่วม\n1.5 ล้านบาท\n- \nต่อ'));
    expect(own.workbook.measures.find((m) => m.rowId === 'R1')!.targets).toEqual([
      '100 คนเข้าร่วม',
      '1.5 ล้านบาท',
      '-',
      'ต่อ',
    ]);
    expect(own.findings.filter((f) => f.rule === 'target-numbered')).toEqual([]);
  });

  it('sees no double space where a URL sat between two words', () => {
    const data = setMeasure(sampleAgency(), 2, 'ผลการดำเนินงาน', 'ที่ https://example.go.th/a เมื่อ มี.ค.');
    expect(validateWorkbookData(data).findings.filter((f) => f.rule === 'double-space')).toEqual([]);
    const twice = setMeasure(sampleAgency(), 2, 'ผลการดำเนินงาน', 'ที่  https://example.go.th/a เมื่อ');
    expect(validateWorkbookData(twice).findings.filter((f) => f.rule === 'double-space')).toHaveLength(1);
  });

  it('links a URL in parentheses without the bracket', () => {
    const data = setMeasure(sampleAgency(), 2, 'ผลการดำเนินงาน', 'เผยแพร่แล้ว (https://example.go.th/a).');
    const result = validateWorkbookData(data);
    const model = buildReportModel(result.workbook, result.workbook.config!);
    const row = model.body.find((r) => r.kind === 'measure' && r.rowId === 'R2');
    const runs = row && row.kind === 'measure' ? row.cells[4].paragraphs[0].runs : [];
    expect(runs).toEqual([
      { text: 'เผยแพร่แล้ว (' },
      { text: 'https://example.go.th/a', link: 'https://example.go.th/a' },
      { text: ').' },
    ]);
  });
});
