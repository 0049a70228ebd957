/**
 * [progress] The optional weekly reminder run: a time-driven trigger (every week, Monday 09:00 in the script's time
 * zone) while the config row เตือนอัตโนมัติทุกสัปดาห์ is on and the deadline has not passed; removed otherwise.
 * Installed once: found again by its handler function's name, so running this again adds nothing.
 * getProjectTriggers lists the current user's triggers of this project only.
 */
import { dayKey, type ReminderConfig } from '../core/reminders';

/** The global the trigger calls (src/main.ts). */
export const WEEKLY_HANDLER = 'sendRemindersWeekly';
export const WEEKLY_HOUR = 9;

export type ScheduleChange = 'installed' | 'kept' | 'removed' | 'none';

/** True while weekly reminders should run: on, with a deadline that is today or later. */
export function scheduleWanted(config: ReminderConfig, todayKey: string): boolean {
  return config.auto && config.deadline !== null && dayKey(config.deadline) >= todayKey;
}

export function syncSchedule(config: ReminderConfig, todayKey: string): ScheduleChange {
  const ours = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === WEEKLY_HANDLER);
  if (scheduleWanted(config, todayKey)) {
    // A copy left by an earlier version or a double click: keep one.
    for (const extra of ours.slice(1)) ScriptApp.deleteTrigger(extra);
    if (ours.length > 0) return 'kept';
    ScriptApp.newTrigger(WEEKLY_HANDLER)
      .timeBased()
      .everyWeeks(1)
      .onWeekDay(ScriptApp.WeekDay.MONDAY)
      .atHour(WEEKLY_HOUR)
      .create();
    return 'installed';
  }
  for (const t of ours) ScriptApp.deleteTrigger(t);
  return ours.length > 0 ? 'removed' : 'none';
}

/** The dialog's line about the schedule (Thai), '' when nothing is scheduled or changed. */
export function scheduleText(change: ScheduleChange): string {
  switch (change) {
    case 'installed':
      return 'ตั้งการเตือนอัตโนมัติทุกวันจันทร์ เวลาประมาณ ๐๙.๐๐ น. จนถึงวันกำหนดส่งแล้ว';
    case 'kept':
      return 'การเตือนอัตโนมัติทุกวันจันทร์ยังทำงานอยู่จนถึงวันกำหนดส่ง';
    case 'removed':
      return 'ยกเลิกการเตือนอัตโนมัติแล้ว (ปิดในชีตตั้งค่า หรือเลยวันกำหนดส่งแล้ว)';
    default:
      return '';
  }
}
