/** RichTextValue: enough to read a cell's text and link(s) and to build a linked value. */
import { Env, Fake } from './core';

type GRichText = GoogleAppsScript.Spreadsheet.RichTextValue;
type GRichTextBuilder = GoogleAppsScript.Spreadsheet.RichTextValueBuilder;

/** A span of the text with one link (or none). Offsets are 0-based, end exclusive. */
export interface LinkSpan {
  start: number;
  end: number;
  url: string | null;
}

/** Splits text into runs at link boundaries (styles other than links are not modelled). */
function runsOf(text: string, links: readonly LinkSpan[]): LinkSpan[] {
  const cuts = new Set([0, text.length]);
  for (const l of links) {
    cuts.add(Math.max(0, Math.min(text.length, l.start)));
    cuts.add(Math.max(0, Math.min(text.length, l.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: LinkSpan[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const url = [...links].reverse().find((l) => l.start <= start && l.end >= end)?.url ?? null;
    const prev = runs[runs.length - 1];
    if (prev && prev.url === url) prev.end = end;
    else runs.push({ start, end, url });
  }
  return runs.length ? runs : [{ start: 0, end: 0, url: null }];
}

export class FakeRichTextValue extends Fake implements Partial<GRichText> {
  readonly _text: string;
  readonly _links: readonly LinkSpan[];
  readonly _start: number;
  readonly _end: number;

  constructor(env: Env, text: string, links: readonly LinkSpan[] = [], start = 0, end = text.length) {
    super(env, 'RichTextValue');
    this._text = text;
    this._links = links;
    this._start = start;
    this._end = end;
  }

  /** A whole cell's value: its text, linked wholly to `url` when given. */
  static _cell(env: Env, text: string, url?: string | null): FakeRichTextValue {
    return new FakeRichTextValue(env, text, url ? [{ start: 0, end: text.length, url }] : []);
  }

  getText(): string {
    return this._text.slice(this._start, this._end);
  }

  getStartIndex(): number {
    return this._start;
  }

  getEndIndex(): number {
    return this._end;
  }

  /** The link of the whole value (or of [startOffset, endOffset)), or null when none or several differ. */
  getLinkUrl(startOffset?: number, endOffset?: number): string | null {
    const from = this._start + (startOffset ?? 0);
    const to = endOffset === undefined ? this._end : this._start + endOffset;
    const runs = runsOf(this._text, this._links).filter((r) => r.end > from && r.start < to);
    const urls = new Set(runs.map((r) => r.url));
    return urls.size === 1 ? [...urls][0] : null;
  }

  getRuns(): GRichText[] {
    const runs = runsOf(this._text, this._links).filter((r) => r.end > this._start && r.start < this._end);
    return this._env.list(
      runs.map((r) =>
        new FakeRichTextValue(
          this._env,
          this._text,
          this._links,
          Math.max(r.start, this._start),
          Math.min(r.end, this._end),
        )._as<GRichText>(),
      ),
    );
  }

  copy(): GRichTextBuilder {
    const b = new FakeRichTextValueBuilder(this._env);
    b._text = this.getText();
    b._links = this._links.map((l) => ({ ...l, start: l.start - this._start, end: l.end - this._start }));
    return b._as<GRichTextBuilder>();
  }
}

export class FakeRichTextValueBuilder extends Fake implements Partial<GRichTextBuilder> {
  _text = '';
  _links: LinkSpan[] = [];

  constructor(env: Env) {
    super(env, 'RichTextValueBuilder');
  }

  setText(text: string): GRichTextBuilder {
    this._text = String(text);
    this._links = [];
    return this._as<GRichTextBuilder>();
  }

  setLinkUrl(a: number | string | null, b?: number, c?: string | null): GRichTextBuilder {
    if (typeof a === 'number') this._links.push({ start: a, end: b ?? this._text.length, url: c ?? null });
    else this._links.push({ start: 0, end: this._text.length, url: a });
    return this._as<GRichTextBuilder>();
  }

  build(): GRichText {
    return new FakeRichTextValue(this._env, this._text, [...this._links])._as<GRichText>();
  }
}
