/**
 * Web links checked from Node with fetch: HEAD first (GET when HEAD fails with any 4xx/5xx), redirects seen
 * one by one (redirect: 'manual') and followed by probe.ts, each request cut off after a timeout. A small
 * pool checks a few links at once, with a lower limit per host so that no agency's server is hammered.
 */
import { nextStep, startProbe, type Answer, type Outcome, type Probe } from '../core/links/probe';
import { httpParts } from '../core/links/url-parts';

export interface NodeFetchOptions {
  timeoutMs: number;
  /** Links in flight at once (default 8). */
  concurrency?: number;
  /** Requests in flight to one host (default 2). */
  perHost?: number;
  /** Called when a link is done (the command saves its cache every so often). */
  onOutcome?: (outcome: Outcome) => void | Promise<void>;
}

export interface NodeFetchRun {
  outcomes: Outcome[];
  requests: number;
  /** Requests per host ("host:port"). */
  perHost: Map<string, number>;
  /** Most requests in flight to one host at any moment (politeness, for tests and the bench). */
  maxInFlightPerHost: number;
}

/** A counting semaphore: acquire() waits for a free slot. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];
  constructor(size: number) {
    this.free = size;
  }
  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

/** fetch's rejection as an answer: its own timeout, a refused port, a name that does not resolve. */
export function nodeErrorAnswer(e: unknown, timeoutMs: number): Answer {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') {
    return {
      kind: 'error',
      error: 'timeout',
      message: `ไม่ได้รับคำตอบภายใน ${(timeoutMs / 1000).toLocaleString('en-US')} วินาที`,
    };
  }
  const code = err.cause?.code ?? '';
  if (code === 'ECONNREFUSED')
    return { kind: 'error', error: 'refused', message: 'เซิร์ฟเวอร์ปฏิเสธการเชื่อมต่อ (ECONNREFUSED)' };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return { kind: 'error', error: 'unreachable', message: `ไม่พบชื่อเครื่องนี้ (${code})` };
  if (/timeout/i.test(code)) return { kind: 'error', error: 'timeout', message: `หมดเวลารอ (${code})` };
  return {
    kind: 'error',
    error: 'unreachable',
    message: `ติดต่อไม่ได้ (${code || err.cause?.message || err.message || String(e)})`,
  };
}

export async function fetchLinksNode(urls: readonly string[], options: NodeFetchOptions): Promise<NodeFetchRun> {
  const perHostLimit = options.perHost ?? 2;
  const hostSlots = new Map<string, Slots>();
  const inFlight = new Map<string, number>();
  const run: NodeFetchRun = { outcomes: [], requests: 0, perHost: new Map(), maxInFlightPerHost: 0 };

  const ask = async (probe: Probe): Promise<Answer> => {
    const host = httpParts(probe.current)?.host ?? '';
    const slots = hostSlots.get(host) ?? new Slots(perHostLimit);
    hostSlots.set(host, slots);
    await slots.acquire();
    const now = (inFlight.get(host) ?? 0) + 1;
    inFlight.set(host, now);
    run.maxInFlightPerHost = Math.max(run.maxInFlightPerHost, now);
    run.requests++;
    run.perHost.set(host, (run.perHost.get(host) ?? 0) + 1);
    try {
      const res = await fetch(probe.current, {
        method: probe.method,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
        headers: { 'user-agent': 'ita-report link check' },
      });
      await res.body?.cancel().catch(() => undefined);
      const location = res.headers.get('location') ?? undefined;
      return { kind: 'response', status: res.status, ...(location ? { location } : {}) };
    } catch (e) {
      return nodeErrorAnswer(e, options.timeoutMs);
    } finally {
      inFlight.set(host, (inFlight.get(host) ?? 1) - 1);
      slots.release();
    }
  };

  const check = async (url: string): Promise<Outcome> => {
    let probe = startProbe(url, 'HEAD');
    for (;;) {
      const step = nextStep(probe, await ask(probe));
      if ('outcome' in step) return step.outcome;
      probe = step.probe;
    }
  };

  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const outcome = await check(urls[next++]);
      run.outcomes.push(outcome);
      await options.onOutcome?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, urls.length) }, worker));
  return run;
}
