/**
 * [progress] The stacked bar chart of the progress sheet (answered / missing per unit), updated in place.
 *
 * Found again by its chart id (EmbeddedChart.getChartId(): "a stable identifier … unique across the spreadsheet"),
 * kept in the document properties; when that is lost, by its title on our sheet. Found: chart.modify() with the new
 * range and Sheet.updateChart() (changes are not saved before updateChart). Not found: newChart() … insertChart(),
 * and the new id is stored. A second rebuild never adds a second chart.
 */
import { CHART_TITLE } from '../core/progress-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

export const CHART_ID_PROPERTY = 'ITA_PROGRESS_CHART_ID';
/** Answered green, missing red (Sheets' palette). */
const COLOURS = ['#6aa84f', '#e06666'];
/** To the right of the unit table (9 columns), from the unit table's header row. */
const ANCHOR_COLUMN = 11;

function titleOf(chart: EmbeddedChart): string {
  try {
    return String(chart.getOptions().get('title') ?? '');
  } catch {
    return '';
  }
}

/** `dataChanged` false: the sheet was not rewritten, so a chart already there is left as it is (no write). */
export function upsertProgressChart(
  sheet: Sheet,
  at: { row: number; numRows: number; column: number; numColumns: number },
  dataChanged = true,
): 'updated' | 'created' | 'kept' {
  const range = sheet.getRange(at.row, at.column, at.numRows, at.numColumns);
  const props = PropertiesService.getDocumentProperties();
  const stored = props.getProperty(CHART_ID_PROPERTY);
  const charts = sheet.getCharts();
  const found =
    charts.find((c) => stored !== null && String(c.getChartId()) === stored) ??
    charts.find((c) => titleOf(c) === CHART_TITLE);
  if (found && !dataChanged) return 'kept';
  if (found) {
    const chart = found
      .modify()
      .clearRanges()
      .addRange(range)
      .setOption('title', CHART_TITLE)
      .setPosition(at.row, ANCHOR_COLUMN, 0, 0)
      .build();
    sheet.updateChart(chart);
    const id = found.getChartId();
    if (id !== null && String(id) !== stored) props.setProperty(CHART_ID_PROPERTY, String(id));
    return 'updated';
  }
  const before = new Set(charts.map((c) => String(c.getChartId())));
  const chart = sheet
    .newChart()
    .asBarChart()
    .setStacked()
    .setTitle(CHART_TITLE)
    .setColors(COLOURS)
    .addRange(range)
    .setNumHeaders(1)
    .setPosition(at.row, ANCHOR_COLUMN, 0, 0)
    .build();
  sheet.insertChart(chart);
  // The id belongs to the chart once it is in the sheet: the one id that was not there before.
  const added = sheet.getCharts().find((c) => !before.has(String(c.getChartId())));
  const id = added?.getChartId();
  if (id !== null && id !== undefined) props.setProperty(CHART_ID_PROPERTY, String(id));
  return 'created';
}
