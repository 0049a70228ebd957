/** PropertiesService: three separate string stores (script, user, document). */
import { Env, Fake } from './core';

type GProperties = GoogleAppsScript.Properties.Properties;
type GPropertiesService = GoogleAppsScript.Properties.PropertiesService;

/** Apps Script stores property values as strings: setProperty('n', 12) reads back "12". */
const asString = (v: unknown) => String(v);

/** Quotas (developers.google.com/apps-script/guides/services/quotas): 9 kB a value, 500 kB a store. */
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class FakeProperties extends Fake implements Partial<GProperties> {
  readonly _store: Map<string, string>;

  constructor(env: Env, store: Map<string, string>) {
    super(env, 'Properties');
    this._store = store;
  }

  getProperty(key: string): string | null {
    return this._store.get(String(key)) ?? null;
  }

  _put(entries: [string, string][], clearFirst = false): void {
    const next = new Map(clearFirst ? [] : this._store);
    for (const [k, v] of entries) {
      // Uncertain wording of both messages; the limits are the documented quotas.
      if (bytes(v) > MAX_VALUE_BYTES) throw this._env.exception('Argument too large: value');
      next.set(k, v);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > MAX_STORE_BYTES) {
      throw this._env.exception(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this._store.clear();
    for (const [k, v] of next) this._store.set(k, v);
  }

  setProperty(key: string, value: string): GProperties {
    if (key === null || key === undefined) throw this._env.exception('Invalid argument: key');
    this._put([[String(key), asString(value)]]);
    return this._as<GProperties>();
  }

  getProperties(): { [key: string]: string } {
    return this._env.object(Object.fromEntries(this._store));
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): GProperties {
    this._put(
      Object.entries(properties).map(([k, v]) => [k, asString(v)]),
      deleteAllOthers,
    );
    return this._as<GProperties>();
  }

  deleteProperty(key: string): GProperties {
    this._store.delete(String(key));
    return this._as<GProperties>();
  }

  deleteAllProperties(): GProperties {
    this._store.clear();
    return this._as<GProperties>();
  }

  getKeys(): string[] {
    return this._env.list([...this._store.keys()]);
  }
}

export class FakePropertiesService extends Fake implements Partial<GPropertiesService> {
  /** The stores, for tests to seed or read without counting: fakes.properties._stores.script. */
  readonly _stores = {
    script: new Map<string, string>(),
    user: new Map<string, string>(),
    document: new Map<string, string>(),
  };

  constructor(env: Env) {
    super(env, 'PropertiesService');
  }

  getScriptProperties(): GProperties {
    return new FakeProperties(this._env, this._stores.script)._as<GProperties>();
  }

  getUserProperties(): GProperties {
    return new FakeProperties(this._env, this._stores.user)._as<GProperties>();
  }

  getDocumentProperties(): GProperties {
    return new FakeProperties(this._env, this._stores.document)._as<GProperties>();
  }
}
