/**
 * [plan] The chart of last year's scores as a PNG, on Node (the .docx): a vega-lite spec -> SVG (vega's headless
 * renderer: no canvas, no browser) -> PNG with @resvg/resvg-js, drawing the text with the OFL Sarabun TTFs bundled
 * by @expo-google-fonts/sarabun, system fonts off, so the picture is the same on every machine and Thai is shaped
 * correctly offline (the caller gives the font files: src/cli/chart-fonts.ts). Horizontal bars, so the Thai indicator names are never rotated. Node only, and the three
 * libraries are imported only when a chart is drawn (the plan command), so other commands never load them.
 */
import type { ChartData } from '../core/doc-blocks';
import { applyDigitStyle } from '../core/thai';

/** Colours shared with the Apps Script chart (src/gas/plan-chart.ts). */
export const CHART_COLORS = { score: '#2f6db5', below: '#d9822b', target: '#c0392b', text: '#222222' } as const;
/** The picture's size in CSS pixels; the PNG is drawn at CHART_SCALE times this. */
export const CHART_PIXELS = { width: 720, height: 360 } as const;
export const CHART_SCALE = 2;
const FONT = 'Sarabun';

/**
 * resvg 2.6 (its shaper) draws Sarabun's SARA AM (U+0E33) with no advance after a bare consonant, so "ดำเนิน"
 * came out with the next letter on top of it (seen in the rendered PNG). Drawn as its two parts, NIKHAHIT + SARA AA
 * (the order it decomposes to, after any tone mark), it is shaped right and looks the same. Chart text only: the
 * documents keep the text as typed.
 */
export function chartText(text: string): string {
  return text.replace(/\u0e33/g, '\u0e4d\u0e32');
}

/** The vega-lite spec (plain data: tested without rendering). */
export function chartSpec(chart: ChartData): Record<string, unknown> {
  const d = (s: string) => chartText(applyDigitStyle(s, chart.digitStyle));
  const ticks = [0, 20, 40, 60, 80, 100];
  // Axis labels in the document's digits: a lookup from vega's label text.
  const tickLabels = `{${ticks.map((t) => `'${t}': '${d(String(t))}'`).join(', ')}}[datum.label]`;
  const values = chart.bars.map((b) => ({
    label: chartText(b.label),
    score: b.score,
    below: b.below,
    scoreText: d(b.score.toFixed(2)),
  }));
  const x = { field: 'score', type: 'quantitative', scale: { domain: [0, 100] }, title: d(chart.scoreLabel) };
  const y = { field: 'label', type: 'nominal', sort: null, title: null };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    // The whole picture (labels and title included) is exactly CHART_PIXELS, so its shape is known beforehand.
    width: CHART_PIXELS.width,
    height: CHART_PIXELS.height,
    autosize: { type: 'fit', contains: 'padding' },
    background: 'white',
    padding: 8,
    title: { text: d(chart.title), font: FONT, fontSize: 15, fontWeight: 'bold', color: CHART_COLORS.text },
    config: {
      font: FONT,
      axis: {
        labelFont: FONT,
        titleFont: FONT,
        labelFontSize: 12,
        titleFontSize: 12,
        labelColor: CHART_COLORS.text,
        labelLimit: 300,
      },
      view: { stroke: null },
    },
    layer: [
      {
        data: { values },
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          y,
          x: { ...x, axis: { values: ticks, labelExpr: tickLabels, grid: true, gridColor: '#e3e3e3' } },
          color: { condition: { test: 'datum.below', value: CHART_COLORS.below }, value: CHART_COLORS.score },
        },
      },
      {
        data: { values },
        // Inside the bar at its start, in white: clear of the target line, which crosses the bars near the target.
        mark: { type: 'text', align: 'left', x: 6, font: FONT, fontSize: 12, fontWeight: 'bold', color: 'white' },
        encoding: { y, text: { field: 'scoreText' } },
      },
      {
        data: { values: [{ target: chart.target, text: d(chart.targetLabel) }] },
        mark: { type: 'rule', color: CHART_COLORS.target, strokeDash: [6, 4], strokeWidth: 2 },
        encoding: { x: { field: 'target', type: 'quantitative', scale: { domain: [0, 100] } } },
      },
      {
        data: { values: [{ target: chart.target, text: d(chart.targetLabel) }] },
        mark: {
          type: 'text',
          baseline: 'bottom',
          align: 'right',
          dx: -4,
          dy: -2,
          y: 0,
          font: FONT,
          fontSize: 12,
          fontWeight: 'bold',
          color: CHART_COLORS.target,
        },
        encoding: {
          x: { field: 'target', type: 'quantitative', scale: { domain: [0, 100] } },
          text: { field: 'text' },
        },
      },
    ],
  };
}

/** The chart's SVG, drawn by vega without a browser. */
export async function chartSvg(chart: ChartData): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const compiled = vegaLite.compile(chartSpec(chart) as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The chart as PNG bytes, CHART_SCALE times CHART_PIXELS, drawn with these font files only (the Sarabun TTFs). */
export async function renderChartPng(chart: ChartData, fontFiles: string[]): Promise<Buffer> {
  const svg = await chartSvg(chart);
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: CHART_SCALE },
    background: 'white',
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT },
  });
  return resvg.render().asPng();
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
