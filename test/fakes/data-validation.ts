/** SpreadsheetApp.newDataValidation(): the builder and the rule it builds. */
import { Env, Fake } from './core';

type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

interface RuleState {
  criteria?: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export class FakeDataValidation extends Fake implements Partial<GDataValidation> {
  readonly _rule: Readonly<RuleState>;

  constructor(env: Env, rule: RuleState) {
    super(env, 'DataValidation');
    this._rule = { ...rule, values: [...rule.values] };
  }

  getCriteriaType(): Criteria {
    return this._rule.criteria as unknown as Criteria;
  }

  /** VALUE_IN_LIST: [values, showDropdown]; VALUE_IN_RANGE: [range, showDropdown]; as Apps Script. */
  getCriteriaValues(): unknown[] {
    return this._env.list(this._rule.values.map((v) => (Array.isArray(v) ? this._env.list(v) : v)));
  }

  /** The help text, or null when none was set (the typings say string; Apps Script's docs say null). */
  getHelpText(): string {
    return this._rule.helpText as string;
  }

  getAllowInvalid(): boolean {
    return this._rule.allowInvalid;
  }

  copy(): GBuilder {
    return new FakeDataValidationBuilder(this._env, this._rule)._as<GBuilder>();
  }
}

export class FakeDataValidationBuilder extends Fake implements Partial<GBuilder> {
  readonly _state: RuleState;

  constructor(env: Env, from?: Readonly<RuleState>) {
    super(env, 'DataValidationBuilder');
    // New rules allow invalid input (show a warning) until setAllowInvalid(false).
    this._state = from ? { ...from, values: [...from.values] } : { values: [], allowInvalid: true, helpText: null };
  }

  private _criteria(criteria: string, values: unknown[]): GBuilder {
    this._state.criteria = criteria;
    this._state.values = values;
    return this._as<GBuilder>();
  }

  requireValueInList(values: string[], showDropdown = true): GBuilder {
    if (!Array.isArray(values)) throw this._env.exception('requireValueInList needs an array of values.');
    return this._criteria('VALUE_IN_LIST', [[...values], showDropdown]);
  }

  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): GBuilder {
    return this._criteria('VALUE_IN_RANGE', [range, showDropdown]);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GBuilder {
    const values =
      checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this._criteria('CHECKBOX', values);
  }

  requireNumberBetween(start: number, end: number): GBuilder {
    return this._criteria('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberGreaterThanOrEqualTo(n: number): GBuilder {
    return this._criteria('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }

  requireDate(): GBuilder {
    return this._criteria('DATE_IS_VALID_DATE', []);
  }

  requireTextIsUrl(): GBuilder {
    return this._criteria('TEXT_IS_VALID_URL', []);
  }

  requireTextIsEmail(): GBuilder {
    return this._criteria('TEXT_IS_VALID_EMAIL', []);
  }

  requireFormulaSatisfied(formula: string): GBuilder {
    return this._criteria('CUSTOM_FORMULA', [formula]);
  }

  setAllowInvalid(allowInvalidData: boolean): GBuilder {
    this._state.allowInvalid = allowInvalidData;
    return this._as<GBuilder>();
  }

  setHelpText(helpText: string): GBuilder {
    this._state.helpText = helpText;
    return this._as<GBuilder>();
  }

  getCriteriaType(): Criteria {
    return this._state.criteria as unknown as Criteria;
  }

  getCriteriaValues(): unknown[] {
    return this._env.list(this._state.values);
  }

  getAllowInvalid(): boolean {
    return this._state.allowInvalid;
  }

  getHelpText(): string | null {
    return this._state.helpText;
  }

  build(): GDataValidation {
    // Uncertain wording: Apps Script refuses to build a rule without criteria.
    if (!this._state.criteria) throw this._env.exception('The data validation rule has no criteria.');
    return new FakeDataValidation(this._env, this._state)._as<GDataValidation>();
  }
}
