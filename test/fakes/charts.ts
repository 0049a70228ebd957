/**
 * Embedded charts of a sheet: Sheet.newChart() / insertChart / getCharts / updateChart / removeChart, the
 * EmbeddedChartBuilder (asBarChart, setStacked, setTitle, setColors, addRange, clearRanges, setNumHeaders,
 * setOption, setPosition, build) and EmbeddedChart (getChartId, getRanges, getOptions().get, getContainerInfo,
 * modify). As documented: a built chart is not in the sheet until insertChart / updateChart, and only a chart in
 * the sheet has an id (getChartId() answers null before). updateChart replaces the chart with the same id.
 */
import type { Box } from './a1';
import { Fake, gas } from './core';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';

type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GRange = GoogleAppsScript.Spreadsheet.Range;

export interface ChartData {
  /** null until the chart is inserted. */
  id: number | null;
  type: 'BAR' | 'COLUMN' | 'LINE' | 'PIE' | 'UNSET';
  stacked: boolean;
  ranges: Box[];
  numHeaders: number;
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

const copy = (d: ChartData): ChartData => ({
  ...d,
  ranges: d.ranges.map((r) => ({ ...r })),
  options: { ...d.options },
  position: { ...d.position },
});

export class FakeEmbeddedChart extends Fake implements Partial<GChart> {
  readonly _sheet: FakeSheet;
  readonly _data: ChartData;

  constructor(sheet: FakeSheet, data: ChartData) {
    super(sheet._env, 'EmbeddedChart');
    this._sheet = sheet;
    this._data = data;
  }

  getChartId(): number | null {
    return this._data.id;
  }

  getRanges(): GRange[] {
    return this._sheet._env.list(
      this._data.ranges.map((b) => this._sheet.getRange(b.row, b.column, b.numRows, b.numColumns)),
    );
  }

  getNumHeaders(): number {
    return this._data.numHeaders;
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = this._data.options;
    return new FakeChartOptions(this._sheet, options)._as();
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return new FakeContainerInfo(this._sheet, this._data.position)._as();
  }

  modify(): GBuilder {
    return new FakeChartBuilder(this._sheet, copy(this._data))._as();
  }
}

class FakeChartOptions extends Fake {
  readonly _options: Record<string, unknown>;

  constructor(sheet: FakeSheet, options: Record<string, unknown>) {
    super(sheet._env, 'ChartOptions');
    this._options = options;
  }

  get(option: string): unknown {
    return this._options[option] ?? null;
  }
}

class FakeContainerInfo extends Fake {
  readonly _position: ChartData['position'];

  constructor(sheet: FakeSheet, position: ChartData['position']) {
    super(sheet._env, 'ContainerInfo');
    this._position = position;
  }

  getAnchorRow(): number {
    return this._position.row;
  }

  getAnchorColumn(): number {
    return this._position.column;
  }
}

/** EmbeddedChartBuilder and its typed views (asBarChart() returns the same builder, typed as the bar one). */
export class FakeChartBuilder extends Fake {
  readonly _sheet: FakeSheet;
  readonly _data: ChartData;

  constructor(sheet: FakeSheet, data?: ChartData) {
    super(sheet._env, 'EmbeddedChartBuilder');
    this._sheet = sheet;
    this._data = data ?? {
      id: null,
      type: 'UNSET',
      stacked: false,
      ranges: [],
      numHeaders: -1,
      options: {},
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    };
  }

  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    this._data.type = 'BAR';
    return this._as();
  }

  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    this._data.type = 'COLUMN';
    return this._as();
  }

  setStacked(): GBuilder {
    if (this._data.type !== 'BAR' && this._data.type !== 'COLUMN')
      throw this._env.exception('not implemented: setStacked on this chart type');
    this._data.stacked = true;
    return this._as();
  }

  setTitle(title: string): GBuilder {
    this._data.options.title = String(title);
    return this._as();
  }

  setColors(colours: string[]): GBuilder {
    this._data.options.colors = [...colours];
    return this._as();
  }

  setOption(option: string, value: unknown): GBuilder {
    this._data.options[String(option)] = value;
    return this._as();
  }

  addRange(range: GRange): GBuilder {
    const r = gas<FakeRange>(range);
    if (r._sheet !== this._sheet) throw this._env.exception('The range must be on the chart’s sheet (fakes).');
    this._data.ranges.push({ ...r._box });
    return this._as();
  }

  clearRanges(): GBuilder {
    this._data.ranges = [];
    return this._as();
  }

  setNumHeaders(headers: number): GBuilder {
    this._data.numHeaders = headers;
    return this._as();
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GBuilder {
    this._data.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this._as();
  }

  getChartType(): string {
    return this._data.type;
  }

  build(): GChart {
    if (this._data.type === 'UNSET')
      throw this._env.exception('The chart type is not set (fakes): call asBarChart() or setChartType().');
    return new FakeEmbeddedChart(this._sheet, copy(this._data))._as();
  }
}

/** A sheet's charts, by id (what the Sheet fake's chart methods keep). */
export class ChartStore {
  readonly charts: ChartData[] = [];
  private nextId = 1_000_000;

  insert(sheet: FakeSheet, chart: GChart): void {
    const c = gas<FakeEmbeddedChart>(chart);
    if (c._sheet !== sheet) throw sheet._env.exception('The chart belongs to another sheet (fakes).');
    this.charts.push({ ...copy(c._data), id: this.nextId++ });
  }

  update(sheet: FakeSheet, chart: GChart): void {
    const c = gas<FakeEmbeddedChart>(chart);
    const i = this.charts.findIndex((d) => d.id !== null && d.id === c._data.id);
    if (i === -1) throw sheet._env.exception('The chart is not in this sheet: insert it with insertChart().');
    this.charts[i] = copy(c._data);
  }

  remove(chart: GChart): void {
    const id = gas<FakeEmbeddedChart>(chart)._data.id;
    const i = this.charts.findIndex((d) => d.id === id);
    if (i !== -1) this.charts.splice(i, 1);
  }

  list(sheet: FakeSheet): GChart[] {
    return sheet._env.list(this.charts.map((d) => new FakeEmbeddedChart(sheet, copy(d))._as<GChart>()));
  }
}
