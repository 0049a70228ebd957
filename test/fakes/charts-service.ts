/**
 * [plan] The Charts service, as src/gas/plan-chart.ts uses it: a DataTable builder and a bar chart builder whose
 * chart gives a PNG blob (getAs('image/png')). Google renders the picture server-side; here the blob is a real,
 * blank PNG of the chart's dimensions, and every built chart's data and options are kept in `_built` for tests.
 * Only the methods the script uses are defined; any other name throws "not implemented" like every fake.
 */
import { deflateSync } from 'node:zlib';
import { FakeBlob } from './blob';
import { Env, Fake, makeEnum } from './core';

type GBlob = GoogleAppsScript.Base.Blob;

export interface BuiltChart {
  kind: 'bar';
  columns: { type: string; label: string }[];
  rows: unknown[][];
  options: Record<string, unknown>;
}

export class FakeDataTable extends Fake {
  constructor(
    env: Env,
    readonly _columns: { type: string; label: string }[],
    readonly _rows: unknown[][],
  ) {
    super(env, 'DataTable');
  }
}

export class FakeDataTableBuilder extends Fake {
  _columns: { type: string; label: string }[] = [];
  _rows: unknown[][] = [];

  constructor(env: Env) {
    super(env, 'DataTableBuilder');
  }

  addColumn(type: string, label: string): this {
    if (!['STRING', 'NUMBER', 'DATE'].includes(String(type)))
      throw this._env.exception(`Invalid column type: ${String(type)}`);
    this._columns.push({ type: String(type), label: String(label) });
    return this;
  }

  addRow(values: unknown[]): this {
    if (!Array.isArray(values) || values.length !== this._columns.length)
      throw this._env.exception('The row does not match the columns.');
    values.forEach((v, i) => {
      const want = this._columns[i].type === 'NUMBER' ? 'number' : 'string';
      if (typeof v !== want) throw this._env.exception(`Column ${i} expects a ${want}.`);
    });
    this._rows.push([...values]);
    return this;
  }

  build(): FakeDataTable {
    return new FakeDataTable(
      this._env,
      [...this._columns],
      this._rows.map((r) => [...r]),
    );
  }
}

export class FakeChart extends Fake {
  constructor(
    env: Env,
    readonly _spec: BuiltChart,
  ) {
    super(env, 'Chart');
  }

  getAs(contentType: string): GBlob {
    if (contentType !== 'image/png') throw this._env.exception(`Converting to ${contentType} is not supported.`);
    const { width, height } = (this._spec.options.dimensions as { width: number; height: number } | undefined) ?? {
      width: 600,
      height: 500,
    };
    return new FakeBlob(this._env, blankPng(width, height), 'image/png', 'chart.png')._as<GBlob>();
  }
}

export class FakeBarChartBuilder extends Fake {
  _table: FakeDataTable | FakeDataTableBuilder | undefined;
  _options: Record<string, unknown> = {};

  constructor(
    env: Env,
    private readonly _built: BuiltChart[],
  ) {
    super(env, 'BarChartBuilder');
  }

  setDataTable(table: FakeDataTable | FakeDataTableBuilder): this {
    this._table = table;
    return this;
  }
  setTitle(title: string): this {
    return this._set('title', String(title));
  }
  setRange(start: number, end: number): this {
    return this._set('range', [start, end]);
  }
  setColors(colors: string[]): this {
    return this._set('colors', [...colors]);
  }
  setDimensions(width: number, height: number): this {
    return this._set('dimensions', { width, height });
  }
  setLegendPosition(position: string): this {
    return this._set('legend', String(position));
  }
  setXAxisTitle(title: string): this {
    return this._set('xAxisTitle', String(title));
  }

  build(): FakeChart {
    if (!this._table) throw this._env.exception('A data table is required.');
    const table = this._table instanceof FakeDataTableBuilder ? this._table.build() : this._table;
    const spec: BuiltChart = { kind: 'bar', columns: table._columns, rows: table._rows, options: { ...this._options } };
    this._built.push(spec);
    return new FakeChart(this._env, spec);
  }

  _set(key: string, value: unknown): this {
    this._options[key] = value;
    return this;
  }
}

export class FakeCharts extends Fake {
  readonly _built: BuiltChart[] = [];
  readonly ColumnType: unknown;
  readonly Position: unknown;

  constructor(env: Env) {
    super(env, 'Charts');
    this.ColumnType = makeEnum('ColumnType', env, ['STRING', 'NUMBER', 'DATE']);
    this.Position = makeEnum('Position', env, ['TOP', 'RIGHT', 'BOTTOM', 'NONE']);
  }

  newDataTable(): FakeDataTableBuilder {
    return new FakeDataTableBuilder(this._env);
  }

  newBarChart(): FakeBarChartBuilder {
    return new FakeBarChartBuilder(this._env, this._built);
  }
}

/** A valid white PNG (8-bit greyscale) of the given size. */
export function blankPng(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, tail]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  const raw = Buffer.alloc((width + 1) * height, 255);
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0;
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}
