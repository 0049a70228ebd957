/**
 * MailApp: sendEmail (the documented signatures) and getRemainingDailyQuota. Sent messages are kept in `_sent`;
 * each recipient uses one unit of the day's quota (Apps Script counts recipients: 100 a day for a consumer
 * account, 1,500 for Workspace). Over the quota, sendEmail throws as Apps Script does. `_failFor` makes sending to
 * an address throw (a rejected address).
 */
import { Env, Fake } from './core';

type GMailApp = GoogleAppsScript.Mail.MailApp;
type MailOptions = GoogleAppsScript.Mail.MailAdvancedParameters;

export interface SentMail {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
}

export const MAIL_QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';
/**
 * Apps Script's limits page: "Email body size 200 KB / message" (400 KB for Workspace); the smaller one. Whether the
 * plain and the HTML bodies count together is not said: the fake takes the strict reading (both, in UTF-8 bytes).
 * The message is the one Apps Script logs ("Limit Exceeded: Email Body Size.").
 */
export const MAX_BODY_BYTES = 200 * 1024;
export const BODY_SIZE_MESSAGE = 'Limit Exceeded: Email Body Size.';

export class FakeMailApp extends Fake implements Partial<GMailApp> {
  readonly _sent: SentMail[] = [];
  /** Recipients the account may still send to today. */
  _quota: number;
  readonly _failFor = new Map<string, string>();
  /** What sendEmail throws over the quota: Apps Script words its errors in the user's language (a Thai account's). */
  _quotaMessage = MAIL_QUOTA_MESSAGE;

  constructor(env: Env, quota = 100) {
    super(env, 'MailApp');
    this._quota = quota;
  }

  getRemainingDailyQuota(): number {
    return this._quota;
  }

  sendEmail(a: string | MailOptions, subject?: string, body?: string, options?: MailOptions | string): void {
    let mail: SentMail;
    if (typeof a === 'object' && a !== null) {
      const m = a as MailOptions & { to?: string; subject?: string };
      if (!m.to || m.subject === undefined || (m.body === undefined && m.htmlBody === undefined))
        throw this._env.exception('Invalid argument: a message needs to, subject and body or htmlBody.');
      mail = {
        to: m.to,
        subject: m.subject,
        body: m.body ?? '',
        htmlBody: m.htmlBody,
        name: m.name,
        replyTo: m.replyTo,
      };
    } else if (typeof options === 'string') {
      // sendEmail(to, replyTo, subject, body)
      mail = { to: String(a), replyTo: String(subject), subject: String(body), body: options };
    } else {
      mail = {
        to: String(a),
        subject: String(subject),
        body: String(body),
        htmlBody: options?.htmlBody,
        name: options?.name,
      };
    }
    const recipients = mail.to
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (recipients.length === 0) throw this._env.exception('Invalid argument: recipient');
    for (const r of recipients) {
      const why = this._failFor.get(r);
      if (why) throw this._env.exception(why);
    }
    if (Buffer.byteLength(mail.body, 'utf8') + Buffer.byteLength(mail.htmlBody ?? '', 'utf8') > MAX_BODY_BYTES)
      throw this._env.exception(BODY_SIZE_MESSAGE);
    if (recipients.length > this._quota) throw this._env.exception(this._quotaMessage);
    this._quota -= recipients.length;
    this._sent.push(mail);
  }
}
