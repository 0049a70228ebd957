/** Session (user, time zone), Logger and a recording console. */
import { Env, Fake } from './core';
import type { Workspace } from './workspace';

type GSession = GoogleAppsScript.Base.Session;
type GUser = GoogleAppsScript.Base.User;
type GLogger = GoogleAppsScript.Base.Logger;

export class FakeUser extends Fake implements Partial<GUser> {
  readonly _email: string;

  constructor(env: Env, email: string) {
    super(env, 'User');
    this._email = email;
  }

  getEmail(): string {
    return this._email;
  }
}

export class FakeSession extends Fake implements Partial<GSession> {
  readonly _workspace: Workspace;

  constructor(workspace: Workspace) {
    super(workspace.env, 'Session');
    this._workspace = workspace;
  }

  getActiveUser(): GUser {
    return new FakeUser(this._env, this._workspace.userEmail)._as<GUser>();
  }

  getEffectiveUser(): GUser {
    return new FakeUser(this._env, this._workspace.userEmail)._as<GUser>();
  }

  getScriptTimeZone(): string {
    return this._workspace.timeZone;
  }

  getActiveUserLocale(): string {
    return this._workspace.locale;
  }

  getTemporaryActiveUserKey(): string {
    return `fake-user-key-${this._workspace.userEmail}`;
  }
}

/** Logger.log(data) or Logger.log(format, ...values) with %s / %d / %f placeholders. */
function formatLog(data: unknown, values: unknown[]): string {
  if (values.length === 0 || typeof data !== 'string') return String(data);
  let i = 0;
  return data.replace(/%[sdf%]/g, (m) => (m === '%%' ? '%' : i < values.length ? String(values[i++]) : m));
}

export class FakeLogger extends Fake implements Partial<GLogger> {
  constructor(env: Env) {
    super(env, 'Logger');
  }

  log(data: unknown, ...values: unknown[]): GLogger {
    this._env.recorded.logs.push(formatLog(data, values));
    return this._as<GLogger>();
  }

  getLog(): string {
    return this._env.recorded.logs.join('\n');
  }

  clear(): void {
    this._env.recorded.logs.length = 0;
  }
}

/** A console for the script: records every call in env.recorded.console; echoes to Node's when asked. */
export function recordingConsole(env: Env, echo = false): Console {
  const levels = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const out: Record<string, (...args: unknown[]) => void> = {};
  for (const level of levels) {
    out[level] = (...args: unknown[]) => {
      env.recorded.console.push({ level, args });
      if (echo) console[level](...args);
    };
  }
  return out as unknown as Console;
}
