/**
 * A Google Docs document model that applies documents.batchUpdate requests, for tests.
 *
 * Written from Google's documented behaviour (Docs API reference, "Work with tables", "Structural editing rules
 * and behavior"), independently of src/render: it knows nothing of the report.
 *
 * Model: each segment (the body, each footer) is a flat list of slots, one per index.
 * - the body starts with a section break at index 0;
 * - a paragraph is its characters followed by '\n'; its paragraph style lives on that '\n';
 * - a table is: a table-start slot (the table's startIndex), per row a row-start slot, per cell a cell-start
 *   slot followed by the cell's paragraphs, and a table-end slot. An empty 2x2 table at S thus spans
 *   [S, S+12), cell (r, c)'s paragraph is at S + 3 + r(2C + 1) + 2c, as the "Work with tables" guide lists.
 *
 * Rules enforced (each from the API reference unless marked):
 * - text and tables are inserted only "inside the bounds of an existing Paragraph": the slot at the index must be
 *   a character of a paragraph, never a table, row or cell boundary, never the section break, never past the end;
 * - insertTable puts a newline first, so the table starts at index + 1;
 * - a style range must be non-empty, inside the segment, and cover some text;
 * - fields masks are required and must name fields of the style ("*" allowed);
 * - mergeTableCells: the range must lie in the table and be rectangular (it may not cut through an existing merge);
 *   "Any text in the cells being merged will be concatenated and stored in the head cell";
 * - pinTableHeaderRows: 0..rows;
 * - a batch is atomic: a failing request leaves the document as it was;
 * - createFooter fails when the document already has a default footer (a template copied with one).
 * AutoText (page numbers) cannot be inserted through the API; a document made by hand in Docs can hold it, so
 * DocsSimulator.fromTemplate() makes one with a page number in its footer, and get() reads it back.
 * Unknown request kinds and unknown fields are rejected like the API's "Invalid JSON payload received. Unknown name".
 */

export type Json = Record<string, unknown>;

export class DocsApiError extends Error {
  readonly code = 400;
  constructor(message: string) {
    super(message);
    this.name = 'DocsApiError';
  }
}

/** [plan] An inline image DocumentApp put in (the Docs API's insertInlineImage is not simulated: it needs a public URL). */
export interface InlineImageView {
  contentType: string;
  bytes: Uint8Array;
  /** Pixels, as DocumentApp's InlineImage.setWidth/setHeight set them. */
  width: number;
  height: number;
}

interface CharSlot {
  k: 'ch';
  ch: string;
  /** [plan] An inline image: one index, shown in views as {IMAGE}. */
  image?: InlineImageView;
  /** An AutoText element (a page number): one index, shown in views as {PAGE_NUMBER}. */
  auto?: 'PAGE_NUMBER' | 'PAGE_COUNT';
  ts: Json;
  /** Only on '\n': the paragraph's style. */
  ps?: Json;
}
interface TableSlot {
  k: 'table';
  table: TableState;
}
type Slot = { k: 'sectionBreak' } | CharSlot | TableSlot | { k: 'row' } | { k: 'cell' } | { k: 'tableEnd' };

interface Merge {
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
}

interface TableState {
  rows: number;
  columns: number;
  merges: Merge[];
  pinnedHeaderRows: number;
  columnProperties: Json[];
  /** rows x columns */
  cellStyles: Json[][];
}

export interface RunView {
  text: string;
  style: Json;
}
export interface ParagraphView {
  startIndex: number;
  endIndex: number;
  /** Without the closing newline. */
  text: string;
  runs: RunView[];
  style: Json;
}
export interface CellView {
  startIndex: number;
  paragraphs: ParagraphView[];
  /** Paragraph texts joined by '\n'. */
  text: string;
  rowSpan: number;
  columnSpan: number;
  /** Covered by another cell's merge. */
  covered: boolean;
  style: Json;
}
export interface TableView {
  startIndex: number;
  endIndex: number;
  rows: number;
  columns: number;
  pinnedHeaderRows: number;
  merges: Merge[];
  columnProperties: Json[];
  cells: CellView[][];
}
export type BodyElement = { kind: 'paragraph'; paragraph: ParagraphView } | { kind: 'table'; table: TableView };

const REQUEST_KINDS = new Set(
  'addDocumentTab createFooter createFootnote createHeader createNamedRange createParagraphBullets deleteContentRange deleteFooter deleteHeader deleteNamedRange deleteParagraphBullets deletePositionedObject deleteTab deleteTableColumn deleteTableRow insertDate insertInlineImage insertPageBreak insertPerson insertRichLink insertSectionBreak insertTable insertTableColumn insertTableRow insertText mergeTableCells pinTableHeaderRows replaceAllText replaceImage replaceNamedRangeContent unmergeTableCells updateDocumentStyle updateDocumentTabProperties updateNamedStyle updateParagraphStyle updateSectionStyle updateTableCellStyle updateTableColumnProperties updateTableRowStyle updateTextStyle'.split(
    ' ',
  ),
);
const FIELDS = {
  textStyle:
    'backgroundColor baselineOffset bold fontSize foregroundColor italic link smallCaps strikethrough underline weightedFontFamily',
  paragraphStyle:
    'alignment avoidWidowAndOrphan borderBetween borderBottom borderLeft borderRight borderTop direction indentEnd indentFirstLine indentStart keepLinesTogether keepWithNext lineSpacing namedStyleType pageBreakBefore shading spaceAbove spaceBelow spacingMode tabStops',
  tableCellStyle:
    'backgroundColor borderBottom borderLeft borderRight borderTop contentAlignment paddingBottom paddingLeft paddingRight paddingTop',
  documentStyle:
    'background flipPageOrientation marginBottom marginFooter marginHeader marginLeft marginRight marginTop pageNumberStart pageSize useCustomHeaderFooterMargins useEvenPageHeaderFooter useFirstPageHeaderFooter',
  tableColumnProperties: 'width widthType',
} as const;
type StyleKind = keyof typeof FIELDS;
const FIELD_SETS = Object.fromEntries(Object.entries(FIELDS).map(([k, v]) => [k, new Set(v.split(' '))])) as Record<
  StyleKind,
  Set<string>
>;

/** The keys each request kind may carry (anything else is an unknown name). */
const REQUEST_KEYS: Record<string, string[]> = {
  insertText: ['location', 'endOfSegmentLocation', 'text'],
  insertTable: ['location', 'endOfSegmentLocation', 'rows', 'columns'],
  updateTextStyle: ['range', 'textStyle', 'fields'],
  updateParagraphStyle: ['range', 'paragraphStyle', 'fields'],
  updateDocumentStyle: ['documentStyle', 'fields', 'tabId'],
  updateTableColumnProperties: ['tableStartLocation', 'columnIndices', 'tableColumnProperties', 'fields'],
  updateTableCellStyle: ['tableRange', 'tableStartLocation', 'tableCellStyle', 'fields'],
  mergeTableCells: ['tableRange'],
  pinTableHeaderRows: ['tableStartLocation', 'pinnedHeaderRowsCount'],
  createFooter: ['type', 'sectionBreakLocation'],
};

const clone = <T>(v: T): T => structuredClone(v);

export class DocsSimulator {
  private body: Slot[] = [{ k: 'sectionBreak' }, { k: 'ch', ch: '\n', ts: {}, ps: {} }];
  private footers = new Map<string, Slot[]>();
  private nextFooter = 1;
  documentStyle: Json = {
    pageSize: { width: { magnitude: 612, unit: 'PT' }, height: { magnitude: 792, unit: 'PT' } },
    marginTop: { magnitude: 72, unit: 'PT' },
    marginBottom: { magnitude: 72, unit: 'PT' },
    marginLeft: { magnitude: 72, unit: 'PT' },
    marginRight: { magnitude: 72, unit: 'PT' },
  };
  /** Every batchUpdate call, for counting. */
  readonly calls: number[] = [];

  /**
   * A document as a person might make a template in Docs: a default footer holding a centred page number
   * (Insert > Page numbers), and optionally some body text.
   */
  static fromTemplate(options: { pageNumberFooter?: boolean; bodyText?: string } = {}): DocsSimulator {
    const doc = new DocsSimulator();
    if (options.pageNumberFooter ?? true) {
      const footerId = `kix.footer${doc.nextFooter++}`;
      doc.footers.set(footerId, [
        { k: 'ch', ch: '#', auto: 'PAGE_NUMBER', ts: {} },
        { k: 'ch', ch: '\n', ts: {}, ps: { alignment: 'CENTER' } },
      ]);
      doc.documentStyle.defaultFooterId = footerId;
    }
    for (const ch of options.bodyText ?? '')
      doc.body.splice(doc.body.length - 1, 0, { k: 'ch', ch, ts: {}, ps: ch === '\n' ? {} : undefined });
    return doc;
  }

  /** A copy (Drive's makeCopy of a Google Doc). */
  copy(): DocsSimulator {
    const doc = new DocsSimulator();
    doc.body = clone(this.body);
    doc.footers = clone(this.footers);
    doc.nextFooter = this.nextFooter;
    doc.documentStyle = clone(this.documentStyle);
    return doc;
  }

  /**
   * documents.get, the parts a client reads: documentStyle, and body and footer content as structural elements
   * with startIndex/endIndex (the body's first element is the section break, [0, 1)); paragraph elements are
   * textRun or autoText.
   */
  get(): Json {
    const paragraphJson = (slots: Slot[], p: ParagraphView): Json => ({
      startIndex: p.startIndex,
      endIndex: p.endIndex,
      paragraph: {
        elements: slots.slice(p.startIndex, p.endIndex).map((slot, i) => {
          const ch = slot as CharSlot;
          const at = { startIndex: p.startIndex + i, endIndex: p.startIndex + i + 1 };
          return ch.auto ? { ...at, autoText: { type: ch.auto } } : { ...at, textRun: { content: ch.ch } };
        }),
      },
    });
    const contentJson = (slots: Slot[], elements: BodyElement[]): Json[] =>
      elements.map((e) =>
        e.kind === 'paragraph'
          ? paragraphJson(slots, e.paragraph)
          : { startIndex: e.table.startIndex, endIndex: e.table.endIndex, table: {} },
      );
    const footers: Json = {};
    for (const [footerId, slots] of this.footers)
      footers[footerId] = { footerId, content: contentJson(slots, readElements(slots, 0, slots.length)) };
    return {
      documentStyle: clone(this.documentStyle),
      body: { content: [{ startIndex: 0, endIndex: 1, sectionBreak: {} }, ...contentJson(this.body, this.content())] },
      footers,
    };
  }

  /** documents.batchUpdate: all requests or none. */
  batchUpdate(requests: readonly unknown[]): { replies: Json[] } {
    if (!Array.isArray(requests) || requests.length === 0) throw new DocsApiError('Must specify at least one request.');
    const saved = {
      body: clone(this.body),
      footers: clone(this.footers),
      next: this.nextFooter,
      style: clone(this.documentStyle),
    };
    const replies: Json[] = [];
    try {
      requests.forEach((request, i) => {
        try {
          replies.push(this.apply(request));
        } catch (e) {
          if (e instanceof DocsApiError)
            throw new DocsApiError(`Invalid requests[${i}]${kindOf(request)}: ${e.message}`);
          throw e;
        }
      });
    } catch (e) {
      this.body = saved.body;
      this.footers = saved.footers;
      this.nextFooter = saved.next;
      this.documentStyle = saved.style;
      throw e;
    }
    this.calls.push(requests.length);
    return { replies };
  }

  // ---------------------------------------------------------------- requests

  private apply(request: unknown): Json {
    if (!isObject(request)) throw new DocsApiError('a request must be an object');
    const kinds = Object.keys(request);
    if (kinds.length !== 1) throw new DocsApiError(`a request must hold exactly one kind, got ${kinds.length}`);
    const kind = kinds[0];
    if (!REQUEST_KINDS.has(kind))
      throw new DocsApiError(`Invalid JSON payload received. Unknown name "${kind}" at 'requests[0]'`);
    const body = request[kind];
    if (!isObject(body)) throw new DocsApiError(`${kind} must be an object`);
    const allowed = REQUEST_KEYS[kind];
    if (!allowed) throw new Error(`docs simulator: ${kind} is a real request but not simulated`);
    for (const key of Object.keys(body)) {
      if (!allowed.includes(key))
        throw new DocsApiError(`Invalid JSON payload received. Unknown name "${key}" at '${kind}'`);
    }
    switch (kind) {
      case 'insertText':
        return this.insertText(body);
      case 'insertTable':
        return this.insertTable(body);
      case 'updateTextStyle':
        return this.updateTextStyle(body);
      case 'updateParagraphStyle':
        return this.updateParagraphStyle(body);
      case 'updateDocumentStyle':
        return this.updateDocumentStyle(body);
      case 'updateTableColumnProperties':
        return this.updateTableColumnProperties(body);
      case 'updateTableCellStyle':
        return this.updateTableCellStyle(body);
      case 'mergeTableCells':
        return this.mergeTableCells(body);
      case 'pinTableHeaderRows':
        return this.pinTableHeaderRows(body);
      case 'createFooter':
        return this.createFooter(body);
    }
    throw new Error(`unreachable: ${kind}`);
  }

  private segment(segmentId: unknown): Slot[] {
    if (segmentId === undefined || segmentId === '') return this.body;
    const footer = this.footers.get(String(segmentId));
    if (!footer) throw new DocsApiError(`The segment ID ${String(segmentId)} was not found`);
    return footer;
  }

  /** An insertion point: the slot there must be a character of a paragraph. */
  private insertionPoint(location: unknown, endOfSegment: unknown): { slots: Slot[]; index: number } {
    if ((location === undefined) === (endOfSegment === undefined))
      throw new DocsApiError('exactly one of location and endOfSegmentLocation is required');
    if (endOfSegment !== undefined) {
      const slots = this.segment(asObject(endOfSegment).segmentId);
      return { slots, index: slots.length - 1 };
    }
    const loc = asObject(location);
    const slots = this.segment(loc.segmentId);
    const index = loc.index;
    if (typeof index !== 'number' || !Number.isInteger(index))
      throw new DocsApiError('location.index must be an integer');
    if (index < 0) throw new DocsApiError(`Index ${index} must be non-negative`);
    if (index >= slots.length)
      throw new DocsApiError(
        `Index ${index} must be less than the end index of the referenced segment, ${slots.length}.`,
      );
    const slot = slots[index];
    if (slot.k !== 'ch')
      throw new DocsApiError(
        `The insertion index ${index} must be inside the bounds of an existing paragraph (it is at a ${slot.k} boundary).`,
      );
    return { slots, index };
  }

  private insertText(req: Json): Json {
    const { slots, index } = this.insertionPoint(req.location, req.endOfSegmentLocation);
    if (typeof req.text !== 'string') throw new DocsApiError('text is required');
    // "Some control characters (U+0000-U+0008, U+000C-U+001F) ... will be stripped out of the inserted text."
    const text = req.text.replace(/[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g, (c) => (c === '\n' ? c : ''));
    if (text === '') return {};
    const ts = inheritedTextStyle(slots, index);
    const ps = paragraphEnd(slots, index).ps ?? {};
    const inserted: Slot[] = [...text].flatMap((ch) =>
      // A UTF-16 index per code unit: a surrogate pair takes two indexes.
      [...ch.split('')].map((unit): Slot =>
        unit === '\n' ? { k: 'ch', ch: unit, ts: clone(ts), ps: clone(ps) } : { k: 'ch', ch: unit, ts: clone(ts) },
      ),
    );
    slots.splice(index, 0, ...inserted);
    return {};
  }

  private insertTable(req: Json): Json {
    const { slots, index } = this.insertionPoint(req.location, req.endOfSegmentLocation);
    if (slots !== this.body) throw new DocsApiError('tables can only be inserted in the body here');
    const rows = req.rows;
    const columns = req.columns;
    if (!isPositiveInt(rows) || !isPositiveInt(columns))
      throw new DocsApiError('rows and columns must be positive integers');
    if (columns > 20) throw new DocsApiError('A table can have at most 20 columns');
    const ts = inheritedTextStyle(slots, index);
    const ps = paragraphEnd(slots, index).ps ?? {};
    const table: TableState = {
      rows,
      columns,
      merges: [],
      pinnedHeaderRows: 0,
      columnProperties: Array.from({ length: columns }, () => ({ widthType: 'EVENLY_DISTRIBUTED' })),
      cellStyles: Array.from({ length: rows }, () => Array.from({ length: columns }, () => ({}))),
    };
    const inserted: Slot[] = [
      { k: 'ch', ch: '\n', ts: clone(ts), ps: clone(ps) },
      { k: 'table', table },
    ];
    for (let r = 0; r < rows; r++) {
      inserted.push({ k: 'row' });
      for (let c = 0; c < columns; c++) inserted.push({ k: 'cell' }, { k: 'ch', ch: '\n', ts: {}, ps: {} });
    }
    inserted.push({ k: 'tableEnd' });
    slots.splice(index, 0, ...inserted);
    return {};
  }

  private styleRange(range: unknown): { slots: Slot[]; start: number; end: number } {
    const r = asObject(range, 'range');
    const slots = this.segment(r.segmentId);
    const start = r.startIndex;
    const end = r.endIndex;
    if (!Number.isInteger(start) || !Number.isInteger(end))
      throw new DocsApiError('range.startIndex and range.endIndex are required');
    const s = start as number;
    const e = end as number;
    if (s >= e) throw new DocsApiError(`The range should not be empty (startIndex ${s}, endIndex ${e}).`);
    const first = slots === this.body ? 1 : 0;
    if (s < first) throw new DocsApiError(`Index ${s} is before the start of the segment (${first}).`);
    if (e > slots.length)
      throw new DocsApiError(
        `Index ${e} must be less than or equal to the end index of the referenced segment, ${slots.length}.`,
      );
    if (!slots.slice(s, e).some((slot) => slot.k === 'ch'))
      throw new DocsApiError(`The range [${s}, ${e}) holds no text to style.`);
    return { slots, start: s, end: e };
  }

  private updateTextStyle(req: Json): Json {
    const { slots, start, end } = this.styleRange(req.range);
    const { style, fields } = styleAndFields(req.textStyle, req.fields, 'textStyle');
    if (fields.includes('link') && style.link !== undefined) {
      const link = asObject(style.link, 'link');
      if (typeof link.url !== 'string' || !/^https?:\/\//.test(link.url))
        throw new DocsApiError('link.url must be an http(s) URL');
    }
    for (let i = start; i < end; i++) {
      const slot = slots[i];
      if (slot.k === 'ch') assign(slot.ts, style, fields);
    }
    return {};
  }

  private updateParagraphStyle(req: Json): Json {
    const { slots, start, end } = this.styleRange(req.range);
    const { style, fields } = styleAndFields(req.paragraphStyle, req.fields, 'paragraphStyle');
    // "applied to any paragraph that is partially or completely overlapped by that range"
    const ends = new Set<CharSlot>();
    for (let i = start; i < end; i++) {
      const slot = slots[i];
      if (slot.k === 'ch') ends.add(paragraphEnd(slots, i));
    }
    for (const nl of ends) {
      nl.ps ??= {};
      assign(nl.ps, style, fields);
    }
    return {};
  }

  private updateDocumentStyle(req: Json): Json {
    const { style, fields } = styleAndFields(req.documentStyle, req.fields, 'documentStyle');
    assign(this.documentStyle, style, fields);
    return {};
  }

  /** The table whose start index is given: anything else is an error. */
  private tableAt(location: unknown): { table: TableState; start: number } {
    const loc = asObject(location, 'tableStartLocation');
    const slots = this.segment(loc.segmentId);
    const index = loc.index;
    if (typeof index !== 'number' || index < 0 || index >= slots.length)
      throw new DocsApiError(`Index ${String(index)} is outside the segment.`);
    const slot = slots[index];
    if (slot.k !== 'table') throw new DocsApiError(`No table found at index ${index}.`);
    return { table: slot.table, start: index };
  }

  private tableRange(range: unknown): { table: TableState; merge: Merge } {
    const r = asObject(range, 'tableRange');
    const loc = asObject(r.tableCellLocation, 'tableCellLocation');
    const { table } = this.tableAt(loc.tableStartLocation);
    const row = loc.rowIndex ?? 0;
    const column = loc.columnIndex ?? 0;
    const rowSpan = r.rowSpan;
    const columnSpan = r.columnSpan;
    if (
      ![row, column].every((n) => Number.isInteger(n) && (n as number) >= 0) ||
      !isPositiveInt(rowSpan) ||
      !isPositiveInt(columnSpan)
    )
      throw new DocsApiError('tableRange needs rowIndex, columnIndex >= 0 and rowSpan, columnSpan >= 1');
    const m = { row: row as number, column: column as number, rowSpan, columnSpan };
    if (m.row + m.rowSpan > table.rows || m.column + m.columnSpan > table.columns)
      throw new DocsApiError(
        `The table range (${m.row},${m.column}) ${m.rowSpan}x${m.columnSpan} exceeds the ${table.rows}x${table.columns} table.`,
      );
    return { table, merge: m };
  }

  private updateTableColumnProperties(req: Json): Json {
    const { table } = this.tableAt(req.tableStartLocation);
    const { style, fields } = styleAndFields(req.tableColumnProperties, req.fields, 'tableColumnProperties');
    const indices =
      req.columnIndices === undefined || (Array.isArray(req.columnIndices) && req.columnIndices.length === 0)
        ? Array.from({ length: table.columns }, (_, i) => i)
        : req.columnIndices;
    if (!Array.isArray(indices)) throw new DocsApiError('columnIndices must be a list');
    for (const c of indices) {
      if (!Number.isInteger(c) || c < 0 || c >= table.columns)
        throw new DocsApiError(`Column index ${String(c)} is outside the table.`);
    }
    const width = style.width as { magnitude?: number; unit?: string } | undefined;
    if (fields.includes('width') && style.widthType === 'FIXED_WIDTH') {
      // Google documents a minimum column width of 5 points.
      if (!width || width.unit !== 'PT' || typeof width.magnitude !== 'number' || width.magnitude < 5)
        throw new DocsApiError('A fixed column width must be at least 5 points.');
    }
    for (const c of indices as number[]) assign(table.columnProperties[c], style, fields);
    return {};
  }

  private updateTableCellStyle(req: Json): Json {
    if ((req.tableRange === undefined) === (req.tableStartLocation === undefined))
      throw new DocsApiError('exactly one of tableRange and tableStartLocation is required');
    const { style, fields } = styleAndFields(req.tableCellStyle, req.fields, 'tableCellStyle');
    const { table, merge } =
      req.tableRange !== undefined
        ? this.tableRange(req.tableRange)
        : (() => {
            const { table } = this.tableAt(req.tableStartLocation);
            return { table, merge: { row: 0, column: 0, rowSpan: table.rows, columnSpan: table.columns } };
          })();
    for (let r = merge.row; r < merge.row + merge.rowSpan; r++)
      for (let c = merge.column; c < merge.column + merge.columnSpan; c++)
        assign(table.cellStyles[r][c], style, fields);
    return {};
  }

  private mergeTableCells(req: Json): Json {
    const { table, merge } = this.tableRange(req.tableRange);
    // "If the range is non-rectangular (which can occur in some cases where the range covers cells that are
    // already merged ...), a 400 bad request error is returned."
    for (const m of table.merges) {
      if (!overlaps(m, merge)) continue;
      if (!contains(merge, m))
        throw new DocsApiError('The table range is non-rectangular: it cuts through merged cells.');
    }
    if (merge.rowSpan * merge.columnSpan === 1) return {};
    table.merges = table.merges.filter((m) => !contains(merge, m));
    table.merges.push(merge);
    // "Any text in the cells being merged will be concatenated and stored in the head cell."
    const start = this.body.findIndex((s) => s.k === 'table' && s.table === table);
    let moved: Slot[] = [];
    for (let r = merge.row; r < merge.row + merge.rowSpan; r++) {
      for (let c = merge.column; c < merge.column + merge.columnSpan; c++) {
        if (r === merge.row && c === merge.column) continue;
        const [from, to] = cellContentSpan(this.body, start, r, c);
        const content = this.body.slice(from, to);
        if (content.length === 1) continue; // one empty paragraph
        moved = moved.concat(content);
        this.body.splice(from, to - from, { k: 'ch', ch: '\n', ts: {}, ps: {} });
      }
    }
    if (moved.length > 0) {
      const [from, to] = cellContentSpan(this.body, start, merge.row, merge.column);
      if (to - from === 1) this.body.splice(from, 1, ...moved);
      else this.body.splice(to, 0, ...moved);
    }
    return {};
  }

  private pinTableHeaderRows(req: Json): Json {
    const { table } = this.tableAt(req.tableStartLocation);
    const count = req.pinnedHeaderRowsCount ?? 0;
    if (!Number.isInteger(count) || (count as number) < 0 || (count as number) > table.rows)
      throw new DocsApiError(`pinnedHeaderRowsCount ${String(count)} is outside 0..${table.rows}.`);
    table.pinnedHeaderRows = count as number;
    return {};
  }

  private createFooter(req: Json): Json {
    if (req.type !== 'DEFAULT') throw new DocsApiError('createFooter.type must be DEFAULT');
    if (req.sectionBreakLocation !== undefined) throw new Error('docs simulator: section footers are not simulated');
    if (this.documentStyle.defaultFooterId) throw new DocsApiError('A default footer already exists.');
    const footerId = `kix.footer${this.nextFooter++}`;
    this.footers.set(footerId, [{ k: 'ch', ch: '\n', ts: {}, ps: {} }]);
    this.documentStyle.defaultFooterId = footerId;
    return { createFooter: { footerId } };
  }

  // ---------------------------------------------------------------- reading

  /** The body's structural elements after the section break. */
  content(): BodyElement[] {
    return readElements(this.body, 1, this.body.length);
  }

  tables(): TableView[] {
    return this.content().flatMap((e) => (e.kind === 'table' ? [e.table] : []));
  }

  /** Top-level paragraphs, in order. */
  paragraphs(): ParagraphView[] {
    return this.content().flatMap((e) => (e.kind === 'paragraph' ? [e.paragraph] : []));
  }

  footer(): ParagraphView[] {
    const id = this.documentStyle.defaultFooterId;
    if (typeof id !== 'string') return [];
    const slots = this.footers.get(id) ?? [];
    return readElements(slots, 0, slots.length).flatMap((e) => (e.kind === 'paragraph' ? [e.paragraph] : []));
  }

  // ---------------------------------------------------------------- [plan] DocumentApp's view (test/fakes/document-app.ts)

  /** The first body paragraph (top level or in a table) whose text matches `pattern`: its [start, end) without the newline. */
  _findParagraph(pattern: RegExp): { start: number; end: number } | undefined {
    let start = 1;
    for (let i = 1; i < this.body.length; i++) {
      const s = this.body[i];
      if (s.k !== 'ch') {
        start = i + 1;
        continue;
      }
      if (s.ch !== '\n') continue;
      const text = this.body
        .slice(start, i)
        .map((c) => (c as CharSlot).ch)
        .join('');
      if (pattern.test(text)) return { start, end: i };
      start = i + 1;
    }
    return undefined;
  }

  /** Paragraph.clear(): the paragraph's content goes, its newline (and style) stays. */
  _clearParagraph(start: number, end: number): void {
    this.body.splice(start, end - start);
  }

  /** Paragraph.appendInlineImage(blob) on a cleared paragraph at `start`: one index holding the image. */
  _insertImage(start: number, image: InlineImageView): void {
    const next = this.body[start];
    this.body.splice(start, 0, { k: 'ch', ch: '\ufffc', image, ts: next && next.k === 'ch' ? clone(next.ts) : {} });
  }

  /** Every inline image in the body, in order. */
  images(): InlineImageView[] {
    return this.body.flatMap((s) => (s.k === 'ch' && s.image ? [s.image] : []));
  }

  /** The body's end index (one past its last newline). */
  get endIndex(): number {
    return this.body.length;
  }
}

// ------------------------------------------------------------------ helpers

function kindOf(request: unknown): string {
  return isObject(request) ? `.${Object.keys(request)[0] ?? ''}` : '';
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asObject(v: unknown, name = 'object'): Json {
  if (!isObject(v)) throw new DocsApiError(`${name} is required`);
  return v;
}

function isPositiveInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1;
}

/** The style object and its fields mask, checked: the mask is required and names only fields of the style. */
function styleAndFields(style: unknown, mask: unknown, kind: StyleKind): { style: Json; fields: string[] } {
  const s = asObject(style, kind);
  if (typeof mask !== 'string' || mask.trim() === '')
    throw new DocsApiError(`fields is required: at least one field of ${kind} must be specified`);
  for (const key of Object.keys(s)) {
    if (!FIELD_SETS[kind].has(key))
      throw new DocsApiError(`Invalid JSON payload received. Unknown name "${key}" at '${kind}'`);
  }
  const fields = mask === '*' ? [...FIELD_SETS[kind]] : mask.split(',').map((f) => f.trim());
  for (const f of fields) {
    const root = f.split('.')[0];
    if (!FIELD_SETS[kind].has(root)) throw new DocsApiError(`Invalid field mask: "${f}" is not a field of ${kind}`);
  }
  return { style: s, fields };
}

/** Field-mask update: listed fields take the given value, or are reset when absent. */
function assign(target: Json, style: Json, fields: string[]): void {
  for (const f of fields) {
    const root = f.split('.')[0];
    if (style[root] === undefined) delete target[root];
    else target[root] = clone(style[root]);
  }
}

/** "the text style for the inserted text will match the text immediately before the insertion index" */
function inheritedTextStyle(slots: Slot[], index: number): Json {
  const before = slots[index - 1];
  if (before && before.k === 'ch' && before.ch !== '\n') return clone(before.ts);
  const at = slots[index];
  return at.k === 'ch' ? clone(at.ts) : {};
}

/** The newline closing the paragraph that holds slot i (a character). */
function paragraphEnd(slots: Slot[], i: number): CharSlot {
  for (let j = i; j < slots.length; j++) {
    const s = slots[j];
    if (s.k !== 'ch') break;
    if (s.ch === '\n') return s;
  }
  throw new Error(`docs simulator: paragraph at ${i} has no newline`);
}

function overlaps(a: Merge, b: Merge): boolean {
  return (
    a.row < b.row + b.rowSpan &&
    b.row < a.row + a.rowSpan &&
    a.column < b.column + b.columnSpan &&
    b.column < a.column + a.columnSpan
  );
}

function contains(outer: Merge, inner: Merge): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowSpan <= outer.row + outer.rowSpan &&
    inner.column + inner.columnSpan <= outer.column + outer.columnSpan
  );
}

/** [from, to) of cell (r, c)'s content slots, for the table starting at `start`. */
function cellContentSpan(slots: Slot[], start: number, r: number, c: number): [number, number] {
  let row = -1;
  let col = -1;
  for (let i = start + 1; i < slots.length; i++) {
    const s = slots[i];
    if (s.k === 'row') {
      row++;
      col = -1;
    } else if (s.k === 'cell') {
      col++;
      if (row === r && col === c) {
        let j = i + 1;
        while (j < slots.length && slots[j].k === 'ch') j++;
        return [i + 1, j];
      }
    } else if (s.k === 'tableEnd') break;
  }
  throw new Error(`docs simulator: no cell (${r}, ${c})`);
}

function readParagraphs(slots: Slot[], from: number, to: number): ParagraphView[] {
  const out: ParagraphView[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const s = slots[i];
    if (s.k !== 'ch') throw new Error(`docs simulator: unexpected ${s.k} inside paragraphs at ${i}`);
    if (s.ch !== '\n') continue;
    const runs: RunView[] = [];
    let text = '';
    for (let j = start; j < i; j++) {
      const ch = slots[j] as CharSlot;
      const shown = ch.auto ? `{${ch.auto}}` : ch.image ? '{IMAGE}' : ch.ch;
      text += shown;
      const last = runs[runs.length - 1];
      if (last && sameStyle(last.style, ch.ts)) last.text += shown;
      else runs.push({ text: shown, style: clone(ch.ts) });
    }
    out.push({ startIndex: start, endIndex: i + 1, text, runs, style: clone(s.ps ?? {}) });
    start = i + 1;
  }
  return out;
}

function sameStyle(a: Json, b: Json): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isObject(v))
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys(v[k])]),
    );
  return v;
}

function readElements(slots: Slot[], from: number, to: number): BodyElement[] {
  const out: BodyElement[] = [];
  let i = from;
  while (i < to) {
    const s = slots[i];
    if (s.k === 'ch') {
      let j = i;
      while ((slots[j] as CharSlot).ch !== '\n') j++;
      out.push({ kind: 'paragraph', paragraph: readParagraphs(slots, i, j + 1)[0] });
      i = j + 1;
    } else if (s.k === 'table') {
      const { view, end } = readTable(slots, i, s.table);
      out.push({ kind: 'table', table: view });
      i = end;
    } else throw new Error(`docs simulator: unexpected ${s.k} at ${i}`);
  }
  return out;
}

function readTable(slots: Slot[], start: number, table: TableState): { view: TableView; end: number } {
  const cells: CellView[][] = [];
  let i = start + 1;
  for (let r = 0; r < table.rows; r++) {
    if (slots[i].k !== 'row') throw new Error(`docs simulator: expected row at ${i}`);
    i++;
    const row: CellView[] = [];
    for (let c = 0; c < table.columns; c++) {
      if (slots[i].k !== 'cell') throw new Error(`docs simulator: expected cell at ${i}`);
      const cellStart = i;
      i++;
      let j = i;
      while (slots[j].k === 'ch') j++;
      const paragraphs = readParagraphs(slots, i, j);
      const head = table.merges.find((m) => m.row === r && m.column === c);
      const covered = table.merges.some(
        (m) => m !== head && contains(m, { row: r, column: c, rowSpan: 1, columnSpan: 1 }),
      );
      row.push({
        startIndex: cellStart,
        paragraphs,
        text: paragraphs.map((p) => p.text).join('\n'),
        rowSpan: head?.rowSpan ?? 1,
        columnSpan: head?.columnSpan ?? 1,
        covered,
        style: clone(table.cellStyles[r][c]),
      });
      i = j;
    }
    cells.push(row);
  }
  if (slots[i].k !== 'tableEnd') throw new Error(`docs simulator: expected table end at ${i}`);
  return {
    view: {
      startIndex: start,
      endIndex: i + 1,
      rows: table.rows,
      columns: table.columns,
      pinnedHeaderRows: table.pinnedHeaderRows,
      merges: clone(table.merges).sort((a, b) => a.row - b.row || a.column - b.column),
      columnProperties: clone(table.columnProperties),
      cells,
    },
    end: i + 1,
  };
}
