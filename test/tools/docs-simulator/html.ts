/**
 * The simulated document as one HTML page, for a person to look at in a browser (or to print to PDF with
 * chromium). Page size and margins come from the document style; pinned header rows become <thead>, so a
 * browser repeats them on every printed page as Google Docs does.
 */
import type { CellView, DocsSimulator, Json, ParagraphView, RunView } from './index';

export function documentToHtml(doc: DocsSimulator, title = 'document'): string {
  const ds = doc.documentStyle;
  const size = ds.pageSize as { width?: Dim; height?: Dim } | undefined;
  const page = `${pt(size?.width)} ${pt(size?.height)}`;
  const margins = ['marginTop', 'marginRight', 'marginBottom', 'marginLeft'].map((k) => pt(ds[k] as Dim)).join(' ');
  const footer = doc.footer().filter((p) => p.text !== '');
  const parts: string[] = [];
  for (const element of doc.content()) {
    if (element.kind === 'paragraph') parts.push(paragraphHtml(element.paragraph));
    else {
      const t = element.table;
      const widths = t.columnProperties.map((c) => (c.widthType === 'FIXED_WIDTH' ? pt(c.width as Dim) : 'auto'));
      const rowHtml = (r: number) =>
        `<tr>${t.cells[r].map((cell) => (cell.covered ? '' : cellHtml(cell))).join('')}</tr>`;
      const head = Array.from({ length: t.pinnedHeaderRows }, (_, r) => rowHtml(r)).join('\n');
      const body = Array.from({ length: t.rows - t.pinnedHeaderRows }, (_, i) => rowHtml(t.pinnedHeaderRows + i)).join(
        '\n',
      );
      parts.push(
        `<table><colgroup>${widths.map((w) => `<col style="width:${w}">`).join('')}</colgroup>\n` +
          (head ? `<thead>\n${head}\n</thead>\n` : '') +
          `<tbody>\n${body}\n</tbody></table>`,
      );
    }
  }
  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><title>${esc(title)}</title>
<link rel="preconnect" href="https://fonts.googleapis.com">
<link href="https://fonts.googleapis.com/css2?family=Sarabun:wght@400;700&display=swap" rel="stylesheet">
<style>
@page { size: ${page}; margin: ${margins}; }
body { margin: 0 auto; width: calc(${pt(size?.width)} - ${pt(ds.marginLeft as Dim)} - ${pt(ds.marginRight as Dim)}); font-family: Arial, sans-serif; font-size: 11pt; }
p { margin: 0; }
table { border-collapse: collapse; table-layout: fixed; width: 100%; }
td { border: 1px solid #000; vertical-align: top; }
thead { display: table-header-group; }
footer { margin-top: 12pt; border-top: 1px solid #999; color: #444; }
</style></head><body>
${parts.join('\n')}
${footer.length ? `<footer>${footer.map(paragraphHtml).join('')}</footer>` : ''}
</body></html>
`;
}

interface Dim {
  magnitude?: number;
  unit?: string;
}

function pt(d: Dim | undefined): string {
  return d?.magnitude !== undefined ? `${d.magnitude}pt` : 'auto';
}

function cellHtml(cell: CellView): string {
  const s = cell.style;
  const css: string[] = [];
  const bg = (
    s.backgroundColor as { color?: { rgbColor?: { red?: number; green?: number; blue?: number } } } | undefined
  )?.color?.rgbColor;
  if (bg) css.push(`background:${rgb(bg)}`);
  if (s.contentAlignment === 'MIDDLE') css.push('vertical-align:middle');
  if (s.contentAlignment === 'BOTTOM') css.push('vertical-align:bottom');
  for (const side of ['Top', 'Bottom', 'Left', 'Right']) {
    const p = s[`padding${side}`] as Dim | undefined;
    if (p) css.push(`padding-${side.toLowerCase()}:${pt(p)}`);
  }
  const spans =
    (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '') +
    (cell.columnSpan > 1 ? ` colspan="${cell.columnSpan}"` : '');
  return `<td${spans}${css.length ? ` style="${css.join(';')}"` : ''}>${cell.paragraphs.map(paragraphHtml).join('')}</td>`;
}

function paragraphHtml(p: ParagraphView): string {
  const s = p.style;
  const css: string[] = [];
  const align = { CENTER: 'center', END: 'right', JUSTIFIED: 'justify' }[String(s.alignment)];
  if (align) css.push(`text-align:${align}`);
  if (typeof s.lineSpacing === 'number') css.push(`line-height:${(s.lineSpacing / 100) * 1.2}`);
  if (s.spaceAbove) css.push(`margin-top:${pt(s.spaceAbove as Dim)}`);
  if (s.spaceBelow) css.push(`margin-bottom:${pt(s.spaceBelow as Dim)}`);
  const inner = p.runs.map(runHtml).join('') || '&nbsp;';
  return `<p${css.length ? ` style="${css.join(';')}"` : ''}>${inner}</p>`;
}

function runHtml(run: RunView): string {
  const s: Json = run.style;
  const css: string[] = [];
  const family = (s.weightedFontFamily as { fontFamily?: string } | undefined)?.fontFamily;
  if (family) css.push(`font-family:'${family.replace(/'/g, '')}',sans-serif`);
  if (s.fontSize) css.push(`font-size:${pt(s.fontSize as Dim)}`);
  if (s.bold) css.push('font-weight:bold');
  if (s.italic) css.push('font-style:italic');
  const text = esc(run.text);
  const span = css.length ? `<span style="${css.join(';')}">${text}</span>` : text;
  const url = (s.link as { url?: string } | undefined)?.url;
  return url ? `<a href="${esc(url)}">${span}</a>` : span;
}

function rgb(c: { red?: number; green?: number; blue?: number }): string {
  const h = (v = 0) => Math.round(v * 255);
  return `rgb(${h(c.red)},${h(c.green)},${h(c.blue)})`;
}

function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}
