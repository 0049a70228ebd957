/** Protection of a sheet (Sheet.protect) or a range (Range.protect). */
import { Env, Fake } from './core';
import type { FakeSheet } from './sheet';

type GProtection = GoogleAppsScript.Spreadsheet.Protection;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;

export class FakeProtection extends Fake implements Partial<GProtection> {
  readonly _type: 'SHEET' | 'RANGE';
  readonly _sheet: FakeSheet;
  _range: GRange;
  _description = '';
  _warningOnly = false;
  _removed = false;

  constructor(env: Env, type: 'SHEET' | 'RANGE', sheet: FakeSheet, range: GRange) {
    super(env, 'Protection');
    this._type = type;
    this._sheet = sheet;
    this._range = range;
  }

  getProtectionType(): ProtectionType {
    return this._type as unknown as ProtectionType;
  }

  getRange(): GRange {
    return this._range;
  }

  setRange(range: GRange): GProtection {
    this._range = range;
    return this._as<GProtection>();
  }

  getDescription(): string {
    return this._description;
  }

  setDescription(description: string): GProtection {
    this._description = String(description);
    return this._as<GProtection>();
  }

  isWarningOnly(): boolean {
    return this._warningOnly;
  }

  setWarningOnly(warningOnly: boolean): GProtection {
    this._warningOnly = Boolean(warningOnly);
    return this._as<GProtection>();
  }

  /** The fake's user owns the spreadsheet: they can always edit. */
  canEdit(): boolean {
    return true;
  }

  remove(): void {
    this._removed = true;
    this._sheet._protections = this._sheet._protections.filter((p) => p !== this);
  }
}
