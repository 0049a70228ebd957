/**
 * LockService. One process runs at a time in the fake, so a lock is free unless a test says
 * another execution holds it: fakes.locks.holdByOther('script'), or a second bundle context
 * (loadBundle again over the same fakes: another execution, with its own globals) holds it.
 *
 * Apps Script documents locks between executions only; what a second tryLock/waitLock in the SAME
 * execution gets is not documented. The fake takes the strict reading: while one Lock object holds
 * the lock, any other Lock object of the scope is refused (tryLock false, waitLock throws), so code
 * that asks twice in one execution shows up in a test as refused rather than passing by luck.
 */
import { Env, Fake } from './core';

type GLock = GoogleAppsScript.Lock.Lock;
type GLockService = GoogleAppsScript.Lock.LockService;

export type LockScope = 'script' | 'document' | 'user';

/** Apps Script's waitLock message when the lock stays taken. */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/** The lock state of one scope, shared by every Lock object of that scope. */
export class LockState {
  /** Another execution holds the lock: tryLock answers false and waitLock throws. */
  heldByOther = false;
  /** This execution holds it (a Lock object got it and has not released it). */
  heldBy: FakeLock | undefined;
  /** Timeouts passed to tryLock / waitLock, in order. */
  readonly waits: { method: 'tryLock' | 'waitLock'; timeoutMs: number; acquired: boolean }[] = [];
  releases = 0;
}

export class FakeLock extends Fake implements Partial<GLock> {
  readonly _state: LockState;

  constructor(env: Env, state: LockState) {
    super(env, 'Lock');
    this._state = state;
  }

  _acquire(method: 'tryLock' | 'waitLock', timeoutMs: number): boolean {
    const s = this._state;
    const acquired = !s.heldByOther && (s.heldBy === undefined || s.heldBy === this);
    if (acquired) s.heldBy = this;
    s.waits.push({ method, timeoutMs, acquired });
    return acquired;
  }

  tryLock(timeoutInMillis: number): boolean {
    return this._acquire('tryLock', timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    if (!this._acquire('waitLock', timeoutInMillis)) throw this._env.exception(LOCK_TIMEOUT_MESSAGE);
  }

  hasLock(): boolean {
    return this._state.heldBy === this;
  }

  /** No effect when this lock was not acquired. */
  releaseLock(): void {
    if (this._state.heldBy === this) {
      this._state.heldBy = undefined;
      this._state.releases++;
    }
  }
}

export class FakeLockService extends Fake implements Partial<GLockService> {
  readonly _states: Record<LockScope, LockState> = {
    script: new LockState(),
    document: new LockState(),
    user: new LockState(),
  };

  constructor(env: Env) {
    super(env, 'LockService');
  }

  getScriptLock(): GLock {
    return new FakeLock(this._env, this._states.script)._as<GLock>();
  }

  getDocumentLock(): GLock {
    return new FakeLock(this._env, this._states.document)._as<GLock>();
  }

  getUserLock(): GLock {
    return new FakeLock(this._env, this._states.user)._as<GLock>();
  }

  // ---- test helpers ---------------------------------------------------------------------

  /** Simulates another execution holding (true) or releasing (false) the lock of a scope. */
  _holdByOther(scope: LockScope = 'script', held = true): this {
    this._states[scope].heldByOther = held;
    return this;
  }

  /** The execution ended (returned, threw, or was killed): Apps Script releases every lock it held. */
  _endExecution(): this {
    for (const state of Object.values(this._states)) state.heldBy = undefined;
    return this;
  }

  /** Same as _endExecution (both names are used by tests). */
  _executionEnded(): this {
    return this._endExecution();
  }

  _state(scope: LockScope = 'script'): LockState {
    return this._states[scope];
  }
}
