/**
 * UrlFetchApp over routes a test defines (no network). As documented:
 * - fetch(url, params) and fetchAll(requests), each request an object with url and the fetch params;
 * - method get (default), delete, patch, post, put: nothing else (no HEAD);
 * - followRedirects (default true): when false the 3xx response is returned with its Location header;
 * - muteHttpExceptions (default false): when false a code >= 400 throws "Request failed for … returned code …";
 * - a network failure (route `{ error }`) throws whatever muteHttpExceptions says; in fetchAll the whole call
 *   throws, no response of the group is returned;
 * - there is no timeout option (an unknown param throws here, to catch a script relying on one); a route's
 *   `ms` is how long the request takes on the fake clock (fetchAll's requests run in parallel: the longest);
 * - daily quota ("Service invoked too many times for one day: urlfetch.") once `_dailyLimit` requests were made.
 */
import { Fake } from './core';
import type { Env } from './core';
import type { FakeClock } from './clock';

type GResponse = GoogleAppsScript.URL_Fetch.HTTPResponse;
type GRequest = GoogleAppsScript.URL_Fetch.URLFetchRequest;
type GParams = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;

export type FakeRouteReply =
  { status: number; headers?: Record<string, string>; body?: string; ms?: number } | { error: string; ms?: number };
export type FakeRoute = (request: { url: string; method: string; headers: Record<string, string> }) => FakeRouteReply;

const METHODS = ['get', 'delete', 'patch', 'post', 'put'];
const PARAMS = [
  'contentType',
  'headers',
  'method',
  'payload',
  'useIntranet',
  'validateHttpsCertificates',
  'followRedirects',
  'muteHttpExceptions',
  'escaping',
];
const DEFAULT_MS = 200;

export interface FetchRecord {
  url: string;
  method: string;
  followRedirects: boolean;
  muteHttpExceptions: boolean;
  headers: Record<string, string>;
  via: 'fetch' | 'fetchAll';
  /** Which fetchAll call (1, 2 …) made it; 0 for fetch. */
  call: number;
}

export class FakeHTTPResponse extends Fake implements Partial<GResponse> {
  constructor(
    env: Env,
    readonly _status: number,
    readonly _headers: Record<string, string>,
    readonly _body: string,
  ) {
    super(env, 'HTTPResponse');
  }
  getResponseCode(): number {
    return this._status;
  }
  getHeaders(): object {
    return this._env.object({ ...this._headers });
  }
  getAllHeaders(): object {
    return this._env.object({ ...this._headers });
  }
  getContentText(): string {
    return this._body;
  }
}

/**
 * Apps Script's limits page: "URL Fetch URL length 2 kB / URL"; over it the call throws before any request (the
 * message as Apps Script gives it). The length is the URL as sent: a non-ASCII character percent-encoded (Thai: 9).
 */
export const MAX_URL_LENGTH = 2048;
export const URL_LENGTH_MESSAGE = 'Limit Exceeded: URLFetch URL Length.';
const sentLength = (url: string) => url.replace(/[^\x00-\x7f]/gu, (c) => '%XX'.repeat(Buffer.byteLength(c))).length;

export class FakeUrlFetchApp extends Fake {
  /** Routes by URL without its fragment; a URL with no route is a DNS error, as for a name that does not resolve. */
  readonly _routes = new Map<string, FakeRoute>();
  readonly _log: FetchRecord[] = [];
  _clock: FakeClock | undefined;
  _dailyLimit = Infinity;
  /** What a request over the limit throws: Apps Script words its errors in the user's language. */
  _quotaMessage = 'Service invoked too many times for one day: urlfetch.';
  _fetchAllCalls = 0;
  private _call = 0;

  constructor(env: Env) {
    super(env, 'UrlFetchApp');
  }

  _route(url: string, route: FakeRoute | FakeRouteReply): void {
    this._routes.set(url, typeof route === 'function' ? route : () => route);
  }

  fetch(url: string, params: GParams = {}): GResponse {
    const { response, error, ms } = this._one(String(url), params, 'fetch');
    this._clock?.advance(ms);
    if (error) throw error;
    return response!;
  }

  fetchAll(requests: GRequest[]): GResponse[] {
    if (!Array.isArray(requests)) throw this._env.exception('Invalid argument: requests');
    this._call = ++this._fetchAllCalls;
    const results = requests.map((r) => {
      if (typeof r === 'string') return this._one(r, {}, 'fetchAll');
      if (!r || typeof r.url !== 'string') throw this._env.exception('Invalid argument: url');
      const { url, ...params } = r;
      return this._one(url, params, 'fetchAll');
    });
    this._call = 0;
    this._clock?.advance(Math.max(0, ...results.map((r) => r.ms)));
    const failed = results.find((r) => r.error);
    if (failed) throw failed.error;
    return this._env.list(results.map((r) => r.response!));
  }

  private _one(
    url: string,
    params: GParams,
    via: FetchRecord['via'],
  ): { response?: GResponse; error?: Error; ms: number } {
    for (const k of Object.keys(params)) if (!PARAMS.includes(k)) throw this._env.exception(`Invalid argument: ${k}`);
    const method = String(params.method ?? 'get').toLowerCase();
    if (!METHODS.includes(method)) throw this._env.exception(`Invalid argument: method (${method})`);
    if (!/^https?:\/\//i.test(url)) throw this._env.exception(`Invalid argument: ${url}`);
    if (sentLength(url) > MAX_URL_LENGTH) return { error: this._env.exception(URL_LENGTH_MESSAGE), ms: 0 };
    const follow = params.followRedirects !== false;
    const mute = params.muteHttpExceptions === true;
    const headers = { ...((params.headers ?? {}) as Record<string, string>) };
    let ms = 0;
    let current = url;
    for (let hop = 0; ; hop++) {
      if (this._log.length >= this._dailyLimit) return { error: this._env.exception(this._quotaMessage), ms };
      this._log.push({
        url: current,
        method,
        followRedirects: follow,
        muteHttpExceptions: mute,
        headers,
        via,
        call: via === 'fetchAll' ? this._call : 0,
      });
      const route = this._routes.get(current.replace(/#.*$/, ''));
      const reply = route ? route({ url: current, method, headers }) : { error: `DNS error: ${current}` };
      ms += reply.ms ?? DEFAULT_MS;
      if ('error' in reply) return { error: this._env.exception(reply.error), ms };
      const location = Object.entries(reply.headers ?? {}).find(([h]) => h.toLowerCase() === 'location')?.[1];
      if (follow && reply.status >= 300 && reply.status < 400 && location && hop < 10) {
        current = location;
        continue;
      }
      if (!mute && reply.status >= 400) {
        return {
          error: this._env.exception(
            `Request failed for ${current} returned code ${reply.status}. Truncated server response: ${(reply.body ?? '').slice(0, 100)} (use muteHttpExceptions option to examine full response)`,
          ),
          ms,
        };
      }
      return {
        response: new FakeHTTPResponse(this._env, reply.status, reply.headers ?? {}, reply.body ?? '')._as<GResponse>(),
        ms,
      };
    }
  }
}
