/** HtmlService: HTML outputs (what dialogs show) and simple templates. */
import { Env, Fake } from './core';

type GHtmlService = GoogleAppsScript.HTML.HtmlService;
type GHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type GHtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;

export class FakeHtmlOutput extends Fake implements Partial<GHtmlOutput> {
  _content: string;
  _title = '';
  _width: number | undefined;
  _height: number | undefined;

  constructor(env: Env, content = '') {
    super(env, 'HtmlOutput');
    this._content = content;
  }

  getContent(): string {
    return this._content;
  }

  setContent(content: string): GHtmlOutput {
    this._content = String(content);
    return this._as<GHtmlOutput>();
  }

  append(addedContent: string): GHtmlOutput {
    this._content += String(addedContent);
    return this._as<GHtmlOutput>();
  }

  clear(): GHtmlOutput {
    this._content = '';
    return this._as<GHtmlOutput>();
  }

  getTitle(): string {
    return this._title;
  }

  setTitle(title: string): GHtmlOutput {
    this._title = String(title);
    return this._as<GHtmlOutput>();
  }

  /** Apps Script's default dialog width is 600 px, height 400 px (uncertain: used only when not set). */
  getWidth(): number {
    return this._width ?? 600;
  }

  setWidth(width: number): GHtmlOutput {
    this._width = width;
    return this._as<GHtmlOutput>();
  }

  getHeight(): number {
    return this._height ?? 400;
  }

  setHeight(height: number): GHtmlOutput {
    this._height = height;
    return this._as<GHtmlOutput>();
  }
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * A template: evaluate() fills <?= expr ?> (escaped) and <?!= expr ?> (raw) from the template's
 * properties (t.name = 'x'; <?= name ?>). Scriptlets <? ... ?> with code are not supported.
 * Template properties are free-form (as HtmlTemplate's index signature), so this one is not strict.
 */
export function createTemplate(env: Env, html: string): GHtmlTemplate {
  const template: Record<string, unknown> = {
    evaluate(this: Record<string, unknown>): GHtmlOutput {
      const out = html.replace(/<\?(!?)=\s*([\s\S]*?)\s*\?>/g, (_m, raw: string, expr: string) => {
        if (!/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(expr)) {
          throw new Error(`not implemented: HtmlTemplate expression "${expr}" (only property names)`);
        }
        const value = expr.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], this);
        const text = value === undefined || value === null ? '' : String(value);
        return raw ? text : escapeHtml(text);
      });
      if (/<\?(?!=|!=)/.test(out)) throw new Error('not implemented: HtmlTemplate scriptlets <? ... ?>');
      return new FakeHtmlOutput(env, out)._as<GHtmlOutput>();
    },
    getRawContent: () => html,
  };
  return template as unknown as GHtmlTemplate;
}

export class FakeHtmlService extends Fake implements Partial<GHtmlService> {
  constructor(env: Env) {
    super(env, 'HtmlService');
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GHtmlOutput {
    if (html !== undefined && typeof html !== 'string')
      throw new Error('not implemented: HtmlService.createHtmlOutput(blob)');
    return new FakeHtmlOutput(this._env, html ?? '')._as<GHtmlOutput>();
  }

  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): GHtmlTemplate {
    if (typeof html !== 'string') throw new Error('not implemented: HtmlService.createTemplate(blob)');
    return createTemplate(this._env, html);
  }
}
