/** SpreadsheetApp.getUi(): menus, alerts and dialogs, recorded in env.recorded for assertions. */
import { Env, Fake, makeEnum, type MenuEntry } from './core';
import type { FakeHtmlOutput } from './html';

type GUi = GoogleAppsScript.Base.Ui;
type GMenu = GoogleAppsScript.Base.Menu;
type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export class FakeMenu extends Fake implements Partial<GMenu> {
  readonly _title: string;
  readonly _items: MenuEntry[] = [];

  constructor(env: Env, title: string) {
    super(env, 'Menu');
    this._title = title;
  }

  addItem(caption: string, functionName: string): GMenu {
    if (typeof functionName !== 'string' || functionName === '') {
      throw this._env.exception("The parameters (String,null) don't match the method signature for Ui.Menu.addItem.");
    }
    this._items.push({ kind: 'item', caption: String(caption), functionName });
    return this._as<GMenu>();
  }

  addSeparator(): GMenu {
    this._items.push({ kind: 'separator' });
    return this._as<GMenu>();
  }

  addSubMenu(menu: GMenu): GMenu {
    const sub = menu as unknown as FakeMenu;
    this._items.push({ kind: 'submenu', caption: sub._title, items: sub._items });
    return this._as<GMenu>();
  }

  addToUi(): void {
    const menus = this._env.recorded.menus;
    const i = menus.findIndex((m) => m.title === this._title);
    const entry = { title: this._title, items: [...this._items] };
    if (i === -1) menus.push(entry);
    else menus[i] = entry; // Adding a menu of the same name again replaces it.
  }
}

export class FakeUi extends Fake implements Partial<GUi> {
  readonly Button: GUi['Button'];
  readonly ButtonSet: GUi['ButtonSet'];
  /** Buttons the next alerts answer with (a test queues them with _answer); then the default. */
  readonly _answers: string[] = [];

  constructor(env: Env) {
    super(env, 'Ui');
    this.Button = makeEnum('Button', env, ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
    this.ButtonSet = makeEnum('ButtonSet', env, ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
  }

  createMenu(caption: string): GMenu {
    return new FakeMenu(this._env, String(caption))._as<GMenu>();
  }

  /**
   * alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons): recorded; answers the
   * queued button, else OK (YES for the yes/no sets).
   */
  alert(a: string, b?: string | ButtonSet, c?: ButtonSet): Button {
    const entry =
      c !== undefined
        ? { title: String(a), prompt: String(b), buttons: String(c) }
        : b !== undefined
          ? { prompt: String(a), buttons: String(b) }
          : { prompt: String(a) };
    this._env.recorded.alerts.push(entry);
    const fallback = entry.buttons?.startsWith('YES') ? 'YES' : 'OK';
    return (this._answers.shift() ?? fallback) as unknown as Button;
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this._dialog('modal', userInterface, title);
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this._dialog('modeless', userInterface, title);
  }

  showSidebar(userInterface: HtmlOutput): void {
    this._dialog('sidebar', userInterface);
  }

  _dialog(kind: 'modal' | 'modeless' | 'sidebar', output: HtmlOutput, title?: string): void {
    const html = output as unknown as FakeHtmlOutput;
    this._env.recorded.dialogs.push({
      kind,
      title: title ?? (html._title || undefined),
      html: html._content,
      width: html._width,
      height: html._height,
    });
  }

  // ---- test helpers ---------------------------------------------------------------------

  /** Queues the buttons the next alerts answer with: ui._answer('NO'). */
  _answer(...buttons: ('OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE')[]): this {
    this._answers.push(...buttons);
    return this;
  }
}
