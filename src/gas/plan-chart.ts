/**
 * [plan] The chart of last year's scores in Apps Script: the Charts service draws it server-side and gives a PNG
 * blob (Chart.getAs('image/png')), then DocumentApp puts the blob where the plan's chart paragraph is.
 *
 * The Charts service's BarChartBuilder has no combo series and no reference line (its methods: setDataTable,
 * setColors, setRange, setDimensions, setTitle, setLegendPosition, setXAxisTitle …), so the target is drawn as a
 * second series, "คะแนนเป้าหมาย", one bar beside each score: the same data as the .docx chart, whose target is a
 * dashed line (src/render/plan-chart.ts). Bars there are coloured by below/above target; here one colour per series.
 * The Docs API cannot insert it (insertInlineImage takes only a public URL); DocumentApp takes the blob
 * (Paragraph.appendInlineImage(BlobSource)).
 */
import type { ChartData } from '../core/doc-blocks';
import { CHART_MARKER } from '../render/plan-docs-requests';

/** The colours of src/render/plan-chart.ts (score bars and target line), not imported: that file is Node only. */
const COLORS = ['#2f6db5', '#c0392b'];
/** Pixels, the shape of the .docx chart (720 x 360). */
const SIZE = { width: 720, height: 360 } as const;

export function chartBlob(chart: ChartData): GoogleAppsScript.Base.Blob {
  const table = Charts.newDataTable()
    .addColumn(Charts.ColumnType.STRING, 'ตัวชี้วัด')
    .addColumn(Charts.ColumnType.NUMBER, chart.scoreLabel)
    .addColumn(Charts.ColumnType.NUMBER, chart.targetLabel);
  for (const bar of chart.bars) table.addRow([bar.label, bar.score, chart.target]);
  return Charts.newBarChart()
    .setDataTable(table)
    .setTitle(chart.title)
    .setRange(0, 100)
    .setColors(COLORS)
    .setDimensions(SIZE.width, SIZE.height)
    .setLegendPosition(Charts.Position.BOTTOM)
    .setXAxisTitle(chart.scoreLabel)
    .build()
    .getAs('image/png')
    .setName('ita-chart.png');
}

/**
 * Puts the image in the paragraph that holds CHART_MARKER (found by its text, not by position), at the block's
 * size: InlineImage sizes are in pixels, 4/3 of a point. Returns false when no marker is found.
 */
export function placeChart(
  docId: string,
  blob: GoogleAppsScript.Base.Blob,
  widthPt: number,
  heightPt: number,
): boolean {
  const doc = DocumentApp.openById(docId);
  const found = doc.getBody().findText(CHART_MARKER);
  if (!found) return false;
  const paragraph = found.getElement().getParent().asParagraph();
  paragraph.clear();
  paragraph
    .appendInlineImage(blob)
    .setWidth(Math.round((widthPt * 4) / 3))
    .setHeight(Math.round((heightPt * 4) / 3));
  doc.saveAndClose();
  return true;
}
