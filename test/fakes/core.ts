/**
 * The machinery every fake shares: the call log, the strict Proxy, the environment
 * (ids, realm, recorded side effects) and small helpers.
 *
 * Every fake object extends `Fake`. Its constructor returns a Proxy, so `new FakeRange(...)`
 * hands out the strict, call-counting object and `this` inside every method is that Proxy:
 *  - reading a name the fake does not define throws Error("not implemented: Range.foo"),
 *    except the names inspection, promises and test frameworks probe (see INSPECTION_KEYS);
 *  - a method called from outside the fakes (the script, a test) is counted in the CallLog as
 *    "Range.getValues"; calls the fakes make to each other while serving it are not;
 *  - names starting with "_" are test helpers and internal state: never counted.
 */

/** Counts service calls by name: "Range.getValues", "SpreadsheetApp.getActiveSpreadsheet" ... */
export class CallLog {
  private readonly counts = new Map<string, number>();
  /**
   * Cells the script read and wrote through Range calls (a getValues of 10 x 4 reads 40), counted by the
   * strict wrapper from the range's size: the cost model's main input (src/core/cost-model.ts).
   */
  readonly cells = { read: 0, written: 0 };
  /** Cells by method ("Range.getValues"), for the bench's breakdown. */
  readonly cellsBy = new Map<string, number>();
  /** Cells read by sheet name ("ผลจากแบบฟอร์ม"), for tests of which sheet's cells a run read. */
  readonly cellsReadBySheet = new Map<string, number>();
  /** Time spent inside the fakes serving the script's calls (ms): the bench subtracts it from the script's own. */
  fakeMs = 0;
  private readonly order: string[] = [];
  /** > 0 while a fake method runs: nested calls are the fake's own, not the script's. */
  depth = 0;
  /** Keep the call order too (off by default: benchmarks make millions of calls). */
  keepOrder = false;
  /**
   * Called before each counted call runs, with its name: a test can throw here to stop a run at any
   * point (a fault, or the 6-minute limit), e.g. with killAfter() in test/tools/faults.ts.
   */
  beforeCall: ((name: string) => void) | undefined;

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (this.keepOrder) this.order.push(name);
  }

  /**
   * Calls of one name ("Range.getValues"), of one class ("Range.*"), or all of them (no argument).
   */
  count(name?: string): number {
    if (name === undefined) return this.total();
    if (name.endsWith('.*')) {
      const prefix = name.slice(0, -1);
      let n = 0;
      for (const [k, v] of this.counts) if (k.startsWith(prefix)) n += v;
      return n;
    }
    return this.counts.get(name) ?? 0;
  }

  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }

  reset(): void {
    this.counts.clear();
    this.order.length = 0;
    this.cells.read = 0;
    this.cells.written = 0;
    this.cellsBy.clear();
    this.cellsReadBySheet.clear();
    this.fakeMs = 0;
  }

  /** Every name called, with its count, sorted by name: handy in a failing assertion's message. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** The calls in order (only while keepOrder is true). */
  sequence(): readonly string[] {
    return this.order;
  }
}

/**
 * Names read by promises, test frameworks (vitest/chai/pretty-format), node's inspect and JSON
 * on any object: they answer undefined instead of throwing, so a fake can be awaited, compared
 * and printed.
 */
const INSPECTION_KEYS = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  'nodeType',
  'nodeName',
  'tagName',
  '$$typeof',
  '_isMockFunction',
  'inspect',
  'mock',
  '__esModule',
  'default',
]);

const isInspectionKey = (key: string) => INSPECTION_KEYS.has(key) || key.startsWith('@@');

/** The intrinsics of the realm the script runs in: values handed to it are made there. */
export interface Realm {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
  Object: ObjectConstructor;
}

const HOST_REALM: Realm = { Array, Date, Error, Object };

/** What the script can see happen: dialogs, alerts, toasts, logs, sleeps. */
export interface Recorded {
  alerts: { title?: string; prompt: string; buttons?: string }[];
  dialogs: { kind: 'modal' | 'modeless' | 'sidebar'; title?: string; html: string; width?: number; height?: number }[];
  /** Menus added with addToUi(), in order. */
  menus: { title: string; items: MenuEntry[] }[];
  toasts: { message: string; title?: string; timeoutSeconds?: number | null }[];
  /** Logger.log lines. */
  logs: string[];
  console: { level: 'log' | 'info' | 'warn' | 'error' | 'debug'; args: unknown[] }[];
  /** Utilities.sleep durations, in ms: the fake never really waits. */
  sleeps: number[];
  flushes: number;
}

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuEntry[] };

/** Services that need authorisation: in authMode LIMITED (simple triggers) they throw like Apps Script. */
const NEEDS_AUTHORISATION: Record<string, string> = {
  DriveApp: 'https://www.googleapis.com/auth/drive',
  File: 'https://www.googleapis.com/auth/drive',
  Folder: 'https://www.googleapis.com/auth/drive',
  UrlFetchApp: 'https://www.googleapis.com/auth/script.external_request',
  FormApp: 'https://www.googleapis.com/auth/forms',
  Form: 'https://www.googleapis.com/auth/forms',
  ScriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  MailApp: 'https://www.googleapis.com/auth/script.send_mail',
};

/** Shared state of one simulated Apps Script project. */
export class Env {
  readonly calls: CallLog;
  realm: Realm = HOST_REALM;
  /** FULL for menu items and installable triggers; LIMITED for simple triggers (onOpen, onEdit). */
  authMode: 'FULL' | 'LIMITED' | 'NONE' = 'FULL';
  /** False in contexts without a user interface (installable and time triggers): getUi() throws then. */
  uiAvailable = true;
  readonly recorded: Recorded = {
    alerts: [],
    dialogs: [],
    menus: [],
    toasts: [],
    logs: [],
    console: [],
    sleeps: [],
    flushes: 0,
  };
  /**
   * A run cut short (Apps Script's 6-minute limit kills it; no catch block can act then): once `limit`
   * service calls were made, every further call throws and is not made, including calls from catch blocks.
   */
  halt: { limit: number; made: number } | undefined;
  private readonly counters = new Map<string, number>();

  constructor(calls = new CallLog()) {
    this.calls = calls;
  }

  /** A deterministic id that looks like a Drive id ([-\w]{10,}): "fake-folder-0001". */
  id(kind: string): string {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return `fake-${kind}-${String(n).padStart(4, '0')}`;
  }

  /** A deterministic counter per kind, from `start`. */
  next(kind: string, start = 1): number {
    const n = this.counters.get(`#${kind}`) ?? start - 1;
    this.counters.set(`#${kind}`, n + 1);
    return n + 1;
  }

  /** An Apps Script exception (name "Exception", message as Apps Script words it), made in the script's realm. */
  exception(message: string): Error {
    const e = new this.realm.Error(message);
    e.name = 'Exception';
    return e;
  }

  /** A list handed to the script: an Array of its realm (so `instanceof Array` holds there too). */
  list<T>(items: readonly T[]): T[] {
    return this.realm === HOST_REALM ? [...items] : this.realm.Array.from(items);
  }

  /** A 2D list handed to the script. */
  grid<T>(rows: readonly (readonly T[])[]): T[][] {
    return this.list(rows.map((r) => this.list(r)));
  }

  date(ms: number): Date {
    return new this.realm.Date(ms);
  }

  /** A plain object handed to the script. */
  object<T extends object>(value: T): T {
    return this.realm === HOST_REALM ? { ...value } : this.realm.Object.assign(new this.realm.Object(), value);
  }

  /** One service call about to be made: throws (the call is not made) once a halt's limit is reached. */
  tick(name: string): void {
    const h = this.halt;
    if (!h) return;
    if (h.made >= h.limit) {
      const e = this.exception(`Exceeded maximum execution time (killed before ${name})`);
      e.name = 'Killed';
      throw e;
    }
    h.made++;
  }

  /** Throws when the current authMode may not call this service (simple triggers and Drive, Forms, triggers). */
  checkAuthorisation(kind: string, method: string): void {
    const scope = NEEDS_AUTHORISATION[kind];
    if (scope && this.authMode !== 'FULL') {
      throw this.exception(`You do not have permission to call ${kind}.${method}. Required permissions: ${scope}`);
    }
  }
}

const wrappers = new WeakMap<object, Map<string, unknown>>();

interface CellBox {
  numRows: number;
  numColumns: number;
}

/** Range methods that read or write every cell of the range (the singular getters read one). */
const READS_ALL =
  /^get(Values|DisplayValues|Backgrounds|Notes|RichTextValues|Formulas|FormulasR1C1|FontWeights|FontColors|NumberFormats|DataValidations)$/;
const READS_ONE =
  /^get(Value|DisplayValue|Background|Note|RichTextValue|Formula|FormulaR1C1|FontWeight|NumberFormat|DataValidation)$/;
const WRITES_ALL =
  /^(set(Values|Value|Backgrounds|Background|Notes|Note|RichTextValues|RichTextValue|Formulas|Formula|FontWeights|FontWeight|NumberFormats|NumberFormat|DataValidations|DataValidation)|clear|clearContent|clearNote|clearFormat|clearDataValidations)$/;

function countCells(log: CallLog, method: string, range: { _box?: CellBox; _sheet?: { _name?: string } }): void {
  const box = range._box;
  if (!box) return;
  const n = READS_ONE.test(method) ? 1 : box.numRows * box.numColumns;
  if (READS_ALL.test(method) || READS_ONE.test(method)) {
    log.cells.read += n;
    const sheet = range._sheet?._name ?? '';
    log.cellsReadBySheet.set(sheet, (log.cellsReadBySheet.get(sheet) ?? 0) + n);
  } else if (WRITES_ALL.test(method)) log.cells.written += n;
  else return;
  log.cellsBy.set(`Range.${method}`, (log.cellsBy.get(`Range.${method}`) ?? 0) + n);
}

type AnyMethod = (...args: unknown[]) => unknown;

/** Wraps `target` so unknown names throw and outside calls are counted. */
export function strict<T extends object>(target: T, kind: string, env: Env): T {
  const proxy: T = new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'symbol') return Reflect.get(t, key, receiver);
      if (!(key in t)) {
        if (isInspectionKey(key)) return undefined;
        throw new Error(`not implemented: ${kind}.${key}`);
      }
      const value = Reflect.get(t, key, receiver);
      // Data, and Object.prototype's own methods (toString, hasOwnProperty ...), pass through uncounted.
      if (typeof value !== 'function' || key in Object.prototype) return value;
      let cache = wrappers.get(t);
      if (!cache) wrappers.set(t, (cache = new Map()));
      const cached = cache.get(key);
      if (cached) return cached;
      const fn = value as AnyMethod;
      const counted = !key.startsWith('_');
      const wrapper = function (...args: unknown[]) {
        const log = env.calls;
        if (log.depth === 0 && counted) {
          env.tick(`${kind}.${key}`);
          env.checkAuthorisation(kind, key);
          log.beforeCall?.(`${kind}.${key}`);
          log.record(`${kind}.${key}`);
          if (kind === 'Range') countCells(log, key, t as { _box?: CellBox; _sheet?: { _name?: string } });
        }
        const outer = log.depth === 0;
        const t0 = outer ? performance.now() : 0;
        log.depth++;
        try {
          return fn.apply(proxy, args);
        } finally {
          log.depth--;
          if (outer) log.fakeMs += performance.now() - t0;
        }
      };
      cache.set(key, wrapper);
      return wrapper;
    },
  });
  return proxy;
}

/**
 * Base of every fake. `kind` is the Apps Script class name used in the call log and errors.
 * Internal state lives in fields starting with "_" (never counted, and no clash with API names).
 */
export abstract class Fake {
  readonly _kind: string;
  readonly _env: Env;

  constructor(env: Env, kind: string) {
    this._env = env;
    this._kind = kind;
    return strict(this, kind, env);
  }

  /** Apps Script objects print as their class name ("Range"). */
  toString(): string {
    return this._kind;
  }

  /** `this` typed as the Apps Script interface it stands for (for returns and chaining). */
  _as<T>(): T {
    return this as unknown as T;
  }
}

/** A strict enum object: { OK: 'OK', ... }; reading a missing member throws like any unknown name. */
export function makeEnum<T>(kind: string, env: Env, names: readonly string[]): T {
  const target: Record<string, string> = {};
  for (const n of names) target[n] = n;
  Object.defineProperty(target, 'toString', { value: () => kind, enumerable: false });
  return strict(target, kind, env) as unknown as T;
}

/** Cast a fake to the Apps Script type it implements. */
export function gas<T>(fake: unknown): T {
  return fake as T;
}

/** Date check that works across realms (a Date made in the vm fails `instanceof Date` here). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Array check for values from the script's realm. */
export function isArray(v: unknown): v is unknown[] {
  return Array.isArray(v);
}
