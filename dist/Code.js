// ITA measures report — built from src/ by `npm run build`. Do not edit by hand.
var __ita = (function (exports) {
  'use strict';

  const SHEET = {
    config: "\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32",
    units: "\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19",
    headings: "\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14",
    measures: "\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23",
    findings: "\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E15\u0E23\u0E27\u0E08\u0E2A\u0E2D\u0E1A",
    /** Hidden, system-managed: cells we coloured and the background they had before. */
    marks: "_ita_marks",
    // [forms] System-managed ledger of progress-form answers (src/core/forms); staff only tick its exclude column.
    ledger: "\u0E1C\u0E25\u0E08\u0E32\u0E01\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21",
    // [forms] Staff link survey response tabs (Likert 1-5) to measure rows here.
    surveys: "\u0E40\u0E0A\u0E37\u0E48\u0E2D\u0E21\u0E41\u0E1A\u0E1A\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19",
    // [links] System-managed results of "ตรวจลิงก์หลักฐาน" (src/core/links): also the per-URL cache.
    links: "\u0E15\u0E23\u0E27\u0E08\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E2B\u0E25\u0E31\u0E01\u0E10\u0E32\u0E19",
    // [publish] One line per report run (src/gas/report-history.ts): never rewritten, only appended to.
    history: "\u0E1B\u0E23\u0E30\u0E27\u0E31\u0E15\u0E34\u0E01\u0E32\u0E23\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19",
    // [plan] Last year's ITA result per indicator, for the measures plan (src/core/plan-*.ts).
    lastResult: "\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19\u0E1B\u0E35\u0E01\u0E48\u0E2D\u0E19"
  };
  const DATA_SHEETS = [SHEET.config, SHEET.units, SHEET.headings, SHEET.measures];
  const CONFIG_LABEL = {
    agencyName: "\u0E0A\u0E37\u0E48\u0E2D\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19",
    compiledBy: "\u0E23\u0E27\u0E1A\u0E23\u0E27\u0E21\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E42\u0E14\u0E22",
    fiscalYear: "\u0E1B\u0E35\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13 (\u0E1E.\u0E28.)",
    round: "\u0E23\u0E2D\u0E1A\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19",
    digitStyle: "\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02",
    font: "\u0E41\u0E1A\u0E1A\u0E2D\u0E31\u0E01\u0E29\u0E23",
    reportFolder: "\u0E42\u0E1F\u0E25\u0E40\u0E14\u0E2D\u0E23\u0E4C\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19",
    reportTemplate: "\u0E41\u0E21\u0E48\u0E41\u0E1A\u0E1A\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19 (Google Doc)",
    // [publish] Optional rows (a missing row is its default): the blocks after the table, the PDF, sharing.
    problems: "\u0E1B\u0E31\u0E0D\u0E2B\u0E32\u0E41\u0E25\u0E30\u0E2D\u0E38\u0E1B\u0E2A\u0E23\u0E23\u0E04",
    suggestions: "\u0E02\u0E49\u0E2D\u0E40\u0E2A\u0E19\u0E2D\u0E41\u0E19\u0E30",
    reporter: "\u0E1C\u0E39\u0E49\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19",
    reporterPosition: "\u0E15\u0E33\u0E41\u0E2B\u0E19\u0E48\u0E07\u0E1C\u0E39\u0E49\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19",
    approver: "\u0E1C\u0E39\u0E49\u0E2D\u0E19\u0E38\u0E21\u0E31\u0E15\u0E34",
    approverPosition: "\u0E15\u0E33\u0E41\u0E2B\u0E19\u0E48\u0E07\u0E1C\u0E39\u0E49\u0E2D\u0E19\u0E38\u0E21\u0E31\u0E15\u0E34",
    oitCode: "\u0E23\u0E2B\u0E31\u0E2A\u0E02\u0E49\u0E2D OIT",
    shareWithLink: "\u0E40\u0E1C\u0E22\u0E41\u0E1E\u0E23\u0E48\u0E44\u0E1F\u0E25\u0E4C\u0E43\u0E2B\u0E49\u0E17\u0E38\u0E01\u0E04\u0E19\u0E17\u0E35\u0E48\u0E21\u0E35\u0E25\u0E34\u0E07\u0E01\u0E4C",
    // [plan] Optional rows read by the measures plan only (the report never uses them).
    assessedYear: "\u0E1B\u0E35\u0E17\u0E35\u0E48\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19",
    overallScore: "\u0E04\u0E30\u0E41\u0E19\u0E19\u0E23\u0E27\u0E21",
    targetScore: "\u0E04\u0E30\u0E41\u0E19\u0E19\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22",
    level: "\u0E23\u0E30\u0E14\u0E31\u0E1A\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19"
  };
  const OPTIONAL_CONFIG_KEYS = [
    "compiledBy",
    "reportFolder",
    "reportTemplate",
    "problems",
    "suggestions",
    "reporter",
    "reporterPosition",
    "approver",
    "approverPosition",
    "oitCode",
    "shareWithLink",
    "assessedYear",
    // [plan]
    "overallScore",
    "targetScore",
    "level"
  ];
  const UNIT_HEADER = {
    code: "\u0E23\u0E2B\u0E31\u0E2A\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19",
    name: "\u0E0A\u0E37\u0E48\u0E2D\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19",
    abbr: "\u0E0A\u0E37\u0E48\u0E2D\u0E22\u0E48\u0E2D",
    email: "\u0E2D\u0E35\u0E40\u0E21\u0E25\u0E1C\u0E39\u0E49\u0E1B\u0E23\u0E30\u0E2A\u0E32\u0E19\u0E07\u0E32\u0E19"
  };
  const HEADING_HEADER = {
    code: "\u0E23\u0E2B\u0E31\u0E2A\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14",
    tool: "\u0E41\u0E1A\u0E1A\u0E27\u0E31\u0E14",
    text: "\u0E2B\u0E31\u0E27\u0E02\u0E49\u0E2D\u0E43\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19",
    // [plan] The ITA indicator (1–10) the heading belongs to; optional for the report.
    indicator: "\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E17\u0E35\u0E48"
  };
  const MEASURE_HEADER = {
    rowId: "\u0E23\u0E2B\u0E31\u0E2A\u0E41\u0E16\u0E27",
    heading: "\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14",
    issueNo: "\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E17\u0E35\u0E48",
    issueTitle: "\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E01\u0E32\u0E23\u0E1E\u0E31\u0E12\u0E19\u0E32",
    measureNo: "\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E17\u0E35\u0E48",
    measureText: "\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23/\u0E41\u0E19\u0E27\u0E17\u0E32\u0E07\u0E1B\u0E0F\u0E34\u0E1A\u0E31\u0E15\u0E34",
    targets: "\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22",
    output: "\u0E1C\u0E25\u0E1C\u0E25\u0E34\u0E15",
    outcome: "\u0E1C\u0E25\u0E2A\u0E31\u0E21\u0E24\u0E17\u0E18\u0E34\u0E4C",
    result: "\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E07\u0E32\u0E19",
    units: "\u0E1C\u0E39\u0E49\u0E23\u0E31\u0E1A\u0E1C\u0E34\u0E14\u0E0A\u0E2D\u0E1A",
    status: "\u0E2A\u0E16\u0E32\u0E19\u0E30",
    evidence: "\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E2B\u0E25\u0E31\u0E01\u0E10\u0E32\u0E19",
    activityDates: "\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23",
    // [plan] Optional for the report; the measures plan prints them.
    timeframe: "\u0E23\u0E30\u0E22\u0E30\u0E40\u0E27\u0E25\u0E32\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23",
    budget: "\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13 (\u0E1A\u0E32\u0E17)"
  };
  const ALL_UNITS = "\u0E17\u0E38\u0E01\u0E2A\u0E33\u0E19\u0E31\u0E01/\u0E2B\u0E19\u0E48\u0E27\u0E22";
  const STATUS_VALUES = [
    "\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23",
    "\u0E2D\u0E22\u0E39\u0E48\u0E23\u0E30\u0E2B\u0E27\u0E48\u0E32\u0E07\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23",
    "\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23\u0E41\u0E25\u0E49\u0E27\u0E40\u0E2A\u0E23\u0E47\u0E08",
    "\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23\u0E41\u0E25\u0E49\u0E27\u0E41\u0E15\u0E48\u0E44\u0E21\u0E48\u0E1A\u0E23\u0E23\u0E25\u0E38\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22"
  ];
  const SYSTEM_SHEETS = [SHEET.findings, SHEET.marks, SHEET.ledger, SHEET.links, SHEET.history];
  const MAIN_WEBSITE_LABEL = "\u0E40\u0E27\u0E47\u0E1A\u0E44\u0E0B\u0E15\u0E4C\u0E2B\u0E25\u0E31\u0E01\u0E02\u0E2D\u0E07\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19";
  const LEDGER_HEADER = {
    key: "\u0E04\u0E35\u0E22\u0E4C\u0E04\u0E33\u0E15\u0E2D\u0E1A",
    sheet: "\u0E0A\u0E35\u0E15\u0E04\u0E33\u0E15\u0E2D\u0E1A",
    row: "\u0E41\u0E16\u0E27\u0E04\u0E33\u0E15\u0E2D\u0E1A",
    timestamp: "\u0E1B\u0E23\u0E30\u0E17\u0E31\u0E1A\u0E40\u0E27\u0E25\u0E32",
    rowId: "\u0E23\u0E2B\u0E31\u0E2A\u0E41\u0E16\u0E27",
    round: "\u0E23\u0E2D\u0E1A",
    unit: "\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19",
    done: "\u0E2A\u0E34\u0E48\u0E07\u0E17\u0E35\u0E48\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23",
    dates: "\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23",
    quantity: "\u0E08\u0E33\u0E19\u0E27\u0E19",
    quantityWord: "\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E19\u0E31\u0E1A",
    evidence: "\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E2B\u0E25\u0E31\u0E01\u0E10\u0E32\u0E19",
    status: "\u0E2A\u0E16\u0E32\u0E19\u0E30",
    check: "\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E15\u0E23\u0E27\u0E08",
    reasons: "\u0E40\u0E2B\u0E15\u0E38\u0E1C\u0E25",
    exclude: "\u0E44\u0E21\u0E48\u0E43\u0E0A\u0E49\u0E43\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19",
    fingerprint: "\u0E25\u0E32\u0E22\u0E19\u0E34\u0E49\u0E27\u0E21\u0E37\u0E2D",
    editUrl: "\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E41\u0E01\u0E49\u0E44\u0E02\u0E04\u0E33\u0E15\u0E2D\u0E1A"
  };
  const SURVEY_HEADER = {
    rowId: "\u0E23\u0E2B\u0E31\u0E2A\u0E41\u0E16\u0E27",
    sheet: "\u0E0A\u0E35\u0E15\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E41\u0E1A\u0E1A\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19",
    questions: "\u0E04\u0E33\u0E16\u0E32\u0E21",
    label: "\u0E0A\u0E37\u0E48\u0E2D\u0E17\u0E35\u0E48\u0E41\u0E2A\u0E14\u0E07"
  };
  const TIMESTAMP_HEADERS = ["\u0E1B\u0E23\u0E30\u0E17\u0E31\u0E1A\u0E40\u0E27\u0E25\u0E32", "Timestamp"];
  const TOOLS = ["IIT", "EIT", "OIT"];
  const LAST_RESULT_HEADER = {
    indicator: "\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E17\u0E35\u0E48",
    name: "\u0E0A\u0E37\u0E48\u0E2D\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14",
    tool: "\u0E41\u0E1A\u0E1A\u0E27\u0E31\u0E14",
    score: "\u0E04\u0E30\u0E41\u0E19\u0E19"
  };
  const ITA_INDICATORS = [
    [1, "\u0E01\u0E32\u0E23\u0E1B\u0E0F\u0E34\u0E1A\u0E31\u0E15\u0E34\u0E2B\u0E19\u0E49\u0E32\u0E17\u0E35\u0E48", "IIT"],
    [2, "\u0E01\u0E32\u0E23\u0E43\u0E0A\u0E49\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13", "IIT"],
    [3, "\u0E01\u0E32\u0E23\u0E43\u0E0A\u0E49\u0E2D\u0E33\u0E19\u0E32\u0E08", "IIT"],
    [4, "\u0E01\u0E32\u0E23\u0E43\u0E0A\u0E49\u0E17\u0E23\u0E31\u0E1E\u0E22\u0E4C\u0E2A\u0E34\u0E19\u0E02\u0E2D\u0E07\u0E23\u0E32\u0E0A\u0E01\u0E32\u0E23", "IIT"],
    [5, "\u0E01\u0E32\u0E23\u0E41\u0E01\u0E49\u0E44\u0E02\u0E1B\u0E31\u0E0D\u0E2B\u0E32\u0E01\u0E32\u0E23\u0E17\u0E38\u0E08\u0E23\u0E34\u0E15", "IIT"],
    [6, "\u0E04\u0E38\u0E13\u0E20\u0E32\u0E1E\u0E01\u0E32\u0E23\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E07\u0E32\u0E19", "EIT"],
    [7, "\u0E1B\u0E23\u0E30\u0E2A\u0E34\u0E17\u0E18\u0E34\u0E20\u0E32\u0E1E\u0E01\u0E32\u0E23\u0E2A\u0E37\u0E48\u0E2D\u0E2A\u0E32\u0E23", "EIT"],
    [8, "\u0E01\u0E32\u0E23\u0E1B\u0E23\u0E31\u0E1A\u0E1B\u0E23\u0E38\u0E07\u0E23\u0E30\u0E1A\u0E1A\u0E01\u0E32\u0E23\u0E17\u0E33\u0E07\u0E32\u0E19", "EIT"],
    [9, "\u0E01\u0E32\u0E23\u0E40\u0E1B\u0E34\u0E14\u0E40\u0E1C\u0E22\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25", "OIT"],
    [10, "\u0E01\u0E32\u0E23\u0E1B\u0E49\u0E2D\u0E07\u0E01\u0E31\u0E19\u0E01\u0E32\u0E23\u0E17\u0E38\u0E08\u0E23\u0E34\u0E15", "OIT"]
  ];
  const NO_BUDGET = "\u0E44\u0E21\u0E48\u0E43\u0E0A\u0E49\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13";
  const DEFAULT_TARGET_SCORE = 85;

  function countBySeverity(findings) {
    let errors = 0;
    for (const f of findings) if (f.severity === "error") errors++;
    return { errors, warnings: findings.length - errors };
  }
  function sortFindings(findings, sheetOrder) {
    const rank = (s) => {
      const i = sheetOrder.indexOf(s);
      return i === -1 ? sheetOrder.length : i;
    };
    return [...findings].sort(
      (a, b) => rank(a.sheet) - rank(b.sheet) || a.row - b.row || a.column - b.column || a.rule.localeCompare(b.rule)
    );
  }

  function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
    return values;
  }
  function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
  }
  function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
      return value.toString();
    return value;
  }
  class Cached {
    constructor(getter) {
      this._getter = getter;
      this._value = void 0;
    }
    get value() {
      const getter = this._getter;
      if (getter !== void 0) {
        this._value = getter();
        this._getter = void 0;
      }
      return this._value;
    }
  }
  function cached(getter) {
    return new Cached(getter);
  }
  function nullish(input) {
    return input === null || input === void 0;
  }
  function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
  }
  function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    });
  }
  function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return (desc == null ? void 0 : desc.get) ? desc.get.raw : desc == null ? void 0 : desc.value;
  }
  function sourceShape(schema) {
    var _a;
    return (_a = rawShape(schema._zod.def)) != null ? _a : schema._zod.def.shape;
  }
  function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
      get() {
        const value = getter();
        assignProp(this, key, value);
        return value;
      },
      enumerable: true,
      configurable: true
    });
  }
  function putProp(target, key, value) {
    if (key in target)
      assignProp(target, key, value);
    else
      target[key] = value;
  }
  function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
      const desc = Object.getOwnPropertyDescriptor(raw, key);
      if (!desc.enumerable)
        continue;
      if (desc.get) {
        deferProp(target, key, () => {
          const value = source._zod.def.shape[key];
          return wrap ? wrap(value, key) : value;
        });
      } else
        putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
  }
  function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
      const desc = Object.getOwnPropertyDescriptor(source, key);
      if (!desc.enumerable)
        continue;
      if (desc.get)
        deferProp(target, key, () => source[key]);
      else
        putProp(target, key, desc.value);
    }
  }
  function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
      const descriptors = Object.getOwnPropertyDescriptors(def);
      Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
  }
  function esc(str) {
    return JSON.stringify(str);
  }
  function slugify(input) {
    return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
  }
  const captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
  };
  function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
  }
  const allowsEval = /* @__PURE__ */ cached(() => {
    var _a;
    if (globalConfig.jitless) {
      return false;
    }
    if (typeof navigator !== "undefined" && ((_a = navigator == null ? void 0 : navigator.userAgent) == null ? void 0 : _a.includes("Cloudflare"))) {
      return false;
    }
    try {
      const F = Function;
      new F("");
      return true;
    } catch (_) {
      return false;
    }
  });
  function isPlainObject(o) {
    if (isObject(o) === false)
      return false;
    const ctor = o.constructor;
    if (ctor === void 0)
      return true;
    if (typeof ctor !== "function")
      return true;
    const prot = ctor.prototype;
    if (isObject(prot) === false)
      return false;
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
      return false;
    }
    return true;
  }
  function shallowClone(o) {
    if (isPlainObject(o))
      return { ...o };
    if (Array.isArray(o))
      return [...o];
    if (o instanceof Map)
      return new Map(o);
    if (o instanceof Set)
      return new Set(o);
    return o;
  }
  const propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
  function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  function clone(inst, def, params) {
    const cl = new inst._zod.constr(def != null ? def : inst._zod.def);
    if (!def || (params == null ? void 0 : params.parent))
      cl._zod.parent = inst;
    return cl;
  }
  function normalizeParams(_params) {
    const params = _params;
    if (!params)
      return {};
    if (typeof params === "string")
      return { error: () => params };
    if ((params == null ? void 0 : params.message) !== void 0) {
      if ((params == null ? void 0 : params.error) !== void 0)
        throw new Error("Cannot specify both `message` and `error` params");
      params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
      return { ...params, error: () => params.error };
    return params;
  }
  function stringifyPrimitive(value) {
    if (typeof value === "bigint")
      return value.toString() + "n";
    if (typeof value === "string")
      return `"${value}"`;
    return `${value}`;
  }
  function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
      return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
    });
  }
  const NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 34028234663852886e22],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
  }))();
  const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
  };
  function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
      throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
  }
  function maskedKeys(schema, mask) {
    var _a;
    const raw = sourceShape(schema);
    const keys = [];
    for (const key of Reflect.ownKeys(mask)) {
      if (!((_a = Object.getOwnPropertyDescriptor(raw, key)) == null ? void 0 : _a.enumerable)) {
        throw new Error(`Unrecognized key: "${String(key)}"`);
      }
      if (mask[key])
        keys.push(key);
    }
    return keys;
  }
  function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
      throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
  }
  function extend(schema, shape) {
    if (!isPlainObject(shape)) {
      throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
      const existingShape = sourceShape(schema);
      for (const key of Reflect.ownKeys(shape)) {
        if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
          throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
        }
      }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
  }
  function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
  }
  function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
      throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
  }
  function merge(a, b) {
    var _a, _b, _c;
    if (!((_a = b == null ? void 0 : b._zod) == null ? void 0 : _a.def)) {
      throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if ((_b = a._zod.def.checks) == null ? void 0 : _b.length) {
      throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
      shape: newShape,
      get catchall() {
        return b._zod.def.catchall;
      },
      checks: (_c = b._zod.def.checks) != null ? _c : []
    });
    return clone(a, def);
  }
  function partial(Class2, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
      throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
  }
  function required$1(Class2, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
      // overwrite with non-optional
      selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
    ));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
  }
  function aborted(x, startIndex = 0) {
    var _a;
    if (x.aborted === true)
      return true;
    for (let i = startIndex; i < x.issues.length; i++) {
      if (((_a = x.issues[i]) == null ? void 0 : _a.continue) !== true) {
        return true;
      }
    }
    return false;
  }
  function explicitlyAborted(x, startIndex = 0) {
    var _a;
    if (x.aborted === true)
      return true;
    for (let i = startIndex; i < x.issues.length; i++) {
      if (((_a = x.issues[i]) == null ? void 0 : _a.continue) === false) {
        return true;
      }
    }
    return false;
  }
  function prefixIssues(path, issues) {
    return issues.map((iss) => {
      var _a2;
      var _a;
      (_a2 = (_a = iss).path) != null ? _a2 : _a.path = [];
      iss.path.unshift(path);
      return iss;
    });
  }
  function unwrapMessage(message) {
    return typeof message === "string" ? message : message == null ? void 0 : message.message;
  }
  function sizeCaps(defChecks) {
    var _a, _b;
    const caps = [];
    for (const ch of defChecks != null ? defChecks : []) {
      const d = ch._zod.def;
      if (!/_(length|size)$|_equals$/.test(d.check))
        break;
      const max = (_b = (_a = d.maximum) != null ? _a : d.length) != null ? _b : d.size;
      if (max >= 0)
        caps.push([max, ch]);
    }
    return caps;
  }
  function attachSchema(issues, start, inst) {
    var _a2;
    var _a;
    for (let i = start; i < issues.length; i++) {
      (_a2 = (_a = issues[i]).schema) != null ? _a2 : _a.schema = inst;
    }
  }
  function finalizeIssue(iss, ctx, config) {
    var _a2, _b, _c, _d, _e, _f, _g, _h, _i, _j, _k, _l, _m, _n, _o, _p, _q;
    var _a;
    const traits = (_b = (_a2 = iss.inst) == null ? void 0 : _a2._zod) == null ? void 0 : _b.traits;
    if (traits == null ? void 0 : traits.has("$ZodType")) {
      if (traits.has("$ZodCheck"))
        (_c = (_a = iss).schema) != null ? _c : _a.schema = iss.inst;
      else
        iss.schema = iss.inst;
    }
    const schemaError = iss.schema !== iss.inst ? (_e = (_d = iss.schema) == null ? void 0 : _d._zod.def) == null ? void 0 : _e.error : void 0;
    const message = iss.message ? iss.message : (_p = (_o = (_m = (_k = (_i = unwrapMessage((_h = (_g = (_f = iss.inst) == null ? void 0 : _f._zod.def) == null ? void 0 : _g.error) == null ? void 0 : _h.call(_g, iss))) != null ? _i : unwrapMessage(schemaError == null ? void 0 : schemaError(iss))) != null ? _k : unwrapMessage((_j = ctx == null ? void 0 : ctx.error) == null ? void 0 : _j.call(ctx, iss))) != null ? _m : unwrapMessage((_l = config.customError) == null ? void 0 : _l.call(config, iss))) != null ? _o : unwrapMessage((_n = config.localeError) == null ? void 0 : _n.call(config, iss))) != null ? _p : "Invalid input";
    const full = {};
    for (const k of Object.keys(iss)) {
      if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
        continue;
      full[k] = iss[k];
    }
    (_q = full.path) != null ? _q : full.path = [];
    full.message = message;
    if (ctx == null ? void 0 : ctx.reportInput) {
      full.input = iss.input;
    }
    return full;
  }
  const highSurrogate = /[\uD800-\uDBFF]/;
  function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
      return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
      if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
        count--;
        i++;
      }
    }
    return count;
  }
  function getLengthableOrigin(input) {
    if (Array.isArray(input))
      return "array";
    if (typeof input === "string")
      return "string";
    return "unknown";
  }
  function parsedType(data) {
    const t = typeof data;
    switch (t) {
      case "number": {
        return Number.isNaN(data) ? "nan" : "number";
      }
      case "object": {
        if (data === null) {
          return "null";
        }
        if (Array.isArray(data)) {
          return "array";
        }
        const obj = data;
        if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
          return obj.constructor.name;
        }
      }
    }
    return t;
  }
  function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
      return {
        message: iss,
        code: "custom",
        input,
        inst
      };
    }
    return { ...iss };
  }
  function members(proto, table) {
    for (const key in table) {
      const desc = Object.getOwnPropertyDescriptor(table, key);
      if (desc.get)
        Object.defineProperty(proto, key, { ...desc, enumerable: false });
      else
        defineBound(proto, key, desc.value);
    }
  }
  function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
  }
  function hide(inst, key, value) {
    return own(inst, key, value, false);
  }
  // @__NO_SIDE_EFFECTS__
  function derived(computes, table) {
    for (const key in computes) {
      const compute = computes[key];
      Object.defineProperty(table, key, {
        configurable: true,
        enumerable: true,
        get() {
          return own(this, key, compute(this));
        },
        set(value) {
          own(this, key, value);
        }
      });
    }
    return table;
  }
  function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
      configurable: true,
      get() {
        return this == null ? fn : own(this, key, fn.bind(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    return sentinel in proto ? void 0 : proto;
  }
  let installing;
  let broke = false;
  const breaker = {
    configurable: true,
    get() {
      broke = true;
      return void 0;
    }
  };
  function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
      installing = void 0;
      return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
      configurable: true,
      get() {
        Object.defineProperty(this, key, breaker);
        const outer = broke;
        broke = false;
        try {
          const value = compute(this);
          if (broke)
            delete this[key];
          else
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
          broke = broke || outer;
          return value;
        } catch (err) {
          delete this[key];
          broke = broke || outer;
          throw err;
        }
      },
      set(value) {
        Object.defineProperty(this, key, { configurable: true, writable: true, value });
      }
    });
  }
  function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
      return;
    Object.defineProperty(proto, key, {
      configurable: true,
      get() {
        const desc = { configurable: true, writable: true, enumerable, value: void 0 };
        Object.defineProperty(this, key, desc);
        desc.value = make(this);
        Object.defineProperty(this, key, desc);
        return desc.value;
      },
      set(value) {
        Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
      }
    });
  }
  const CONSTANT_CATCH = "~constantCatch";
  function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
  }

  var _a2$1;
  var _a$1;
  const NEVER = /* @__PURE__ */ Object.freeze({
    status: "aborted"
  });
  const _zodDesc = { value: void 0, enumerable: false };
  let _E = "captureStackTrace" in Error ? Error : null;
  function newError(Definition) {
    const E = _E;
    if (E) {
      const saved = E.stackTraceLimit;
      if (typeof saved === "number") {
        try {
          E.stackTraceLimit = 0;
        } catch {
          _E = null;
          return new Definition();
        }
        try {
          return new Definition();
        } finally {
          E.stackTraceLimit = saved;
        }
      }
    }
    return new Definition();
  }
  // @__NO_SIDE_EFFECTS__
  function $constructor(name, initializer, proto, params) {
    var _a3;
    const zodProto = {};
    function Internals(def) {
      this.def = def;
      this.constr = _;
      this.traits = /* @__PURE__ */ new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
    function init(inst, def) {
      if (!inst._zod) {
        _zodDesc.value = new Internals(def);
        try {
          Object.defineProperty(inst, "_zod", _zodDesc);
        } finally {
          _zodDesc.value = void 0;
        }
      } else if (inst._zod.traits.has(name)) {
        return;
      }
      inst._zod.traits.add(name);
      initializer(inst, def);
      if (initialized) {
        const own = Object.getPrototypeOf(inst);
        const ctorProto = inst._zod.constr.prototype;
        let up = own;
        while (up && up !== ctorProto)
          up = Object.getPrototypeOf(up);
        const target = up != null ? up : own;
        if (!initialized.has(target)) {
          initialized.add(target);
          members(target, protoMembers);
        }
      }
      const proto2 = _.prototype;
      for (const k in proto2) {
        if (!Object.prototype.hasOwnProperty.call(proto2, k))
          continue;
        if (!(k in inst)) {
          inst[k] = proto2[k].bind(inst);
        }
      }
    }
    const Parent = (_a3 = params == null ? void 0 : params.Parent) != null ? _a3 : Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
      var _a4;
      const inst = (params == null ? void 0 : params.Parent) ? newError(Definition) : this;
      init(inst, def);
      const deferred = inst._zod.deferred;
      if (deferred) {
        for (const fn of deferred) {
          fn();
        }
        inst._zod.deferred = void 0;
      }
      const pp = (_a4 = globalThis.__zod_globalConfig) == null ? void 0 : _a4.postProcessor;
      if (pp)
        pp(inst);
      return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
      value: (inst) => {
        var _a4, _b;
        if ((params == null ? void 0 : params.Parent) && inst instanceof params.Parent)
          return true;
        return (_b = (_a4 = inst == null ? void 0 : inst._zod) == null ? void 0 : _a4.traits) == null ? void 0 : _b.has(name);
      }
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
  }
  class $ZodAsyncError extends Error {
    constructor() {
      super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
  }
  class $ZodEncodeError extends Error {
    constructor(name) {
      super(`Encountered unidirectional transform during encode: ${name}`);
      this.name = "ZodEncodeError";
    }
  }
  (_a2$1 = (_a$1 = globalThis).__zod_globalConfig) != null ? _a2$1 : _a$1.__zod_globalConfig = {};
  const globalConfig = globalThis.__zod_globalConfig;
  function config(newConfig) {
    if (newConfig)
      Object.assign(globalConfig, newConfig);
    return globalConfig;
  }

  function _getMessage() {
    var _a;
    const internals = this._zod;
    (_a = internals.message) != null ? _a : internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2);
    return internals.message;
  }
  function _setMessage(value) {
    this._zod.message = value;
  }
  const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true
  };
  const _issuesDesc = { value: void 0, enumerable: false };
  const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
  const initializer$1 = (inst, def) => {
    inst.name = "$ZodError";
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    _issuesDesc.value = void 0;
    Object.defineProperty(inst, "message", _messageDesc);
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
      _installedToString.add(proto);
      Object.defineProperty(proto, "toString", {
        configurable: true,
        enumerable: false,
        get() {
          const value = () => this.message;
          Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
          return value;
        },
        set(value) {
          Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        }
      });
    }
  };
  const $ZodError = $constructor("$ZodError", initializer$1);
  function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
      if (key === "__proto__") {
        Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
      } else {
        obj[key] = make();
      }
    }
    return obj[key];
  }
  function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
      if (sub.path.length > 0) {
        node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
      } else {
        formErrors.push(mapper(sub));
      }
    }
    return { formErrors, fieldErrors };
  }
  function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error2, path = []) => {
      for (const issue of error2.issues) {
        if (issue.code === "invalid_union" && issue.errors.length) {
          issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
        } else if (issue.code === "invalid_key") {
          processError({ issues: issue.issues }, [...path, ...issue.path]);
        } else if (issue.code === "invalid_element") {
          processError({ issues: issue.issues }, [...path, ...issue.path]);
        } else {
          const fullpath = [...path, ...issue.path];
          if (fullpath.length === 0) {
            fieldErrors._errors.push(mapper(issue));
          } else {
            let curr = fieldErrors;
            let i = 0;
            while (i < fullpath.length) {
              const el = fullpath[i];
              const terminal = i === fullpath.length - 1;
              if (el === "_errors") {
                if (terminal)
                  curr._errors.push(mapper(issue));
                i++;
                continue;
              }
              if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                Object.defineProperty(curr, el, {
                  value: { _errors: [] },
                  enumerable: true,
                  writable: true,
                  configurable: true
                });
              }
              const node2 = curr[el];
              if (terminal) {
                node2._errors.push(mapper(issue));
              }
              curr = node2;
              i++;
            }
          }
        }
      }
    };
    processError(error);
    return fieldErrors;
  }

  function finalizeParams(callee, params) {
    var _a;
    return { callee: (_a = params == null ? void 0 : params.callee) != null ? _a : callee, Err: params == null ? void 0 : params.Err };
  }
  const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
      var _a, _b;
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise) {
        throw new $ZodAsyncError();
      }
      if (result.issues.length) {
        const e = new ((_a = _params == null ? void 0 : _params.Err) != null ? _a : _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
        captureStackTrace(e, (_b = _params == null ? void 0 : _params.callee) != null ? _b : fn);
        throw e;
      }
      return result.value;
    };
    return fn;
  };
  const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
      var _a, _b;
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      if (result.issues.length) {
        const e = new ((_a = params == null ? void 0 : params.Err) != null ? _a : _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
        captureStackTrace(e, (_b = params == null ? void 0 : params.callee) != null ? _b : fn);
        throw e;
      }
      return result.value;
    };
    return fn;
  };
  const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
  };
  function failure(Err, issues, ctx) {
    let error;
    return {
      success: false,
      get error() {
        if (!error) {
          error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
          issues = void 0;
          ctx = void 0;
        }
        return error;
      },
      set error(e) {
        error = e;
        issues = void 0;
        ctx = void 0;
      }
    };
  }
  const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
  };
  const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
  const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
  const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== void 0) {
      if (validator(value) !== COMPILE_INVALID)
        return true;
      if (validator.definite === true && _ctx === void 0)
        return false;
    }
    return validateFallback(schema, value, _ctx);
  });
  function validateFallback(schema, value, _ctx) {
    const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
      ctx[COMPILE_FALLBACK] = true;
      result = fallbackRun({ value, issues: [] }, ctx);
    } else {
      result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
  }
  const validateAsync$1 = async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    return result.issues.length === 0;
  };
  const _encode = (_Err) => {
    const parse2 = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
      const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
      return parse2(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
  };
  const _decode = (_Err) => {
    const parse2 = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
      return parse2(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
  };
  const _encodeAsync = (_Err) => {
    const parseAsync2 = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
      const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
      return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
  };
  const _decodeAsync = (_Err) => {
    const parseAsync2 = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
      return await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
  };
  const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
  };
  const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
  };
  const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
  };
  const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
  };

  const cuid = /^[cC][0-9a-z]{6,}$/;
  const cuid2 = /^[0-9a-z]+$/;
  const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
  const xid = /^[0-9a-vA-V]{20}$/;
  const ksuid = /^[A-Za-z0-9]{27}$/;
  const nanoid = /^[a-zA-Z0-9_-]{21}$/;
  function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
  }
  const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
  const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
  const uuid = (version) => {
    if (!version)
      return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
  };
  const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
  const _emoji$1 = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
  function emoji() {
    return new RegExp(_emoji$1, "u");
  }
  const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
  const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
  const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
  const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
  const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
  const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
  const httpProtocol = /^https?$/;
  const e164 = /^\+[1-9]\d{6,14}$/;
  const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
  function anchor(source) {
    return new RegExp(`^${source}$`);
  }
  const date = /* @__PURE__ */ anchor(dateSource);
  function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
  }
  function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
  }
  function datetime(args) {
    const opts = ["Z"];
    if (args.offset)
      opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
  }
  const anyString = /^[\s\S]{0,}$/;
  const lowercase = /^[^A-Z]*$/;
  const uppercase = /^[^a-z]*$/;

  const $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
    var _a2, _b;
    var _a;
    (_a2 = inst._zod) != null ? _a2 : inst._zod = {};
    inst._zod.def = def;
    (_b = (_a = inst._zod).onattach) != null ? _b : _a.onattach = [];
  });
  const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== void 0;
  };
  const $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a2;
    var _a;
    $ZodCheck.init(inst, def);
    (_a2 = (_a = inst._zod.def).when) != null ? _a2 : _a.when = _whenHasLength;
    inst._zod.check = (payload) => {
      const input = payload.value;
      const units = input.length;
      const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
      if (length <= def.maximum)
        return;
      const origin = getLengthableOrigin(input);
      payload.issues.push({
        origin,
        code: "too_big",
        maximum: def.maximum,
        inclusive: true,
        input,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a2;
    var _a;
    $ZodCheck.init(inst, def);
    (_a2 = (_a = inst._zod.def).when) != null ? _a2 : _a.when = _whenHasLength;
    inst._zod.check = (payload) => {
      const input = payload.value;
      const units = input.length;
      const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
      if (length >= def.minimum)
        return;
      const origin = getLengthableOrigin(input);
      payload.issues.push({
        origin,
        code: "too_small",
        minimum: def.minimum,
        inclusive: true,
        input,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a2;
    var _a;
    $ZodCheck.init(inst, def);
    (_a2 = (_a = inst._zod.def).when) != null ? _a2 : _a.when = _whenHasLength;
    inst._zod.check = (payload) => {
      const input = payload.value;
      const units = input.length;
      const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
      if (length === def.length)
        return;
      const origin = getLengthableOrigin(input);
      const tooBig = length > def.length;
      payload.issues.push({
        origin,
        ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
        inclusive: true,
        exact: true,
        input: payload.value,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a2, _b2;
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
      (_a2 = (_a = inst._zod).check) != null ? _a2 : _a.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: def.format,
          input: payload.value,
          ...def.pattern ? { pattern: def.pattern.toString() } : {},
          inst,
          continue: !def.abort
        });
      };
    else
      (_b2 = (_b = inst._zod).check) != null ? _b2 : _b.check = () => {
      };
  });
  const $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: "regex",
        input: payload.value,
        pattern: def.pattern.toString(),
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = lowercase;
    $ZodCheckStringFormat.init(inst, def);
  });
  const $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = uppercase;
    $ZodCheckStringFormat.init(inst, def);
  });
  const $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
      if (payload.value.includes(def.includes, def.position))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: "includes",
        includes: def.includes,
        input: payload.value,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    (_a = def.pattern) != null ? _a : def.pattern = pattern;
    inst._zod.check = (payload) => {
      if (payload.value.startsWith(def.prefix))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: "starts_with",
        prefix: def.prefix,
        input: payload.value,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    (_a = def.pattern) != null ? _a : def.pattern = pattern;
    inst._zod.check = (payload) => {
      if (payload.value.endsWith(def.suffix))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: "ends_with",
        suffix: def.suffix,
        input: payload.value,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
      payload.value = def.tx(payload.value);
    };
  });

  class Doc {
    constructor(args = [], closed = {}) {
      this.content = [];
      this.indent = 0;
      this.args = args;
      this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
      this.indent += 1;
      try {
        fn(this);
      } finally {
        this.indent -= 1;
      }
    }
    write(arg) {
      if (typeof arg === "function") {
        arg(this, { execution: "sync" });
        arg(this, { execution: "async" });
        return;
      }
      const content = arg;
      const lines = content.split("\n").filter((x) => x);
      const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
      const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
      for (const line of dedented) {
        this.content.push(line);
      }
    }
    compile() {
      var _a;
      const F = Function;
      const content = (_a = this == null ? void 0 : this.content) != null ? _a : [``];
      const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
      return factory(...Object.values(this.closed));
    }
  }

  const version = {
    major: 4,
    minor: 6,
    patch: 7
  };

  const $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
    var _a2, _b;
    var _a;
    inst != null ? inst : inst = {};
    inst._zod.def = def;
    inst._zod.bag = inst._zod.bag || {};
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    const checks2 = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks != null ? defChecks : []] : (defChecks == null ? void 0 : defChecks.length) ? [...defChecks] : [];
    for (const ch of checks2) {
      for (const fn of ch._zod.onattach) {
        fn(inst);
      }
    }
    if (checks2.length === 0) {
      (_a2 = (_a = inst._zod).deferred) != null ? _a2 : _a.deferred = [];
      (_b = inst._zod.deferred) == null ? void 0 : _b.push(() => {
        inst._zod.run = inst._zod.parse;
      });
    } else {
      const runChecks = (payload, checks3, ctx) => {
        if (payload.memo)
          return payload;
        let isAborted = aborted(payload);
        let asyncResult;
        for (const ch of checks3) {
          if (ch._zod.def.when) {
            if (explicitlyAborted(payload))
              continue;
            const shouldRun = ch._zod.def.when(payload);
            if (!shouldRun)
              continue;
          } else if (isAborted) {
            continue;
          }
          const currLen = payload.issues.length;
          const _ = ch._zod.check(payload);
          if (_ instanceof Promise && (ctx == null ? void 0 : ctx.async) === false) {
            throw new $ZodAsyncError();
          }
          if (asyncResult || _ instanceof Promise) {
            asyncResult = (asyncResult != null ? asyncResult : Promise.resolve()).then(async () => {
              await _;
              const nextLen = payload.issues.length;
              if (nextLen === currLen)
                return;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted)
                isAborted = aborted(payload, currLen);
            });
          } else {
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              continue;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          }
        }
        if (asyncResult) {
          return asyncResult.then(() => {
            return payload;
          });
        }
        return payload;
      };
      const handleCanaryResult = (canary, payload, ctx) => {
        if (aborted(canary)) {
          canary.aborted = true;
          return canary;
        }
        const checkResult = runChecks(payload, checks2, ctx);
        if (checkResult instanceof Promise) {
          if (ctx.async === false)
            throw new $ZodAsyncError();
          return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
        }
        return inst._zod.parse(checkResult, ctx);
      };
      inst._zod.run = (payload, ctx) => {
        if (ctx.skipChecks) {
          return inst._zod.parse(payload, ctx);
        }
        if (ctx.direction === "backward") {
          const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
          if (canary instanceof Promise) {
            return canary.then((canary2) => {
              return handleCanaryResult(canary2, payload, ctx);
            });
          }
          return handleCanaryResult(canary, payload, ctx);
        }
        const result = inst._zod.parse(payload, ctx);
        if (result instanceof Promise) {
          if (ctx.async === false)
            throw new $ZodAsyncError();
          return result.then((result2) => runChecks(result2, checks2, ctx));
        }
        return runChecks(result, checks2, ctx);
      };
    }
  }, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
      return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
      own(this, "~standard", value);
    }
  });
  const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
  async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
  }
  function standardProps(inst) {
    return {
      validate: (value) => {
        const ctx = { async: false };
        try {
          const r = inst._zod.run({ value, issues: [] }, ctx);
          if (!(r instanceof Promise))
            return toStandardResult(r, ctx);
        } catch (_) {
        }
        return validateAsync(inst, value);
      },
      vendor: "zod",
      version: 1
    };
  }
  const $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
    var _a;
    $ZodType.init(inst, def);
    inst._zod.pattern = (_a = def.pattern) != null ? _a : anyString;
    inst._zod.parse = (payload, _) => {
      if (def.coerce)
        try {
          payload.value = String(payload.value);
        } catch (_2) {
        }
      if (typeof payload.value === "string")
        return payload;
      payload.issues.push({
        expected: "string",
        code: "invalid_type",
        input: payload.value,
        inst
      });
      return payload;
    };
  });
  const $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
  });
  const $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = guid;
    $ZodStringFormat.init(inst, def);
  });
  const $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
    var _a, _b;
    if (def.version) {
      const versionMap = {
        v1: 1,
        v2: 2,
        v3: 3,
        v4: 4,
        v5: 5,
        v6: 6,
        v7: 7,
        v8: 8
      };
      const v = versionMap[def.version];
      if (v === void 0)
        throw new Error(`Invalid UUID version: "${def.version}"`);
      (_a = def.pattern) != null ? _a : def.pattern = uuid(v);
    } else
      (_b = def.pattern) != null ? _b : def.pattern = uuid();
    $ZodStringFormat.init(inst, def);
  });
  const $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = email;
    $ZodStringFormat.init(inst, def);
  });
  const URL_BAD_FORMAT = 1;
  const URL_UNPARSEABLE = 2;
  function canParseURL(input) {
    try {
      if (typeof URL !== "undefined" && typeof URL.canParse === "function")
        return URL.canParse(input);
      new URL(input);
      return true;
    } catch {
      return false;
    }
  }
  function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
      return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
  }
  function parseURLObject(trimmed, def) {
    var _a, _b;
    if (!def.normalize && ((_a = def.protocol) == null ? void 0 : _a.source) === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
      return URL_BAD_FORMAT;
    }
    try {
      if (typeof URL !== "undefined") {
        const URLStatic = URL;
        if (typeof URLStatic.parse === "function")
          return (_b = URLStatic.parse(trimmed)) != null ? _b : URL_UNPARSEABLE;
      }
      return new URL(trimmed);
    } catch {
      return URL_UNPARSEABLE;
    }
  }
  const asciiTabOrNewline = /[\t\n\r]/g;
  function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
  }
  function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
  }
  function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
  }
  const $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
      try {
        const trimmed = payload.value.trim();
        const url = validateURL(trimmed, def);
        if (url === URL_BAD_FORMAT) {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            note: "Invalid URL format",
            input: payload.value,
            inst,
            continue: !def.abort
          });
          return;
        }
        if (url === URL_UNPARSEABLE) {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            input: payload.value,
            inst,
            continue: !def.abort
          });
          return;
        }
        if (url === true) {
          payload.value = stripTabAndNewline(trimmed);
          return;
        }
        if (def.hostname && !urlHostnameOk(url, def.hostname)) {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            note: "Invalid hostname",
            pattern: def.hostname.source,
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
        if (def.protocol && !urlProtocolOk(url, def.protocol)) {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            note: "Invalid protocol",
            pattern: def.protocol.source,
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
        payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
        return;
      } catch (_) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
    };
  });
  const $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = emoji();
    $ZodStringFormat.init(inst, def);
  });
  const $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
    var _a;
    if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
      throw new Error(`Invalid nanoid length: ${def.length}`);
    (_a = def.pattern) != null ? _a : def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length);
    $ZodStringFormat.init(inst, def);
  });
  const $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = cuid;
    $ZodStringFormat.init(inst, def);
  });
  const $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = cuid2;
    $ZodStringFormat.init(inst, def);
  });
  const $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = ulid;
    $ZodStringFormat.init(inst, def);
  });
  const $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = xid;
    $ZodStringFormat.init(inst, def);
  });
  const $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = ksuid;
    $ZodStringFormat.init(inst, def);
  });
  const $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = datetime(def);
    $ZodStringFormat.init(inst, def);
  });
  const $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = date;
    $ZodStringFormat.init(inst, def);
  });
  const $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = time(def);
    $ZodStringFormat.init(inst, def);
  });
  const $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = duration;
    $ZodStringFormat.init(inst, def);
  });
  const $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = ipv4;
    $ZodStringFormat.init(inst, def);
  });
  const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
  function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
      return false;
    return canParseURL(`http://[${value}]`);
  }
  const $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = ipv6;
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
      if (!isValidIPv6(payload.value)) {
        payload.issues.push({
          code: "invalid_format",
          format: "ipv6",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
    };
  });
  const $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = cidrv4;
    $ZodStringFormat.init(inst, def);
  });
  function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
      return false;
    const [address, prefix] = parts;
    if (!prefix)
      return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
      return false;
    if (prefixNum < 0 || prefixNum > 128)
      return false;
    return isValidIPv6(address);
  }
  const $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = cidrv6;
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
      if (!isValidCIDRv6(payload.value)) {
        payload.issues.push({
          code: "invalid_format",
          format: "cidrv6",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
    };
  });
  function isValidBase64(data) {
    if (data === "")
      return true;
    if (/\s/.test(data))
      return false;
    if (data.length % 4 !== 0)
      return false;
    try {
      atob(data);
      return true;
    } catch {
      return false;
    }
  }
  const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
  const $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = base64Charset;
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
      if (isValidBase64(payload.value))
        return;
      payload.issues.push({
        code: "invalid_format",
        format: "base64",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    };
  });
  const base64urlCharset = /^[A-Za-z0-9_-]*$/;
  function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
      return false;
    const base64 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
  }
  const $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = base64urlCharset;
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
      if (isValidBase64URL(payload.value))
        return;
      payload.issues.push({
        code: "invalid_format",
        format: "base64url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
    var _a;
    (_a = def.pattern) != null ? _a : def.pattern = e164;
    $ZodStringFormat.init(inst, def);
  });
  function isValidJWT(token, algorithm = null) {
    try {
      const tokensParts = token.split(".");
      if (tokensParts.length !== 3)
        return false;
      const [header] = tokensParts;
      if (!header)
        return false;
      const parsedHeader = JSON.parse(atob(header));
      if ("typ" in parsedHeader && (parsedHeader == null ? void 0 : parsedHeader.typ) !== "JWT")
        return false;
      if (!parsedHeader.alg)
        return false;
      if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
        return false;
      return true;
    } catch {
      return false;
    }
  }
  const $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
      if (isValidJWT(payload.value, def.alg))
        return;
      payload.issues.push({
        code: "invalid_format",
        format: "jwt",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    };
  });
  const $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
  });
  const $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
      payload.issues.push({
        expected: "never",
        code: "invalid_type",
        input: payload.value,
        inst
      });
      return payload;
    };
  });
  function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
      return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse2 = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
      const n = size(payload.value);
      if (n > cap && !(ctx == null ? void 0 : ctx.skipChecks) && (ctx == null ? void 0 : ctx.direction) !== "backward") {
        for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
          if (n > max && ch._zod.def.when(payload)) {
            const start = payload.issues.length;
            ch._zod.check(payload);
            payload.issues[start].continue = false;
            attachSchema(payload.issues, start, inst);
            return payload;
          }
        }
      }
      return parse2(payload, ctx);
    };
  }
  const arraySize = (input) => Array.isArray(input) ? input.length : -1;
  function handleArrayResult(result, final, index) {
    if (result.issues.length) {
      final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
  }
  const $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo == null ? void 0 : memo.attach(inst);
    inst._zod.parse = (payload, ctx) => {
      const input = payload.value;
      if (!Array.isArray(input)) {
        payload.issues.push({
          expected: "array",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      }
      payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
      const proms = [];
      const abortEarly = ctx == null ? void 0 : ctx.abortEarly;
      for (let i = 0; i < input.length; i++) {
        const item = input[i];
        const result = def.element._zod.run({
          value: item,
          issues: []
        }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
        } else {
          handleArrayResult(result, payload, i);
          if (abortEarly && result.issues.length !== 0 && aborted(result))
            break;
        }
      }
      if (proms.length) {
        return Promise.all(proms).then(() => payload);
      }
      return payload;
    };
    capSize(inst, arraySize);
  });
  function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    if (!isPresent && isOptionalOut && optin === "optional") {
      return;
    }
    if (result.issues.length) {
      if (optin !== void 0 && isOptionalOut && !isPresent) {
        return;
      }
      final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === void 0) {
      if (!result.issues.length) {
        final.issues.push({
          code: "invalid_type",
          expected: "nonoptional",
          input: void 0,
          path: [key]
        });
      }
      return;
    }
    if (result.value === void 0) {
      if (isPresent || optin === "defaulted" && !isOptionalOut) {
        final.value[key] = void 0;
      }
    } else {
      final.value[key] = result.value;
    }
  }
  const NO_SYMBOL_KEYS = [];
  function normalizeDef(def) {
    var _a, _b, _c, _d;
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
      if (!((_d = (_c = (_b = (_a = def.shape) == null ? void 0 : _a[k]) == null ? void 0 : _b._zod) == null ? void 0 : _c.traits) == null ? void 0 : _d.has("$ZodType"))) {
        throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
      }
    }
    const okeys = optionalKeys(def.shape);
    return {
      ...def,
      allKeys,
      symbolKeys,
      // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
      keySet: new Set(keys),
      numKeys: keys.length,
      optionalKeys: new Set(okeys)
    };
  }
  function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    let seen = 0;
    for (const key in input) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (keySet.has(key))
        continue;
      if (key === "__proto__") {
        if (t === "never")
          unrecognized.push(key);
        continue;
      }
      if (t === "never") {
        unrecognized.push(key);
        continue;
      }
      const r = _catchall.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (unrecognized.length) {
      payload.issues.push({
        code: "unrecognized_keys",
        keys: unrecognized,
        input,
        inst,
        // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
        continue: true
      });
    }
    if (!proms.length)
      return payload;
    return Promise.all(proms).then(() => {
      return payload;
    });
  }
  const $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
    var _a;
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    const sh = (desc == null ? void 0 : desc.get) ? desc.get.raw : (_a = def.shape) != null ? _a : {};
    if (sh) {
      const get = () => {
        const newSh = { ...sh };
        Object.defineProperty(def, "shape", { value: newSh });
        get.raw = newSh;
        return newSh;
      };
      get.raw = sh;
      Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
      const shape = zod.def.shape;
      const propValues = {};
      for (const key in shape) {
        const field = shape[key]._zod;
        if (field.values) {
          if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
            assignProp(propValues, key, /* @__PURE__ */ new Set());
          }
          for (const v of field.values)
            propValues[key].add(v);
          if (field.optin !== void 0)
            propValues[key].add(void 0);
        }
      }
      return propValues;
    });
    const isObject$1 = isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo == null ? void 0 : memo.attach(inst);
    inst._zod.parse = (payload, ctx) => {
      value != null ? value : value = _normalized.value;
      const input = payload.value;
      if (!isObject$1(input)) {
        payload.issues.push({
          expected: "object",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      }
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const proms = [];
      const shape = value.shape;
      const abortEarly = ctx == null ? void 0 : ctx.abortEarly;
      let seen = payload.issues.length;
      for (const key of value.allKeys) {
        if (abortEarly && payload.issues.length !== seen) {
          if (aborted(payload, seen))
            break;
          seen = payload.issues.length;
        }
        if (key === "__proto__")
          continue;
        const el = shape[key];
        const optin = el._zod.optin;
        const optout = el._zod.optout;
        const r = el._zod.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
          proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
        } else {
          handlePropertyResult(r, payload, key, input, optin, optout);
        }
      }
      if (!catchall) {
        return proms.length ? Promise.all(proms).then(() => payload) : payload;
      }
      return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
  });
  const $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
      var _a, _b;
      const normalized = _normalized.value;
      const syms = normalized.symbolKeys;
      const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
      const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
      const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
      doc.write(`const input = payload.value;`);
      const ids = /* @__PURE__ */ Object.create(null);
      let counter = 0;
      for (const key of normalized.allKeys) {
        ids[key] = `key_${counter++}`;
      }
      doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
      for (const key of normalized.allKeys) {
        if (key === "__proto__")
          continue;
        const id = ids[key];
        const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
        const isPresent = `${k} in input`;
        const schema = shape[key];
        const optin = (_a = schema == null ? void 0 : schema._zod) == null ? void 0 : _a.optin;
        const isOptionalIn = optin !== void 0;
        const isOptionalOut = ((_b = schema == null ? void 0 : schema._zod) == null ? void 0 : _b.optout) === "optional";
        doc.write(`const ${id} = ${parseStr(k)};`);
        if (isOptionalIn && isOptionalOut) {
          const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
          doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
        } else if (!isOptionalIn) {
          doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
        } else {
          doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
          if (optin === "defaulted") {
            doc.write(`newResult[${k}] = ${id}.value;`);
          } else {
            doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
          }
        }
      }
      doc.write(`payload.value = newResult;`);
      doc.write(`return payload;`);
      return doc.compile();
    };
    let fastpass;
    const isObject$1 = isObject;
    const jit = !globalConfig.jitless;
    const allowsEval$1 = allowsEval;
    const fastEnabled = jit && allowsEval$1.value;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
      value != null ? value : value = _normalized.value;
      const input = payload.value;
      if (!isObject$1(input)) {
        payload.issues.push({
          expected: "object",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      }
      if (jit && fastEnabled && (ctx == null ? void 0 : ctx.async) === false && ctx.jitless !== true) {
        if (!fastpass)
          fastpass = generateFastpass(def.shape);
        payload = fastpass(payload, ctx);
        if (!catchall)
          return payload;
        return handleCatchall([], input, payload, ctx, value, inst, (ctx == null ? void 0 : ctx.abortEarly) === true);
      }
      return superParse(payload, ctx);
    };
  });
  function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
      if (result.issues.length === 0) {
        final.value = result.value;
        return final;
      }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
      final.value = nonaborted[0].value;
      return nonaborted[0];
    }
    final.issues.push({
      code: "invalid_union",
      input: final.value,
      inst,
      errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
    });
    return final;
  }
  const $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
    defineLazyInternal(inst, "values", (zod) => {
      if (zod.def.options.every((o) => o._zod.values)) {
        return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
      }
      return void 0;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
      if (zod.def.options.every((o) => o._zod.pattern)) {
        const patterns = zod.def.options.map((o) => o._zod.pattern);
        return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
      }
      return void 0;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
      if (first) {
        return first(payload, ctx);
      }
      let async = false;
      const results = [];
      for (const option of def.options) {
        const result = option._zod.run({
          value: payload.value,
          issues: []
        }, ctx);
        if (result instanceof Promise) {
          results.push(result);
          async = true;
        } else {
          if (result.issues.length === 0)
            return result;
          results.push(result);
        }
      }
      if (!async)
        return handleUnionResults(results, payload, inst, ctx);
      return Promise.all(results).then((results2) => {
        return handleUnionResults(results2, payload, inst, ctx);
      });
    };
  });
  const $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
      const input = payload.value;
      const left = def.left._zod.run({ value: input, issues: [] }, ctx);
      const right = def.right._zod.run({ value: input, issues: [] }, ctx);
      const async = left instanceof Promise || right instanceof Promise;
      if (async) {
        return Promise.all([left, right]).then(([left2, right2]) => {
          return handleIntersectionResults(payload, left2, right2);
        });
      }
      return handleIntersectionResults(payload, left, right);
    };
  });
  function mergeValues(a, b) {
    if (a === b) {
      return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
      return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
      const bKeys = Object.keys(b);
      const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
      const newObj = { ...a, ...b };
      if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
        delete newObj.__proto__;
      for (const key of sharedKeys) {
        if (key === "__proto__")
          continue;
        const sharedValue = mergeValues(a[key], b[key]);
        if (!sharedValue.valid) {
          return {
            valid: false,
            mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
          };
        }
        newObj[key] = sharedValue.data;
      }
      return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) {
        return { valid: false, mergeErrorPath: [] };
      }
      const newArray = [];
      for (let index = 0; index < a.length; index++) {
        const itemA = a[index];
        const itemB = b[index];
        const sharedValue = mergeValues(itemA, itemB);
        if (!sharedValue.valid) {
          return {
            valid: false,
            mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
          };
        }
        newArray.push(sharedValue.data);
      }
      return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
  }
  function handleIntersectionResults(result, left, right) {
    const unrecKeys = /* @__PURE__ */ new Map();
    let unrecIssue;
    const keyIssues = /* @__PURE__ */ new Map();
    const collect = (iss, side) => {
      var _a, _b;
      let keys;
      if (iss.code === "unrecognized_keys" && !((_a = iss.path) == null ? void 0 : _a.length)) {
        unrecIssue != null ? unrecIssue : unrecIssue = iss;
        keys = iss.keys;
      } else if (iss.code === "invalid_key" && iss.origin === "record" && ((_b = iss.path) == null ? void 0 : _b.length) === 1) {
        const k = String(iss.path[0]);
        if (!keyIssues.has(k))
          keyIssues.set(k, iss);
        keys = [k];
      } else {
        return false;
      }
      for (const k of keys) {
        if (!unrecKeys.has(k))
          unrecKeys.set(k, {});
        unrecKeys.get(k)[side] = true;
      }
      return true;
    };
    for (const iss of left.issues) {
      if (!collect(iss, "l"))
        result.issues.push(iss);
    }
    for (const iss of right.issues) {
      if (!collect(iss, "r"))
        result.issues.push(iss);
    }
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
      const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
      if (aggregated.length)
        result.issues.push({ ...unrecIssue, keys: aggregated });
      for (const k of bothKeys) {
        if (!aggregated.includes(k) && keyIssues.has(k))
          result.issues.push(keyIssues.get(k));
      }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
      if (aborted(result))
        return result;
      throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
  }
  const $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
      const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
      return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
      const input = payload.value;
      if (valuesSet.has(input)) {
        return payload;
      }
      payload.issues.push({
        code: "invalid_value",
        values,
        input,
        inst
      });
      return payload;
    };
  });
  const $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
    var _a;
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    (_a = globalConfig.memoizer) == null ? void 0 : _a.guard(inst);
    inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") {
        throw new $ZodEncodeError(inst.constructor.name);
      }
      const _out = def.transform(payload.value, payload);
      if (ctx.async) {
        const output = _out instanceof Promise ? _out : Promise.resolve(_out);
        return output.then((output2) => {
          payload.value = output2;
          return payload;
        });
      }
      if (_out instanceof Promise) {
        throw new $ZodAsyncError();
      }
      payload.value = _out;
      return payload;
    };
  });
  function handleOptionalResult(payload, result) {
    payload.value = result.issues.length ? void 0 : result.value;
    return payload;
  }
  const $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
      const values = zod.def.innerType._zod.values;
      return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
      const pattern = zod.def.innerType._zod.pattern;
      return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
    });
    inst._zod.parse = (payload, ctx) => {
      if (payload.value === void 0) {
        if (def.innerType._zod.optin !== "defaulted")
          return payload;
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise)
          return result.then((result2) => handleOptionalResult(payload, result2));
        return handleOptionalResult(payload, result);
      }
      return def.innerType._zod.run(payload, ctx);
    };
  });
  const $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    inst._zod.parse = (payload, ctx) => {
      return def.innerType._zod.run(payload, ctx);
    };
  });
  const $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
      const pattern = zod.def.innerType._zod.pattern;
      return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
    });
    defineLazyInternal(inst, "values", (zod) => {
      return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
    });
    inst._zod.parse = (payload, ctx) => {
      if (payload.value === null)
        return payload;
      return def.innerType._zod.run(payload, ctx);
    };
  });
  const $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") {
        return def.innerType._zod.run(payload, ctx);
      }
      if (payload.value === void 0) {
        payload.value = def.defaultValue;
        return payload;
      }
      const result = def.innerType._zod.run(payload, ctx);
      if (result instanceof Promise) {
        return result.then((result2) => handleDefaultResult(result2, def));
      }
      return handleDefaultResult(result, def);
    };
  });
  function handleDefaultResult(payload, def) {
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return payload;
  }
  const $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") {
        return def.innerType._zod.run(payload, ctx);
      }
      if (payload.value === void 0) {
        payload.value = def.defaultValue;
      }
      return def.innerType._zod.run(payload, ctx);
    };
  });
  const $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
      const v = zod.def.innerType._zod.values;
      return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
    });
    inst._zod.parse = (payload, ctx) => {
      const result = def.innerType._zod.run(payload, ctx);
      if (result instanceof Promise) {
        return result.then((result2) => handleNonOptionalResult(result2, inst));
      }
      return handleNonOptionalResult(result, inst);
    };
  });
  function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === void 0) {
      payload.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: payload.value,
        inst
      });
    }
    return payload;
  }
  function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
      payload.value = result.value;
      if (result.memo)
        payload.memo = true;
      return payload;
    }
    payload.value = def.catchValue({
      ...result,
      value: payload.value,
      error: {
        issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
      },
      input: payload.value
    });
    return payload;
  }
  const $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") {
        return def.innerType._zod.run(payload, ctx);
      }
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise) {
        return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
      }
      return handleCatchResult(payload, result, def, ctx);
    };
  });
  const $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") {
        const right = def.out._zod.run(payload, ctx);
        if (right instanceof Promise) {
          return right.then((right2) => handlePipeResult(right2, def.in, ctx));
        }
        return handlePipeResult(right, def.in, ctx);
      }
      const left = def.in._zod.run(payload, ctx);
      if (left instanceof Promise) {
        return left.then((left2) => handlePipeResult(left2, def.out, ctx));
      }
      return handlePipeResult(left, def.out, ctx);
    };
  });
  function handlePipeResult(left, next, ctx) {
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
      left.aborted = true;
      return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
  }
  const $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => {
      var _a, _b;
      return (_b = (_a = zod.def.innerType) == null ? void 0 : _a._zod) == null ? void 0 : _b.optin;
    });
    defineLazyInternal(inst, "optout", (zod) => {
      var _a, _b;
      return (_b = (_a = zod.def.innerType) == null ? void 0 : _a._zod) == null ? void 0 : _b.optout;
    });
    inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") {
        return def.innerType._zod.run(payload, ctx);
      }
      const result = def.innerType._zod.run(payload, ctx);
      if (result instanceof Promise) {
        return result.then(handleReadonlyResult);
      }
      return handleReadonlyResult(result);
    };
  });
  function handleReadonlyResult(payload) {
    if (!payload.memo)
      payload.value = Object.freeze(payload.value);
    return payload;
  }
  const $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
      return payload;
    };
    inst._zod.check = (payload) => {
      const input = payload.value;
      const r = def.fn(input);
      if (r instanceof Promise) {
        return r.then((r2) => handleRefineResult(r2, payload, input, inst));
      }
      handleRefineResult(r, payload, input, inst);
      return;
    };
  });
  function handleRefineResult(result, payload, input, inst) {
    var _a;
    if (!result) {
      const _iss = {
        code: "custom",
        input,
        inst,
        // incorporates params.error into issue reporting
        path: [...(_a = inst._zod.def.path) != null ? _a : []],
        // incorporates params.error into issue reporting
        continue: !inst._zod.def.abort
        // params: inst._zod.def.params,
      };
      if (inst._zod.def.params)
        _iss.params = inst._zod.def.params;
      payload.issues.push(issue(_iss));
    }
  }

  class $ZodCyclicError extends Error {
    constructor() {
      super(`Cannot parse a reference cycle that closes through a transform`);
      this.name = "ZodCyclicError";
    }
  }
  const STATE = "~memo";
  const NO_ISSUES = [];
  function isRef(value) {
    return value !== null && typeof value === "object";
  }
  function cloneIssues(issues) {
    return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
  }
  const recursive = /* @__PURE__ */ new WeakMap();
  const NONE = 0;
  const ASSUMED = 1;
  const PROVEN = 2;
  function isRecursive(inst, stack, resolve) {
    var _a;
    const cached = recursive.get(inst);
    if (cached !== void 0)
      return cached ? PROVEN : NONE;
    if (stack.has(inst))
      return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
      if (result !== PROVEN && (child == null ? void 0 : child._zod)) {
        const answer = isRecursive(child, stack);
        if (answer > result)
          result = answer;
      }
    };
    const shape = (sh, spread) => {
      var _a2;
      let answer = NONE;
      for (const key of Reflect.ownKeys(sh)) {
        const desc = Object.getOwnPropertyDescriptor(sh, key);
        if (!desc.enumerable)
          continue;
        const child = desc.get ? ASSUMED : ((_a2 = desc.value) == null ? void 0 : _a2._zod) ? isRecursive(desc.value, stack) : NONE;
        if (child > answer)
          answer = child;
      }
      return answer;
    };
    const merge = (answer) => {
      if (answer > result)
        result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
      case "object": {
        const raw = rawShape(def);
        merge(raw ? shape(raw) : ASSUMED);
        check(def.catchall);
        break;
      }
      case "array":
        check(def.element);
        break;
      case "tuple":
        for (const el of def.items)
          check(el);
        check(def.rest);
        break;
      case "record":
      case "map":
        check(def.keyType);
        check(def.valueType);
        break;
      case "set":
        check(def.valueType);
        break;
      case "union":
        for (const el of def.options)
          check(el);
        break;
      case "intersection":
        check(def.left);
        check(def.right);
        break;
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "catch":
      case "readonly":
      case "nonoptional":
      case "promise":
      case "success":
        check(def.innerType);
        break;
      case "pipe":
        check(def.in);
        check(def.out);
        break;
      case "function":
        check(def.input);
        check(def.output);
        break;
      // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
      case "lazy": {
        const inner = (_a = def._cachedInner) != null ? _a : void 0;
        merge(inner ? isRecursive(inner, stack) : ASSUMED);
        break;
      }
      // a leaf by choice: `parts` are regex fragments, not data positions
      case "template_literal":
      // leaves
      case "string":
      case "number":
      case "int":
      case "boolean":
      case "bigint":
      case "symbol":
      case "undefined":
      case "null":
      case "void":
      case "never":
      case "any":
      case "unknown":
      case "date":
      case "nan":
      case "enum":
      case "literal":
      case "file":
      case "transform":
      case "custom":
        break;
      default: {
        for (const key in def) {
          const desc = Object.getOwnPropertyDescriptor(def, key);
          if (!desc || desc.get)
            continue;
          const value = desc.value;
          if (!value || typeof value !== "object")
            continue;
          if (value._zod)
            check(value);
          else if (Array.isArray(value))
            for (const el of value)
              check(el);
        }
      }
    }
    stack.delete(inst);
    return settle(inst, result);
  }
  function settle(inst, answer) {
    if (answer !== ASSUMED)
      recursive.set(inst, answer === PROVEN);
    return answer;
  }
  function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
      bucket = /* @__PURE__ */ new WeakMap();
      state.buckets.set(inst, bucket);
    }
    return bucket;
  }
  let handoff;
  const open = [];
  const memo = {
    alloc(_inst, payload, empty) {
      const bucket = handoff;
      if (!bucket)
        return empty;
      handoff = void 0;
      const entry = { value: empty, issues: null };
      bucket.set(payload.value, entry);
      open.push(entry);
      return empty;
    },
    guard(inst) {
      var _a2;
      var _a;
      (_a2 = (_a = inst._zod).deferred) != null ? _a2 : _a.deferred = [];
      inst._zod.deferred.push(() => {
        const base = inst._zod.parse;
        const wrapped = (payload, ctx) => {
          if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
            throw new $ZodCyclicError();
          return base(payload, ctx);
        };
        inst._zod.parse = wrapped;
        if (inst._zod.run === base)
          inst._zod.run = wrapped;
      });
    },
    attach(inst) {
      var _a2;
      var _a;
      let isRecursiveInst;
      let rechecked = false;
      let lastCtx;
      let lastBucket;
      (_a2 = (_a = inst._zod).deferred) != null ? _a2 : _a.deferred = [];
      inst._zod.deferred.push(() => {
        const base = inst._zod.parse;
        const wrapped = (payload, ctx) => {
          var _a3;
          if (isRecursiveInst === void 0) {
            const walked = isRecursive(inst, /* @__PURE__ */ new Set());
            if (walked === NONE) {
              inst._zod.parse = base;
              if (inst._zod.run === wrapped)
                inst._zod.run = base;
              return base(payload, ctx);
            }
            if (walked === PROVEN || rechecked)
              isRecursiveInst = true;
            else
              rechecked = true;
          }
          const input = payload.value;
          if (!isRef(input))
            return base(payload, ctx);
          let state = ctx[STATE];
          if (!state) {
            state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
            ctx[STATE] = state;
          }
          let bucket;
          if (lastCtx === ctx) {
            bucket = lastBucket;
          } else {
            bucket = bucketFor(state, inst);
            lastCtx = ctx;
            lastBucket = bucket;
          }
          const hit = bucket.get(input);
          if (hit) {
            payload.value = hit.value;
            if (hit.issues) {
              if (hit.issues.length)
                payload.issues.push(...cloneIssues(hit.issues));
            } else {
              payload.memo = true;
              (_a3 = state.backEdges) != null ? _a3 : state.backEdges = /* @__PURE__ */ new WeakSet();
              state.backEdges.add(hit.value);
            }
            return payload;
          }
          handoff = bucket;
          const depth = open.length;
          const result = base(payload, ctx);
          handoff = void 0;
          const entry = open.length > depth ? open.pop() : void 0;
          if (result instanceof Promise) {
            return result.then((r) => {
              if (entry)
                entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
              return r;
            });
          }
          if (entry)
            entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
          return result;
        };
        inst._zod.parse = wrapped;
        if (inst._zod.run === base)
          inst._zod.run = wrapped;
      });
    }
  };
  function memoizer() {
    return memo;
  }
  function isBackEdge(ctx, value) {
    var _a;
    const backEdges = (_a = ctx[STATE]) == null ? void 0 : _a.backEdges;
    return backEdges !== void 0 && isRef(value) && backEdges.has(value);
  }

  const error = () => {
    const Sizable = {
      string: { unit: "characters", verb: "to have" },
      file: { unit: "bytes", verb: "to have" },
      array: { unit: "items", verb: "to have" },
      set: { unit: "items", verb: "to have" },
      map: { unit: "entries", verb: "to have" }
    };
    function getSizing(origin) {
      var _a;
      return (_a = Sizable[origin]) != null ? _a : null;
    }
    const FormatDictionary = {
      regex: "input",
      email: "email address",
      url: "URL",
      emoji: "emoji",
      uuid: "UUID",
      uuidv4: "UUIDv4",
      uuidv6: "UUIDv6",
      nanoid: "nanoid",
      guid: "GUID",
      cuid: "cuid",
      cuid2: "cuid2",
      ulid: "ULID",
      xid: "XID",
      ksuid: "KSUID",
      datetime: "ISO datetime",
      date: "ISO date",
      time: "ISO time",
      duration: "ISO duration",
      ipv4: "IPv4 address",
      ipv6: "IPv6 address",
      mac: "MAC address",
      cidrv4: "IPv4 range",
      cidrv6: "IPv6 range",
      base64: "base64-encoded string",
      base64url: "base64url-encoded string",
      json_string: "JSON string",
      e164: "E.164 number",
      currency_code: "currency code",
      credit_card: "credit card number",
      iban: "IBAN",
      jwt: "JWT",
      template_literal: "input"
    };
    const TypeDictionary = {
      // Compatibility: "nan" -> "NaN" for display
      nan: "NaN"
      // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
      var _a;
      if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
        return String(input);
      }
      return (_a = TypeDictionary[type]) != null ? _a : type;
    }
    return (issue) => {
      var _a, _b, _c, _d;
      switch (issue.code) {
        case "invalid_type": {
          const expected = getTypeName(issue.expected);
          const receivedType = parsedType(issue.input);
          const received = getTypeName(receivedType, issue.input);
          return `Invalid input: expected ${expected}, received ${received}`;
        }
        case "invalid_value":
          if (issue.values.length === 1)
            return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
          return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
        case "too_big": {
          const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
          const sizing = getSizing(issue.origin);
          if (sizing)
            return `Too big: expected ${(_a = issue.origin) != null ? _a : "value"} to have ${adj}${issue.maximum.toString()} ${(_b = sizing.unit) != null ? _b : "elements"}`;
          return `Too big: expected ${(_c = issue.origin) != null ? _c : "value"} to be ${adj}${issue.maximum.toString()}`;
        }
        case "too_small": {
          const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
          const sizing = getSizing(issue.origin);
          if (sizing) {
            return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
          }
          return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
        }
        case "invalid_format": {
          const _issue = issue;
          if (_issue.format === "starts_with") {
            return `Invalid string: must start with "${_issue.prefix}"`;
          }
          if (_issue.format === "ends_with")
            return `Invalid string: must end with "${_issue.suffix}"`;
          if (_issue.format === "includes")
            return `Invalid string: must include "${_issue.includes}"`;
          if (_issue.format === "regex")
            return `Invalid string: must match pattern ${_issue.pattern}`;
          return `Invalid ${(_d = FormatDictionary[_issue.format]) != null ? _d : issue.format}`;
        }
        case "not_multiple_of":
          return `Invalid number: must be a multiple of ${issue.divisor}`;
        case "unrecognized_keys":
          return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
        case "invalid_key":
          return `Invalid key in ${issue.origin}`;
        case "invalid_union":
          if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
            const opts = issue.options.map((o) => `'${o}'`).join(" | ");
            return `Invalid discriminator value. Expected ${opts}`;
          }
          if (issue.inclusive === false) {
            return "Invalid input: more than one option matched";
          }
          return "Invalid input";
        case "invalid_element":
          return `Invalid value in ${issue.origin}`;
        default:
          return `Invalid input`;
      }
    };
  };
  function en() {
    return {
      localeError: error()
    };
  }

  var _a2;
  var _a;
  class $ZodRegistry {
    constructor() {
      this._map = /* @__PURE__ */ new WeakMap();
      this._idmap = /* @__PURE__ */ new Map();
    }
    add(schema, ..._meta) {
      const meta = _meta[0];
      this._map.set(schema, meta);
      if (meta && typeof meta === "object" && "id" in meta) {
        this._idmap.set(meta.id, schema);
      }
      return this;
    }
    clear() {
      this._map = /* @__PURE__ */ new WeakMap();
      this._idmap = /* @__PURE__ */ new Map();
      return this;
    }
    remove(schema) {
      const meta = this._map.get(schema);
      if (meta && typeof meta === "object" && "id" in meta) {
        this._idmap.delete(meta.id);
      }
      this._map.delete(schema);
      return this;
    }
    get(schema) {
      var _a3;
      const p = schema._zod.parent;
      if (p) {
        const pm = { ...(_a3 = this.get(p)) != null ? _a3 : {} };
        delete pm.id;
        const f = { ...pm, ...this._map.get(schema) };
        return Object.keys(f).length ? f : void 0;
      }
      return this._map.get(schema);
    }
    has(schema) {
      return this._map.has(schema);
    }
  }
  function registry() {
    return new $ZodRegistry();
  }
  (_a2 = (_a = globalThis).__zod_globalRegistry) != null ? _a2 : _a.__zod_globalRegistry = registry();
  const globalRegistry = globalThis.__zod_globalRegistry;

  function snapshotChecks(def) {
    if (def.checks)
      def.checks = [...def.checks];
    return def;
  }
  // @__NO_SIDE_EFFECTS__
  function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
  }
  // @__NO_SIDE_EFFECTS__
  function _email(Class, params) {
    return new Class({
      type: "string",
      format: "email",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _guid(Class, params) {
    return new Class({
      type: "string",
      format: "guid",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _uuid(Class, params) {
    return new Class({
      type: "string",
      format: "uuid",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _uuidv4(Class, params) {
    return new Class({
      type: "string",
      format: "uuid",
      check: "string_format",
      abort: false,
      version: "v4",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _uuidv6(Class, params) {
    return new Class({
      type: "string",
      format: "uuid",
      check: "string_format",
      abort: false,
      version: "v6",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _uuidv7(Class, params) {
    return new Class({
      type: "string",
      format: "uuid",
      check: "string_format",
      abort: false,
      version: "v7",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _url(Class, params) {
    return new Class({
      type: "string",
      format: "url",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _emoji(Class, params) {
    return new Class({
      type: "string",
      format: "emoji",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _nanoid(Class, params) {
    return new Class({
      type: "string",
      format: "nanoid",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _cuid(Class, params) {
    return new Class({
      type: "string",
      format: "cuid",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _cuid2(Class, params) {
    return new Class({
      type: "string",
      format: "cuid2",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _ulid(Class, params) {
    return new Class({
      type: "string",
      format: "ulid",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _xid(Class, params) {
    return new Class({
      type: "string",
      format: "xid",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _ksuid(Class, params) {
    return new Class({
      type: "string",
      format: "ksuid",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _ipv4(Class, params) {
    return new Class({
      type: "string",
      format: "ipv4",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _ipv6(Class, params) {
    return new Class({
      type: "string",
      format: "ipv6",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _cidrv4(Class, params) {
    return new Class({
      type: "string",
      format: "cidrv4",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _cidrv6(Class, params) {
    return new Class({
      type: "string",
      format: "cidrv6",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _base64(Class, params) {
    return new Class({
      type: "string",
      format: "base64",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _base64url(Class, params) {
    return new Class({
      type: "string",
      format: "base64url",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _e164(Class, params) {
    return new Class({
      type: "string",
      format: "e164",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _jwt(Class, params) {
    return new Class({
      type: "string",
      format: "jwt",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _isoDateTime(Class, params) {
    return new Class({
      type: "string",
      format: "datetime",
      check: "string_format",
      offset: false,
      local: false,
      precision: null,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _isoDate(Class, params) {
    return new Class({
      type: "string",
      format: "date",
      check: "string_format",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _isoTime(Class, params) {
    return new Class({
      type: "string",
      format: "time",
      check: "string_format",
      precision: null,
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _isoDuration(Class, params) {
    return new Class({
      type: "string",
      format: "duration",
      check: "string_format",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _unknown(Class) {
    return new Class({
      type: "unknown"
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _never(Class, params) {
    return new Class({
      type: "never",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
      check: "max_length",
      ...normalizeParams(params),
      maximum
    });
    return ch;
  }
  // @__NO_SIDE_EFFECTS__
  function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
      check: "min_length",
      ...normalizeParams(params),
      minimum
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _length(length, params) {
    return new $ZodCheckLengthEquals({
      check: "length_equals",
      ...normalizeParams(params),
      length
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _regex(pattern, params) {
    return new $ZodCheckRegex({
      check: "string_format",
      format: "regex",
      ...normalizeParams(params),
      pattern
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _lowercase(params) {
    return new $ZodCheckLowerCase({
      check: "string_format",
      format: "lowercase",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _uppercase(params) {
    return new $ZodCheckUpperCase({
      check: "string_format",
      format: "uppercase",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _includes(includes, params) {
    return new $ZodCheckIncludes({
      check: "string_format",
      format: "includes",
      ...normalizeParams(params),
      includes
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
      check: "string_format",
      format: "starts_with",
      ...normalizeParams(params),
      prefix
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
      check: "string_format",
      format: "ends_with",
      ...normalizeParams(params),
      suffix
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _overwrite(tx) {
    return new $ZodCheckOverwrite({
      check: "overwrite",
      tx
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _normalize(form) {
    return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
  }
  // @__NO_SIDE_EFFECTS__
  function _trim() {
    return /* @__PURE__ */ _overwrite((input) => input.trim());
  }
  // @__NO_SIDE_EFFECTS__
  function _toLowerCase() {
    return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
  }
  // @__NO_SIDE_EFFECTS__
  function _toUpperCase() {
    return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
  }
  // @__NO_SIDE_EFFECTS__
  function _slugify() {
    return /* @__PURE__ */ _overwrite((input) => slugify(input));
  }
  // @__NO_SIDE_EFFECTS__
  function _array(Class, element, params) {
    return new Class({
      type: "array",
      element,
      // get element() {
      //   return element;
      // },
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _refine(Class, fn, _params) {
    const schema = new Class({
      type: "custom",
      check: "custom",
      fn,
      ...normalizeParams(_params)
    });
    return schema;
  }
  // @__NO_SIDE_EFFECTS__
  function _superRefine(fn, params) {
    const ch = /* @__PURE__ */ _check((payload) => {
      payload.addIssue = (issue$1) => {
        var _a, _b, _c;
        if (typeof issue$1 === "string") {
          payload.issues.push(issue(issue$1, payload.value, ch._zod.def));
        } else {
          const _issue = issue$1;
          if (_issue.fatal)
            _issue.continue = false;
          (_a = _issue.code) != null ? _a : _issue.code = "custom";
          if (!("input" in _issue))
            _issue.input = payload.value;
          (_b = _issue.inst) != null ? _b : _issue.inst = ch;
          (_c = _issue.continue) != null ? _c : _issue.continue = !ch._zod.def.abort;
          payload.issues.push(issue(_issue));
        }
      };
      return fn(payload.value, payload);
    }, params);
    return ch;
  }
  // @__NO_SIDE_EFFECTS__
  function _check(fn, params) {
    const ch = new $ZodCheck({
      check: "custom",
      ...normalizeParams(params)
    });
    ch._zod.check = fn;
    return ch;
  }

  function assignProps(target, ...sources) {
    for (const source of sources) {
      for (const key of Reflect.ownKeys(source)) {
        if (Object.prototype.propertyIsEnumerable.call(source, key)) {
          assignProp(target, key, source[key]);
        }
      }
    }
    return target;
  }
  function initializeContext(params) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _i;
    let target = (_a = params == null ? void 0 : params.target) != null ? _a : "draft-2020-12";
    if (target === "draft-4")
      target = "draft-04";
    if (target === "draft-7")
      target = "draft-07";
    return {
      processors: (_b = params.processors) != null ? _b : {},
      metadataRegistry: (_c = params == null ? void 0 : params.metadata) != null ? _c : globalRegistry,
      target,
      unrepresentable: (_d = params == null ? void 0 : params.unrepresentable) != null ? _d : "throw",
      override: (_e = params == null ? void 0 : params.override) != null ? _e : (() => {
      }),
      io: (_f = params == null ? void 0 : params.io) != null ? _f : "output",
      counter: 0,
      seen: /* @__PURE__ */ new Map(),
      sharedDefsExtractedFor: void 0,
      sharedEmitDoneFor: void 0,
      cycles: (_g = params == null ? void 0 : params.cycles) != null ? _g : "ref",
      reused: (_h = params == null ? void 0 : params.reused) != null ? _h : "inline",
      intersections: [],
      deferred: [],
      external: (_i = params == null ? void 0 : params.external) != null ? _i : void 0
    };
  }
  function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
    if (result === "any")
      return false;
    if (result === void 0 || result === "throw")
      throw new Error(message);
    Object.assign(json, result);
    return true;
  }
  function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a2, _b, _c;
    var _a;
    const def = schema._zod.def;
    const seen = ctx.seen.get(schema);
    if (seen) {
      seen.count++;
      const isCycle = _params.schemaPath.includes(schema);
      if (isCycle) {
        seen.cycle = _params.path;
      }
      return seen.schema;
    }
    const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = void 0;
    ctx.sharedEmitDoneFor = void 0;
    const overrideSchema = (_b = (_a2 = schema._zod).toJSONSchema) == null ? void 0 : _b.call(_a2);
    if (overrideSchema) {
      result.schema = overrideSchema;
    } else {
      const params = {
        ..._params,
        schemaPath: [..._params.schemaPath, schema],
        path: _params.path
      };
      if (schema._zod.processJSONSchema) {
        schema._zod.processJSONSchema(ctx, result.schema, params);
      } else {
        const _json = result.schema;
        const processor = ctx.processors[def.type];
        if (!processor) {
          throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
        }
        processor(schema, ctx, _json, params);
      }
      const parent = schema._zod.parent;
      if (parent) {
        if (!result.ref)
          result.ref = parent;
        processSchema(parent, ctx, params);
        ctx.seen.get(parent).isParent = true;
      }
    }
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
      assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
      delete result.schema.examples;
      delete result.schema.default;
    }
    if (ctx.io === "input" && "_prefault" in result.schema)
      (_c = (_a = result.schema).default) != null ? _c : _a.default = result.schema._prefault;
    delete result.schema._prefault;
    const _result = ctx.seen.get(schema);
    return _result.schema;
  }
  function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
  }
  function extractDefs(ctx, schema) {
    var _a, _b, _c, _d;
    const root = ctx.seen.get(schema);
    if (!root)
      throw new Error("Unprocessed schema. This is a bug in Zod.");
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
      return;
    const idToSchema = /* @__PURE__ */ new Map();
    for (const entry of ctx.seen.entries()) {
      const id = (_a = ctx.metadataRegistry.get(entry[0])) == null ? void 0 : _a.id;
      if (id) {
        const existing = idToSchema.get(id);
        if (existing && existing !== entry[0]) {
          throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
        }
        idToSchema.set(id, entry[0]);
      }
    }
    const makeURI = (entry) => {
      var _a2, _b2, _c2, _d2, _e;
      const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
      if (ctx.external) {
        const externalId = (_a2 = ctx.external.registry.get(entry[0])) == null ? void 0 : _a2.id;
        const uriGenerator = (_b2 = ctx.external.uri) != null ? _b2 : ((id2) => id2);
        if (externalId) {
          return { ref: uriGenerator(externalId) };
        }
        const id = (_d2 = (_c2 = entry[1].defId) != null ? _c2 : entry[1].schema.id) != null ? _d2 : `schema${ctx.counter++}`;
        entry[1].defId = id;
        return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
      }
      const uriPrefix = `#`;
      const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
      if (entry[1] === root && !entry[1].schema.id) {
        return { ref: uriPrefix };
      }
      const defId = (_e = entry[1].schema.id) != null ? _e : `__schema${ctx.counter++}`;
      return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    const extractToDef = (entry) => {
      if (entry[1].schema.$ref) {
        return;
      }
      const seen = entry[1];
      const { ref, defId } = makeURI(entry);
      seen.def = { ...seen.schema };
      if (defId)
        seen.defId = defId;
      const schema2 = seen.schema;
      for (const key in schema2) {
        delete schema2[key];
      }
      schema2.$ref = ref;
    };
    if (ctx.cycles === "throw") {
      for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        if (seen.cycle) {
          throw new Error(`Cycle detected: #/${(_b = seen.cycle) == null ? void 0 : _b.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
        }
      }
    }
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (schema === entry[0]) {
        extractToDef(entry);
        continue;
      }
      if (ctx.external) {
        const ext = (_c = ctx.external.registry.get(entry[0])) == null ? void 0 : _c.id;
        if (schema !== entry[0] && ext) {
          extractToDef(entry);
          continue;
        }
      }
      const id = (_d = ctx.metadataRegistry.get(entry[0])) == null ? void 0 : _d.id;
      if (id) {
        extractToDef(entry);
        continue;
      }
      if (seen.cycle) {
        extractToDef(entry);
        continue;
      }
      if (seen.count > 1) {
        if (ctx.reused === "ref") {
          extractToDef(entry);
        }
      }
    }
    if (ctx.external)
      ctx.sharedDefsExtractedFor = ctx.external;
  }
  function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
      return;
    const types = [];
    for (const option of options) {
      if (!option || typeof option !== "object")
        return;
      compactTypeUnion(option);
      const keys = Object.keys(option);
      if (keys.length !== 1 || keys[0] !== "type")
        return;
      const type = option.type;
      for (const member of Array.isArray(type) ? type : [type]) {
        if (typeof member !== "string")
          return;
        if (!types.includes(member))
          types.push(member);
      }
    }
    delete schema.anyOf;
    schema.type = types.length === 1 ? types[0] : types;
  }
  const FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
  const UNION_KEYS = ["oneOf", "anyOf"];
  function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
      return null;
    return Object.keys(extra).length ? extra : null;
  }
  function foldObjects(members) {
    var _a, _b, _c, _d;
    const objects = [];
    for (const member of members) {
      if (typeof member !== "object" || member.type !== "object")
        return null;
      for (const key in member) {
        if (!FOLDABLE_KEYS.has(key))
          return null;
      }
      objects.push(member);
    }
    const properties = {};
    const required = /* @__PURE__ */ new Set();
    for (const object of objects) {
      for (const key in object.properties) {
        if (Object.prototype.hasOwnProperty.call(properties, key))
          continue;
        const parts = [];
        for (const other of objects) {
          const part = (_b = (_a = other.properties) == null ? void 0 : _a[key]) != null ? _b : undeclaredConstraint(other);
          if (part === null || part === void 0)
            continue;
          if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
            parts.push(part);
        }
        const merged = parts.length === 1 ? parts[0] : (_c = foldObjects(parts)) != null ? _c : { allOf: parts };
        assignProp(properties, key, merged);
      }
      for (const key of (_d = object.required) != null ? _d : [])
        required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
      folded.required = [...required];
    if (objects.every((object) => object.additionalProperties === false)) {
      folded.additionalProperties = false;
    } else {
      const constraints = [];
      for (const object of objects) {
        const constraint = undeclaredConstraint(object);
        if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
          constraints.push(constraint);
      }
      if (constraints.length === 1)
        folded.additionalProperties = constraints[0];
      else if (constraints.length > 1)
        folded.additionalProperties = { allOf: constraints };
    }
    return folded;
  }
  function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
      return;
    for (const key of FOLDABLE_KEYS)
      if (key in json)
        return;
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
      folded = foldObjects(allOf);
    } else {
      const union = unions[0];
      const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
      if (Object.keys(union).length !== 1)
        return;
      const rest = allOf.filter((m) => m !== union);
      const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
      if (branches.some((b) => !b))
        return;
      folded = { [keyword]: branches };
    }
    if (!folded)
      return;
    delete json.allOf;
    assignProps(json, folded);
  }
  function finalize(ctx, schema) {
    var _a, _b, _c, _d, _e, _f, _g, _h;
    const root = ctx.seen.get(schema);
    if (!root)
      throw new Error("Unprocessed schema. This is a bug in Zod.");
    const flattenRef = (zodSchema) => {
      var _a2, _b2, _c2;
      const seen = ctx.seen.get(zodSchema);
      if (seen.ref === null)
        return;
      const schema2 = (_a2 = seen.def) != null ? _a2 : seen.schema;
      const _cached = { ...schema2 };
      const ref = seen.ref;
      seen.ref = null;
      if (ref) {
        flattenRef(ref);
        const refSeen = ctx.seen.get(ref);
        const refSchema = refSeen.schema;
        if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
          schema2.allOf = (_b2 = schema2.allOf) != null ? _b2 : [];
          schema2.allOf.push(refSchema);
        } else {
          assignProps(schema2, refSchema);
        }
        assignProps(schema2, _cached);
        const isParentRef = zodSchema._zod.parent === ref;
        if (isParentRef) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (!(key in _cached)) {
              delete schema2[key];
            }
          }
        }
        if (refSchema.$ref && refSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
      const parent = zodSchema._zod.parent;
      if (parent && parent !== ref) {
        flattenRef(parent);
        const parentSeen = ctx.seen.get(parent);
        if (parentSeen == null ? void 0 : parentSeen.schema.$ref) {
          schema2.$ref = parentSeen.schema.$ref;
          if (parentSeen.def) {
            for (const key in schema2) {
              if (key === "$ref" || key === "allOf")
                continue;
              if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
                delete schema2[key];
              }
            }
          }
        }
      }
      ctx.override({
        zodSchema,
        jsonSchema: schema2,
        path: (_c2 = seen.path) != null ? _c2 : []
      });
    };
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
      for (const entry of [...ctx.seen.entries()].reverse()) {
        flattenRef(entry[0]);
      }
      if (ctx.target !== "openapi-3.0") {
        for (const entry of ctx.seen.entries()) {
          compactTypeUnion((_a = entry[1].def) != null ? _a : entry[1].schema);
        }
      }
      for (const rewrite of ctx.deferred)
        rewrite();
      if (ctx.intersections.length) {
        const carriers = /* @__PURE__ */ new Map();
        for (const seen of ctx.seen.values()) {
          for (const json of [seen.schema, seen.def]) {
            const allOf = json == null ? void 0 : json.allOf;
            if (!Array.isArray(allOf))
              continue;
            const existing = carriers.get(allOf);
            if (existing)
              existing.push(json);
            else
              carriers.set(allOf, [json]);
          }
        }
        for (const allOf of ctx.intersections) {
          for (const json of (_b = carriers.get(allOf)) != null ? _b : [])
            foldIntersection(json);
        }
      }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
      result.$schema = "https://json-schema.org/draft/2020-12/schema";
    } else if (ctx.target === "draft-07") {
      result.$schema = "http://json-schema.org/draft-07/schema#";
    } else if (ctx.target === "draft-04") {
      result.$schema = "http://json-schema.org/draft-04/schema#";
    } else if (ctx.target === "openapi-3.0") ; else ;
    if ((_c = ctx.external) == null ? void 0 : _c.uri) {
      const id = (_d = ctx.external.registry.get(schema)) == null ? void 0 : _d.id;
      if (!id)
        throw new Error("Schema is missing an `id` property");
      result.$id = ctx.external.uri(id);
    }
    assignProps(result, root.defId ? root.schema : (_e = root.def) != null ? _e : root.schema);
    const rootMetaId = (_f = ctx.metadataRegistry.get(schema)) == null ? void 0 : _f.id;
    if (rootMetaId !== void 0 && result.id === rootMetaId)
      delete result.id;
    const defs = (_h = (_g = ctx.external) == null ? void 0 : _g.defs) != null ? _h : {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
      for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        if (seen.def && seen.defId) {
          if (seen.def.id === seen.defId)
            delete seen.def.id;
          assignProp(defs, seen.defId, seen.def);
        }
      }
    }
    if (ctx.external)
      ctx.sharedEmitDoneFor = ctx.external;
    if (ctx.external) ; else {
      if (Object.keys(defs).length > 0) {
        if (ctx.target === "draft-2020-12") {
          result.$defs = defs;
        } else {
          result.definitions = defs;
        }
      }
    }
    try {
      const finalized = JSON.parse(JSON.stringify(result));
      Object.defineProperty(finalized, "~standard", {
        value: {
          ...schema["~standard"],
          jsonSchema: {
            input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
            output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
          }
        },
        enumerable: false,
        writable: false
      });
      return finalized;
    } catch (_err) {
      throw new Error("Error converting schema to JSON.");
    }
  }
  function isTransforming(_schema, _ctx) {
    const ctx = _ctx != null ? _ctx : { seen: /* @__PURE__ */ new Set() };
    if (ctx.seen.has(_schema))
      return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
      return true;
    if (def.type === "array")
      return isTransforming(def.element, ctx);
    if (def.type === "set")
      return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
      return isTransforming(def.getter(), ctx);
    if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
      return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
      return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
      return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
      if (_schema._zod.traits.has("$ZodCodec"))
        return true;
      return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
      for (const key in def.shape) {
        if (isTransforming(def.shape[key], ctx))
          return true;
      }
      return false;
    }
    if (def.type === "union") {
      for (const option of def.options) {
        if (isTransforming(option, ctx))
          return true;
      }
      return false;
    }
    if (def.type === "tuple") {
      for (const item of def.items) {
        if (isTransforming(item, ctx))
          return true;
      }
      if (def.rest && isTransforming(def.rest, ctx))
        return true;
      return false;
    }
    return false;
  }
  const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = initializeContext({ ...params, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
  };
  const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params != null ? params : {};
    const ctx = initializeContext({ ...libraryOptions != null ? libraryOptions : {}, target, io, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
  };

  const narrowMin = (agg, key, value) => {
    if (agg[key] === void 0 || value > agg[key])
      agg[key] = value;
  };
  const narrowMax = (agg, key, value) => {
    if (agg[key] === void 0 || value < agg[key])
      agg[key] = value;
  };
  const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
  };
  const addDivisor = (agg, value) => {
    var _a;
    (_a = agg.multipleOf) != null ? _a : agg.multipleOf = [];
    if (!agg.multipleOf.includes(value))
      agg.multipleOf.push(value);
  };
  const addPattern = (agg, pattern) => {
    var _a;
    (_a = agg.patterns) != null ? _a : agg.patterns = /* @__PURE__ */ new Set();
    agg.patterns.add(pattern);
  };
  const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
  };
  const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
      agg.isInt = true;
  };
  const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
  const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
  const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
  };
  const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
      setFormat(agg, def.format);
      if (def.pattern)
        addPattern(agg, def.pattern);
      if (def.format === "base64" || def.format === "base64url")
        agg.contentEncoding = def.format;
      if (def.local || def.precision === -1)
        agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime)
  };
  function aggregateChecks(schema) {
    var _a, _b, _c, _d, _e;
    const agg = {};
    const def = schema._zod.def;
    const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...(_a = def.checks) != null ? _a : []] : (_b = def.checks) != null ? _b : [];
    for (const ch of list)
      (_c = contributors[ch._zod.def.check]) == null ? void 0 : _c.call(contributors, agg, ch._zod.def);
    const bag = schema._zod.bag;
    if (bag.minimum !== void 0)
      narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== void 0)
      narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== void 0)
      narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== void 0)
      narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== void 0)
      addDivisor(agg, bag.multipleOf);
    if (bag.format !== void 0) {
      (_d = agg.format) != null ? _d : agg.format = bag.format;
      if (bag.format.includes("int"))
        agg.isInt = true;
    }
    if (bag.mime)
      intersectMime(agg, bag.mime);
    for (const pattern of (_e = bag.patterns) != null ? _e : [])
      addPattern(agg, pattern);
    return agg;
  }
  const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: ""
    // do not set
  };
  const exactPatterns = /* @__PURE__ */ new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url]
  ]);
  const exactPattern = (p) => {
    var _a;
    return (_a = exactPatterns.get(p)) != null ? _a : p;
  };
  const stringProcessor = (schema, ctx, _json, _params) => {
    var _a;
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
      json.minLength = minimum;
    if (typeof maximum === "number")
      json.maxLength = maximum;
    if (format) {
      json.format = (_a = formatMap[format]) != null ? _a : format;
      if (json.format === "")
        delete json.format;
      if (format === "time" || laxFormat) {
        delete json.format;
      }
    }
    if (contentEncoding)
      json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
      const patternList = [...patterns].map(exactPattern);
      if (patternList.length === 1)
        json.pattern = patternList[0].source;
      else if (patternList.length > 1) {
        json.allOf = [
          ...patternList.map((regex) => ({
            ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
            pattern: regex.source
          }))
        ];
      }
    }
  };
  const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
  };
  const unknownProcessor = (_schema, _ctx, _json, _params) => {
  };
  const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    if (values.length === 0) {
      json.not = {};
      return;
    }
    if (values.every((v) => typeof v === "number"))
      json.type = "number";
    if (values.every((v) => typeof v === "string"))
      json.type = "string";
    json.enum = values;
  };
  const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
  };
  const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
  };
  const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
      json.minItems = minimum;
    if (typeof maximum === "number")
      json.maxItems = maximum;
    json.type = "array";
    json.items = processSchema(def.element, ctx, {
      ...params,
      path: [...params.path, "items"]
    });
  };
  function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
      return inputOptin(def.out);
    }
    if (def.type === "catch") {
      return inputOptin(def.innerType);
    }
    return schema._zod.optin;
  }
  const objectProcessor = (schema, ctx, _json, params) => {
    var _a;
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
      return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
      assignProp(json.properties, key, processSchema(shape[key], ctx, {
        ...params,
        path: [...params.path, "properties", key]
      }));
    }
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
      const field = def.shape[key];
      if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
        requiredKeys.push(key);
      }
    }
    if (requiredKeys.length > 0) {
      json.required = requiredKeys;
    }
    if (((_a = def.catchall) == null ? void 0 : _a._zod.def.type) === "never") {
      json.additionalProperties = false;
    } else if (!def.catchall) {
      if (ctx.io === "output")
        json.additionalProperties = false;
    } else if (def.catchall) {
      json.additionalProperties = processSchema(def.catchall, ctx, {
        ...params,
        path: [...params.path, "additionalProperties"]
      });
    }
  };
  const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => processSchema(x, ctx, {
      ...params,
      path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
    }));
    if (isExclusive) {
      json.oneOf = options;
    } else {
      json.anyOf = options;
    }
  };
  const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = processSchema(def.left, ctx, {
      ...params,
      path: [...params.path, "allOf", 0]
    });
    const b = processSchema(def.right, ctx, {
      ...params,
      path: [...params.path, "allOf", 1]
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
      ...isSimpleIntersection(a) ? a.allOf : [a],
      ...isSimpleIntersection(b) ? b.allOf : [b]
    ];
    json.allOf = allOf;
    ctx.intersections.push(allOf);
  };
  const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
      seen.ref = def.innerType;
      json.nullable = true;
    } else {
      json.anyOf = [inner, { type: "null" }];
    }
  };
  const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
  };
  const UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
  function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
      if (typeof val !== "bigint")
        return val;
      unrepresentable = true;
      return null;
    });
    if (!unrepresentable)
      return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
  }
  const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
      json.default = value;
  };
  const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
      return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
      json._prefault = value;
  };
  const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
      catchValue = def.catchValue(void 0);
    } catch {
      handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
      return;
    }
    json.default = catchValue;
  };
  const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
    processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
  };
  const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
  };
  const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
  };

  const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
  function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
      configurable: true,
      enumerable: false,
      get() {
        const value = make(this);
        Object.defineProperty(this, key, { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, key, { value, configurable: true, writable: true });
      }
    });
  }
  const initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
      return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
      self.issues.push(issue);
      self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues2) => {
      self.issues.push(...issues2);
      self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
      configurable: true,
      enumerable: false,
      get() {
        return this.issues.length === 0;
      }
    });
  };
  const ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer, void 0, {
    Parent: Error
  });

  const parse$1 = /* @__PURE__ */ _parse(ZodRealError);
  const parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
  const safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
  const safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
  const encode = /* @__PURE__ */ _encode(ZodRealError);
  const decode = /* @__PURE__ */ _decode(ZodRealError);
  const encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
  const decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
  const safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
  const safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
  const safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
  const safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

  function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
      config(en());
  }
  function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
      config({ memoizer: memoizer() });
  }
  const ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
  }, {
    check(...chks) {
      var _a;
      const def = this.def;
      return this.clone(mergeDefs(def, {
        checks: [
          ...(_a = def.checks) != null ? _a : [],
          ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
        ]
      }), { parent: true });
    },
    with(...chks) {
      return this.check(...chks);
    },
    clone(def, params) {
      return clone(this, def, params);
    },
    brand() {
      return this;
    },
    register(reg, meta2) {
      reg.add(this, meta2);
      return this;
    },
    refine(check2, params) {
      return this.check(refine(check2, params));
    },
    superRefine(refinement, params) {
      return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
      return this.check(_overwrite(fn));
    },
    optional() {
      return optional(this);
    },
    exactOptional() {
      return exactOptional(this);
    },
    nullable() {
      return nullable(this);
    },
    nullish() {
      return optional(nullable(this));
    },
    nonoptional(params) {
      return nonoptional(this, params);
    },
    array() {
      return array(this);
    },
    or(arg) {
      return union([this, arg]);
    },
    and(arg) {
      return intersection(this, arg);
    },
    transform(tx) {
      return pipe(this, transform(tx));
    },
    default(d) {
      return _default(this, d);
    },
    prefault(d) {
      return prefault(this, d);
    },
    catch(params) {
      return _catch(this, params);
    },
    pipe(target) {
      return pipe(this, target);
    },
    readonly() {
      return readonly(this);
    },
    describe(description) {
      const cl = this.clone();
      globalRegistry.add(cl, { description });
      return cl;
    },
    meta(...args) {
      if (args.length === 0)
        return globalRegistry.get(this);
      const cl = this.clone();
      globalRegistry.add(cl, args[0]);
      return cl;
    },
    isOptional() {
      return this.safeParse(void 0).success;
    },
    isNullable() {
      return this.safeParse(null).success;
    },
    apply(fn, ...args) {
      return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
      return hide(this, "~standard", {
        ...standardProps(this),
        jsonSchema: {
          input: createStandardJSONSchemaMethod(this, "input"),
          output: createStandardJSONSchemaMethod(this, "output")
        }
      });
    },
    set "~standard"(value) {
      own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
      return parse$1(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
      return await parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
      return safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
      return safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
      return this == null ? void 0 : this.safeParseAsync;
    },
    set spa(value) {
      own(this, "spa", value);
    },
    validate(data, params) {
      return validate(this, data, params);
    },
    validateAsync(data, params) {
      return validateAsync$1(this, data, params);
    },
    encode: function _encode(data, params) {
      return encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
      return decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
      return await encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
      return await decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
      return safeEncode(this, data, params);
    },
    safeDecode(data, params) {
      return safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
      return safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
      return safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
      return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
      var _a;
      return (_a = globalRegistry.get(this)) == null ? void 0 : _a.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
      return this._zod.def;
    }
  });
  const _ZodString = /* @__PURE__ */ $constructor(
    "_ZodString",
    (inst, def) => {
      $ZodString.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json2, params) => stringProcessor(inst, ctx, json2);
    },
    /* @__PURE__ */ derived({
      format: (inst) => {
        var _a;
        return (_a = aggregateChecks(inst).format) != null ? _a : null;
      },
      minLength: (inst) => {
        var _a;
        return (_a = aggregateChecks(inst).minimum) != null ? _a : null;
      },
      maxLength: (inst) => {
        var _a;
        return (_a = aggregateChecks(inst).maximum) != null ? _a : null;
      }
    }, {
      regex(...args) {
        return this.check(_regex(...args));
      },
      includes(...args) {
        return this.check(_includes(...args));
      },
      startsWith(...args) {
        return this.check(_startsWith(...args));
      },
      endsWith(...args) {
        return this.check(_endsWith(...args));
      },
      min(...args) {
        return this.check(_minLength(...args));
      },
      max(...args) {
        return this.check(_maxLength(...args));
      },
      length(...args) {
        return this.check(_length(...args));
      },
      nonempty(...args) {
        return this.check(_minLength(1, ...args));
      },
      lowercase(params) {
        return this.check(_lowercase(params));
      },
      uppercase(params) {
        return this.check(_uppercase(params));
      },
      trim() {
        return this.check(_trim());
      },
      normalize(...args) {
        return this.check(_normalize(...args));
      },
      toLowerCase() {
        return this.check(_toLowerCase());
      },
      toUpperCase() {
        return this.check(_toUpperCase());
      },
      slugify() {
        return this.check(_slugify());
      }
    })
  );
  const ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
  }, {
    email(params) {
      return this.check(_email(ZodEmail, params));
    },
    url(params) {
      return this.check(_url(ZodURL, params));
    },
    jwt(params) {
      return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
      return this.check(_emoji(ZodEmoji, params));
    },
    guid(params) {
      return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
      return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
      return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
      return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
      return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
      return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
      return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
      return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
      return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
      return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
      return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
      return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
      return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
      return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
      return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
      return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
      return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
      return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
      return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
      return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
      return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
      return this.check(_isoDuration(ZodISODuration, params));
    }
  });
  function string(params) {
    return _string(ZodString, params);
  }
  const ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
  });
  const ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
  });
  const ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => unknownProcessor();
  });
  function unknown() {
    return _unknown(ZodUnknown);
  }
  const ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => neverProcessor(inst, ctx, json2);
  });
  function never(params) {
    return _never(ZodNever, params);
  }
  const ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => arrayProcessor(inst, ctx, json2, params);
    inst.element = def.element;
  }, {
    min(n, params) {
      return this.check(_minLength(n, params));
    },
    nonempty(params) {
      return this.check(_minLength(1, params));
    },
    max(n, params) {
      return this.check(_maxLength(n, params));
    },
    length(n, params) {
      return this.check(_length(n, params));
    },
    unwrap() {
      return this.element;
    }
  });
  function array(element, params) {
    return _array(ZodArray, element, params);
  }
  const ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => objectProcessor(inst, ctx, json2, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
  }, {
    keyof() {
      return _enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
      return this.clone(mergeDefs(this._zod.def, { catchall }));
    },
    passthrough() {
      return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
      return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
      return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
      return this.clone(mergeDefs(this._zod.def, { catchall: void 0 }));
    },
    extend(incoming) {
      return extend(this, incoming);
    },
    safeExtend(incoming) {
      return safeExtend(this, incoming);
    },
    merge(other) {
      return merge(this, other);
    },
    pick(mask) {
      return pick(this, mask);
    },
    omit(mask) {
      return omit(this, mask);
    },
    partial(...args) {
      return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
      return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
      return required$1(ZodNonOptional, this, args[0]);
    }
  });
  function object(shape, params) {
    const def = {
      type: "object",
      shape: shape != null ? shape : {},
      ...normalizeParams(params)
    };
    return new ZodObject(def);
  }
  const ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => unionProcessor(inst, ctx, json2, params);
    inst.options = def.options;
  });
  function union(options, params) {
    return new ZodUnion({
      type: "union",
      options,
      ...normalizeParams(params)
    });
  }
  const ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => intersectionProcessor(inst, ctx, json2, params);
  });
  function intersection(left, right) {
    return new ZodIntersection({
      type: "intersection",
      left,
      right
    });
  }
  const ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => enumProcessor(inst, ctx, json2);
    inst.enum = def.entries;
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
      const newEntries = {};
      for (const value of values) {
        if (keys.has(value)) {
          newEntries[value] = def.entries[value];
        } else
          throw new Error(`Key ${value} not found in enum`);
      }
      return new ZodEnum({
        ...def,
        checks: [],
        ...normalizeParams(params),
        entries: newEntries
      });
    };
    inst.exclude = (values, params) => {
      const newEntries = { ...def.entries };
      for (const value of values) {
        if (keys.has(value)) {
          delete newEntries[value];
        } else
          throw new Error(`Key ${value} not found in enum`);
      }
      return new ZodEnum({
        ...def,
        checks: [],
        ...normalizeParams(params),
        entries: newEntries
      });
    };
  });
  function _enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
      type: "enum",
      entries,
      ...normalizeParams(params)
    });
  }
  const ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => transformProcessor(inst, ctx, json2, params);
    inst._zod.parse = (payload, _ctx) => {
      if (_ctx.direction === "backward") {
        throw new $ZodEncodeError(inst.constructor.name);
      }
      payload.addIssue = (issue$1) => {
        var _a, _b;
        if (typeof issue$1 === "string") {
          payload.issues.push(issue(issue$1, payload.value, def));
        } else {
          const _issue = issue$1;
          if (_issue.fatal)
            _issue.continue = false;
          (_a = _issue.code) != null ? _a : _issue.code = "custom";
          if (!("input" in _issue))
            _issue.input = payload.value;
          (_b = _issue.inst) != null ? _b : _issue.inst = inst;
          payload.issues.push(issue(_issue));
        }
      };
      const output = def.transform(payload.value, payload);
      if (output instanceof Promise) {
        return output.then((output2) => {
          payload.value = output2;
          return payload;
        });
      }
      payload.value = output;
      return payload;
    };
  });
  function transform(fn) {
    return new ZodTransform({
      type: "transform",
      transform: fn
    });
  }
  const ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => optionalProcessor(inst, ctx, json2, params);
    inst.unwrap = () => inst._zod.def.innerType;
  });
  function optional(innerType) {
    return new ZodOptional({
      type: "optional",
      innerType
    });
  }
  const ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => optionalProcessor(inst, ctx, json2, params);
    inst.unwrap = () => inst._zod.def.innerType;
  });
  function exactOptional(innerType) {
    return new ZodExactOptional({
      type: "optional",
      innerType
    });
  }
  const ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => nullableProcessor(inst, ctx, json2, params);
    inst.unwrap = () => inst._zod.def.innerType;
  });
  function nullable(innerType) {
    return new ZodNullable({
      type: "nullable",
      innerType
    });
  }
  const ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => defaultProcessor(inst, ctx, json2, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
  });
  function _default(innerType, defaultValue) {
    return new ZodDefault({
      type: "default",
      innerType,
      get defaultValue() {
        return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
      }
    });
  }
  const ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => prefaultProcessor(inst, ctx, json2, params);
    inst.unwrap = () => inst._zod.def.innerType;
  });
  function prefault(innerType, defaultValue) {
    return new ZodPrefault({
      type: "prefault",
      innerType,
      get defaultValue() {
        return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
      }
    });
  }
  const ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => nonoptionalProcessor(inst, ctx, json2, params);
    inst.unwrap = () => inst._zod.def.innerType;
  });
  function nonoptional(innerType, params) {
    return new ZodNonOptional({
      type: "nonoptional",
      innerType,
      ...normalizeParams(params)
    });
  }
  const ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => catchProcessor(inst, ctx, json2, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
  });
  function _catch(innerType, catchValue) {
    return new ZodCatch({
      type: "catch",
      innerType,
      catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
    });
  }
  const ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => pipeProcessor(inst, ctx, json2, params);
    inst.in = def.in;
    inst.out = def.out;
  });
  function pipe(in_, out) {
    return new ZodPipe({
      type: "pipe",
      in: in_,
      out
      // ...util.normalizeParams(params),
    });
  }
  const ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => readonlyProcessor(inst, ctx, json2, params);
    inst.unwrap = () => inst._zod.def.innerType;
  });
  function readonly(innerType) {
    return new ZodReadonly({
      type: "readonly",
      innerType
    });
  }
  const ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => customProcessor(inst, ctx, json2, params);
  });
  function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
  }
  function superRefine(fn, params) {
    return _superRefine(fn, params);
  }

  const MAI_HAN_AKAT = 3633;
  const SARA_I = 3636;
  const SARA_II = 3637;
  const SARA_UE = 3638;
  const SARA_UEE = 3639;
  const SARA_U = 3640;
  const SARA_UU = 3641;
  const PHINTHU = 3642;
  const MAITAIKHU = 3655;
  const MAI_EK = 3656;
  const MAI_THO = 3657;
  const MAI_TRI = 3658;
  const MAI_CHATTAWA = 3659;
  const THANTHAKHAT = 3660;
  const NIKHAHIT = 3661;
  const YO_YING = 3597;
  const THO_THAN = 3600;
  const TABLE = [
    // Windows (U+F700–U+F71A)
    [63232, THO_THAN],
    // without descender
    [63233, SARA_I],
    // shifted left
    [63234, SARA_II],
    [63235, SARA_UE],
    [63236, SARA_UEE],
    [63237, MAI_EK],
    // shifted down and left
    [63238, MAI_THO],
    [63239, MAI_TRI],
    [63240, MAI_CHATTAWA],
    [63241, THANTHAKHAT],
    [63242, MAI_EK],
    // shifted down
    [63243, MAI_THO],
    [63244, MAI_TRI],
    [63245, MAI_CHATTAWA],
    [63246, THANTHAKHAT],
    [63247, YO_YING],
    // without descender
    [63248, MAI_HAN_AKAT],
    // shifted left
    [63249, NIKHAHIT],
    [63250, MAITAIKHU],
    [63251, MAI_EK],
    [63252, MAI_THO],
    [63253, MAI_TRI],
    [63254, MAI_CHATTAWA],
    [63255, THANTHAKHAT],
    [63256, SARA_U],
    // shifted down
    [63257, SARA_UU],
    [63258, PHINTHU],
    // Mac (U+F884–U+F89E)
    [63620, MAI_HAN_AKAT],
    [63621, SARA_I],
    [63622, SARA_II],
    [63623, SARA_UE],
    [63624, SARA_UEE],
    [63625, MAITAIKHU],
    [63626, MAI_EK],
    [63627, MAI_EK],
    [63628, MAI_EK],
    [63629, MAI_THO],
    [63630, MAI_THO],
    [63631, MAI_THO],
    [63632, MAI_TRI],
    [63633, MAI_TRI],
    [63634, MAI_TRI],
    [63635, MAI_CHATTAWA],
    [63636, MAI_CHATTAWA],
    [63637, MAI_CHATTAWA],
    [63638, THANTHAKHAT],
    [63639, THANTHAKHAT],
    [63640, THANTHAKHAT],
    [63641, NIKHAHIT],
    [63642, YO_YING],
    [63643, SARA_U],
    [63644, SARA_UU],
    [63645, PHINTHU],
    [63646, THO_THAN]
  ];
  const LEGACY_THAI_PUA = new Map(
    TABLE.map(([legacy, standard]) => [legacy, String.fromCharCode(standard)])
  );

  const HARD = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u0e4d\ud800-\uf8ff\ufdd0-\ufdef\ufffe\uffff]/;
  const MARK_PAIR = new RegExp(
    [3633, 3636, 3637, 3638, 3639, 3640, 3641, 3642, 3655, 3656, 3657, 3658, 3659, 3660, 3662].map((c) => String.fromCharCode(c, c)).join("|")
  );
  function needsCleaning(s) {
    return HARD.test(s) || MARK_PAIR.test(s);
  }
  const LINE_BREAKS = /* @__PURE__ */ new Set([11, 133, 8232, 8233]);
  const SARA_AM_SLIP = /\u0e4d([\u0e48-\u0e4b]?)\u0e32/g;
  const DOUBLED_MARK = /([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])\1+/g;
  const NO_NOTES$1 = Object.freeze({});
  function cleanText(input) {
    if (!needsCleaning(input)) {
      return { text: input.indexOf("\r") === -1 ? input : input.replace(/\r\n?/g, "\n"), notes: NO_NOTES$1 };
    }
    const notes = {};
    const count = (kind, n = 1) => {
      var _a;
      return notes[kind] = ((_a = notes[kind]) != null ? _a : 0) + n;
    };
    const out = [];
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      if (c === 13) {
        out.push("\n");
        if (input.charCodeAt(i + 1) === 10) i++;
      } else if (c === 10) out.push("\n");
      else if (LINE_BREAKS.has(c)) out.push("\n");
      else if (c === 9) {
        out.push(" ");
        count("tab");
      } else if (c < 32 || c >= 127 && c <= 159) count("control");
      else if (c >= 55296 && c <= 56319) {
        const d = input.charCodeAt(i + 1);
        if (!(d >= 56320 && d <= 57343)) {
          count("invalid");
          continue;
        }
        const cp = (c - 55296 << 10) + (d - 56320) + 65536;
        i++;
        if (cp >= 983040) count("private-use");
        else if ((cp & 65534) === 65534) count("invalid");
        else out.push(input[i - 1], input[i]);
      } else if (c >= 56320 && c <= 57343) count("invalid");
      else if (c >= 57344 && c <= 63743) {
        const standard = LEGACY_THAI_PUA.get(c);
        if (standard !== void 0) {
          out.push(standard);
          count("legacy-thai");
        } else count("private-use");
      } else if (c >= 64976 && c <= 65007 || c === 65534 || c === 65535) count("invalid");
      else out.push(input[i]);
    }
    let text = out.join("");
    text = text.replace(SARA_AM_SLIP, (_m, tone) => {
      count("sara-am");
      return `${tone}\u0E33`;
    });
    text = text.replace(DOUBLED_MARK, (_m, mark) => {
      count("doubled-mark");
      return mark;
    });
    return { text, notes };
  }
  function hasNotes(notes) {
    for (const _ in notes) return true;
    return false;
  }
  const thaiNumber = (n) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(3664 + Number(d)));
  const DESCRIBE = {
    "legacy-thai": (n) => `\u0E2D\u0E31\u0E01\u0E02\u0E23\u0E30\u0E44\u0E17\u0E22\u0E08\u0E32\u0E01\u0E1F\u0E2D\u0E19\u0E15\u0E4C\u0E23\u0E38\u0E48\u0E19\u0E40\u0E01\u0E48\u0E32 (\u0E40\u0E0A\u0E48\u0E19 \u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E17\u0E35\u0E48\u0E04\u0E31\u0E14\u0E25\u0E2D\u0E01\u0E08\u0E32\u0E01 PDF \u0E17\u0E35\u0E48\u0E43\u0E0A\u0E49 TH SarabunPSK) ${n} \u0E15\u0E31\u0E27 \u0E41\u0E1B\u0E25\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E2D\u0E31\u0E01\u0E02\u0E23\u0E30\u0E21\u0E32\u0E15\u0E23\u0E10\u0E32\u0E19`,
    "private-use": (n) => `\u0E2D\u0E31\u0E01\u0E02\u0E23\u0E30\u0E1E\u0E34\u0E40\u0E28\u0E29\u0E17\u0E35\u0E48\u0E41\u0E2A\u0E14\u0E07\u0E1C\u0E25\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 (Private Use Area) ${n} \u0E15\u0E31\u0E27 \u0E16\u0E39\u0E01\u0E15\u0E31\u0E14\u0E2D\u0E2D\u0E01`,
    control: (n) => `\u0E2D\u0E31\u0E01\u0E02\u0E23\u0E30\u0E04\u0E27\u0E1A\u0E04\u0E38\u0E21\u0E17\u0E35\u0E48\u0E21\u0E2D\u0E07\u0E44\u0E21\u0E48\u0E40\u0E2B\u0E47\u0E19 ${n} \u0E15\u0E31\u0E27 \u0E16\u0E39\u0E01\u0E15\u0E31\u0E14\u0E2D\u0E2D\u0E01`,
    invalid: (n) => `\u0E2D\u0E31\u0E01\u0E02\u0E23\u0E30\u0E17\u0E35\u0E48\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07 (\u0E40\u0E0A\u0E48\u0E19 U+FFFE \u0E2B\u0E23\u0E37\u0E2D\u0E2D\u0E35\u0E42\u0E21\u0E08\u0E34\u0E17\u0E35\u0E48\u0E02\u0E32\u0E14\u0E04\u0E23\u0E36\u0E48\u0E07) ${n} \u0E15\u0E31\u0E27 \u0E16\u0E39\u0E01\u0E15\u0E31\u0E14\u0E2D\u0E2D\u0E01`,
    tab: (n) => `\u0E41\u0E17\u0E47\u0E1A ${n} \u0E15\u0E31\u0E27 \u0E41\u0E17\u0E19\u0E14\u0E49\u0E27\u0E22\u0E0A\u0E48\u0E2D\u0E07\u0E27\u0E48\u0E32\u0E07`,
    "sara-am": (n) => `\u0E1E\u0E34\u0E21\u0E1E\u0E4C\u0E19\u0E34\u0E04\u0E2B\u0E34\u0E15 (\u0E4D) \u0E01\u0E31\u0E1A\u0E2A\u0E23\u0E30\u0E2D\u0E32 (\u0E32) \u0E41\u0E17\u0E19\u0E2A\u0E23\u0E30\u0E2D\u0E33 (\u0E33) ${n} \u0E41\u0E2B\u0E48\u0E07 \u0E41\u0E01\u0E49\u0E40\u0E1B\u0E47\u0E19 "\u0E33"`,
    "doubled-mark": (n) => `\u0E2A\u0E23\u0E30\u0E2B\u0E23\u0E37\u0E2D\u0E27\u0E23\u0E23\u0E13\u0E22\u0E38\u0E01\u0E15\u0E4C\u0E0B\u0E49\u0E33\u0E01\u0E31\u0E19 ${n} \u0E41\u0E2B\u0E48\u0E07 \u0E15\u0E31\u0E14\u0E15\u0E31\u0E27\u0E17\u0E35\u0E48\u0E0B\u0E49\u0E33\u0E2D\u0E2D\u0E01`
  };
  function describeNotesTh(notes) {
    const parts = Object.keys(DESCRIBE).filter((k) => notes[k]).map((k) => {
      var _a;
      return DESCRIBE[k](thaiNumber((_a = notes[k]) != null ? _a : 0));
    });
    return `${parts.join("; ")} \u2014 \u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E08\u0E30\u0E1E\u0E34\u0E21\u0E1E\u0E4C\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E17\u0E35\u0E48\u0E41\u0E01\u0E49\u0E41\u0E25\u0E49\u0E27 (\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E43\u0E19\u0E40\u0E0B\u0E25\u0E25\u0E4C\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19)`;
  }
  function describeNotesEn(notes) {
    return `Cleaned: ${Object.keys(notes).map((k) => `${k} \xD7${notes[k]}`).join(", ")}.`;
  }
  const SPREADSHEET_ERRORS = [
    "#NULL!",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#N/A",
    "#ERROR!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
    "Loading..."
  ];
  const ERROR_SET = new Set(SPREADSHEET_ERRORS);
  function spreadsheetError(value) {
    if (typeof value !== "string" || value.length > 16 || value.length < 4) return null;
    const t = value.trim();
    return ERROR_SET.has(t) ? t : null;
  }

  const NO_NOTES = Object.freeze({});
  const CLEAN = Object.freeze({ text: "", notes: NO_NOTES, error: null });
  function readCell(value) {
    if (value === null || value === void 0 || value === "") return CLEAN;
    if (typeof value === "string") {
      const error = spreadsheetError(value);
      if (error) return { text: "", notes: {}, error };
      if (!needsCleaning(value)) return { text: (value.indexOf("\r") === -1 ? value : value.replace(/\r\n?/g, "\n")).trim(), notes: NO_NOTES, error: null };
      const { text, notes } = cleanText(value);
      return { text: text.trim(), notes, error: null };
    }
    if (typeof value === "number") return { text: Number.isFinite(value) ? String(value) : "", notes: {}, error: null };
    if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", notes: {}, error: null };
    if (Object.prototype.toString.call(value) === "[object Date]") {
      const d = value;
      if (Number.isNaN(d.getTime())) return CLEAN;
      const local = new Date(d.getTime() + 7 * 36e5);
      const pad = (n) => String(n).padStart(2, "0");
      return { text: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`, notes: {}, error: null };
    }
    return readCell(String(value));
  }
  function cellText$1(value) {
    return readCell(value).text;
  }
  function cellLines(text) {
    return text.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  }
  function normaliseHeader(text) {
    return cellText$1(text).replace(/\s+/g, "");
  }

  const CANDIDATE = /https?:\/\/[^\s<>"“”‘’«»\u0e00-\u0e4f\u0e5a-\u0e7f]+/gi;
  const TRAILING = /[.,;:!?…'*]$/;
  const PAIRS = { ")": "(", "]": "[", "}": "{" };
  const count = (s, ch) => s.split(ch).length - 1;
  function trimEnd(url) {
    for (; ; ) {
      const last = url[url.length - 1];
      if (TRAILING.test(url)) url = url.slice(0, -1);
      else if (last in PAIRS && count(url, last) > count(url, PAIRS[last])) url = url.slice(0, -1);
      else return url;
    }
  }
  function findUrls(text) {
    var _a;
    if (text.indexOf("://") === -1) return [];
    const out = [];
    for (const m of text.matchAll(CANDIDATE)) {
      const url = trimEnd(m[0]);
      if (!/^https?:\/\/[^/.]/i.test(url)) continue;
      const start = (_a = m.index) != null ? _a : 0;
      out.push({ start, end: start + url.length, url });
    }
    return out;
  }
  function replaceUrls(text, replacement) {
    const urls = findUrls(text);
    if (urls.length === 0) return text;
    let out = "";
    let last = 0;
    for (const u of urls) {
      out += text.slice(last, u.start) + replacement;
      last = u.end;
    }
    return out + text.slice(last);
  }
  function mapOutsideUrls(text, outside) {
    const urls = findUrls(text);
    if (urls.length === 0) return outside(text);
    let out = "";
    let last = 0;
    for (const u of urls) {
      out += outside(text.slice(last, u.start)) + u.url;
      last = u.end;
    }
    return out + outside(text.slice(last));
  }

  const THAI_ZERO = 3664;
  function toThaiDigits(text) {
    return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
  }
  function toArabicDigits(text) {
    return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
  }
  function applyDigitStyle(text, style) {
    return mapOutsideUrls(text, style === "thai" ? toThaiDigits : toArabicDigits);
  }
  function hasMixedDigits(text) {
    const withoutUrls = replaceUrls(text, " ");
    return /[0-9]/.test(withoutUrls) && /[๐-๙]/.test(withoutUrls);
  }
  const BE_OFFSET = 543;
  const toBuddhistYear = (ceYear) => ceYear + BE_OFFSET;
  const toCommonEraYear = (beYear) => beYear - BE_OFFSET;
  function roundPeriod(fiscalYearBe, round) {
    const endCe = toCommonEraYear(fiscalYearBe);
    return {
      start: { year: endCe - 1, month: 10, day: 1 },
      end: round === 6 ? { year: endCe, month: 3, day: 31 } : { year: endCe, month: 9, day: 30 }
    };
  }
  const MONTHS_LONG = [
    "\u0E21\u0E01\u0E23\u0E32\u0E04\u0E21",
    "\u0E01\u0E38\u0E21\u0E20\u0E32\u0E1E\u0E31\u0E19\u0E18\u0E4C",
    "\u0E21\u0E35\u0E19\u0E32\u0E04\u0E21",
    "\u0E40\u0E21\u0E29\u0E32\u0E22\u0E19",
    "\u0E1E\u0E24\u0E29\u0E20\u0E32\u0E04\u0E21",
    "\u0E21\u0E34\u0E16\u0E38\u0E19\u0E32\u0E22\u0E19",
    "\u0E01\u0E23\u0E01\u0E0E\u0E32\u0E04\u0E21",
    "\u0E2A\u0E34\u0E07\u0E2B\u0E32\u0E04\u0E21",
    "\u0E01\u0E31\u0E19\u0E22\u0E32\u0E22\u0E19",
    "\u0E15\u0E38\u0E25\u0E32\u0E04\u0E21",
    "\u0E1E\u0E24\u0E28\u0E08\u0E34\u0E01\u0E32\u0E22\u0E19",
    "\u0E18\u0E31\u0E19\u0E27\u0E32\u0E04\u0E21"
  ];
  const MONTHS_SHORT = [
    "\u0E21.\u0E04.",
    "\u0E01.\u0E1E.",
    "\u0E21\u0E35.\u0E04.",
    "\u0E40\u0E21.\u0E22.",
    "\u0E1E.\u0E04.",
    "\u0E21\u0E34.\u0E22.",
    "\u0E01.\u0E04.",
    "\u0E2A.\u0E04.",
    "\u0E01.\u0E22.",
    "\u0E15.\u0E04.",
    "\u0E1E.\u0E22.",
    "\u0E18.\u0E04."
  ];
  function formatThaiDateShort(date, style = "thai") {
    return applyDigitStyle(`${date.day} ${MONTHS_SHORT[date.month - 1]} ${toBuddhistYear(date.year)}`, style);
  }
  function formatThaiDateLong(date, style = "thai") {
    return applyDigitStyle(`${date.day} ${MONTHS_LONG[date.month - 1]} ${toBuddhistYear(date.year)}`, style);
  }
  function periodLine(fiscalYearBe, round, style = "thai") {
    const { start, end } = roundPeriod(fiscalYearBe, round);
    return `(${formatThaiDateLong(start, style)} \u2013 ${formatThaiDateLong(end, style)})`;
  }
  function roundLine(round, style = "thai") {
    return applyDigitStyle(`\u0E23\u0E2D\u0E1A ${round} \u0E40\u0E14\u0E37\u0E2D\u0E19`, style);
  }
  function compareDates(a, b) {
    return a.year - b.year || a.month - b.month || a.day - b.day;
  }
  function isValidCalendarDate(d) {
    if (!Number.isInteger(d.year) || !Number.isInteger(d.month) || !Number.isInteger(d.day)) return false;
    if (d.month < 1 || d.month > 12 || d.day < 1) return false;
    const leap = d.year % 4 === 0 && d.year % 100 !== 0 || d.year % 400 === 0;
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][d.month - 1];
    return d.day <= days;
  }
  function isoDate(d) {
    const pad = (n, w) => String(n).padStart(w, "0");
    return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
  }
  function yearToCe(year) {
    if (year < 100) return toCommonEraYear(2500 + year);
    return year >= 2400 ? toCommonEraYear(year) : year;
  }
  function parseThaiDate(value, timeZoneOffsetMinutes = 7 * 60) {
    if (value instanceof Date || Object.prototype.toString.call(value) === "[object Date]") {
      const date = value;
      if (Number.isNaN(date.getTime())) return null;
      const local = new Date(date.getTime() + timeZoneOffsetMinutes * 6e4);
      return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
    }
    if (typeof value !== "string") return null;
    const text = toArabicDigits(value).trim();
    let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    if (m) return checked({ year: yearToCe(Number(m[1])), month: Number(m[2]), day: Number(m[3]) });
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(text);
    if (m) return checked({ year: yearToCe(Number(m[3])), month: Number(m[2]), day: Number(m[1]) });
    m = /^(\d{1,2})\s*([^\d\s]+(?:\s?[^\d\s]+)?)\s*(\d{2,4})$/.exec(text);
    if (m) {
      const name = m[2].replace(/\s+/g, "");
      let month = MONTHS_LONG.indexOf(name) + 1;
      if (month === 0) month = MONTHS_SHORT.indexOf(name) + 1;
      if (month === 0) return null;
      return checked({ year: yearToCe(Number(m[3])), month, day: Number(m[1]) });
    }
    return null;
  }
  function checked(d) {
    return isValidCalendarDate(d) ? d : null;
  }

  const text = string();
  const required = (th) => string().min(1, { message: th });
  const integerText = (th) => string().transform((s) => toArabicDigits(s).trim()).refine((s) => /^\d+$/.test(s), { message: th }).transform(Number);
  const SHARE_WORDS = /* @__PURE__ */ new Map([
    ["", "none"],
    ["\u0E44\u0E21\u0E48", "none"],
    ["no", "none"],
    ["false", "none"],
    ["pdf", "pdf"],
    ["\u0E43\u0E0A\u0E48", "pdf"],
    ["yes", "pdf"],
    ["true", "pdf"],
    ["pdf \u0E41\u0E25\u0E30 doc", "both"],
    ["pdf \u0E41\u0E25\u0E30 google doc", "both"],
    ["\u0E17\u0E31\u0E49\u0E07\u0E2A\u0E2D\u0E07\u0E44\u0E1F\u0E25\u0E4C", "both"]
  ]);
  const configSchema = object({
    agencyName: required("\u0E01\u0E23\u0E2D\u0E01\u0E0A\u0E37\u0E48\u0E2D\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19"),
    compiledBy: text,
    fiscalYear: integerText("\u0E1B\u0E35\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E1B\u0E35 \u0E1E.\u0E28. \u0E54 \u0E2B\u0E25\u0E31\u0E01 \u0E40\u0E0A\u0E48\u0E19 \u0E52\u0E55\u0E56\u0E57").refine((y) => y >= 2500 && y <= 2700, {
      message: "\u0E1B\u0E35\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E1B\u0E35 \u0E1E.\u0E28. \u0E40\u0E0A\u0E48\u0E19 \u0E52\u0E55\u0E56\u0E57 (\u0E44\u0E21\u0E48\u0E43\u0E0A\u0E48 \u0E04.\u0E28.)"
    }),
    round: integerText("\u0E23\u0E2D\u0E1A\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19 \u0E56 \u0E2B\u0E23\u0E37\u0E2D \u0E51\u0E52").refine((r) => r === 6 || r === 12, {
      message: "\u0E23\u0E2D\u0E1A\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19 \u0E56 \u0E2B\u0E23\u0E37\u0E2D \u0E51\u0E52"
    }),
    digitStyle: string().transform((s) => s.trim().toLowerCase()).refine((s) => ["\u0E44\u0E17\u0E22", "\u0E2D\u0E32\u0E23\u0E1A\u0E34\u0E01", "thai", "arabic", ""].includes(s), {
      message: '\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19 "\u0E44\u0E17\u0E22" \u0E2B\u0E23\u0E37\u0E2D "\u0E2D\u0E32\u0E23\u0E1A\u0E34\u0E01"'
    }).transform((s) => s === "\u0E2D\u0E32\u0E23\u0E1A\u0E34\u0E01" || s === "arabic" ? "arabic" : "thai"),
    font: string().transform((s) => s.trim() || "Sarabun"),
    reportFolder: text,
    reportTemplate: text,
    // [publish] All optional: empty means "ไม่มี" for the problems and suggestions, no sign-off line, no code.
    problems: text,
    suggestions: text,
    reporter: text,
    reporterPosition: text,
    approver: text,
    approverPosition: text,
    oitCode: string().transform((s) => toArabicDigits(s).replace(/\s+/g, "").toUpperCase()).refine((s) => s === "" || /^O\d{1,3}$/.test(s), { message: "\u0E23\u0E2B\u0E31\u0E2A\u0E02\u0E49\u0E2D OIT \u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E15\u0E31\u0E27 O \u0E15\u0E32\u0E21\u0E14\u0E49\u0E27\u0E22\u0E40\u0E25\u0E02\u0E02\u0E49\u0E2D \u0E40\u0E0A\u0E48\u0E19 O26 \u0E2B\u0E23\u0E37\u0E2D\u0E40\u0E27\u0E49\u0E19\u0E27\u0E48\u0E32\u0E07" }),
    shareWithLink: string().transform((s) => s.trim().toLowerCase().replace(/\s+/g, " ")).refine((s) => SHARE_WORDS.has(s), { message: '\u0E40\u0E1C\u0E22\u0E41\u0E1E\u0E23\u0E48\u0E44\u0E1F\u0E25\u0E4C\u0E43\u0E2B\u0E49\u0E17\u0E38\u0E01\u0E04\u0E19\u0E17\u0E35\u0E48\u0E21\u0E35\u0E25\u0E34\u0E07\u0E01\u0E4C: \u0E40\u0E25\u0E37\u0E2D\u0E01 "\u0E44\u0E21\u0E48", "PDF" \u0E2B\u0E23\u0E37\u0E2D "PDF \u0E41\u0E25\u0E30 Doc"' }).transform((s) => SHARE_WORDS.get(s)),
    // [plan] Read as typed: the measures plan checks them (plan-rules.ts); the report never uses them.
    assessedYear: text,
    overallScore: text,
    targetScore: text,
    level: text
  });
  const unitSchema = object({
    code: required("\u0E01\u0E23\u0E2D\u0E01\u0E23\u0E2B\u0E31\u0E2A\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19").refine((s) => !/[+,]/.test(s), {
      message: "\u0E23\u0E2B\u0E31\u0E2A\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19\u0E15\u0E49\u0E2D\u0E07\u0E44\u0E21\u0E48\u0E21\u0E35\u0E40\u0E04\u0E23\u0E37\u0E48\u0E2D\u0E07\u0E2B\u0E21\u0E32\u0E22 + \u0E2B\u0E23\u0E37\u0E2D ,"
    }),
    name: required("\u0E01\u0E23\u0E2D\u0E01\u0E0A\u0E37\u0E48\u0E2D\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19"),
    abbr: text,
    email: text.refine((s) => s === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), {
      message: "\u0E2D\u0E35\u0E40\u0E21\u0E25\u0E1C\u0E39\u0E49\u0E1B\u0E23\u0E30\u0E2A\u0E32\u0E19\u0E07\u0E32\u0E19\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07"
    })
  });
  const headingSchema = object({
    code: required("\u0E01\u0E23\u0E2D\u0E01\u0E23\u0E2B\u0E31\u0E2A\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14"),
    tool: string().transform((s) => s.trim().toUpperCase()).refine((s) => TOOLS.includes(s), {
      message: "\u0E41\u0E1A\u0E1A\u0E27\u0E31\u0E14\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19 IIT, EIT \u0E2B\u0E23\u0E37\u0E2D OIT"
    }),
    text: required("\u0E01\u0E23\u0E2D\u0E01\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E2B\u0E31\u0E27\u0E02\u0E49\u0E2D\u0E15\u0E32\u0E21\u0E17\u0E35\u0E48\u0E08\u0E30\u0E1E\u0E34\u0E21\u0E1E\u0E4C\u0E43\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19"),
    indicator: text
    // [plan] checked by plan-rules.ts
  });
  function splitUnitRefs(s) {
    if (s.trim() === ALL_UNITS) return [ALL_UNITS];
    return s.split(/\s*(?:\+|,|\n)\s*/).map((t) => t.trim()).filter((t) => t !== "");
  }
  const measureSchema = object({
    rowId: required("\u0E01\u0E23\u0E2D\u0E01\u0E23\u0E2B\u0E31\u0E2A\u0E41\u0E16\u0E27 (\u0E23\u0E2B\u0E31\u0E2A\u0E17\u0E35\u0E48\u0E44\u0E21\u0E48\u0E0B\u0E49\u0E33\u0E01\u0E31\u0E19 \u0E43\u0E0A\u0E49\u0E40\u0E0A\u0E37\u0E48\u0E2D\u0E21\u0E01\u0E31\u0E1A\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21)"),
    heading: required("\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14"),
    issueNo: integerText("\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E17\u0E35\u0E48\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02 \u0E40\u0E0A\u0E48\u0E19 1 \u0E2B\u0E23\u0E37\u0E2D \u0E51").refine((n) => n >= 1, {
      message: "\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E17\u0E35\u0E48\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E23\u0E34\u0E48\u0E21\u0E08\u0E32\u0E01 \u0E51"
    }),
    issueTitle: required("\u0E01\u0E23\u0E2D\u0E01\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E01\u0E32\u0E23\u0E1E\u0E31\u0E12\u0E19\u0E32"),
    measureNo: string().transform((s) => toArabicDigits(s).trim()).refine((s) => s === "" || /^\d+\.\d+$/.test(s), {
      message: "\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E17\u0E35\u0E48\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A \u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19.\u0E25\u0E33\u0E14\u0E31\u0E1A \u0E40\u0E0A\u0E48\u0E19 1.1 \u0E2B\u0E23\u0E37\u0E2D\u0E40\u0E27\u0E49\u0E19\u0E27\u0E48\u0E32\u0E07\u0E40\u0E21\u0E37\u0E48\u0E2D\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E21\u0E35\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E40\u0E14\u0E35\u0E22\u0E27"
    }),
    measureText: required("\u0E01\u0E23\u0E2D\u0E01\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23/\u0E41\u0E19\u0E27\u0E17\u0E32\u0E07\u0E1B\u0E0F\u0E34\u0E1A\u0E31\u0E15\u0E34"),
    targets: string().transform(cellLines).refine((lines) => lines.length > 0, { message: "\u0E01\u0E23\u0E2D\u0E01\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22\u0E2D\u0E22\u0E48\u0E32\u0E07\u0E19\u0E49\u0E2D\u0E22 \u0E51 \u0E02\u0E49\u0E2D (\u0E1A\u0E23\u0E23\u0E17\u0E31\u0E14\u0E25\u0E30 \u0E51 \u0E02\u0E49\u0E2D)" }),
    output: text,
    outcome: text,
    result: text,
    units: required("\u0E01\u0E23\u0E2D\u0E01\u0E1C\u0E39\u0E49\u0E23\u0E31\u0E1A\u0E1C\u0E34\u0E14\u0E0A\u0E2D\u0E1A").transform(splitUnitRefs),
    status: text,
    evidence: string().transform(cellLines),
    activityDates: string().transform(cellLines),
    // [plan] As typed; checked by plan-rules.ts.
    timeframe: text,
    budget: text
  });

  function cellReadingFinding(cell, at) {
    if (cell.error) {
      return {
        severity: "error",
        rule: "cell-error-value",
        ...at,
        messageTh: `\u0E40\u0E0B\u0E25\u0E25\u0E4C\u0E19\u0E35\u0E49\u0E41\u0E2A\u0E14\u0E07\u0E04\u0E48\u0E32\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14\u0E08\u0E32\u0E01\u0E2A\u0E39\u0E15\u0E23 "${cell.error}" \u2014 \u0E41\u0E01\u0E49\u0E2A\u0E39\u0E15\u0E23 \u0E2B\u0E23\u0E37\u0E2D\u0E1E\u0E34\u0E21\u0E1E\u0E4C\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E41\u0E17\u0E19 (\u0E04\u0E48\u0E32\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14\u0E08\u0E30\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E1E\u0E34\u0E21\u0E1E\u0E4C\u0E43\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19)`,
        messageEn: `The cell shows the formula error ${cell.error}.`
      };
    }
    if (!hasNotes(cell.notes)) return void 0;
    return { severity: "warning", rule: "text-cleaned", ...at, messageTh: describeNotesTh(cell.notes), messageEn: describeNotesEn(cell.notes) };
  }
  function readTable(sheetName, data, headers, required) {
    var _a, _b, _c, _d;
    const keys = Object.keys(headers);
    const findings = [];
    if (!data) {
      findings.push({
        severity: "error",
        rule: "sheet-missing",
        sheet: sheetName,
        row: 0,
        column: 0,
        header: "",
        messageTh: `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E0A\u0E35\u0E15 "${sheetName}" \u2014 \u0E40\u0E23\u0E35\u0E22\u0E01\u0E40\u0E21\u0E19\u0E39 "\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19" \u0E40\u0E1E\u0E37\u0E48\u0E2D\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E0A\u0E35\u0E15\u0E19\u0E35\u0E49\u0E43\u0E2B\u0E21\u0E48 \u0E41\u0E25\u0E49\u0E27\u0E01\u0E23\u0E2D\u0E01\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25`,
        messageEn: `Sheet "${sheetName}" is missing; run set-up to recreate it.`
      });
      return { sheet: sheetName, headerRow: 0, columns: {}, rows: [], findings };
    }
    const values = data.values;
    const wanted = new Map(keys.map((k) => [normaliseHeader(headers[k]), k]));
    const anchor = normaliseHeader(headers[(_a = required[0]) != null ? _a : keys[0]]);
    let headerIndex = values.slice(0, 5).findIndex((r) => Array.isArray(r) && r.some((c) => normaliseHeader(c) === anchor));
    if (headerIndex === -1) headerIndex = 0;
    const columns = {};
    ((_b = values[headerIndex]) != null ? _b : []).forEach((cell, c) => {
      const key = wanted.get(normaliseHeader(cell));
      if (key !== void 0 && columns[key] === void 0) columns[key] = c + 1;
    });
    for (const key of required) {
      if (columns[key] !== void 0) continue;
      findings.push({
        severity: "error",
        rule: "header-missing",
        sheet: sheetName,
        row: headerIndex + 1,
        column: 0,
        header: headers[key],
        messageTh: `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C "${headers[key]}" \u0E43\u0E19\u0E41\u0E16\u0E27\u0E2B\u0E31\u0E27\u0E15\u0E32\u0E23\u0E32\u0E07\u0E02\u0E2D\u0E07\u0E0A\u0E35\u0E15 "${sheetName}" \u2014 \u0E15\u0E31\u0E49\u0E07\u0E0A\u0E37\u0E48\u0E2D\u0E2B\u0E31\u0E27\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C\u0E43\u0E2B\u0E49\u0E15\u0E23\u0E07\u0E15\u0E32\u0E21\u0E19\u0E35\u0E49 \u0E2B\u0E23\u0E37\u0E2D\u0E40\u0E23\u0E35\u0E22\u0E01\u0E40\u0E21\u0E19\u0E39 "\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19" \u0E40\u0E1E\u0E37\u0E48\u0E2D\u0E40\u0E1E\u0E34\u0E48\u0E21\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C`,
        messageEn: `Column "${headers[key]}" not found in the header row of "${sheetName}".`
      });
    }
    const at = (row, column, key) => ({ sheet: sheetName, row, column, header: headers[key] });
    const rows = [];
    for (let r = headerIndex + 1; r < values.length; r++) {
      const line = values[r];
      if (!Array.isArray(line)) continue;
      const text = {};
      const link = {};
      const errors = {};
      const cellFindings = [];
      let empty = true;
      for (const key of keys) {
        const c = columns[key];
        if (c === void 0) {
          text[key] = "";
          link[key] = void 0;
          continue;
        }
        const cell = readCell(line[c - 1]);
        text[key] = cell.text;
        const url = (_d = (_c = data.links) == null ? void 0 : _c[r]) == null ? void 0 : _d[c - 1];
        link[key] = url ? readCell(url).text || void 0 : void 0;
        if (text[key] !== "" || link[key] || cell.error) empty = false;
        if (cell.error) errors[key] = cell.error;
        const found = cell.error || hasNotes(cell.notes) ? cellReadingFinding(cell, at(r + 1, c, key)) : void 0;
        if (found) cellFindings.push(found);
      }
      if (!empty) {
        rows.push({ row: r + 1, text, link, errors });
        findings.push(...cellFindings);
      }
    }
    return { sheet: sheetName, headerRow: headerIndex + 1, columns, rows, findings };
  }

  const LINKED_MEASURE_COLUMNS = ["output", "outcome", "result", "evidence"];
  const DEFAULT_CONFIG_VALUES = {
    agencyName: "",
    compiledBy: "",
    fiscalYear: "",
    round: "12",
    digitStyle: "\u0E44\u0E17\u0E22",
    font: "Sarabun",
    reportFolder: "",
    reportTemplate: "",
    // [publish]
    problems: "",
    suggestions: "",
    reporter: "",
    reporterPosition: "",
    approver: "",
    approverPosition: "",
    oitCode: "",
    shareWithLink: "",
    // [plan]
    assessedYear: "",
    overallScore: "",
    targetScore: "",
    level: ""
  };
  function parseWorkbook(data) {
    const findings = [];
    const { config, configRows } = parseConfig(data, findings);
    const unitTable = readTable(SHEET.units, data[SHEET.units], UNIT_HEADER, ["code", "name"]);
    const headingTable = readTable(SHEET.headings, data[SHEET.headings], HEADING_HEADER, ["code", "tool", "text"]);
    const measureTable = readTable(SHEET.measures, data[SHEET.measures], MEASURE_HEADER, [
      "rowId",
      "heading",
      "issueNo",
      "issueTitle",
      "measureNo",
      "measureText",
      "targets",
      "output",
      "outcome",
      "result",
      "units"
    ]);
    findings.push(...unitTable.findings, ...headingTable.findings, ...measureTable.findings);
    const units = parseRows(unitTable, unitSchema, UNIT_HEADER, findings);
    const headings = parseRows(headingTable, headingSchema, HEADING_HEADER, findings);
    const measures = parseRows(measureTable, measureSchema, MEASURE_HEADER, findings, (row) => {
      const link = row.link.evidence;
      if (link && !row.text.evidence.includes(link)) {
        const typedUrls = row.text.evidence.split("\n").filter((line) => /^\s*https?:/i.test(line));
        row.text.evidence = [...typedUrls, link].join("\n");
      }
      for (const key of LINKED_MEASURE_COLUMNS) {
        if (key === "evidence") continue;
        const l = row.link[key];
        if (l && !row.text[key].includes(l)) row.text[key] = `${row.text[key]}
${l}`.trim();
      }
    }).map(({ row, value }) => ({ ...value, row }));
    return {
      config,
      configRows,
      units,
      headings,
      measures,
      columns: { units: unitTable.columns, headings: headingTable.columns, measures: measureTable.columns },
      findings
    };
  }
  function parseConfig(data, findings) {
    var _a;
    const sheet = data[SHEET.config];
    const configRows = {};
    const values = { ...DEFAULT_CONFIG_VALUES };
    const erroneous = /* @__PURE__ */ new Set();
    if (!sheet) {
      findings.push({
        severity: "error",
        rule: "sheet-missing",
        sheet: SHEET.config,
        row: 0,
        column: 0,
        header: "",
        messageTh: `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E0A\u0E35\u0E15 "${SHEET.config}" \u2014 \u0E40\u0E23\u0E35\u0E22\u0E01\u0E40\u0E21\u0E19\u0E39 "\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19" \u0E40\u0E1E\u0E37\u0E48\u0E2D\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E0A\u0E35\u0E15\u0E19\u0E35\u0E49\u0E43\u0E2B\u0E21\u0E48 \u0E41\u0E25\u0E49\u0E27\u0E01\u0E23\u0E2D\u0E01\u0E0A\u0E37\u0E48\u0E2D\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19\u0E41\u0E25\u0E30\u0E1B\u0E35\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13`,
        messageEn: `Sheet "${SHEET.config}" is missing; run set-up to recreate it.`
      });
      return { config: null, configRows };
    }
    const byLabel = new Map(
      Object.keys(CONFIG_LABEL).map((k) => [normaliseHeader(CONFIG_LABEL[k]), k])
    );
    sheet.values.forEach((line, r) => {
      var _a2, _b;
      if (!Array.isArray(line)) return;
      const key = byLabel.get(normaliseHeader(line[0]));
      if (key === void 0 || configRows[key] !== void 0) return;
      configRows[key] = r + 1;
      const cell = readCell(line[1]);
      const at = { sheet: SHEET.config, row: r + 1, column: 2, header: CONFIG_LABEL[key] };
      if (cell.error) erroneous.add(key);
      const found = cellReadingFinding(cell, at);
      if (found) findings.push(found);
      const text = cell.text;
      const optional = OPTIONAL_CONFIG_KEYS.includes(key);
      if (text !== "" || optional) values[key] = text;
      const link = (_b = (_a2 = sheet.links) == null ? void 0 : _a2[r]) == null ? void 0 : _b[1];
      if ((key === "reportFolder" || key === "reportTemplate") && link) values[key] = cellText$1(link) || text;
    });
    if (erroneous.size > 0) return { config: null, configRows };
    const parsed = configSchema.safeParse(values);
    if (parsed.success) return { config: parsed.data, configRows };
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      const row = (_a = configRows[key]) != null ? _a : 0;
      findings.push({
        severity: "error",
        rule: "config-invalid",
        sheet: SHEET.config,
        row,
        column: row ? 2 : 0,
        header: CONFIG_LABEL[key],
        messageTh: row ? issue.message : `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E1A\u0E23\u0E23\u0E17\u0E31\u0E14 "${CONFIG_LABEL[key]}" \u0E43\u0E19\u0E0A\u0E35\u0E15 "${SHEET.config}" \u2014 ${issue.message}`,
        messageEn: `Config "${String(key)}": ${issue.message}`
      });
    }
    return { config: null, configRows };
  }
  function parseRows(table, schema, headers, findings, prepare) {
    var _a;
    const out = [];
    for (const row of table.rows) {
      prepare == null ? void 0 : prepare(row);
      const parsed = schema.safeParse(row.text);
      if (parsed.success) {
        out.push({ row: row.row, value: parsed.data });
        continue;
      }
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        if (table.columns[key] === void 0) continue;
        if (row.errors[key] !== void 0) continue;
        findings.push({
          severity: "error",
          rule: "cell-invalid",
          sheet: table.sheet,
          row: row.row,
          column: (_a = table.columns[key]) != null ? _a : 0,
          header: headers[key],
          messageTh: issue.message,
          messageEn: `${String(key)}: ${issue.message}`
        });
      }
    }
    return out;
  }

  function createContext(workbook, findings) {
    return {
      workbook,
      report(severity, rule, row, column, th, en) {
        var _a;
        findings.push({
          severity,
          rule,
          sheet: SHEET.measures,
          row: row.row,
          column: (_a = workbook.columns.measures[column]) != null ? _a : 0,
          header: MEASURE_HEADER[column],
          messageTh: th,
          messageEn: en
        });
      }
    };
  }

  const activityDatesRule = ({ workbook, report }) => {
    const config = workbook.config;
    for (const row of workbook.measures) {
      for (const text of row.activityDates) {
        const date = parseThaiDate(text);
        if (!date) {
          report(
            "error",
            "date-invalid",
            row,
            "activityDates",
            `\u0E2D\u0E48\u0E32\u0E19\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48 "${text}" \u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 \u2014 \u0E43\u0E0A\u0E49\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A \u0E52\u0E58/\u0E52/\u0E52\u0E55\u0E56\u0E57, \u0E52\u0E58 \u0E01.\u0E1E. \u0E52\u0E55\u0E56\u0E57 \u0E2B\u0E23\u0E37\u0E2D 2024-02-28 \u0E1A\u0E23\u0E23\u0E17\u0E31\u0E14\u0E25\u0E30 \u0E51 \u0E27\u0E31\u0E19`,
            `Cannot read the date "${text}".`
          );
          continue;
        }
        if (!config) continue;
        const { start, end } = roundPeriod(config.fiscalYear, config.round);
        if (compareDates(date, start) < 0 || compareDates(date, end) > 0) {
          report(
            "error",
            "date-outside-round",
            row,
            "activityDates",
            `\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48 ${formatThaiDateLong(date)} \u0E2D\u0E22\u0E39\u0E48\u0E19\u0E2D\u0E01\u0E0A\u0E48\u0E27\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19 (${formatThaiDateLong(start)} \u2013 ${formatThaiDateLong(end)}, \u0E23\u0E2D\u0E1A ${toThaiDigits(String(config.round))} \u0E40\u0E14\u0E37\u0E2D\u0E19)`,
            `Date ${text} is outside the reporting period.`
          );
        }
      }
    }
  };

  const evidenceLinksRule = ({ workbook, report }) => {
    for (const row of workbook.measures) {
      for (const link of row.evidence) {
        if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(link)) {
          report(
            "error",
            "link-invalid",
            row,
            "evidence",
            `\u0E25\u0E34\u0E07\u0E01\u0E4C "${link.slice(0, 80)}" \u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07 \u2014 \u0E15\u0E49\u0E2D\u0E07\u0E02\u0E36\u0E49\u0E19\u0E15\u0E49\u0E19\u0E14\u0E49\u0E27\u0E22 https:// \u0E41\u0E25\u0E30\u0E44\u0E21\u0E48\u0E21\u0E35\u0E0A\u0E48\u0E2D\u0E07\u0E27\u0E48\u0E32\u0E07 (\u0E1A\u0E23\u0E23\u0E17\u0E31\u0E14\u0E25\u0E30 \u0E51 \u0E25\u0E34\u0E07\u0E01\u0E4C)`,
            `Evidence link is not an absolute http(s) URL: ${link.slice(0, 80)}`
          );
        } else if (/^http:\/\//i.test(link)) {
          report(
            "warning",
            "link-not-https",
            row,
            "evidence",
            `\u0E25\u0E34\u0E07\u0E01\u0E4C "${link.slice(0, 80)}" \u0E44\u0E21\u0E48\u0E43\u0E0A\u0E48 https \u2014 \u0E15\u0E23\u0E27\u0E08\u0E2A\u0E2D\u0E1A\u0E27\u0E48\u0E32\u0E21\u0E35\u0E2B\u0E19\u0E49\u0E32 https \u0E43\u0E2B\u0E49\u0E43\u0E0A\u0E49\u0E41\u0E17\u0E19\u0E2B\u0E23\u0E37\u0E2D\u0E44\u0E21\u0E48`,
            `Evidence link is not HTTPS: ${link.slice(0, 80)}`
          );
        }
      }
    }
  };

  const numberingRule = ({ workbook, report }) => {
    var _a;
    const rows = workbook.measures;
    const seenIssues = /* @__PURE__ */ new Set();
    let expectedIssue = 1;
    let previous;
    for (const row of rows) {
      if (!previous || row.issueNo !== previous.issueNo) {
        if (seenIssues.has(row.issueNo)) {
          report(
            "error",
            "issue-split",
            row,
            "issueNo",
            `\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E17\u0E35\u0E48 ${toThaiDigits(String(row.issueNo))} \u0E1B\u0E23\u0E32\u0E01\u0E0F\u0E0B\u0E49\u0E33\u0E41\u0E22\u0E01\u0E08\u0E32\u0E01\u0E01\u0E25\u0E38\u0E48\u0E21\u0E40\u0E14\u0E34\u0E21 \u2014 \u0E22\u0E49\u0E32\u0E22\u0E41\u0E16\u0E27\u0E19\u0E35\u0E49\u0E44\u0E1B\u0E15\u0E48\u0E2D\u0E17\u0E49\u0E32\u0E22\u0E41\u0E16\u0E27\u0E2D\u0E37\u0E48\u0E19\u0E02\u0E2D\u0E07\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E40\u0E14\u0E35\u0E22\u0E27\u0E01\u0E31\u0E19`,
            `Issue ${row.issueNo} appears again after other issues; keep its rows together.`
          );
        } else if (row.issueNo !== expectedIssue) {
          report(
            "error",
            "issue-sequence",
            row,
            "issueNo",
            `\u0E25\u0E33\u0E14\u0E31\u0E1A\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E02\u0E49\u0E32\u0E21: \u0E04\u0E32\u0E14\u0E27\u0E48\u0E32\u0E40\u0E1B\u0E47\u0E19\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E17\u0E35\u0E48 ${toThaiDigits(String(expectedIssue))} \u0E41\u0E15\u0E48\u0E1E\u0E1A ${toThaiDigits(String(row.issueNo))}`,
            `Issue numbers must run 1..N without gaps: expected ${expectedIssue}, found ${row.issueNo}.`
          );
        }
        seenIssues.add(row.issueNo);
        expectedIssue = Math.max(expectedIssue, row.issueNo + 1);
      } else if (row.issueTitle !== previous.issueTitle) {
        report(
          "warning",
          "issue-title-differs",
          row,
          "issueTitle",
          "\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E01\u0E32\u0E23\u0E1E\u0E31\u0E12\u0E19\u0E32\u0E15\u0E48\u0E32\u0E07\u0E08\u0E32\u0E01\u0E41\u0E16\u0E27\u0E01\u0E48\u0E2D\u0E19\u0E2B\u0E19\u0E49\u0E32\u0E02\u0E2D\u0E07\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E40\u0E14\u0E35\u0E22\u0E27\u0E01\u0E31\u0E19 \u2014 \u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E08\u0E30\u0E43\u0E0A\u0E49\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E02\u0E2D\u0E07\u0E41\u0E16\u0E27\u0E41\u0E23\u0E01",
          "Issue title differs from the previous row of the same issue; the first row wins."
        );
      }
      previous = row;
    }
    const byIssue = /* @__PURE__ */ new Map();
    for (const row of rows) {
      const entry = (_a = byIssue.get(row.issueNo)) != null ? _a : { rows: [], measures: [] };
      entry.rows.push(row);
      const key = row.measureNo || row.measureText;
      if (entry.measures[entry.measures.length - 1] !== key) entry.measures.push(key);
      byIssue.set(row.issueNo, entry);
    }
    for (const [issue, { rows: issueRows, measures }] of byIssue) {
      const distinct = new Set(measures);
      const single = distinct.size === 1;
      let expectedMeasure = 1;
      let last = "";
      for (const row of issueRows) {
        const key = row.measureNo || row.measureText;
        if (single) {
          if (row.measureNo !== "")
            report(
              "warning",
              "measure-number-single",
              row,
              "measureNo",
              "\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E19\u0E35\u0E49\u0E21\u0E35\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E40\u0E14\u0E35\u0E22\u0E27 \u0E44\u0E21\u0E48\u0E15\u0E49\u0E2D\u0E07\u0E43\u0E2A\u0E48\u0E40\u0E25\u0E02\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23 \u2014 \u0E40\u0E27\u0E49\u0E19\u0E0A\u0E48\u0E2D\u0E07\u0E19\u0E35\u0E49\u0E27\u0E48\u0E32\u0E07",
              "An issue with a single measure leaves the measure number blank."
            );
          continue;
        }
        if (row.measureNo === "") {
          report(
            "error",
            "measure-number-missing",
            row,
            "measureNo",
            `\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E17\u0E35\u0E48 ${toThaiDigits(String(issue))} \u0E21\u0E35\u0E2B\u0E25\u0E32\u0E22\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23 \u2014 \u0E43\u0E2A\u0E48\u0E40\u0E25\u0E02\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23 \u0E40\u0E0A\u0E48\u0E19 ${issue}.1`,
            `Issue ${issue} has several measures; number them (${issue}.1, ${issue}.2...).`
          );
          continue;
        }
        if (key === last) continue;
        if (distinct.has(key) && measures.indexOf(key) !== measures.lastIndexOf(key)) {
          report(
            "error",
            "measure-split",
            row,
            "measureNo",
            `\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E17\u0E35\u0E48 ${toThaiDigits(row.measureNo)} \u0E1B\u0E23\u0E32\u0E01\u0E0F\u0E0B\u0E49\u0E33\u0E41\u0E22\u0E01\u0E08\u0E32\u0E01\u0E01\u0E25\u0E38\u0E48\u0E21\u0E40\u0E14\u0E34\u0E21 \u2014 \u0E43\u0E2B\u0E49\u0E41\u0E16\u0E27\u0E02\u0E2D\u0E07\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E40\u0E14\u0E35\u0E22\u0E27\u0E01\u0E31\u0E19\u0E2D\u0E22\u0E39\u0E48\u0E15\u0E34\u0E14\u0E01\u0E31\u0E19`,
            `Measure ${row.measureNo} appears again after another measure.`
          );
        }
        const [prefix, seq] = row.measureNo.split(".").map(Number);
        if (prefix !== issue || seq !== expectedMeasure) {
          report(
            "error",
            "measure-sequence",
            row,
            "measureNo",
            `\u0E40\u0E25\u0E02\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19 ${toThaiDigits(`${issue}.${expectedMeasure}`)} (\u0E02\u0E36\u0E49\u0E19\u0E15\u0E49\u0E19\u0E14\u0E49\u0E27\u0E22\u0E40\u0E25\u0E02\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E41\u0E25\u0E30\u0E40\u0E23\u0E35\u0E22\u0E07\u0E17\u0E35\u0E25\u0E30 \u0E51)`,
            `Measure number should be ${issue}.${expectedMeasure}.`
          );
        }
        expectedMeasure = (Number.isFinite(seq) ? seq : expectedMeasure) + 1;
        last = key;
      }
    }
  };

  function findUnit(ref, units) {
    var _a, _b;
    const key = ref.trim();
    return (_b = (_a = units.find((u) => u.code === key)) != null ? _a : units.find((u) => u.abbr !== "" && u.abbr === key)) != null ? _b : units.find((u) => u.name === key);
  }
  function resolveUnits(refs, units) {
    if (refs.length === 1 && refs[0] === ALL_UNITS) return { all: true, units: [...units], unknown: [] };
    const found = [];
    const unknown = [];
    for (const ref of refs) {
      const unit = findUnit(ref, units);
      if (unit) found.push(unit);
      else unknown.push(ref);
    }
    return { all: false, units: found, unknown };
  }
  function unitsLabel(refs, units) {
    if (refs.length === 1 && refs[0] === ALL_UNITS) return ALL_UNITS;
    return refs.map((ref) => {
      var _a, _b;
      return (_b = (_a = findUnit(ref, units)) == null ? void 0 : _a.name) != null ? _b : ref;
    }).join(" + ");
  }

  const referencesRule = ({ workbook, report }) => {
    const seenIds = /* @__PURE__ */ new Map();
    const headingOrder = new Map(workbook.headings.map((h, i) => [h.value.code, i]));
    let lastSection = -1;
    for (const row of workbook.measures) {
      const firstRow = seenIds.get(row.rowId);
      if (firstRow !== void 0) {
        report(
          "error",
          "row-id-duplicate",
          row,
          "rowId",
          `\u0E23\u0E2B\u0E31\u0E2A\u0E41\u0E16\u0E27 "${row.rowId}" \u0E0B\u0E49\u0E33\u0E01\u0E31\u0E1A\u0E41\u0E16\u0E27\u0E17\u0E35\u0E48 ${firstRow} \u2014 \u0E23\u0E2B\u0E31\u0E2A\u0E41\u0E16\u0E27\u0E15\u0E49\u0E2D\u0E07\u0E44\u0E21\u0E48\u0E0B\u0E49\u0E33 \u0E40\u0E1E\u0E23\u0E32\u0E30\u0E43\u0E0A\u0E49\u0E40\u0E0A\u0E37\u0E48\u0E2D\u0E21\u0E1C\u0E25\u0E08\u0E32\u0E01\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21`,
          `Row id "${row.rowId}" duplicates row ${firstRow}.`
        );
      } else seenIds.set(row.rowId, row.row);
      const section = headingOrder.get(row.heading);
      if (section === void 0) {
        report(
          "error",
          "heading-unknown",
          row,
          "heading",
          `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14 "${row.heading}" \u0E43\u0E19\u0E0A\u0E35\u0E15 "${SHEET.headings}" \u2014 \u0E40\u0E25\u0E37\u0E2D\u0E01\u0E08\u0E32\u0E01\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23 \u0E2B\u0E23\u0E37\u0E2D\u0E40\u0E1E\u0E34\u0E48\u0E21\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E19\u0E35\u0E49\u0E43\u0E19\u0E0A\u0E35\u0E15\u0E14\u0E31\u0E07\u0E01\u0E25\u0E48\u0E32\u0E27`,
          `Heading "${row.heading}" is not in the headings sheet.`
        );
      } else {
        if (section < lastSection) {
          report(
            "error",
            "heading-order",
            row,
            "heading",
            `\u0E41\u0E16\u0E27\u0E19\u0E35\u0E49\u0E2D\u0E22\u0E39\u0E48\u0E43\u0E15\u0E49\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E17\u0E35\u0E48\u0E21\u0E32\u0E01\u0E48\u0E2D\u0E19\u0E43\u0E19\u0E0A\u0E35\u0E15 "${SHEET.headings}" \u2014 \u0E40\u0E23\u0E35\u0E22\u0E07\u0E41\u0E16\u0E27\u0E15\u0E32\u0E21\u0E25\u0E33\u0E14\u0E31\u0E1A\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14 (\u0E2B\u0E31\u0E27\u0E02\u0E49\u0E2D\u0E43\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E15\u0E49\u0E2D\u0E07\u0E44\u0E21\u0E48\u0E22\u0E49\u0E2D\u0E19\u0E01\u0E25\u0E31\u0E1A)`,
            "Rows must follow the order of the headings sheet."
          );
        }
        lastSection = Math.max(lastSection, section);
      }
      const { unknown } = resolveUnits(row.units, workbook.units.map((u) => u.value));
      for (const ref of unknown) {
        report(
          "error",
          "unit-unknown",
          row,
          "units",
          `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19 "${ref}" \u0E43\u0E19\u0E0A\u0E35\u0E15 "${SHEET.units}" \u2014 \u0E43\u0E0A\u0E49\u0E23\u0E2B\u0E31\u0E2A \u0E0A\u0E37\u0E48\u0E2D\u0E22\u0E48\u0E2D \u0E2B\u0E23\u0E37\u0E2D\u0E0A\u0E37\u0E48\u0E2D\u0E40\u0E15\u0E47\u0E21\u0E02\u0E2D\u0E07\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19 \u0E04\u0E31\u0E48\u0E19\u0E14\u0E49\u0E27\u0E22 + \u0E2B\u0E23\u0E37\u0E2D\u0E43\u0E0A\u0E49 "${ALL_UNITS}"`,
          `Unit "${ref}" is not in the units sheet.`
        );
      }
    }
  };

  const resultsRule = (ctx) => {
    const { report, workbook } = ctx;
    const fromForms = (row, column) => {
      var _a, _b;
      return (_b = (_a = ctx.supplied) == null ? void 0 : _a.call(ctx, row.rowId, column)) != null ? _b : false;
    };
    for (const row of workbook.measures) {
      if (row.output === "") {
        if (!fromForms(row, "output"))
          report(
            "error",
            "output-missing",
            row,
            "output",
            '\u0E01\u0E23\u0E2D\u0E01\u0E1C\u0E25\u0E1C\u0E25\u0E34\u0E15 (\u0E43\u0E2A\u0E48 "-" \u0E44\u0E14\u0E49\u0E40\u0E21\u0E37\u0E48\u0E2D\u0E44\u0E21\u0E48\u0E21\u0E35\u0E1C\u0E25\u0E1C\u0E25\u0E34\u0E15 \u0E41\u0E25\u0E30\u0E15\u0E49\u0E2D\u0E07\u0E23\u0E30\u0E1A\u0E38\u0E2A\u0E16\u0E32\u0E19\u0E30)',
            'Output is required ("-" allowed with a status).'
          );
      } else if (row.output === "-" && row.status === "")
        report(
          "error",
          "output-dash-needs-status",
          row,
          "status",
          '\u0E1C\u0E25\u0E1C\u0E25\u0E34\u0E15\u0E40\u0E1B\u0E47\u0E19 "-" \u0E15\u0E49\u0E2D\u0E07\u0E23\u0E30\u0E1A\u0E38\u0E2A\u0E16\u0E32\u0E19\u0E30\u0E02\u0E2D\u0E07\u0E41\u0E16\u0E27\u0E19\u0E35\u0E49',
          'An output of "-" needs a status.'
        );
      if (row.outcome === "" && !fromForms(row, "outcome"))
        report("error", "outcome-missing", row, "outcome", "\u0E01\u0E23\u0E2D\u0E01\u0E1C\u0E25\u0E2A\u0E31\u0E21\u0E24\u0E17\u0E18\u0E34\u0E4C", "Outcome is required.");
      if (row.result === "" && !fromForms(row, "result"))
        report("error", "result-missing", row, "result", "\u0E01\u0E23\u0E2D\u0E01\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E07\u0E32\u0E19", "Result is required.");
      if (row.status !== "" && !STATUS_VALUES.includes(row.status))
        report(
          "warning",
          "status-unknown",
          row,
          "status",
          `\u0E2A\u0E16\u0E32\u0E19\u0E30 "${row.status}" \u0E44\u0E21\u0E48\u0E2D\u0E22\u0E39\u0E48\u0E43\u0E19\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23: ${STATUS_VALUES.join(" / ")}`,
          `Unknown status "${row.status}".`
        );
    }
  };

  const AT_LEAST$1 = /ไม่\s*น้อยกว่า\s*([๐-๙\d]+)\s*(ครั้ง|ช่องทาง|เรื่อง)/;
  const targetQuantityRule = ({ workbook, report }) => {
    for (const row of workbook.measures) {
      for (const target of row.targets) {
        const m = AT_LEAST$1.exec(target);
        if (!m) continue;
        const wanted = Number(toArabicDigits(m[1]));
        const word = m[2];
        const found = [...toArabicDigits(row.output).matchAll(new RegExp(`(\\d+)\\s*${word}`, "g"))].map((x) => Number(x[1]));
        if (found.length > 0 && Math.max(...found) < wanted) {
          report(
            "warning",
            "target-not-reached",
            row,
            "output",
            `\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22\u0E01\u0E33\u0E2B\u0E19\u0E14\u0E44\u0E21\u0E48\u0E19\u0E49\u0E2D\u0E22\u0E01\u0E27\u0E48\u0E32 ${toThaiDigits(String(wanted))} ${word} \u0E41\u0E15\u0E48\u0E1C\u0E25\u0E1C\u0E25\u0E34\u0E15\u0E23\u0E30\u0E1A\u0E38 ${toThaiDigits(String(Math.max(...found)))} ${word} \u2014 \u0E15\u0E23\u0E27\u0E08\u0E2A\u0E2D\u0E1A\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02 \u0E2B\u0E23\u0E37\u0E2D\u0E23\u0E30\u0E1A\u0E38\u0E2A\u0E16\u0E32\u0E19\u0E30 "\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23\u0E41\u0E25\u0E49\u0E27\u0E41\u0E15\u0E48\u0E44\u0E21\u0E48\u0E1A\u0E23\u0E23\u0E25\u0E38\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22"`,
            `Target is at least ${wanted} ${word} but the output reports ${Math.max(...found)}.`
          );
        }
      }
    }
  };
  const COUNT_PHRASE = /จำนวน\s*([๐-๙\d]+)\s*(เรื่อง|ช่องทาง|ข้อ|รายการ)/;
  const ITEM_MARKERS = [/^[๐-๙\d]+\.\s/, /^\([๐-๙\d]+\)/];
  const enumeratedCountRule = ({ workbook, report }) => {
    for (const row of workbook.measures) {
      const lines = row.output.split("\n").map((l) => l.trim()).filter(Boolean);
      const at = lines.findIndex((l) => COUNT_PHRASE.test(l));
      if (at === -1) continue;
      const m = COUNT_PHRASE.exec(lines[at]);
      const stated = Number(toArabicDigits(m[1]));
      const after = lines.slice(at + 1);
      const marker = ITEM_MARKERS.find((re) => after.length > 0 && re.test(after[0]));
      if (!marker) continue;
      const items = after.filter((l) => marker.test(l)).length;
      if (items !== stated) {
        report(
          "warning",
          "count-mismatch",
          row,
          "output",
          `\u0E1C\u0E25\u0E1C\u0E25\u0E34\u0E15\u0E23\u0E30\u0E1A\u0E38\u0E08\u0E33\u0E19\u0E27\u0E19 ${toThaiDigits(String(stated))} ${m[2]} \u0E41\u0E15\u0E48\u0E41\u0E08\u0E01\u0E41\u0E08\u0E07\u0E44\u0E27\u0E49 ${toThaiDigits(String(items))} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23 \u2014 \u0E41\u0E01\u0E49\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02\u0E2B\u0E23\u0E37\u0E2D\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23\u0E43\u0E2B\u0E49\u0E15\u0E23\u0E07\u0E01\u0E31\u0E19`,
          `Output states ${stated} ${m[2]} but lists ${items} items.`
        );
      }
    }
  };

  const FREE_TEXT = ["issueTitle", "measureText", "targets", "output", "outcome", "result"];
  const MISSPELLINGS = [
    { wrong: /คำเป้าหมาย/, right: "\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22" },
    { wrong: /ไปพลา\s+ก่อน/, right: "\u0E44\u0E1B\u0E1E\u0E25\u0E32\u0E07\u0E01\u0E48\u0E2D\u0E19" }
  ];
  const FOUR_DIGITS = /[0-9๐-๙]{4}/;
  const textOf = (value) => Array.isArray(value) ? value.join("\n") : value;
  const textLintRule = ({ workbook, report }) => {
    var _a;
    const fiscalYear = (_a = workbook.config) == null ? void 0 : _a.fiscalYear;
    for (const row of workbook.measures) {
      for (const column of FREE_TEXT) {
        const text = textOf(row[column]);
        const prose = replaceUrls(text, "URL");
        if (hasMixedDigits(prose))
          report(
            "warning",
            "digits-mixed",
            row,
            column,
            "\u0E0A\u0E48\u0E2D\u0E07\u0E19\u0E35\u0E49\u0E21\u0E35\u0E17\u0E31\u0E49\u0E07\u0E40\u0E25\u0E02\u0E44\u0E17\u0E22\u0E41\u0E25\u0E30\u0E40\u0E25\u0E02\u0E2D\u0E32\u0E23\u0E1A\u0E34\u0E01 \u2014 \u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E08\u0E30\u0E41\u0E1B\u0E25\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E41\u0E1A\u0E1A\u0E40\u0E14\u0E35\u0E22\u0E27\u0E01\u0E31\u0E19\u0E15\u0E32\u0E21\u0E01\u0E32\u0E23\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32 \u0E41\u0E15\u0E48\u0E04\u0E27\u0E23\u0E15\u0E23\u0E27\u0E08\u0E2A\u0E2D\u0E1A\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02",
            "The cell mixes Thai and Arabic digits."
          );
        for (const { wrong, right } of MISSPELLINGS)
          if (wrong.test(text))
            report("warning", "spelling", row, column, `\u0E1E\u0E1A\u0E04\u0E33\u0E17\u0E35\u0E48\u0E19\u0E48\u0E32\u0E08\u0E30\u0E1E\u0E34\u0E21\u0E1E\u0E4C\u0E1C\u0E34\u0E14: \u0E04\u0E27\u0E23\u0E40\u0E1B\u0E47\u0E19 "${right}"`, `Probable typo; should read "${right}".`);
        if (/[^\S\n]{2,}/.test(prose))
          report(
            "warning",
            "double-space",
            row,
            column,
            "\u0E21\u0E35\u0E0A\u0E48\u0E2D\u0E07\u0E27\u0E48\u0E32\u0E07\u0E0B\u0E49\u0E2D\u0E19\u0E01\u0E31\u0E19\u0E2A\u0E2D\u0E07\u0E0A\u0E48\u0E2D\u0E07 \u2014 \u0E20\u0E32\u0E29\u0E32\u0E44\u0E17\u0E22\u0E43\u0E0A\u0E49\u0E0A\u0E48\u0E2D\u0E07\u0E27\u0E48\u0E32\u0E07\u0E40\u0E14\u0E35\u0E22\u0E27\u0E04\u0E31\u0E48\u0E19\u0E27\u0E25\u0E35",
            "Double space in the text."
          );
        if (!FOUR_DIGITS.test(prose)) continue;
        for (const m of toArabicDigits(prose).matchAll(/(?<![\d/.])(\d{4})(?![\d/.])/g)) {
          const year = Number(m[1]);
          if (year >= 1900 && year < 2400)
            report(
              "warning",
              "year-ce",
              row,
              column,
              `\u0E1B\u0E35 ${year} \u0E19\u0E48\u0E32\u0E08\u0E30\u0E40\u0E1B\u0E47\u0E19 \u0E04.\u0E28. \u2014 \u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E23\u0E32\u0E0A\u0E01\u0E32\u0E23\u0E43\u0E0A\u0E49 \u0E1E.\u0E28. (${toThaiDigits(String(year + 543))})`,
              `Year ${year} looks like CE.`
            );
          else if (fiscalYear && year >= 2400 && year <= 2700 && Math.abs(year - fiscalYear) > 1)
            report(
              "warning",
              "year-far",
              row,
              column,
              `\u0E1B\u0E35 \u0E1E.\u0E28. ${toThaiDigits(String(year))} \u0E2B\u0E48\u0E32\u0E07\u0E08\u0E32\u0E01\u0E1B\u0E35\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13 ${toThaiDigits(String(fiscalYear))} \u0E40\u0E01\u0E34\u0E19 \u0E51 \u0E1B\u0E35 \u2014 \u0E15\u0E23\u0E27\u0E08\u0E2A\u0E2D\u0E1A\u0E27\u0E48\u0E32\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07 (\u0E2D\u0E49\u0E32\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E40\u0E01\u0E48\u0E32\u0E44\u0E14\u0E49)`,
              `BE year ${year} is more than one year from the fiscal year.`
            );
        }
      }
    }
  };

  const SUMMARY_HEADING = "\u0E2A\u0E23\u0E38\u0E1B\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E07\u0E32\u0E19";
  const UNSPECIFIED = "\u0E44\u0E21\u0E48\u0E23\u0E30\u0E1A\u0E38";
  const SUMMARY_STATUSES = [
    "\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23\u0E41\u0E25\u0E49\u0E27\u0E40\u0E2A\u0E23\u0E47\u0E08",
    "\u0E2D\u0E22\u0E39\u0E48\u0E23\u0E30\u0E2B\u0E27\u0E48\u0E32\u0E07\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23",
    "\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23",
    "\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23\u0E41\u0E25\u0E49\u0E27\u0E41\u0E15\u0E48\u0E44\u0E21\u0E48\u0E1A\u0E23\u0E23\u0E25\u0E38\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22",
    UNSPECIFIED
  ];
  const KNOWN_STATUSES = new Set(STATUS_VALUES);
  function rowStatus(row, fromForms) {
    var _a;
    const typed = row.status.trim();
    const status = typed !== "" ? typed : (_a = fromForms.get(row.rowId)) != null ? _a : "";
    return KNOWN_STATUSES.has(status) ? status : UNSPECIFIED;
  }
  function measureStatus(statuses) {
    if (statuses.includes(UNSPECIFIED)) return UNSPECIFIED;
    const all = (s) => statuses.every((x) => x === s);
    if (all("\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23\u0E41\u0E25\u0E49\u0E27\u0E40\u0E2A\u0E23\u0E47\u0E08")) return "\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23\u0E41\u0E25\u0E49\u0E27\u0E40\u0E2A\u0E23\u0E47\u0E08";
    if (all("\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23")) return "\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23";
    if (statuses.every((x) => x === "\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23\u0E41\u0E25\u0E49\u0E27\u0E40\u0E2A\u0E23\u0E47\u0E08" || x === "\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23\u0E41\u0E25\u0E49\u0E27\u0E41\u0E15\u0E48\u0E44\u0E21\u0E48\u0E1A\u0E23\u0E23\u0E25\u0E38\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22"))
      return "\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23\u0E41\u0E25\u0E49\u0E27\u0E41\u0E15\u0E48\u0E44\u0E21\u0E48\u0E1A\u0E23\u0E23\u0E25\u0E38\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22";
    return "\u0E2D\u0E22\u0E39\u0E48\u0E23\u0E30\u0E2B\u0E27\u0E48\u0E32\u0E07\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23";
  }
  const measureKey = (r) => `${r.issueNo}|${r.measureNo || r.measureText}`;
  function scope(title, rows, fromForms) {
    var _a;
    const zero = () => Object.fromEntries(SUMMARY_STATUSES.map((s) => [s, 0]));
    const rowCounts = zero();
    const byMeasure = /* @__PURE__ */ new Map();
    for (const r of rows) {
      const s = rowStatus(r, fromForms);
      rowCounts[s]++;
      byMeasure.set(measureKey(r), [...(_a = byMeasure.get(measureKey(r))) != null ? _a : [], s]);
    }
    const measureCounts = zero();
    for (const statuses of byMeasure.values()) measureCounts[measureStatus(statuses)]++;
    return { title, measures: measureCounts, rows: rowCounts, measureTotal: byMeasure.size, rowTotal: rows.length };
  }
  function statusSummary(workbook, fromForms) {
    var _a;
    const headingText = new Map(workbook.headings.map((h) => [h.value.code, h.value.text]));
    const bySection = /* @__PURE__ */ new Map();
    for (const r of workbook.measures) bySection.set(r.heading, [...(_a = bySection.get(r.heading)) != null ? _a : [], r]);
    return {
      overall: scope("\u0E20\u0E32\u0E1E\u0E23\u0E27\u0E21", workbook.measures, fromForms),
      sections: [...bySection].map(([code, rows]) => {
        var _a2;
        return scope((_a2 = headingText.get(code)) != null ? _a2 : code, rows, fromForms);
      })
    };
  }
  function percentText(count, total, style) {
    const value = total === 0 ? 0 : Math.round(count / total * 1e4) / 100;
    return applyDigitStyle(`\u0E23\u0E49\u0E2D\u0E22\u0E25\u0E30 ${value.toFixed(2)}`, style);
  }
  function countsLine(label, counts, total, style, all) {
    const shown = SUMMARY_STATUSES.filter((s) => all || counts[s] > 0);
    const parts = shown.map((s) => `${s} ${applyDigitStyle(String(counts[s]), style)} (${percentText(counts[s], total, style)})`);
    return `${label}: ${parts.join(" \xB7 ")}`;
  }
  function summaryParagraphs(summary, style) {
    const d = (n) => applyDigitStyle(String(n), style);
    const { overall, sections } = summary;
    const out = [
      { text: SUMMARY_HEADING, bold: true, size: "normal" },
      { text: `${overall.title} \u2014 ${d(overall.measureTotal)} \u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23 ${d(overall.rowTotal)} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23 (\u0E41\u0E16\u0E27\u0E43\u0E19\u0E15\u0E32\u0E23\u0E32\u0E07)`, bold: true, spaceAbovePt: 4 },
      { text: countsLine("\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23", overall.measures, overall.measureTotal, style, true), indent: true },
      { text: countsLine("\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23", overall.rows, overall.rowTotal, style, true), indent: true }
    ];
    if (sections.length > 1) {
      out.push({ text: "\u0E23\u0E32\u0E22\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14", bold: true, spaceAbovePt: 4 });
      for (const s of sections) {
        const head = applyDigitStyle(`${s.title} \u2014 ${d(s.measureTotal)} \u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23 ${d(s.rowTotal)} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23`, style);
        const counts = `${countsLine("\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23", s.measures, s.measureTotal, style, false)}; ${countsLine("\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23", s.rows, s.rowTotal, style, false)}`;
        out.push({ text: `${head}: ${counts}`, indent: true });
      }
    }
    return out;
  }

  const PROBLEMS_HEADING = "\u0E1B\u0E31\u0E0D\u0E2B\u0E32 \u0E2D\u0E38\u0E1B\u0E2A\u0E23\u0E23\u0E04 \u0E41\u0E25\u0E30\u0E02\u0E49\u0E2D\u0E40\u0E2A\u0E19\u0E2D\u0E41\u0E19\u0E30";
  const PROBLEMS_SUBHEADING = "\u0E1B\u0E31\u0E0D\u0E2B\u0E32\u0E41\u0E25\u0E30\u0E2D\u0E38\u0E1B\u0E2A\u0E23\u0E23\u0E04";
  const SUGGESTIONS_SUBHEADING = "\u0E02\u0E49\u0E2D\u0E40\u0E2A\u0E19\u0E2D\u0E41\u0E19\u0E30";
  const NONE_TEXT = "\u0E44\u0E21\u0E48\u0E21\u0E35";
  const SIGNATURE_LINE = "\u0E25\u0E07\u0E0A\u0E37\u0E48\u0E2D ................................................";
  const DATE_LINE = "\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48 ........../........../..........";
  function lines$1(text, style) {
    const typed = text.split("\n").map((l) => l.trim()).filter((l) => l !== "");
    return (typed.length > 0 ? typed : [NONE_TEXT]).map((l) => ({ text: applyDigitStyle(l, style), indent: true }));
  }
  function signatureBlock(role, name, position, style) {
    if (name.trim() === "") return [];
    const d = (s) => applyDigitStyle(s, style);
    const at = { align: "CENTER", rightHalf: true };
    const out = [
      { text: `${SIGNATURE_LINE} ${role}`, ...at, spaceAbovePt: 24 },
      { text: d(`(${name.trim()})`), ...at }
    ];
    position.split("\n").map((l) => l.trim()).filter((l) => l !== "").forEach((l, i) => out.push({ text: d(i === 0 ? `\u0E15\u0E33\u0E41\u0E2B\u0E19\u0E48\u0E07 ${l}` : l), ...at }));
    out.push({ text: DATE_LINE, ...at });
    return out;
  }
  function closingParagraphs(config, style) {
    return [
      { text: PROBLEMS_HEADING, bold: true, size: "normal", spaceAbovePt: 12 },
      { text: PROBLEMS_SUBHEADING, bold: true, spaceAbovePt: 4 },
      ...lines$1(config.problems, style),
      { text: SUGGESTIONS_SUBHEADING, bold: true, spaceAbovePt: 4 },
      ...lines$1(config.suggestions, style),
      ...signatureBlock("\u0E1C\u0E39\u0E49\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19", config.reporter, config.reporterPosition, style),
      ...signatureBlock("\u0E1C\u0E39\u0E49\u0E2D\u0E19\u0E38\u0E21\u0E31\u0E15\u0E34", config.approver, config.approverPosition, style)
    ];
  }

  const REPORT_TITLE = "\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E1C\u0E25\u0E15\u0E32\u0E21\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E02\u0E31\u0E1A\u0E40\u0E04\u0E25\u0E37\u0E48\u0E2D\u0E19\u0E01\u0E32\u0E23\u0E2A\u0E48\u0E07\u0E40\u0E2A\u0E23\u0E34\u0E21\u0E04\u0E38\u0E13\u0E18\u0E23\u0E23\u0E21\u0E41\u0E25\u0E30\u0E04\u0E27\u0E32\u0E21\u0E42\u0E1B\u0E23\u0E48\u0E07\u0E43\u0E2A";
  const TARGET_LABEL = "\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22:";
  const HEADER_TOP = [
    "\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E01\u0E32\u0E23\u0E1E\u0E31\u0E12\u0E19\u0E32 \u0E08\u0E32\u0E01\u0E01\u0E32\u0E23\u0E27\u0E34\u0E40\u0E04\u0E23\u0E32\u0E30\u0E2B\u0E4C\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19",
    "\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23/\u0E41\u0E19\u0E27\u0E17\u0E32\u0E07\u0E1B\u0E0F\u0E34\u0E1A\u0E31\u0E15\u0E34",
    "\u0E1C\u0E25\u0E25\u0E31\u0E1E\u0E18\u0E4C/\u0E04\u0E27\u0E32\u0E21\u0E2A\u0E33\u0E40\u0E23\u0E47\u0E08",
    null,
    "\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E07\u0E32\u0E19",
    "\u0E1C\u0E39\u0E49\u0E23\u0E31\u0E1A\u0E1C\u0E34\u0E14\u0E0A\u0E2D\u0E1A"
  ];
  const HEADER_BOTTOM = ["", "", "\u0E1C\u0E25\u0E1C\u0E25\u0E34\u0E15", "\u0E1C\u0E25\u0E2A\u0E31\u0E21\u0E24\u0E17\u0E18\u0E34\u0E4C", "", ""];
  const COLUMN_WEIGHTS = [15, 21, 14, 15, 24, 11];
  function buildReportModel(workbook, config, contributions = /* @__PURE__ */ new Map(), formStatuses = /* @__PURE__ */ new Map()) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _i, _j, _k, _l;
    const style = config.digitStyle;
    const d = (s) => applyDigitStyle(s, style);
    const units = workbook.units.map((u) => u.value);
    const headingText = new Map(workbook.headings.map((h) => [h.value.code, h.value.text]));
    const rows = workbook.measures;
    const compiled = config.compiledBy.split("\n").map((l) => l.trim()).filter(Boolean);
    const titleParts = [
      { text: REPORT_TITLE, emphasis: "title" },
      { text: d(`\u0E1B\u0E23\u0E30\u0E08\u0E33\u0E1B\u0E35\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13 \u0E1E.\u0E28. ${config.fiscalYear}`), emphasis: "title" },
      { text: periodLine(config.fiscalYear, config.round, style), emphasis: "normal" },
      { text: roundLine(config.round, style), emphasis: "normal" },
      { text: d(config.agencyName), emphasis: "agency" },
      ...compiled.map((line, i) => ({ text: d(i === 0 ? `\u0E23\u0E27\u0E1A\u0E23\u0E27\u0E21\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E42\u0E14\u0E22 ${line}` : line), emphasis: "normal" }))
    ];
    const titleLines = titleParts.flatMap(splitTitleLine);
    const measureKey = (r) => `${r.issueNo}|${r.measureNo || r.measureText}`;
    const targetsPerMeasure = /* @__PURE__ */ new Map();
    for (const r of rows) targetsPerMeasure.set(measureKey(r), ((_a = targetsPerMeasure.get(measureKey(r))) != null ? _a : 0) + r.targets.length);
    const measuresPerIssue = /* @__PURE__ */ new Map();
    for (const r of rows) measuresPerIssue.set(r.issueNo, ((_b = measuresPerIssue.get(r.issueNo)) != null ? _b : /* @__PURE__ */ new Set()).add(measureKey(r)));
    const body = [];
    let section;
    let sections = 0;
    const targetCounter = /* @__PURE__ */ new Map();
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (row.heading !== section) {
        section = row.heading;
        sections++;
        body.push({ kind: "section", text: d((_c = headingText.get(row.heading)) != null ? _c : row.heading) });
      }
      const prev = i > 0 && rows[i - 1].heading === row.heading ? rows[i - 1] : void 0;
      const issueContinues = prev !== void 0 && prev.issueNo === row.issueNo;
      const measureContinues = issueContinues && measureKey(prev) === measureKey(row);
      let issueSpan = 0;
      if (!issueContinues) {
        issueSpan = 1;
        while (i + issueSpan < rows.length && rows[i + issueSpan].issueNo === row.issueNo && rows[i + issueSpan].heading === row.heading)
          issueSpan++;
      }
      const key = measureKey(row);
      const numbered = ((_d = targetsPerMeasure.get(key)) != null ? _d : 0) > 1;
      const measureParagraphs = [];
      if (!measureContinues) {
        const showNo = ((_f = (_e = measuresPerIssue.get(row.issueNo)) == null ? void 0 : _e.size) != null ? _f : 0) > 1 && row.measureNo !== "";
        measureParagraphs.push(...textParagraphs(showNo ? `${row.measureNo} ${row.measureText}` : row.measureText, style));
      }
      measureParagraphs.push({ runs: [{ text: TARGET_LABEL, bold: true }] });
      for (const target of row.targets) {
        const n = ((_g = targetCounter.get(key)) != null ? _g : 0) + 1;
        targetCounter.set(key, n);
        measureParagraphs.push(...textParagraphs(numbered ? `${n}. ${target}` : target, style));
      }
      const resultParagraphs = textParagraphs(row.result, style);
      const shown = row.result + "\n" + row.output + "\n" + row.outcome;
      for (const link of row.evidence) if (!shown.includes(link)) resultParagraphs.push({ runs: linkRuns(link, style, false) });
      const extra = (_h = contributions.get(row.rowId)) != null ? _h : {};
      const outputParagraphs = row.output === "" && ((_i = extra.output) == null ? void 0 : _i.length) ? [] : textParagraphs(row.output === "" ? "-" : row.output, style);
      outputParagraphs.push(...(_j = extra.output) != null ? _j : []);
      resultParagraphs.push(...(_k = extra.result) != null ? _k : []);
      body.push({
        kind: "measure",
        rowId: row.rowId,
        cells: [
          {
            paragraphs: issueContinues ? [] : textParagraphs(`${row.issueNo}. ${row.issueTitle}`, style),
            rowSpan: issueSpan
          },
          { paragraphs: measureParagraphs, rowSpan: 1 },
          { paragraphs: outputParagraphs, rowSpan: 1 },
          { paragraphs: [...textParagraphs(row.outcome, style), ...(_l = extra.outcome) != null ? _l : []], rowSpan: 1 },
          { paragraphs: resultParagraphs, rowSpan: 1 },
          { paragraphs: textParagraphs(unitsLabel(row.units, units), style), rowSpan: 1 }
        ]
      });
    }
    const issues = new Set(rows.map((r) => r.issueNo)).size;
    const measures = new Set(rows.map(measureKey)).size;
    return {
      title: REPORT_TITLE,
      fiscalYear: config.fiscalYear,
      round: config.round,
      digitStyle: style,
      font: config.font,
      titleLines,
      columnWeights: COLUMN_WEIGHTS,
      headerTop: HEADER_TOP,
      headerBottom: HEADER_BOTTOM,
      body,
      stats: { sections, issues, measures, rows: rows.length },
      summary: summaryParagraphs(statusSummary(workbook, formStatuses), style),
      closing: closingParagraphs(config, style)
    };
  }
  function splitTitleLine(line) {
    if (!line.text.includes("\n")) return [line];
    return line.text.split("\n").map((t) => t.trim()).filter((t) => t !== "").map((text) => ({ text, emphasis: line.emphasis }));
  }
  function textParagraphs(text, style) {
    return text.split("\n").map((l) => l.trim()).filter((l) => l !== "").map((line) => {
      const boldLine = /^\*\*(.+)\*\*$/.exec(line);
      const content = boldLine ? boldLine[1].trim() : line;
      return { runs: linkRuns(content, style, boldLine !== null) };
    });
  }
  function linkRuns(text, style, bold) {
    const runs = [];
    let last = 0;
    const push = (run) => runs.push(bold ? { ...run, bold: true } : run);
    for (const u of findUrls(text)) {
      if (u.start > last) push({ text: applyDigitStyle(text.slice(last, u.start), style) });
      push({ text: u.url, link: u.url });
      last = u.end;
    }
    if (last < text.length) push({ text: applyDigitStyle(text.slice(last), style) });
    return runs;
  }

  function roundsIn(round) {
    return round === 12 ? [6, 12] : [6];
  }
  function usable(record, round) {
    return record.check !== "invalid" && !record.excluded && record.round !== null && roundsIn(round).includes(record.round);
  }
  const COUNT_WORDS = "\u0E04\u0E23\u0E31\u0E49\u0E07|\u0E0A\u0E48\u0E2D\u0E07\u0E17\u0E32\u0E07|\u0E40\u0E23\u0E37\u0E48\u0E2D\u0E07|\u0E04\u0E19|\u0E2B\u0E25\u0E31\u0E01\u0E2A\u0E39\u0E15\u0E23|\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23|\u0E09\u0E1A\u0E31\u0E1A|\u0E0A\u0E34\u0E49\u0E19|\u0E41\u0E2B\u0E48\u0E07|\u0E01\u0E34\u0E08\u0E01\u0E23\u0E23\u0E21|\u0E42\u0E04\u0E23\u0E07\u0E01\u0E32\u0E23";
  const AT_LEAST = new RegExp(`\u0E44\u0E21\u0E48\\s*\u0E19\u0E49\u0E2D\u0E22\u0E01\u0E27\u0E48\u0E32\\s*([\u0E50-\u0E59\\d]+)\\s*(${COUNT_WORDS})`);
  function targetQuantities(targets) {
    const out = [];
    for (const t of targets) {
      const m = AT_LEAST.exec(t);
      if (m) out.push({ qty: Number(toArabicDigits(m[1])), word: m[2] });
    }
    return out;
  }
  function typedHeadings(result) {
    return cellLines(result).filter((l) => /^\*\*\s*[๐-๙\d]+\.\s/.test(l)).length;
  }
  const sortKey = (r) => {
    var _a;
    return `${(_a = r.dates.find((d) => /^\d{4}-\d\d-\d\d$/.test(d))) != null ? _a : "9999"}|${r.timestamp}|${r.key}`;
  };
  function datesText(dates, style) {
    const shown = dates.map((d) => {
      const day = parseThaiDate(d);
      return day ? formatThaiDateShort(day, style) : d;
    });
    if (shown.length <= 1) return shown.join("");
    return `${shown.slice(0, -1).join(" ")} \u0E41\u0E25\u0E30 ${shown[shown.length - 1]}`;
  }
  const COMPLETE = "\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23\u0E41\u0E25\u0E49\u0E27\u0E40\u0E2A\u0E23\u0E47\u0E08";
  function entryParagraphs(record, prefix, defaultWord, style) {
    const lines = cellLines(record.done);
    const out = [];
    lines.forEach((line, i) => out.push(...textParagraphs(i === 0 ? `${prefix}${line}` : line, style)));
    const meta = [];
    if (record.quantity !== null) meta.push(`\u0E08\u0E33\u0E19\u0E27\u0E19 ${record.quantity} ${record.quantityWord || defaultWord}`.trim());
    if (record.dates.length > 0) meta.push(`\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48 ${datesText(record.dates, style)}`);
    if (record.status !== "" && record.status !== COMPLETE) meta.push(`\u0E2A\u0E16\u0E32\u0E19\u0E30${record.status}`);
    if (meta.length > 0) out.push(...textParagraphs(`(${meta.join(" ")})`, style));
    for (const link of record.evidence) {
      if (record.done.includes(link)) continue;
      out.push(...textParagraphs(link, style));
    }
    return out;
  }
  function bold(text) {
    const run = { text, bold: true };
    return { runs: [run] };
  }
  function rowContribution(row, records, units, style) {
    var _a, _b, _c, _d;
    if (records.length === 0) return void 0;
    const targets = targetQuantities(row.targets);
    const words = [...new Set(targets.map((t) => t.word))];
    const defaultWord = words.length === 1 ? words[0] : "";
    const order = new Map(units.map((u, i) => [u.code, i]));
    const groups = /* @__PURE__ */ new Map();
    for (const r of [...records].sort((a, b) => sortKey(a).localeCompare(sortKey(b))))
      groups.set(r.unit, [...(_a = groups.get(r.unit)) != null ? _a : [], r]);
    const codes = [...groups.keys()].sort((a, b) => {
      var _a2, _b2;
      return ((_a2 = order.get(a)) != null ? _a2 : 1e9) - ((_b2 = order.get(b)) != null ? _b2 : 1e9) || a.localeCompare(b);
    });
    const owners = resolveUnits(row.units, units);
    const singleOwner = !owners.all && owners.units.length === 1 ? owners.units[0].code : void 0;
    const headed = codes.length > 1 || singleOwner === void 0 || codes[0] !== singleOwner;
    const result = [];
    let n = typedHeadings(row.result);
    for (const code of codes) {
      const entries = groups.get(code);
      if (headed) {
        n++;
        const name = (_c = (_b = units.find((u) => u.code === code)) == null ? void 0 : _b.name) != null ? _c : code;
        result.push(bold(applyDigitStyle(`${n}. ${name}`, style)));
      }
      entries.forEach((r, i) => result.push(...entryParagraphs(r, entries.length > 1 ? `(${i + 1}) ` : "", defaultWord, style)));
    }
    const sums = /* @__PURE__ */ new Map();
    for (const r of records) {
      if (r.quantity === null) continue;
      const word = r.quantityWord || defaultWord;
      sums.set(word, ((_d = sums.get(word)) != null ? _d : 0) + r.quantity);
    }
    const output = [];
    for (const [word, sum] of sums) {
      const total = Math.round(sum * 1e3) / 1e3;
      const target = targets.find((t) => t.word === word);
      const text = target ? `\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23\u0E23\u0E27\u0E21 ${total} ${word} ${total >= target.qty ? "\u0E1A\u0E23\u0E23\u0E25\u0E38\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22" : "\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E1A\u0E23\u0E23\u0E25\u0E38\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22"} (\u0E44\u0E21\u0E48\u0E19\u0E49\u0E2D\u0E22\u0E01\u0E27\u0E48\u0E32 ${target.qty} ${word})` : `\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23\u0E23\u0E27\u0E21 ${total} ${word}`.trim();
      output.push(...textParagraphs(text, style));
    }
    return { result, ...output.length > 0 ? { output } : {} };
  }
  function recordsByRow(workbook, records, round) {
    var _a;
    const rowIds = new Set(workbook.measures.map((m) => m.rowId));
    const codes = new Set(workbook.units.map((u) => u.value.code));
    const out = /* @__PURE__ */ new Map();
    for (const r of records) {
      if (!usable(r, round) || !rowIds.has(r.rowId) || !codes.has(r.unit)) continue;
      out.set(r.rowId, [...(_a = out.get(r.rowId)) != null ? _a : [], r]);
    }
    return out;
  }
  function mergeContribution(a, b) {
    if (!a) return b;
    if (!b) return a;
    const join = (x, y) => x || y ? [...x != null ? x : [], ...y != null ? y : []] : void 0;
    const out = {};
    const output = join(a.output, b.output);
    const outcome = join(a.outcome, b.outcome);
    const result = join(a.result, b.result);
    if (output) out.output = output;
    if (outcome) out.outcome = outcome;
    if (result) out.result = result;
    return out;
  }
  function ledgerContributions(workbook, config, records) {
    var _a;
    const units = workbook.units.map((u) => u.value);
    const byRow = recordsByRow(workbook, records, config.round);
    const out = /* @__PURE__ */ new Map();
    for (const row of workbook.measures) {
      if (out.has(row.rowId)) continue;
      const c = rowContribution(row, (_a = byRow.get(row.rowId)) != null ? _a : [], units, config.digitStyle);
      if (c) out.set(row.rowId, c);
    }
    return out;
  }

  function asText(s) {
    return /^[=+\-@']/.test(s) ? `'${s}` : s;
  }
  function storedText(s) {
    return s.startsWith("'") ? s.slice(1) : s;
  }

  const QUESTION = {
    unit: "\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19\u0E17\u0E35\u0E48\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19",
    row: "\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23/\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22",
    round: "\u0E23\u0E2D\u0E1A\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19",
    done: "\u0E2A\u0E34\u0E48\u0E07\u0E17\u0E35\u0E48\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23",
    dates: "\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23",
    quantity: "\u0E08\u0E33\u0E19\u0E27\u0E19\u0E17\u0E35\u0E48\u0E17\u0E33\u0E44\u0E14\u0E49",
    quantityWord: "\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E19\u0E31\u0E1A",
    evidence: "\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E2B\u0E25\u0E31\u0E01\u0E10\u0E32\u0E19",
    status: "\u0E2A\u0E16\u0E32\u0E19\u0E30\u0E01\u0E32\u0E23\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E07\u0E32\u0E19"
  };
  const QUESTIONS = [
    { key: "unit", title: QUESTION.unit, kind: "list", required: true, help: "\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E2A\u0E33\u0E19\u0E31\u0E01/\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E02\u0E2D\u0E07\u0E17\u0E48\u0E32\u0E19 (\u0E51 \u0E04\u0E33\u0E15\u0E2D\u0E1A \u0E15\u0E48\u0E2D \u0E51 \u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19 \u0E15\u0E48\u0E2D \u0E51 \u0E41\u0E16\u0E27\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23)" },
    {
      key: "row",
      title: QUESTION.row,
      kind: "list",
      required: true,
      help: "\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E41\u0E25\u0E30\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22\u0E17\u0E35\u0E48\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19 \u0E23\u0E2B\u0E31\u0E2A\u0E43\u0E19\u0E27\u0E07\u0E40\u0E25\u0E47\u0E1A\u0E40\u0E2B\u0E25\u0E35\u0E48\u0E22\u0E21\u0E17\u0E49\u0E32\u0E22\u0E15\u0E31\u0E27\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E43\u0E0A\u0E49\u0E40\u0E0A\u0E37\u0E48\u0E2D\u0E21\u0E01\u0E31\u0E1A\u0E41\u0E16\u0E27\u0E43\u0E19\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19"
    },
    {
      key: "round",
      title: QUESTION.round,
      kind: "list",
      required: true,
      help: "\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E23\u0E2D\u0E1A \u0E51\u0E52 \u0E40\u0E14\u0E37\u0E2D\u0E19\u0E23\u0E27\u0E21\u0E1C\u0E25\u0E17\u0E35\u0E48\u0E2A\u0E48\u0E07\u0E43\u0E19\u0E23\u0E2D\u0E1A \u0E56 \u0E40\u0E14\u0E37\u0E2D\u0E19\u0E41\u0E25\u0E49\u0E27: \u0E43\u0E19\u0E23\u0E2D\u0E1A \u0E51\u0E52 \u0E40\u0E14\u0E37\u0E2D\u0E19\u0E43\u0E2B\u0E49\u0E2A\u0E48\u0E07\u0E40\u0E09\u0E1E\u0E32\u0E30\u0E01\u0E34\u0E08\u0E01\u0E23\u0E23\u0E21\u0E17\u0E35\u0E48\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E40\u0E04\u0E22\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19"
    },
    {
      key: "done",
      title: QUESTION.done,
      kind: "paragraph",
      required: true,
      help: "\u0E2A\u0E23\u0E38\u0E1B\u0E2A\u0E34\u0E48\u0E07\u0E17\u0E35\u0E48\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23 \u0E02\u0E36\u0E49\u0E19\u0E1A\u0E23\u0E23\u0E17\u0E31\u0E14\u0E43\u0E2B\u0E21\u0E48\u0E44\u0E14\u0E49 \u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E19\u0E35\u0E49\u0E08\u0E30\u0E1E\u0E34\u0E21\u0E1E\u0E4C\u0E43\u0E19\u0E0A\u0E48\u0E2D\u0E07\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E07\u0E32\u0E19\u0E02\u0E2D\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19"
    },
    {
      key: "dates",
      title: QUESTION.dates,
      kind: "paragraph",
      required: false,
      help: "\u0E1A\u0E23\u0E23\u0E17\u0E31\u0E14\u0E25\u0E30 \u0E51 \u0E27\u0E31\u0E19 \u0E40\u0E0A\u0E48\u0E19 \u0E52\u0E58/\u0E52/\u0E52\u0E55\u0E56\u0E57 \u0E2B\u0E23\u0E37\u0E2D \u0E52\u0E58 \u0E01.\u0E1E. \u0E52\u0E55\u0E56\u0E57"
    },
    { key: "quantity", title: QUESTION.quantity, kind: "text", required: false, help: "\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02\u0E40\u0E17\u0E48\u0E32\u0E19\u0E31\u0E49\u0E19 \u0E40\u0E0A\u0E48\u0E19 \u0E52 (\u0E19\u0E33\u0E44\u0E1B\u0E23\u0E27\u0E21\u0E01\u0E31\u0E1A\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19\u0E2D\u0E37\u0E48\u0E19\u0E41\u0E25\u0E30\u0E40\u0E17\u0E35\u0E22\u0E1A\u0E01\u0E31\u0E1A\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22)" },
    { key: "quantityWord", title: QUESTION.quantityWord, kind: "text", required: false, help: "\u0E40\u0E0A\u0E48\u0E19 \u0E04\u0E23\u0E31\u0E49\u0E07 \u0E0A\u0E48\u0E2D\u0E07\u0E17\u0E32\u0E07 \u0E40\u0E23\u0E37\u0E48\u0E2D\u0E07 \u0E04\u0E19 (\u0E40\u0E27\u0E49\u0E19\u0E27\u0E48\u0E32\u0E07\u0E44\u0E14\u0E49\u0E16\u0E49\u0E32\u0E15\u0E23\u0E07\u0E01\u0E31\u0E1A\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22)" },
    { key: "evidence", title: QUESTION.evidence, kind: "paragraph", required: false, help: "\u0E25\u0E34\u0E07\u0E01\u0E4C https:// \u0E1A\u0E23\u0E23\u0E17\u0E31\u0E14\u0E25\u0E30 \u0E51 \u0E25\u0E34\u0E07\u0E01\u0E4C (\u0E44\u0E1F\u0E25\u0E4C\u0E43\u0E19 Google Drive \u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E34\u0E14\u0E43\u0E2B\u0E49\u0E17\u0E38\u0E01\u0E04\u0E19\u0E17\u0E35\u0E48\u0E21\u0E35\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E14\u0E39\u0E44\u0E14\u0E49)" },
    { key: "status", title: QUESTION.status, kind: "list", required: true, help: "\u0E2A\u0E16\u0E32\u0E19\u0E30\u0E02\u0E2D\u0E07\u0E07\u0E32\u0E19\u0E15\u0E32\u0E21\u0E41\u0E16\u0E27\u0E19\u0E35\u0E49 \u0E13 \u0E27\u0E31\u0E19\u0E17\u0E35\u0E48\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19" }
  ];
  const FORM_TITLE = "\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E07\u0E32\u0E19\u0E15\u0E32\u0E21\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E2A\u0E48\u0E07\u0E40\u0E2A\u0E23\u0E34\u0E21\u0E04\u0E38\u0E13\u0E18\u0E23\u0E23\u0E21\u0E41\u0E25\u0E30\u0E04\u0E27\u0E32\u0E21\u0E42\u0E1B\u0E23\u0E48\u0E07\u0E43\u0E2A (ITA)";
  function formTitle(config) {
    if (!config) return FORM_TITLE;
    return applyDigitStyle(`${FORM_TITLE} \u0E1B\u0E35\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13 ${config.fiscalYear} \u2014 ${config.agencyName}`, config.digitStyle);
  }
  const FORM_DESCRIPTION = "\u0E2A\u0E33\u0E2B\u0E23\u0E31\u0E1A\u0E2A\u0E33\u0E19\u0E31\u0E01/\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E07\u0E32\u0E19\u0E15\u0E32\u0E21\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23 \u0E51 \u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E15\u0E48\u0E2D \u0E51 \u0E01\u0E34\u0E08\u0E01\u0E23\u0E23\u0E21 (\u0E2A\u0E48\u0E07\u0E2B\u0E25\u0E32\u0E22\u0E04\u0E23\u0E31\u0E49\u0E07\u0E44\u0E14\u0E49) \u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E08\u0E30\u0E16\u0E39\u0E01\u0E23\u0E27\u0E1A\u0E23\u0E27\u0E21\u0E40\u0E02\u0E49\u0E32\u0E0A\u0E48\u0E2D\u0E07\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E07\u0E32\u0E19\u0E02\u0E2D\u0E07\u0E41\u0E16\u0E27\u0E17\u0E35\u0E48\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E43\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19 \u0E44\u0E21\u0E48\u0E15\u0E49\u0E2D\u0E07\u0E01\u0E23\u0E2D\u0E01\u0E0A\u0E37\u0E48\u0E2D\u0E2B\u0E23\u0E37\u0E2D\u0E2D\u0E35\u0E40\u0E21\u0E25";
  const FORM_CONFIRMATION = "\u0E1A\u0E31\u0E19\u0E17\u0E36\u0E01\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E41\u0E25\u0E49\u0E27 \u0E02\u0E2D\u0E1A\u0E04\u0E38\u0E13\u0E04\u0E23\u0E31\u0E1A/\u0E04\u0E48\u0E30 \u0E1C\u0E25\u0E08\u0E30\u0E1B\u0E23\u0E32\u0E01\u0E0F\u0E43\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E09\u0E1A\u0E31\u0E1A\u0E16\u0E31\u0E14\u0E44\u0E1B\u0E17\u0E35\u0E48\u0E2A\u0E23\u0E49\u0E32\u0E07";
  function roundChoices(style) {
    return [6, 12].map((r) => applyDigitStyle(`\u0E23\u0E2D\u0E1A ${r} \u0E40\u0E14\u0E37\u0E2D\u0E19`, style));
  }
  const STATUS_CHOICES = STATUS_VALUES;
  const ID_SUFFIX = /\[([^[\]]+)\]\s*$/;
  function idFromLabel(label) {
    const m = ID_SUFFIX.exec(label.trim());
    return m ? m[1].trim() : void 0;
  }
  const LABEL_TEXT_MAX = 70;
  function shorten(text, max = LABEL_TEXT_MAX) {
    const flat = text.replace(/\s+/g, " ").trim();
    if (flat.length <= max) return flat;
    const cut = flat.lastIndexOf(" ", max);
    return `${flat.slice(0, cut > max / 2 ? cut : max).trim()}\u2026`;
  }
  function targetNumbers(rows) {
    var _a, _b, _c;
    const key = (r) => `${r.issueNo}|${r.measureNo || r.measureText}`;
    const total = /* @__PURE__ */ new Map();
    for (const r of rows) total.set(key(r), ((_a = total.get(key(r))) != null ? _a : 0) + r.targets.length);
    const seen = /* @__PURE__ */ new Map();
    const out = /* @__PURE__ */ new Map();
    for (const r of rows) {
      const first = ((_b = seen.get(key(r))) != null ? _b : 0) + 1;
      const last = first + r.targets.length - 1;
      seen.set(key(r), last);
      if (((_c = total.get(key(r))) != null ? _c : 0) > 1) out.set(r, first === last ? `${first}` : `${first}\u2013${last}`);
    }
    return out;
  }
  function rowLabels(workbook, style) {
    const numbers = targetNumbers(workbook.measures);
    const seen = /* @__PURE__ */ new Set();
    const out = [];
    for (const row of workbook.measures) {
      if (seen.has(row.rowId)) continue;
      seen.add(row.rowId);
      const no = row.measureNo || `\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19 ${row.issueNo}`;
      const targets = numbers.get(row);
      const head = applyDigitStyle(targets ? `${no} \u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22 ${targets}` : no, style);
      out.push({ rowId: row.rowId, label: `${head}: ${applyDigitStyle(shorten(row.measureText), style)} [${row.rowId}]` });
    }
    return out;
  }
  function unitLabel(unit) {
    return `${unit.name} [${unit.code}]`;
  }
  function unitFromAnswer(answer, units) {
    var _a, _b;
    const code = idFromLabel(answer);
    if (code !== void 0) {
      const byCode = units.find((u) => u.code === code);
      if (byCode) return byCode;
    }
    const text = answer.replace(ID_SUFFIX, "").trim();
    return (_b = (_a = units.find((u) => u.code === text)) != null ? _a : units.find((u) => u.name === text)) != null ? _b : units.find((u) => u.abbr !== "" && u.abbr === text);
  }
  function roundFromAnswer(answer) {
    var _a;
    const digits = (_a = toArabicDigits(answer).match(/\d+/g)) != null ? _a : [];
    if (digits.length !== 1) return null;
    const n = Number(digits[0]);
    return n === 6 || n === 12 ? n : null;
  }
  function questionColumns(header) {
    const byTitle = new Map(QUESTIONS.map((q) => [normaliseHeader(q.title), q.key]));
    const out = {};
    header.forEach((cell, c) => {
      var _a;
      const key = byTitle.get(normaliseHeader(cell));
      if (key !== void 0) ((_a = out[key]) != null ? _a : out[key] = []).push(c);
    });
    return out;
  }

  const lines = (s) => s.split(/[\n;]+/).map((l) => l.trim()).filter(Boolean);
  const collapse = (s) => s.replace(/\s+/g, " ").trim();
  function answerSchema(ctx) {
    return object({
      rowId: string().transform((typed, c) => {
        var _a, _b, _c;
        const s = collapse(typed);
        if (s === "") {
          c.addIssue({ code: "custom", message: "\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23/\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22" });
          return NEVER;
        }
        const id = (_c = (_b = idFromLabel(s)) != null ? _b : (_a = ctx.labels) == null ? void 0 : _a.get(s)) != null ? _c : s;
        if (!ctx.rowIds.has(id)) {
          c.addIssue({
            code: "custom",
            message: `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E41\u0E16\u0E27\u0E23\u0E2B\u0E31\u0E2A "${id}" \u0E43\u0E19\u0E0A\u0E35\u0E15\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E41\u0E25\u0E49\u0E27 (\u0E41\u0E16\u0E27\u0E16\u0E39\u0E01\u0E25\u0E1A\u0E2B\u0E23\u0E37\u0E2D\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19\u0E23\u0E2B\u0E31\u0E2A) \u2014 \u0E43\u0E2B\u0E49\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19\u0E2A\u0E48\u0E07\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E43\u0E2B\u0E21\u0E48 \u0E2B\u0E23\u0E37\u0E2D\u0E04\u0E37\u0E19\u0E23\u0E2B\u0E31\u0E2A\u0E41\u0E16\u0E27\u0E40\u0E14\u0E34\u0E21`,
            params: { value: id }
          });
          return NEVER;
        }
        return id;
      }),
      round: string().transform((s, c) => {
        const round = roundFromAnswer(s);
        if (round === null) {
          c.addIssue({ code: "custom", message: s === "" ? "\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E23\u0E2D\u0E1A\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19" : `\u0E23\u0E2D\u0E1A\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19 "${s}" \u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E23\u0E2D\u0E1A \u0E56 \u0E2B\u0E23\u0E37\u0E2D \u0E51\u0E52 \u0E40\u0E14\u0E37\u0E2D\u0E19` });
          return NEVER;
        }
        return round;
      }),
      unit: string().transform((s, c) => {
        const unit = unitFromAnswer(s, ctx.units);
        if (!unit) {
          c.addIssue({
            code: "custom",
            message: s === "" ? "\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19" : `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19 "${s}" \u0E43\u0E19\u0E0A\u0E35\u0E15\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19 \u2014 \u0E15\u0E23\u0E27\u0E08\u0E2A\u0E2D\u0E1A\u0E0A\u0E37\u0E48\u0E2D/\u0E23\u0E2B\u0E31\u0E2A\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19 \u0E41\u0E25\u0E49\u0E27\u0E2A\u0E31\u0E48\u0E07\u0E14\u0E36\u0E07\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E43\u0E2B\u0E21\u0E48`
          });
          return NEVER;
        }
        return unit.code;
      }),
      done: string().min(1, { message: "\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E01\u0E23\u0E2D\u0E01\u0E2A\u0E34\u0E48\u0E07\u0E17\u0E35\u0E48\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23" }),
      dates: string().transform(lines),
      quantity: string().transform((s) => toArabicDigits(s).replace(/,/g, "").trim()).refine((s) => s === "" || /^\d+(\.\d+)?$/.test(s) && Number.isFinite(Number(s)), {
        message: "\u0E08\u0E33\u0E19\u0E27\u0E19\u0E17\u0E35\u0E48\u0E17\u0E33\u0E44\u0E14\u0E49\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02 \u0E40\u0E0A\u0E48\u0E19 \u0E52 (\u0E44\u0E21\u0E48\u0E19\u0E33\u0E44\u0E1B\u0E23\u0E27\u0E21\u0E22\u0E2D\u0E14)"
      }).transform((s) => s === "" ? null : Number(s)),
      quantityWord: string().transform(collapse),
      evidence: string().transform(lines),
      status: string().transform(collapse)
    });
  }
  const schemas = /* @__PURE__ */ new WeakMap();
  function schemaFor(ctx) {
    let schema = schemas.get(ctx);
    if (!schema) schemas.set(ctx, schema = answerSchema(ctx));
    return schema;
  }
  const FIELD_QUESTION = {
    rowId: "row",
    round: "round",
    unit: "unit",
    done: "done",
    dates: "dates",
    quantity: "quantity",
    quantityWord: "quantityWord",
    evidence: "evidence",
    status: "status"
  };
  function normaliseAnswer(raw, ctx) {
    const schema = schemaFor(ctx);
    const errors = [];
    const warnings = [];
    const cells = /* @__PURE__ */ new Map();
    for (const f of Object.keys(FIELD_QUESTION)) {
      const cell = readCell(raw[FIELD_QUESTION[f]]);
      cells.set(f, cell.text);
      if (cell.error) errors.push(`\u0E04\u0E33\u0E16\u0E32\u0E21 "${QUESTION[FIELD_QUESTION[f]]}" \u0E21\u0E35\u0E04\u0E48\u0E32\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14\u0E08\u0E32\u0E01\u0E2A\u0E39\u0E15\u0E23 "${cell.error}"`);
      else if (hasNotes(cell.notes)) warnings.push(`\u0E04\u0E33\u0E16\u0E32\u0E21 "${QUESTION[FIELD_QUESTION[f]]}": ${describeNotesTh(cell.notes)}`);
    }
    const text = (f) => {
      var _a;
      return (_a = cells.get(f)) != null ? _a : "";
    };
    const field = (f, fallback, reasons = errors) => {
      const result = schema.shape[f].safeParse(text(f));
      if (result.success) return result.data;
      for (const issue of result.error.issues) reasons.push(issue.message);
      return fallback(text(f));
    };
    const rowId = field("rowId", (s) => {
      var _a, _b, _c;
      return (_c = (_b = idFromLabel(s)) != null ? _b : (_a = ctx.labels) == null ? void 0 : _a.get(collapse(s))) != null ? _c : collapse(s);
    });
    const round = field("round", () => null);
    const unit = field("unit", (s) => s);
    const done = field("done", (s) => s);
    const quantity = field("quantity", () => null, warnings);
    const quantityWord = field("quantityWord", (s) => s);
    const evidence = field("evidence", lines);
    const status = field("status", collapse);
    const dates = field("dates", lines).map((typed) => {
      const date = parseThaiDate(typed);
      if (!date) {
        warnings.push(`\u0E2D\u0E48\u0E32\u0E19\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48 "${typed}" \u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 \u2014 \u0E43\u0E0A\u0E49\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A \u0E52\u0E58/\u0E52/\u0E52\u0E55\u0E56\u0E57 \u0E2B\u0E23\u0E37\u0E2D \u0E52\u0E58 \u0E01.\u0E1E. \u0E52\u0E55\u0E56\u0E57`);
        return typed;
      }
      const config = ctx.config;
      if (config && round !== null) {
        const { start, end } = roundPeriod(config.fiscalYear, round);
        if (compareDates(date, start) < 0 || compareDates(date, end) > 0)
          warnings.push(
            `\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48 ${formatThaiDateShort(date)} \u0E2D\u0E22\u0E39\u0E48\u0E19\u0E2D\u0E01\u0E0A\u0E48\u0E27\u0E07\u0E23\u0E2D\u0E1A ${toThaiDigits(String(round))} \u0E40\u0E14\u0E37\u0E2D\u0E19 (${formatThaiDateShort(start)} \u2013 ${formatThaiDateShort(end)})`
          );
      }
      return isoDate(date);
    });
    for (const link of evidence) {
      if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(link)) warnings.push(`"${link.slice(0, 60)}" \u0E44\u0E21\u0E48\u0E43\u0E0A\u0E48\u0E25\u0E34\u0E07\u0E01\u0E4C https:// \u2014 \u0E08\u0E30\u0E41\u0E2A\u0E14\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21`);
      else if (/^http:\/\//i.test(link)) warnings.push(`\u0E25\u0E34\u0E07\u0E01\u0E4C "${link.slice(0, 60)}" \u0E44\u0E21\u0E48\u0E43\u0E0A\u0E48 https`);
    }
    if (status !== "" && !STATUS_VALUES.includes(status))
      warnings.push(`\u0E2A\u0E16\u0E32\u0E19\u0E30 "${status}" \u0E44\u0E21\u0E48\u0E2D\u0E22\u0E39\u0E48\u0E43\u0E19\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23`);
    const check = errors.length > 0 ? "invalid" : warnings.length > 0 ? "warning" : "ok";
    return { rowId, round, unit, done, dates, quantity, quantityWord, evidence, status, check, reasons: [...errors, ...warnings] };
  }

  function hash53(text, seed = 0) {
    let h1 = 3735928559 ^ seed;
    let h2 = 1103547991 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507);
    h1 ^= Math.imul(h2 ^ h2 >>> 13, 3266489909);
    h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507);
    h2 ^= Math.imul(h1 ^ h1 >>> 13, 3266489909);
    const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
    return n.toString(16).padStart(14, "0");
  }

  const LEDGER_COLUMNS$1 = Object.keys(LEDGER_HEADER);
  const LEDGER_HEADER_ROW = LEDGER_COLUMNS$1.map((c) => LEDGER_HEADER[c]);
  const CHECK_TEXT = {
    ok: "\u0E43\u0E0A\u0E49\u0E44\u0E14\u0E49",
    warning: "\u0E43\u0E0A\u0E49\u0E44\u0E14\u0E49 (\u0E21\u0E35\u0E04\u0E33\u0E40\u0E15\u0E37\u0E2D\u0E19)",
    invalid: "\u0E43\u0E0A\u0E49\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49"
  };
  const CHECK_BACKGROUND = { ok: "#ffffff", warning: "#fff2cc", invalid: "#f4cccc" };
  function timestampText(value) {
    if (Object.prototype.toString.call(value) === "[object Date]") {
      const d = value;
      if (Number.isNaN(d.getTime())) return "";
      const local = new Date(d.getTime() + 7 * 36e5);
      const p = (n) => String(n).padStart(2, "0");
      return `${local.getUTCFullYear()}-${p(local.getUTCMonth() + 1)}-${p(local.getUTCDate())} ${p(local.getUTCHours())}:${p(local.getUTCMinutes())}:${p(local.getUTCSeconds())}`;
    }
    return cellText$1(value);
  }
  function responseColumns(header) {
    if (!header) return null;
    const stamps = TIMESTAMP_HEADERS.map(normaliseHeader);
    const timestamp = header.findIndex((h) => stamps.includes(normaliseHeader(h)));
    const questions = questionColumns(header);
    if (timestamp === -1 || questions.row === void 0 || questions.unit === void 0) return null;
    return { timestamp, questions };
  }
  function rawFromLine(line, columns) {
    var _a, _b;
    const raw = {};
    for (const q of QUESTIONS) raw[q.key] = (_b = ((_a = columns.questions[q.key]) != null ? _a : []).map((c) => line[c]).find((v) => cellText$1(v) !== "")) != null ? _b : "";
    return raw;
  }
  function fingerprintOf(timestamp, raw) {
    return hash53(JSON.stringify([timestamp, ...QUESTIONS.map((q) => cellText$1(raw[q.key]))]));
  }
  const CONTENT_KEY_PREFIX = "content:";
  function recordFromSource(source, ctx) {
    if (isBlankSource(source)) return null;
    const timestamp = timestampText(source.timestamp);
    const fingerprint = fingerprintOf(timestamp, source.raw);
    return {
      key: source.responseId || CONTENT_KEY_PREFIX + fingerprint,
      sheet: source.sheet,
      row: source.row,
      timestamp,
      ...normaliseAnswer(source.raw, ctx),
      excluded: false,
      fingerprint,
      editUrl: source.editUrl
    };
  }
  function sourceFromLine(sheet, row, line, columns) {
    return { responseId: "", sheet, row, timestamp: line[columns.timestamp], raw: rawFromLine(line, columns), editUrl: "" };
  }
  function isBlankSource(source) {
    return timestampText(source.timestamp) === "" && QUESTIONS.every((q) => cellText$1(source.raw[q.key]) === "");
  }
  function sourceFingerprint(source) {
    return fingerprintOf(timestampText(source.timestamp), source.raw);
  }
  function sourcesFromResponses(sheet, values) {
    const columns = responseColumns(values[0]);
    if (!columns) return [];
    const out = [];
    for (let r = 1; r < values.length; r++) {
      const source = sourceFromLine(sheet, r + 1, values[r], columns);
      if (!isBlankSource(source)) out.push(source);
    }
    return out;
  }
  function fromText(s) {
    return /^'[=+\-@']/.test(s) ? s.slice(1) : s;
  }
  function ledgerText(value) {
    return fromText(cellText$1(value));
  }
  function ledgerCells(record) {
    var _a;
    const cells = {
      key: record.key,
      sheet: record.sheet,
      row: record.row > 0 ? String(record.row) : "",
      timestamp: record.timestamp,
      rowId: record.rowId,
      round: record.round === null ? "" : String(record.round),
      unit: record.unit,
      done: record.done,
      dates: record.dates.join("\n"),
      quantity: record.quantity === null ? "" : String(record.quantity),
      quantityWord: record.quantityWord,
      evidence: record.evidence.join("\n"),
      status: record.status,
      check: CHECK_TEXT[record.check],
      reasons: record.reasons.join("\n"),
      exclude: (_a = record.excludeCell) != null ? _a : record.excluded ? "\u0E44\u0E21\u0E48\u0E43\u0E0A\u0E49" : "",
      fingerprint: record.fingerprint,
      editUrl: record.editUrl
    };
    return LEDGER_COLUMNS$1.map((c) => {
      const v = cells[c];
      return typeof v === "string" ? asText(v) : v;
    });
  }
  function isExcludeMark(value) {
    if (value === true) return true;
    if (value === false) return false;
    const s = cellText$1(value);
    return s !== "" && !/^(false|0|no|ใช้)$/i.test(s);
  }
  function readLedger(values) {
    var _a;
    if (!values || values.length === 0) return { records: [], rows: [], headerOk: false };
    const header = values[0].map(normaliseHeader);
    const col = {};
    for (const c of LEDGER_COLUMNS$1) col[c] = header.indexOf(normaliseHeader(LEDGER_HEADER[c]));
    const headerOk = LEDGER_COLUMNS$1.every((c, i) => col[c] === i);
    const records = [];
    const rows = [];
    const seen = /* @__PURE__ */ new Set();
    const checkOf = new Map(Object.entries(CHECK_TEXT).map(([k, v]) => [v, k]));
    for (let r = 1; r < values.length; r++) {
      const line = values[r];
      const get = (c) => col[c] === -1 ? "" : fromText(cellText$1(line[col[c]]));
      const key = get("key");
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      const round = Number(get("round"));
      const quantity = get("quantity");
      const excludeCell = col.exclude === -1 ? "" : line[col.exclude];
      records.push({
        key,
        sheet: get("sheet"),
        row: Number(get("row")) || 0,
        timestamp: get("timestamp"),
        rowId: get("rowId"),
        round: round === 6 || round === 12 ? round : null,
        unit: get("unit"),
        done: get("done"),
        dates: cellLines(get("dates")),
        quantity: quantity === "" || !Number.isFinite(Number(quantity)) ? null : Number(quantity),
        quantityWord: get("quantityWord"),
        evidence: cellLines(get("evidence")),
        status: get("status"),
        check: (_a = checkOf.get(get("check"))) != null ? _a : "invalid",
        reasons: cellLines(get("reasons")),
        excluded: isExcludeMark(excludeCell),
        excludeCell: excludeCell === "" ? void 0 : excludeCell,
        fingerprint: get("fingerprint"),
        editUrl: get("editUrl")
      });
      rows.push(r + 1);
    }
    return { records, rows, headerOk };
  }

  function readSurveyLinks(data) {
    if (!data) return { links: [], findings: [] };
    const table = readTable(SHEET.surveys, data, SURVEY_HEADER, ["rowId", "sheet"]);
    const links = [];
    for (const r of table.rows) {
      links.push({
        row: r.row,
        rowId: r.text.rowId,
        sheet: r.text.sheet,
        questions: cellLines(r.text.questions),
        label: r.text.label.replace(/\s+/g, " ")
      });
    }
    return { links, findings: table.findings.map((f) => ({ ...f, severity: "warning" })) };
  }
  const LIKERT_WORDS = [
    [/^มากที่สุด/, 5],
    [/^น้อยที่สุด/, 1],
    [/^มาก/, 4],
    [/^ปานกลาง/, 3],
    [/^น้อย/, 2]
  ];
  function likertValue(value) {
    if (typeof value === "number") return Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;
    const text = cellText$1(value).replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 3664));
    if (text === "") return null;
    const m = /^([1-5])(?![\d.])/.exec(text);
    if (m) return Number(m[1]);
    for (const [re, n] of LIKERT_WORDS) if (re.test(text)) return n;
    return null;
  }
  function aggregateSurvey(link, values, period) {
    const result = {
      link,
      sheetMissing: !values,
      missingQuestions: [],
      questions: [],
      respondents: 0,
      answers: 0,
      sum: 0,
      topTwo: 0
    };
    if (!values || values.length === 0) return result;
    const header = values[0].map(normaliseHeader);
    const body = values.slice(1);
    const stamps = TIMESTAMP_HEADERS.map(normaliseHeader);
    const stampCol = header.findIndex((h) => stamps.includes(h));
    let columns;
    if (link.questions.length > 0) {
      columns = [];
      for (const q of link.questions) {
        const c = header.indexOf(normaliseHeader(q));
        if (c === -1) result.missingQuestions.push(q);
        else columns.push(c);
      }
    } else {
      columns = header.map((_, c) => c).filter((c) => c !== stampCol).filter((c) => {
        const filled = body.map((line) => line[c]).filter((v) => cellText$1(v) !== "");
        return filled.length > 0 && filled.every((v) => likertValue(v) !== null);
      });
    }
    result.questions = columns.map((c) => cellText$1(values[0][c]));
    const bounds = period ? roundPeriod(period.fiscalYear, period.round) : null;
    for (const line of body) {
      if (bounds && stampCol !== -1) {
        const day = parseThaiDate(line[stampCol]);
        if (day && (compareDates(day, bounds.start) < 0 || compareDates(day, bounds.end) > 0)) continue;
      }
      let answered = false;
      for (const c of columns) {
        const v = likertValue(line[c]);
        if (v === null) continue;
        answered = true;
        result.answers++;
        result.sum += v;
        if (v >= 4) result.topTwo++;
      }
      if (answered) result.respondents++;
    }
    return result;
  }
  function twoDecimals(numerator, denominator) {
    const hundredths = Math.round(numerator * 100 / denominator + 1e-9);
    return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
  }
  const withGrouping = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  function surveyParagraphs(result, style) {
    const label = result.link.label;
    const lead = (s) => label ? `${label} ${s}` : s;
    if (result.respondents === 0) return { output: textParagraphs(lead("\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E21\u0E35\u0E1C\u0E39\u0E49\u0E15\u0E2D\u0E1A\u0E41\u0E1A\u0E1A\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19"), style), outcome: [] };
    const output = `\u0E1C\u0E39\u0E49\u0E15\u0E2D\u0E1A\u0E41\u0E1A\u0E1A\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19 ${withGrouping(result.respondents)} \u0E04\u0E19`;
    const outcome = `\u0E23\u0E49\u0E2D\u0E22\u0E25\u0E30 ${twoDecimals(result.topTwo * 100, result.answers)} (\u0E04\u0E48\u0E32\u0E40\u0E09\u0E25\u0E35\u0E48\u0E22 ${twoDecimals(result.sum, result.answers)} \u0E08\u0E32\u0E01 5)`;
    return {
      output: textParagraphs(applyDigitStyle(lead(output), style), style),
      outcome: textParagraphs(applyDigitStyle(lead(outcome), style), style)
    };
  }

  function formSheetNames(data) {
    const { links } = readSurveyLinks(data[SHEET.surveys]);
    return [SHEET.ledger, SHEET.surveys, ...new Set(links.map((l) => l.sheet).filter(Boolean))];
  }
  function formView(data, workbook, config) {
    var _a;
    const ledgerData = data[SHEET.ledger];
    const surveyData = data[SHEET.surveys];
    const view = {
      inUse: ledgerData !== void 0 || surveyData !== void 0,
      progressFormInUse: ledgerData !== void 0,
      records: [],
      surveys: [],
      contributions: /* @__PURE__ */ new Map(),
      reported: /* @__PURE__ */ new Map(),
      findings: []
    };
    if (!view.inUse) return view;
    const ledger = readLedger(ledgerData == null ? void 0 : ledgerData.values);
    view.records = ledger.records;
    const rowIds = new Set(workbook.measures.map((m) => m.rowId));
    const codes = new Set(workbook.units.map((u) => u.value.code));
    const checkColumn = LEDGER_COLUMNS$1.indexOf("check") + 1;
    const flag = (i, th, en) => view.findings.push({
      severity: "warning",
      rule: "form-answer-flagged",
      sheet: SHEET.ledger,
      row: ledger.rows[i],
      column: checkColumn,
      header: LEDGER_HEADER.check,
      messageTh: th,
      messageEn: en
    });
    ledger.records.forEach((r, i) => {
      if (r.excluded) return;
      const at = r.row > 0 ? `\u0E41\u0E16\u0E27 ${toThaiDigits(String(r.row))}` : "\u0E44\u0E21\u0E48\u0E2D\u0E22\u0E39\u0E48\u0E43\u0E19\u0E0A\u0E35\u0E15\u0E19\u0E31\u0E49\u0E19\u0E41\u0E25\u0E49\u0E27";
      const where = `\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21 (\u0E0A\u0E35\u0E15 "${r.sheet}" ${at})`;
      if (r.check !== "ok") {
        const what = r.check === "invalid" ? "\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E19\u0E33\u0E40\u0E02\u0E49\u0E32\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19" : "\u0E19\u0E33\u0E40\u0E02\u0E49\u0E32\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E41\u0E25\u0E49\u0E27\u0E41\u0E15\u0E48\u0E21\u0E35\u0E04\u0E33\u0E40\u0E15\u0E37\u0E2D\u0E19";
        flag(i, `${where} ${what}: ${r.reasons.join(" / ")}`, `Form answer ${r.key} is ${r.check}: ${r.reasons.length} reason(s).`);
      } else if (!rowIds.has(r.rowId)) {
        flag(i, `${where} \u0E2D\u0E49\u0E32\u0E07\u0E16\u0E36\u0E07\u0E41\u0E16\u0E27\u0E23\u0E2B\u0E31\u0E2A "${r.rowId}" \u0E17\u0E35\u0E48\u0E44\u0E21\u0E48\u0E21\u0E35\u0E43\u0E19\u0E0A\u0E35\u0E15\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E41\u0E25\u0E49\u0E27 \u2014 \u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E19\u0E33\u0E40\u0E02\u0E49\u0E32\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19`, `Form answer ${r.key} names an unknown row ${r.rowId}.`);
      } else if (!codes.has(r.unit)) {
        flag(i, `${where} \u0E21\u0E32\u0E08\u0E32\u0E01\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19 "${r.unit}" \u0E17\u0E35\u0E48\u0E44\u0E21\u0E48\u0E21\u0E35\u0E43\u0E19\u0E0A\u0E35\u0E15\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19\u0E41\u0E25\u0E49\u0E27 \u2014 \u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E19\u0E33\u0E40\u0E02\u0E49\u0E32\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19`, `Form answer ${r.key} names an unknown unit ${r.unit}.`);
      }
    });
    if (!config) return view;
    view.contributions = ledgerContributions(workbook, config, ledger.records);
    for (const [rowId, records] of recordsByRow(workbook, ledger.records, config.round))
      view.reported.set(rowId, new Set(records.map((r) => r.unit)));
    const { links, findings } = readSurveyLinks(surveyData);
    view.findings.push(...findings);
    const surveyFinding = (row, column, rule, th, en) => view.findings.push({
      severity: "warning",
      rule,
      sheet: SHEET.surveys,
      row,
      column: Object.keys(SURVEY_HEADER).indexOf(column) + 1,
      header: SURVEY_HEADER[column],
      messageTh: th,
      messageEn: en
    });
    for (const link of links) {
      if (!rowIds.has(link.rowId)) {
        surveyFinding(link.row, "rowId", "survey-row-unknown", `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E41\u0E16\u0E27\u0E23\u0E2B\u0E31\u0E2A "${link.rowId}" \u0E43\u0E19\u0E0A\u0E35\u0E15\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23 \u2014 \u0E1C\u0E25\u0E41\u0E1A\u0E1A\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19\u0E19\u0E35\u0E49\u0E08\u0E30\u0E44\u0E21\u0E48\u0E2D\u0E22\u0E39\u0E48\u0E43\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19`, `Survey row id ${link.rowId} is unknown.`);
        continue;
      }
      const result = aggregateSurvey(link, (_a = data[link.sheet]) == null ? void 0 : _a.values, { fiscalYear: config.fiscalYear, round: config.round });
      view.surveys.push(result);
      if (result.sheetMissing) {
        surveyFinding(link.row, "sheet", "survey-sheet-missing", `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E0A\u0E35\u0E15\u0E04\u0E33\u0E15\u0E2D\u0E1A "${link.sheet}" \u0E43\u0E19\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19\u0E19\u0E35\u0E49 \u2014 \u0E15\u0E31\u0E49\u0E07\u0E1B\u0E25\u0E32\u0E22\u0E17\u0E32\u0E07\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E02\u0E2D\u0E07\u0E41\u0E1A\u0E1A\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19\u0E21\u0E32\u0E17\u0E35\u0E48\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19\u0E19\u0E35\u0E49 \u0E41\u0E25\u0E49\u0E27\u0E43\u0E2A\u0E48\u0E0A\u0E37\u0E48\u0E2D\u0E41\u0E17\u0E47\u0E1A\u0E43\u0E2B\u0E49\u0E15\u0E23\u0E07`, `Survey sheet "${link.sheet}" not found.`);
        continue;
      }
      if (result.missingQuestions.length > 0)
        surveyFinding(link.row, "questions", "survey-question-missing", `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E04\u0E33\u0E16\u0E32\u0E21 ${result.missingQuestions.map((q) => `"${q}"`).join(", ")} \u0E43\u0E19\u0E0A\u0E35\u0E15 "${link.sheet}"`, `Survey questions not found: ${result.missingQuestions.join(", ")}.`);
      if (result.questions.length === 0)
        surveyFinding(link.row, "questions", "survey-no-questions", `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E04\u0E33\u0E16\u0E32\u0E21\u0E41\u0E1A\u0E1A\u0E21\u0E32\u0E15\u0E23\u0E27\u0E31\u0E14 \u0E51\u2013\u0E55 \u0E43\u0E19\u0E0A\u0E35\u0E15 "${link.sheet}" \u2014 \u0E23\u0E30\u0E1A\u0E38\u0E2B\u0E31\u0E27\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C\u0E02\u0E2D\u0E07\u0E04\u0E33\u0E16\u0E32\u0E21\u0E43\u0E19\u0E0A\u0E48\u0E2D\u0E07\u0E19\u0E35\u0E49 \u0E1A\u0E23\u0E23\u0E17\u0E31\u0E14\u0E25\u0E30 \u0E51 \u0E04\u0E33\u0E16\u0E32\u0E21`, "No Likert 1-5 question found.");
      else if (result.respondents === 0)
        surveyFinding(link.row, "sheet", "survey-no-answers", `\u0E41\u0E1A\u0E1A\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19\u0E43\u0E19\u0E0A\u0E35\u0E15 "${link.sheet}" \u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E21\u0E35\u0E1C\u0E39\u0E49\u0E15\u0E2D\u0E1A\u0E43\u0E19\u0E23\u0E2D\u0E1A ${toThaiDigits(String(config.round))} \u0E40\u0E14\u0E37\u0E2D\u0E19`, "The survey has no answers for the round.");
      const p = surveyParagraphs(result, config.digitStyle);
      view.contributions.set(link.rowId, mergeContribution(view.contributions.get(link.rowId), p));
    }
    return view;
  }
  function completenessFindings(workbook, config, view) {
    var _a, _b;
    if (!view.progressFormInUse) return [];
    const units = workbook.units.map((u) => u.value);
    const findings = [];
    const column = (_a = workbook.columns.measures.units) != null ? _a : 0;
    for (const row of workbook.measures) {
      const { units: expected } = resolveUnits(row.units, units);
      if (expected.length === 0) continue;
      const reported = (_b = view.reported.get(row.rowId)) != null ? _b : /* @__PURE__ */ new Set();
      const typed = (code) => {
        if (row.result === "") return false;
        if (expected.length === 1) return true;
        const u = units.find((x) => x.code === code);
        return row.result.includes(u.name) || u.abbr !== "" && row.result.includes(u.abbr);
      };
      const missing = expected.filter((u) => !reported.has(u.code) && !typed(u.code));
      if (missing.length === 0) continue;
      const rounds = roundsIn(config.round).map((r) => toThaiDigits(String(r))).join(" \u0E2B\u0E23\u0E37\u0E2D ");
      findings.push({
        severity: "warning",
        rule: "unit-not-reported",
        sheet: SHEET.measures,
        row: row.row,
        column,
        header: MEASURE_HEADER.units,
        messageTh: `\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E23\u0E31\u0E1A\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E1C\u0E25\u0E23\u0E2D\u0E1A ${rounds} \u0E40\u0E14\u0E37\u0E2D\u0E19\u0E08\u0E32\u0E01 ${missing.map((u) => u.name).join(", ")} (${toThaiDigits(String(expected.length - missing.length))} \u0E08\u0E32\u0E01 ${toThaiDigits(String(expected.length))} \u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19) \u2014 \u0E43\u0E2B\u0E49\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19\u0E15\u0E2D\u0E1A\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E1C\u0E25 \u0E2B\u0E23\u0E37\u0E2D\u0E01\u0E23\u0E2D\u0E01\u0E1C\u0E25\u0E43\u0E19\u0E41\u0E16\u0E27\u0E19\u0E35\u0E49`,
        messageEn: `Not reported for the round by ${missing.map((u) => u.code).join(", ")}.`
      });
    }
    return findings;
  }

  const ABSOLUTE = /^([a-z][a-z0-9+.-]*):/i;
  const HTTP = /^(https?):\/\/([^/?#]*)([^#]*)/i;
  function httpParts(url) {
    const m = HTTP.exec(url.trim());
    if (!m || m[2] === "") return void 0;
    const host = m[2].replace(/^[^@]*@/, "").toLowerCase();
    return { scheme: m[1].toLowerCase(), host, rest: m[3] === "" ? "/" : m[3].startsWith("/") ? m[3] : `/${m[3]}` };
  }
  function schemeOf(url) {
    var _a;
    return (_a = ABSOLUTE.exec(url.trim())) == null ? void 0 : _a[1].toLowerCase();
  }
  function linkKey(url) {
    const p = httpParts(url);
    return p ? `${p.scheme}://${p.host}${p.rest}` : url.trim();
  }
  function siteOf(host) {
    return host.replace(/:\d+$/, "").replace(/^www\./, "");
  }
  function onSite(host, site) {
    const h = siteOf(host);
    const s = siteOf(site);
    return h === s || h.endsWith(`.${s}`);
  }
  function resolveLocation(base, location) {
    const loc = location.trim();
    if (schemeOf(loc)) return loc;
    const b = httpParts(base);
    if (!b) return loc;
    if (loc.startsWith("//")) return `${b.scheme}:${loc}`;
    const origin = `${b.scheme}://${b.host}`;
    if (loc.startsWith("/")) return origin + normalisePath(loc);
    const path = b.rest.replace(/[?#].*$/, "");
    if (loc.startsWith("?")) return origin + path + loc;
    return origin + normalisePath(path.replace(/[^/]*$/, "") + loc);
  }
  function normalisePath(pathAndQuery) {
    const q = pathAndQuery.search(/[?#]/);
    const path = q === -1 ? pathAndQuery : pathAndQuery.slice(0, q);
    const tail = q === -1 ? "" : pathAndQuery.slice(q);
    const out = [];
    for (const seg of path.split("/").slice(1)) {
      if (seg === "..") out.pop();
      else if (seg !== ".") out.push(seg);
    }
    const last = path.split("/").pop();
    if (last === "." || last === "..") out.push("");
    return `/${out.join("/")}${tail}`;
  }

  const MEASURE_COLUMNS = ["evidence", "output", "outcome", "result"];
  const LEDGER_COLUMNS = ["evidence", "done"];
  function mainWebsite(data) {
    var _a, _b, _c, _d, _e;
    const label = normaliseHeader(MAIN_WEBSITE_LABEL);
    for (const [r, line] of ((_b = (_a = data[SHEET.config]) == null ? void 0 : _a.values) != null ? _b : []).entries()) {
      if (!Array.isArray(line) || normaliseHeader(line[0]) !== label) continue;
      return cellText$1((_e = (_d = (_c = data[SHEET.config]) == null ? void 0 : _c.links) == null ? void 0 : _d[r]) == null ? void 0 : _e[1]) || cellText$1(line[1]);
    }
    return "";
  }
  function readLinkSources(data) {
    var _a, _b;
    const targets = /* @__PURE__ */ new Map();
    const add = (url, use) => {
      var _a2;
      const key = linkKey(url);
      const target = (_a2 = targets.get(key)) != null ? _a2 : { url, uses: [] };
      targets.set(key, target);
      if (!target.uses.some((u) => u.sheet === use.sheet && u.key === use.key && u.header === use.header)) target.uses.push(use);
    };
    const headings = readTable(SHEET.headings, data[SHEET.headings], HEADING_HEADER, ["code"]);
    const oitCodes = new Set(headings.rows.filter((h) => h.text.tool.trim().toUpperCase() === "OIT").map((h) => h.text.code));
    const measures = readTable(SHEET.measures, data[SHEET.measures], MEASURE_HEADER, ["rowId"]);
    const oitRows = /* @__PURE__ */ new Set();
    for (const row of measures.rows) {
      const key = row.text.rowId;
      if (key === "") continue;
      const oit = oitCodes.has(row.text.heading);
      if (oit) oitRows.add(key);
      for (const column of MEASURE_COLUMNS) {
        const text = [row.text[column], (_a = row.link[column]) != null ? _a : ""].join("\n");
        for (const m of findUrls(text)) add(m.url, { sheet: SHEET.measures, key, header: MEASURE_HEADER[column], oit });
      }
    }
    const ledger = readLedger((_b = data[SHEET.ledger]) == null ? void 0 : _b.values);
    for (const record of ledger.records) {
      if (record.excluded) continue;
      const oit = oitRows.has(record.rowId);
      for (const column of LEDGER_COLUMNS) {
        const text = column === "evidence" ? record.evidence.join("\n") : record.done;
        for (const m of findUrls(text)) add(m.url, { sheet: SHEET.ledger, key: record.key, header: LEDGER_HEADER[column], oit });
      }
    }
    return { targets: [...targets.values()], measures, ledger };
  }

  const STATUS_TH = {
    ok: "\u0E40\u0E1B\u0E34\u0E14\u0E44\u0E14\u0E49",
    moved: "\u0E22\u0E49\u0E32\u0E22\u0E17\u0E35\u0E48\u0E41\u0E25\u0E49\u0E27",
    "not-found": "\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E2B\u0E19\u0E49\u0E32 (404)",
    "server-error": "\u0E40\u0E0B\u0E34\u0E23\u0E4C\u0E1F\u0E40\u0E27\u0E2D\u0E23\u0E4C\u0E02\u0E31\u0E14\u0E02\u0E49\u0E2D\u0E07",
    "http-error": "\u0E40\u0E1B\u0E34\u0E14\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49",
    timeout: "\u0E2B\u0E21\u0E14\u0E40\u0E27\u0E25\u0E32\u0E23\u0E2D",
    refused: "\u0E40\u0E0B\u0E34\u0E23\u0E4C\u0E1F\u0E40\u0E27\u0E2D\u0E23\u0E4C\u0E1B\u0E0F\u0E34\u0E40\u0E2A\u0E18\u0E01\u0E32\u0E23\u0E40\u0E0A\u0E37\u0E48\u0E2D\u0E21\u0E15\u0E48\u0E2D",
    unreachable: "\u0E15\u0E34\u0E14\u0E15\u0E48\u0E2D\u0E40\u0E0B\u0E34\u0E23\u0E4C\u0E1F\u0E40\u0E27\u0E2D\u0E23\u0E4C\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49",
    "too-many-redirects": "\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19\u0E40\u0E2A\u0E49\u0E19\u0E17\u0E32\u0E07\u0E27\u0E19\u0E0B\u0E49\u0E33/\u0E21\u0E32\u0E01\u0E40\u0E01\u0E34\u0E19\u0E44\u0E1B",
    "bad-scheme": "\u0E44\u0E21\u0E48\u0E43\u0E0A\u0E48\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E40\u0E27\u0E47\u0E1A (http/https)",
    restricted: "\u0E08\u0E33\u0E01\u0E31\u0E14\u0E2A\u0E34\u0E17\u0E18\u0E34\u0E4C (\u0E1C\u0E39\u0E49\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19\u0E40\u0E1B\u0E34\u0E14\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49)",
    "domain-only": "\u0E40\u0E1B\u0E34\u0E14\u0E44\u0E14\u0E49\u0E40\u0E09\u0E1E\u0E32\u0E30\u0E43\u0E19\u0E2D\u0E07\u0E04\u0E4C\u0E01\u0E23",
    "no-access": "\u0E1A\u0E31\u0E0D\u0E0A\u0E35\u0E17\u0E35\u0E48\u0E15\u0E23\u0E27\u0E08\u0E40\u0E1B\u0E34\u0E14\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49",
    pending: "\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E15\u0E23\u0E27\u0E08"
  };
  function statusFromTh(text) {
    for (const [k, v] of Object.entries(STATUS_TH)) if (v === text) return k;
    return void 0;
  }
  function isOpenable(status) {
    return status === "ok" || status === "moved";
  }

  const LINK_SHEET_HEADER = ["\u0E25\u0E34\u0E07\u0E01\u0E4C", "\u0E0A\u0E35\u0E15", "\u0E23\u0E2B\u0E31\u0E2A\u0E41\u0E16\u0E27/\u0E04\u0E35\u0E22\u0E4C\u0E04\u0E33\u0E15\u0E2D\u0E1A", "\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C", "\u0E2A\u0E16\u0E32\u0E19\u0E30", "\u0E23\u0E32\u0E22\u0E25\u0E30\u0E40\u0E2D\u0E35\u0E22\u0E14", "\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48\u0E1B\u0E25\u0E32\u0E22\u0E17\u0E32\u0E07", "\u0E2B\u0E21\u0E32\u0E22\u0E40\u0E2B\u0E15\u0E38", "\u0E15\u0E23\u0E27\u0E08\u0E40\u0E21\u0E37\u0E48\u0E2D"];
  const COL = { url: 0, sheet: 1, key: 2, header: 3, status: 4, detail: 5, finalUrl: 6, note: 7, checkedAt: 8 };
  const BANGKOK_MS = 7 * 36e5;
  function checkedAtText(ms) {
    if (!ms) return "";
    const d = new Date(ms + BANGKOK_MS);
    const p = (n) => String(n).padStart(2, "0");
    return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
  }
  function checkedAtMs(value) {
    var _a;
    if (Object.prototype.toString.call(value) === "[object Date]") return value.getTime();
    const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)(?::(\d\d))?$/.exec(cellText$1(value));
    if (!m) return 0;
    return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +((_a = m[6]) != null ? _a : 0)) - BANGKOK_MS;
  }
  function offSiteNote(url, use, site) {
    var _a, _b, _c, _d;
    const siteHost = (_c = (_a = httpParts(site)) == null ? void 0 : _a.host) != null ? _c : (_b = httpParts(`https://${site}`)) == null ? void 0 : _b.host;
    const host = (_d = httpParts(url)) == null ? void 0 : _d.host;
    if (!use.oit || !siteHost || !host || onSite(host, siteHost)) return "";
    return `\u0E02\u0E49\u0E2D OIT \u0E04\u0E27\u0E23\u0E43\u0E0A\u0E49\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E1A\u0E19\u0E40\u0E27\u0E47\u0E1A\u0E44\u0E0B\u0E15\u0E4C\u0E2B\u0E25\u0E31\u0E01\u0E02\u0E2D\u0E07\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19 (${siteHost}) \u2014 \u0E25\u0E34\u0E07\u0E01\u0E4C\u0E19\u0E35\u0E49\u0E2D\u0E22\u0E39\u0E48\u0E17\u0E35\u0E48 ${host}`;
  }
  function linkSheetRows(targets, results, site) {
    var _a, _b;
    const rows = [[...LINK_SHEET_HEADER]];
    for (const t of targets) {
      const r = (_a = results.get(linkKey(t.url))) != null ? _a : { url: t.url, status: "pending", detail: "", checkedAt: 0 };
      for (const use of t.uses) {
        rows.push([t.url, use.sheet, use.key, use.header, STATUS_TH[r.status], r.detail, (_b = r.finalUrl) != null ? _b : "", offSiteNote(t.url, use, site), checkedAtText(r.checkedAt)]);
      }
    }
    return rows;
  }
  function readLinkSheet(values) {
    if (!values || values.length === 0) return [];
    const header = values[0].map(normaliseHeader);
    if (!LINK_SHEET_HEADER.every((h, i) => header[i] === normaliseHeader(h))) return [];
    const out = [];
    for (const line of values.slice(1)) {
      const get = (c) => cellText$1(line[c]);
      const url = get(COL.url);
      const status = statusFromTh(get(COL.status));
      if (url === "" || !status) continue;
      const finalUrl = get(COL.finalUrl);
      out.push({
        use: { sheet: get(COL.sheet), key: get(COL.key), header: get(COL.header) },
        result: { url, status, detail: get(COL.detail), ...finalUrl ? { finalUrl } : {}, checkedAt: status === "pending" ? 0 : checkedAtMs(line[COL.checkedAt]) },
        note: get(COL.note)
      });
    }
    return out;
  }

  const useKey = (url, sheet, key, header) => `${linkKey(url)}\0${sheet}\0${key}\0${header}`;
  function linkFindings(data) {
    var _a;
    const rows = readLinkSheet((_a = data[SHEET.links]) == null ? void 0 : _a.values);
    if (rows.length === 0) return [];
    const sources = readLinkSources(data);
    const current = /* @__PURE__ */ new Set();
    for (const t of sources.targets) for (const u of t.uses) current.add(useKey(t.url, u.sheet, u.key, u.header));
    const cells = cellFinder(sources);
    const out = [];
    for (const { use, result, note } of rows) {
      if (!current.has(useKey(result.url, use.sheet, use.key, use.header))) continue;
      const at = cells(use.sheet, use.key, use.header);
      if (!at) continue;
      const problem = result.status !== "pending" && (!isOpenable(result.status) || result.status === "moved");
      const url = result.url.length > 90 ? `${result.url.slice(0, 90)}\u2026` : result.url;
      if (problem) {
        out.push({
          severity: "warning",
          rule: `link-${result.status}`,
          ...at,
          header: use.header,
          messageTh: `\u0E25\u0E34\u0E07\u0E01\u0E4C ${url} \u2014 ${STATUS_TH[result.status]}: ${result.detail} (\u0E1C\u0E25\u0E08\u0E32\u0E01\u0E0A\u0E35\u0E15 "${SHEET.links}")`,
          messageEn: `Link ${result.url}: ${result.status}`
        });
      }
      if (note) {
        out.push({ severity: "warning", rule: "link-off-site", ...at, header: use.header, messageTh: `\u0E25\u0E34\u0E07\u0E01\u0E4C ${url} \u2014 ${note}`, messageEn: `OIT link off the main website: ${result.url}` });
      }
    }
    return out;
  }
  function cellFinder({ measures, ledger }) {
    const measureRow = /* @__PURE__ */ new Map();
    for (const r of measures.rows) if (r.text.rowId !== "" && !measureRow.has(r.text.rowId)) measureRow.set(r.text.rowId, r.row);
    const measureColumn = new Map(Object.entries(MEASURE_HEADER).map(([k, h]) => [h, measures.columns[k]]));
    const ledgerRow = new Map(ledger.records.map((r, i) => [r.key, ledger.rows[i]]));
    const ledgerColumn = new Map(Object.values(LEDGER_HEADER).map((h, i) => [h, i + 1]));
    return (sheet, key, header) => {
      const row = sheet === SHEET.measures ? measureRow.get(key) : sheet === SHEET.ledger ? ledgerRow.get(key) : void 0;
      const column = sheet === SHEET.measures ? measureColumn.get(header) : sheet === SHEET.ledger ? ledgerColumn.get(header) : void 0;
      return row && column ? { sheet, row, column } : void 0;
    };
  }

  const MEASURE_RULES = [
    referencesRule,
    numberingRule,
    resultsRule,
    targetQuantityRule,
    enumeratedCountRule,
    evidenceLinksRule,
    activityDatesRule,
    textLintRule
  ];
  function validateWorkbookData(data) {
    return validateParsed(parseWorkbook(data), data);
  }
  function validateParsed(workbook, formData = {}) {
    const findings = [...workbook.findings];
    const forms = formView(formData, workbook, workbook.config);
    const supplied = (rowId, column) => {
      var _a, _b, _c;
      return ((_c = (_b = (_a = forms.contributions.get(rowId)) == null ? void 0 : _a[column]) == null ? void 0 : _b.length) != null ? _c : 0) > 0;
    };
    const ctx = { ...createContext(workbook, findings), supplied };
    for (const rule of MEASURE_RULES) rule(ctx);
    findings.push(...forms.findings);
    if (workbook.config) findings.push(...completenessFindings(workbook, workbook.config, forms));
    findings.push(...linkFindings(formData));
    if (workbook.measures.length === 0 && findings.every((f) => f.sheet !== SHEET.measures)) {
      findings.push({
        severity: "error",
        rule: "no-measures",
        sheet: SHEET.measures,
        row: 0,
        column: 0,
        header: "",
        messageTh: `\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E21\u0E35\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E43\u0E19\u0E0A\u0E35\u0E15 "${SHEET.measures}" \u2014 \u0E01\u0E23\u0E2D\u0E01\u0E2D\u0E22\u0E48\u0E32\u0E07\u0E19\u0E49\u0E2D\u0E22 \u0E51 \u0E41\u0E16\u0E27`,
        messageEn: "The measures sheet has no rows."
      });
    }
    const sorted = sortFindings(findings, DATA_SHEETS);
    return { workbook, findings: sorted, ...countBySeverity(sorted), contributions: forms.contributions };
  }

  const ACTION_LOCK_MS = 3e4;
  const EDIT_LOCK_MS = 2e3;
  const BUSY_TH = "\u0E21\u0E35\u0E01\u0E32\u0E23\u0E15\u0E23\u0E27\u0E08\u0E2A\u0E2D\u0E1A\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E2B\u0E23\u0E37\u0E2D\u0E1A\u0E31\u0E19\u0E17\u0E36\u0E01\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E2D\u0E22\u0E39\u0E48\u0E43\u0E19\u0E02\u0E13\u0E30\u0E19\u0E35\u0E49 (\u0E2D\u0E32\u0E08\u0E40\u0E1B\u0E47\u0E19\u0E02\u0E2D\u0E07\u0E1C\u0E39\u0E49\u0E43\u0E0A\u0E49\u0E2D\u0E37\u0E48\u0E19) \u0E23\u0E2D\u0E41\u0E25\u0E49\u0E27\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E40\u0E2A\u0E23\u0E47\u0E08 \u2014 \u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E21\u0E35\u0E01\u0E32\u0E23\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19\u0E41\u0E1B\u0E25\u0E07\u0E43\u0E14 \u0E46 \u0E42\u0E1B\u0E23\u0E14\u0E25\u0E2D\u0E07\u0E2A\u0E31\u0E48\u0E07\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07\u0E43\u0E19\u0E2D\u0E35\u0E01\u0E2A\u0E31\u0E01\u0E04\u0E23\u0E39\u0E48";
  class LockBusyError extends Error {
    constructor() {
      super(BUSY_TH);
      this.name = "LockBusyError";
    }
  }
  let heldHere = false;
  function withDocumentLock(timeoutMs, section) {
    if (heldHere) return { ok: true, value: section() };
    const lock = LockService.getDocumentLock();
    if (!lock || !lock.tryLock(timeoutMs)) return { ok: false };
    heldHere = true;
    try {
      return { ok: true, value: section() };
    } finally {
      heldHere = false;
      try {
        SpreadsheetApp.flush();
      } finally {
        lock.releaseLock();
      }
    }
  }

  const ERROR_BACKGROUND = "#f4cccc";
  const WARNING_BACKGROUND = "#fff2cc";
  const NOTE_MARKER = "\u26A0 \u0E1C\u0E25\u0E01\u0E32\u0E23\u0E15\u0E23\u0E27\u0E08\u0E2A\u0E2D\u0E1A ITA:";
  const NO_FILL = "#ffffff";
  const ORIGINAL_LINE = /\n\(สีพื้นเดิม (#[0-9a-f]{6})\)\s*$/i;
  const isMarkColour = (bg) => {
    const c = bg.toLowerCase();
    return c === ERROR_BACKGROUND || c === WARNING_BACKGROUND;
  };
  const isColour = (s) => /^#[0-9a-f]{6}$/i.test(s);
  function stripOurNote(note) {
    const at = note.indexOf(NOTE_MARKER);
    return at === -1 ? note : note.slice(0, at).replace(/\s+$/, "");
  }
  function noteOriginal(note) {
    const at = note.indexOf(NOTE_MARKER);
    if (at === -1) return void 0;
    const m = ORIGINAL_LINE.exec(note.slice(at));
    return m ? m[1].toLowerCase() : void 0;
  }
  function ourSection(list, original) {
    const lines = list.map((f) => `\u2022 ${f.severity === "error" ? "\u0E02\u0E49\u0E2D\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14" : "\u0E04\u0E33\u0E40\u0E15\u0E37\u0E2D\u0E19"}: ${f.messageTh}`);
    return `${NOTE_MARKER}
${lines.join("\n")}
(\u0E2A\u0E35\u0E1E\u0E37\u0E49\u0E19\u0E40\u0E14\u0E34\u0E21 ${original})`;
  }
  function remarkBlock(block, findings, keyOf, memory) {
    var _a, _b, _c, _d;
    const rows = block.backgrounds.length;
    const cols = rows ? block.backgrounds[0].length : 0;
    const backgrounds = [];
    const notes = [];
    const during = /* @__PURE__ */ new Map();
    const after = /* @__PURE__ */ new Map();
    for (let r = 0; r < rows; r++) {
      backgrounds.push([]);
      notes.push([]);
      for (let c = 0; c < cols; c++) {
        const note = block.notes[r][c];
        const bg = block.backgrounds[r][c].toLowerCase();
        let base = bg;
        if (isMarkColour(bg)) {
          const key = keyOf(block.top + r, block.left + c);
          const remembered = key === void 0 ? void 0 : memory.get(key);
          const hasOurNote = note.includes(NOTE_MARKER);
          if (hasOurNote || remembered !== void 0) {
            base = (_b = (_a = hasOurNote ? noteOriginal(note) : void 0) != null ? _a : remembered) != null ? _b : NO_FILL;
            if (key !== void 0) during.set(key, { original: base, column: block.left + c });
          }
        }
        backgrounds[r].push(base === NO_FILL ? null : base);
        notes[r].push(stripOurNote(note));
      }
    }
    const notesFirst = block.notes.map((line) => [...line]);
    const byCell = /* @__PURE__ */ new Map();
    for (const f of findings) {
      const r = f.row - block.top;
      const c = f.column - block.left;
      if (f.row === 0 || f.column === 0 || r < 0 || r >= rows || c < 0 || c >= cols) continue;
      const at = `${r},${c}`;
      byCell.set(at, [...(_c = byCell.get(at)) != null ? _c : [], f]);
    }
    for (const [at, list] of byCell) {
      const [r, c] = at.split(",").map(Number);
      list.sort((a, b) => a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1);
      const original = (_d = backgrounds[r][c]) != null ? _d : NO_FILL;
      const key = keyOf(block.top + r, block.left + c);
      if (key !== void 0) {
        during.set(key, { original, column: block.left + c });
        after.set(key, { original, column: block.left + c });
      }
      backgrounds[r][c] = list[0].severity === "error" ? ERROR_BACKGROUND : WARNING_BACKGROUND;
      const ours = ourSection(list, original);
      notes[r][c] = notes[r][c] ? `${notes[r][c]}

${ours}` : ours;
      notesFirst[r][c] = notes[r][c];
    }
    return { backgrounds, notesFirst, notes, during, after };
  }
  const MERGE_GAP_CELLS = 40;
  function changedBoxes(a, b, same) {
    const boxes = [];
    let open;
    a.forEach((line, r) => {
      let left = -1;
      let right = -1;
      line.forEach((v, c) => {
        if (same(v, b[r][c])) return;
        if (left === -1) left = c;
        right = c;
      });
      if (left === -1) return;
      const gapCells = open ? (r - open.bottom - 1) * (Math.max(open.right, right) - Math.min(open.left, left) + 1) : Infinity;
      if (open && gapCells <= MERGE_GAP_CELLS) {
        open.bottom = r;
        open.left = Math.min(open.left, left);
        open.right = Math.max(open.right, right);
      } else boxes.push(open = { top: r, bottom: r, left, right });
    });
    return boxes;
  }

  const HEADER_ROW_KEY = "(\u0E2B\u0E31\u0E27\u0E15\u0E32\u0E23\u0E32\u0E07)";
  const SEP = "\0";
  const KEY_COLUMN = {
    [SHEET.units]: UNIT_HEADER.code,
    [SHEET.headings]: HEADING_HEADER.code,
    [SHEET.measures]: MEASURE_HEADER.rowId
  };
  function joinKey(sheet, row, column) {
    return [sheet, row, column].join(SEP);
  }
  function splitKey(key) {
    const [sheet, row, column] = key.split(SEP);
    return { sheet, row, column };
  }
  function uniqueIndex(texts) {
    const seen = /* @__PURE__ */ new Map();
    const twice = /* @__PURE__ */ new Set();
    texts.forEach((t, i) => {
      if (t === "") return;
      if (seen.has(t)) twice.add(t);
      else seen.set(t, i);
    });
    for (const t of twice) seen.delete(t);
    return seen;
  }
  function cellKeysOf(sheet, data) {
    var _a, _b;
    const values = (_a = data == null ? void 0 : data.values) != null ? _a : [];
    const unique = (texts) => {
      const index = uniqueIndex(texts);
      return texts.map((t) => index.get(t) === void 0 ? void 0 : t);
    };
    if (sheet === SHEET.config) {
      const labels = unique(values.map((line) => normaliseHeader(Array.isArray(line) ? line[0] : "")));
      return {
        rowKeyOf: (row) => labels[row - 1],
        columnOf: (part) => /^#\d+$/.test(part) ? Number(part.slice(1)) : void 0,
        keyOf: (row, column) => {
          const label = labels[row - 1];
          return label === void 0 ? void 0 : joinKey(sheet, label, `#${column}`);
        }
      };
    }
    const keyHeader = normaliseHeader((_b = KEY_COLUMN[sheet]) != null ? _b : "");
    const headerIndex = values.slice(0, 5).findIndex((line) => Array.isArray(line) && line.some((c) => normaliseHeader(c) === keyHeader));
    if (keyHeader === "" || headerIndex === -1) return { keyOf: () => void 0, rowKeyOf: () => void 0, columnOf: () => void 0 };
    const headers = unique(values[headerIndex].map((c) => normaliseHeader(c)));
    const keyColumn = headers.indexOf(keyHeader);
    const rowKeys = unique(values.map((line, r) => r > headerIndex && Array.isArray(line) ? cellText$1(line[keyColumn]) : ""));
    rowKeys[headerIndex] = HEADER_ROW_KEY;
    return {
      rowKeyOf: (row) => rowKeys[row - 1],
      columnOf: (part) => {
        const at = headers.indexOf(part);
        return at === -1 ? void 0 : at + 1;
      },
      keyOf: (row, column) => {
        const rowKey = rowKeys[row - 1];
        const header = headers[column - 1];
        return rowKey === void 0 || header === void 0 ? void 0 : joinKey(sheet, rowKey, header);
      }
    };
  }

  function ensureSheetSize(sheet, rows, columns) {
    const maxRows = sheet.getMaxRows();
    if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    const maxColumns = sheet.getMaxColumns();
    if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  }

  const HEADER$1 = ["\u0E0A\u0E35\u0E15", "\u0E04\u0E35\u0E22\u0E4C\u0E41\u0E16\u0E27", "\u0E2B\u0E31\u0E27\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C", "\u0E2A\u0E35\u0E1E\u0E37\u0E49\u0E19\u0E40\u0E14\u0E34\u0E21", "\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C\u0E25\u0E48\u0E32\u0E2A\u0E38\u0E14"];
  const LEGACY_HEADER = ["\u0E0A\u0E35\u0E15", "\u0E41\u0E16\u0E27", "\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C", "\u0E2A\u0E35\u0E1E\u0E37\u0E49\u0E19\u0E40\u0E14\u0E34\u0E21"];
  function memoryIntact(memory) {
    return memory.layout !== null;
  }
  function loadMarks(ss) {
    const sheet = ss.getSheetByName(SHEET.marks);
    const entries = /* @__PURE__ */ new Map();
    const legacy = [];
    if (!sheet) return { entries, legacy, sheet: null, layout: null };
    const last = sheet.getLastRow();
    let all = [];
    let readable = true;
    try {
      all = last >= 1 ? sheet.getRange(1, 1, last, HEADER$1.length).getValues() : [];
    } catch (error) {
      readable = false;
      console.warn(`loadMarks: "${SHEET.marks}" could not be read; it will be rewritten`, error);
    }
    const headerIntact = all.length > 0 && HEADER$1.every((h, i) => cellText$1(all[0][i]) === h);
    const values = all.slice(1);
    if (all.length > 0 && LEGACY_HEADER.every((h, i) => cellText$1(all[0][i]) === h)) {
      for (const [s, r, c, bg] of values) {
        const original = cellText$1(bg).toLowerCase();
        if (cellText$1(s) !== "" && Number(r) > 0 && Number(c) > 0 && isColour(original)) {
          legacy.push({ sheet: cellText$1(s), row: Number(r), column: Number(c), original });
        }
      }
      return { entries, legacy, sheet, layout: null };
    }
    const layout = [];
    let damaged = !readable || all.length > 0 && !headerIntact;
    for (const line of values) {
      const cells = HEADER$1.map((_, i) => cellText$1(line[i]));
      const [s, r, c, bg, hint] = cells;
      const original = bg.toLowerCase();
      if (cells.every((v) => v === "")) {
        layout.push({ key: void 0, cells });
        continue;
      }
      const key = s === "" || r === "" || c === "" || !isColour(original) ? void 0 : joinKey(s, r, c);
      if (key === void 0 || entries.has(key)) {
        damaged = true;
        layout.push({ key: void 0, cells });
        continue;
      }
      entries.set(key, { original, column: Math.max(0, Math.trunc(Number(hint)) || 0) });
      layout.push({ key, cells });
    }
    return { entries, legacy, sheet, layout: damaged || all.length === 0 ? null : layout };
  }
  function rowOf(key, e) {
    const { sheet: s, row, column } = splitKey(key);
    return { write: [`'${s}`, `'${row}`, `'${column}`, e.original, e.column], cells: [s, row, column, e.original, String(e.column)] };
  }
  const BLANK = HEADER$1.map(() => "");
  function saveMarks(ss, memory, entries) {
    var _a;
    let sheet = (_a = memory.sheet) != null ? _a : ss.getSheetByName(SHEET.marks);
    if (!sheet) sheet = ss.insertSheet(SHEET.marks);
    if (!sheet.isSheetHidden()) sheet.hideSheet();
    memory.sheet = sheet;
    if (memory.layout === null) {
      rewriteWhole(sheet, memory, entries);
      return;
    }
    const layout = memory.layout.map((row) => row.key !== void 0 && !entries.has(row.key) ? { key: void 0, cells: BLANK } : row);
    const placed = new Set(layout.map((row) => row.key));
    const rows = layout.map(
      (row) => row.key === void 0 ? { ...row, write: BLANK } : { ...row, ...rowOf(row.key, entries.get(row.key)) }
    );
    for (const [key, e] of entries) {
      if (placed.has(key)) continue;
      const free = rows.findIndex((row2) => row2.key === void 0);
      const row = { key, ...rowOf(key, e) };
      if (free === -1) rows.push(row);
      else rows[free] = row;
    }
    const before = memory.layout;
    const changed = rows.map((row, i) => before[i] === void 0 || row.cells.some((v, c) => v !== before[i].cells[c]));
    ensureSheetSize(sheet, rows.length + 1, HEADER$1.length);
    for (let i = 0; i < rows.length; i++) {
      if (!changed[i]) continue;
      let j = i;
      while (j + 1 < rows.length && changed[j + 1]) j++;
      sheet.getRange(i + 2, 1, j - i + 1, HEADER$1.length).setValues(rows.slice(i, j + 1).map((row) => row.write));
      i = j;
    }
    memory.layout = rows.map(({ key, cells }) => ({ key, cells }));
  }
  function rewriteWhole(sheet, memory, entries) {
    const rows = [...entries].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, e]) => ({ key, ...rowOf(key, e) }));
    const oldRows = sheet.getLastRow();
    ensureSheetSize(sheet, rows.length + 1, HEADER$1.length);
    sheet.getRange(1, 1, rows.length + 1, HEADER$1.length).setValues([HEADER$1, ...rows.map((row) => row.write)]);
    if (oldRows > rows.length + 1) sheet.getRange(rows.length + 2, 1, oldRows - rows.length - 1, HEADER$1.length).clearContent();
    memory.layout = rows.map(({ key, cells }) => ({ key, cells }));
  }

  function planRows(sheet, name, data, findings, memory, first, last) {
    const keys = cellKeysOf(name, data);
    const own = findings.filter((f) => f.sheet === name);
    const maxColumns = sheet.getMaxColumns();
    let left = Infinity;
    let right = 0;
    const reach = (c) => {
      if (c === void 0 || c < 1 || c > maxColumns) return;
      left = Math.min(left, c);
      right = Math.max(right, c);
    };
    for (const f of own) if (f.row >= first && f.row <= last) reach(f.column);
    for (const [key, e] of memory.entries) {
      const at = splitKey(key);
      if (at.sheet !== name) continue;
      reach(e.column);
      reach(keys.columnOf(at.column));
    }
    for (const m of memory.legacy) if (m.sheet === name) reach(m.column);
    if (!memoryIntact(memory)) {
      reach(1);
      reach(Math.min(sheet.getLastColumn(), maxColumns));
    }
    if (last < first || right === 0) return void 0;
    const width = right - left + 1;
    const range = sheet.getRange(first, left, last - first + 1, width);
    const block = { top: first, left, backgrounds: range.getBackgrounds(), notes: range.getNotes() };
    const { keyOf, rowKeyOf } = keys;
    const rowKeys = /* @__PURE__ */ new Set();
    for (let r = first; r <= last; r++) {
      const key = rowKeyOf(r);
      if (key !== void 0) rowKeys.add(key);
    }
    const covers = (key) => {
      const at = splitKey(key);
      return at.sheet === name && rowKeys.has(at.row);
    };
    const originals = new Map([...memory.entries].map(([k, e]) => [k, e.original]));
    for (const m of memory.legacy) {
      const key = m.sheet === name ? keyOf(m.row, m.column) : void 0;
      if (key !== void 0 && !originals.has(key)) originals.set(key, m.original);
    }
    return { ...remarkBlock(block, own, keyOf, originals), sheet, block, width, covers };
  }
  function applyPlans(ss, memory, plans, kept) {
    const merge = (pick) => {
      const all = new Map(kept);
      for (const p of plans) for (const [k, v] of pick(p)) all.set(k, v);
      return all;
    };
    saveMarks(ss, memory, merge((p) => p.during));
    for (const p of plans) {
      write(p, p.notesFirst, p.block.notes, (x, y) => x === y, (range, v) => range.setNotes(v));
      write(p, p.backgrounds, p.block.backgrounds, (x, y) => (x != null ? x : NO_FILL) === y.toLowerCase(), (range, v) => range.setBackgrounds(v));
      write(p, p.notes, p.notesFirst, (x, y) => x === y, (range, v) => range.setNotes(v));
    }
    saveMarks(ss, memory, merge((p) => p.after));
  }
  function entriesOutside(memory, plans, covered) {
    const kept = /* @__PURE__ */ new Map();
    for (const [k, v] of memory.entries) if (!covered(k) && !plans.some((p) => p.covers(k))) kept.set(k, v);
    return kept;
  }
  function write(plan, next, before, same, set) {
    for (const box of changedBoxes(next, before, same)) {
      const rows = next.slice(box.top, box.bottom + 1).map((line) => line.slice(box.left, box.right + 1));
      set(plan.sheet.getRange(plan.block.top + box.top, plan.block.left + box.left, rows.length, rows[0].length), rows);
    }
  }

  function answerContext(data, parsed = parseWorkbook(data)) {
    var _a, _b;
    const table = readTable(SHEET.measures, data[SHEET.measures], { rowId: MEASURE_HEADER.rowId }, ["rowId"]);
    const rowIds = new Set(table.rows.map((r) => r.text.rowId).filter((id) => id !== ""));
    const style = (_b = (_a = parsed.config) == null ? void 0 : _a.digitStyle) != null ? _b : "thai";
    const labels = new Map(rowLabels(parsed, style).map((l) => [l.label.replace(/\s+/g, " ").trim(), l.rowId]));
    return { units: parsed.units.map((u) => u.value), rowIds, labels, config: parsed.config };
  }

  const WIDTH = LEDGER_HEADER_ROW.length;
  const LEDGER_WIDTH = WIDTH;
  const LEDGER_NOTE = '\u0E0A\u0E35\u0E15\u0E19\u0E35\u0E49\u0E42\u0E1B\u0E23\u0E41\u0E01\u0E23\u0E21\u0E40\u0E02\u0E35\u0E22\u0E19\u0E40\u0E2D\u0E07\u0E08\u0E32\u0E01\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21 (\u0E0A\u0E35\u0E15 "\u0E01\u0E32\u0E23\u0E15\u0E2D\u0E1A\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21 \u2026" \u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E41\u0E01\u0E49\u0E44\u0E02) \u2014 \u0E2D\u0E22\u0E48\u0E32\u0E41\u0E01\u0E49\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E43\u0E19\u0E0A\u0E35\u0E15\u0E19\u0E35\u0E49 \u0E40\u0E1E\u0E23\u0E32\u0E30\u0E40\u0E21\u0E19\u0E39 "\u0E14\u0E36\u0E07\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E17\u0E31\u0E49\u0E07\u0E2B\u0E21\u0E14\u0E43\u0E2B\u0E21\u0E48" \u0E08\u0E30\u0E40\u0E02\u0E35\u0E22\u0E19\u0E17\u0E31\u0E1A \u0E22\u0E01\u0E40\u0E27\u0E49\u0E19\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C "\u0E44\u0E21\u0E48\u0E43\u0E0A\u0E49\u0E43\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19" \u0E17\u0E35\u0E48\u0E43\u0E2A\u0E48\u0E40\u0E04\u0E23\u0E37\u0E48\u0E2D\u0E07\u0E2B\u0E21\u0E32\u0E22\u0E40\u0E1E\u0E37\u0E48\u0E2D\u0E44\u0E21\u0E48\u0E19\u0E33\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E19\u0E31\u0E49\u0E19\u0E40\u0E02\u0E49\u0E32\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E44\u0E14\u0E49 (\u0E40\u0E04\u0E23\u0E37\u0E48\u0E2D\u0E07\u0E2B\u0E21\u0E32\u0E22\u0E15\u0E34\u0E14\u0E44\u0E1B\u0E01\u0E31\u0E1A\u0E04\u0E33\u0E15\u0E2D\u0E1A \u0E41\u0E21\u0E49\u0E0A\u0E35\u0E15\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E16\u0E39\u0E01\u0E40\u0E23\u0E35\u0E22\u0E07\u0E2B\u0E23\u0E37\u0E2D\u0E25\u0E1A\u0E41\u0E16\u0E27) \u0E41\u0E25\u0E30\u0E25\u0E1A\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21 "\u0E1C\u0E39\u0E49\u0E15\u0E2D\u0E1A\u0E41\u0E01\u0E49\u0E44\u0E02\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E2B\u0E25\u0E31\u0E07\u0E08\u0E32\u0E01\u0E16\u0E39\u0E01\u0E15\u0E31\u0E14\u0E2D\u0E2D\u0E01 \u2026" \u0E43\u0E19\u0E0A\u0E48\u0E2D\u0E07\u0E40\u0E2B\u0E15\u0E38\u0E1C\u0E25\u0E40\u0E21\u0E37\u0E48\u0E2D\u0E15\u0E23\u0E27\u0E08\u0E41\u0E25\u0E49\u0E27';
  const KNOWN_SHEETS = /* @__PURE__ */ new Set([
    SHEET.config,
    SHEET.units,
    SHEET.headings,
    SHEET.measures,
    SHEET.findings,
    SHEET.marks,
    SHEET.ledger,
    SHEET.surveys
  ]);
  function sheetValues(ss, name) {
    const sheet = ss.getSheetByName(name);
    return sheet ? sheet.getDataRange().getValues() : void 0;
  }
  function readAnswerContext(ss) {
    const data = {};
    for (const name of [SHEET.config, SHEET.units, SHEET.measures]) {
      const values = sheetValues(ss, name);
      if (values) data[name] = { values };
    }
    return answerContext(data);
  }
  function headerOf(sheet) {
    const width = sheet.getLastColumn();
    return width === 0 ? [] : sheet.getRange(1, 1, 1, width).getValues()[0];
  }
  function looksLikeProgressSheet(header) {
    if (responseColumns(header)) return false;
    const stamps = TIMESTAMP_HEADERS.map(normaliseHeader);
    return header.some((h) => stamps.includes(normaliseHeader(h))) && Object.keys(questionColumns(header)).length >= 3;
  }
  function scanResponsesSheets(ss) {
    const sheets = [];
    const unreadable = [];
    for (const sheet of ss.getSheets()) {
      const name = sheet.getName();
      if (KNOWN_SHEETS.has(name)) continue;
      const header = headerOf(sheet);
      const columns = responseColumns(header);
      if (columns) sheets.push({ sheet, id: sheet.getSheetId(), name, columns });
      else if (looksLikeProgressSheet(header)) unreadable.push(name);
    }
    return { sheets, unreadable };
  }
  function ensureLedgerSheet(ss) {
    const existing = ss.getSheetByName(SHEET.ledger);
    if (existing) return { sheet: existing, created: false };
    const sheet = ss.insertSheet(SHEET.ledger);
    const header = sheet.getRange(1, 1, 1, WIDTH);
    header.setValues([LEDGER_HEADER_ROW]);
    header.setFontWeight("bold");
    header.setBackground(HEADER_BACKGROUND$1);
    sheet.getRange(1, 1).setNote(LEDGER_NOTE);
    sheet.setFrozenRows(1);
    sheet.protect().setDescription("ITA: \u0E0A\u0E35\u0E15\u0E1C\u0E25\u0E08\u0E32\u0E01\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21 \u2014 \u0E42\u0E1B\u0E23\u0E41\u0E01\u0E23\u0E21\u0E40\u0E02\u0E35\u0E22\u0E19\u0E40\u0E2D\u0E07").setWarningOnly(true);
    return { sheet, created: true };
  }
  function readLedgerIndex(sheet) {
    const lastRow = sheet.getLastRow();
    if (lastRow < 1) return null;
    const header = sheet.getRange(1, 1, 1, WIDTH).getValues()[0].map((v) => cellText$1(v));
    if (LEDGER_HEADER_ROW.some((h, i) => header[i] !== h)) return null;
    if (lastRow === 1) return { keys: [], sheets: [], fingerprints: [], lastRow };
    const at = (c) => LEDGER_HEADER_ROW.indexOf(LEDGER_HEADER[c]) + 1;
    const pairs = sheet.getRange(2, at("key"), lastRow - 1, 2).getValues();
    const prints = sheet.getRange(2, at("fingerprint"), lastRow - 1, 1).getValues();
    const keys = pairs.map((r) => ledgerText(r[0]));
    if (keys.some((k) => k === "") || new Set(keys).size !== keys.length) return null;
    return { keys, sheets: pairs.map((r) => ledgerText(r[1])), fingerprints: prints.map((r) => ledgerText(r[0])), lastRow };
  }
  function ensureRows(sheet, lastRow) {
    const max = sheet.getMaxRows();
    if (lastRow > max) sheet.insertRowsAfter(max, lastRow - max);
  }
  function writeLedgerRows(sheet, firstRow, records) {
    if (records.length === 0) return;
    ensureRows(sheet, firstRow + records.length - 1);
    const range = sheet.getRange(firstRow, 1, records.length, WIDTH);
    range.setNumberFormat("@");
    range.setValues(records.map(ledgerCells));
    range.setBackgrounds(ledgerBackgrounds(records));
  }
  function rewriteLedger(sheet, records, previousLastRow) {
    const rows = Math.max(records.length + 1, previousLastRow);
    ensureRows(sheet, rows);
    const blank = rows - records.length - 1;
    const range = sheet.getRange(1, 1, rows, WIDTH);
    range.setNumberFormat("@");
    range.setValues([
      LEDGER_HEADER_ROW,
      ...records.map(ledgerCells),
      ...Array.from({ length: blank }, () => new Array(WIDTH).fill(""))
    ]);
    range.setBackgrounds([
      new Array(WIDTH).fill(HEADER_BACKGROUND$1),
      ...ledgerBackgrounds(records),
      ...Array.from({ length: blank }, () => new Array(WIDTH).fill("#ffffff"))
    ]);
  }
  const HEADER_BACKGROUND$1 = "#d9e2f3";
  function ledgerBackgrounds(records) {
    return records.map((r) => new Array(WIDTH).fill(CHECK_BACKGROUND[r.check]));
  }

  const MISSED_PROPERTY = "ITA_FORMS_MISSED_AT";
  function noteMissed() {
    try {
      PropertiesService.getDocumentProperties().setProperty(MISSED_PROPERTY, (/* @__PURE__ */ new Date()).toISOString());
    } catch (error) {
      console.warn("onFormSubmit: could not note the missed answer", error);
    }
  }
  function clearMissed() {
    try {
      PropertiesService.getDocumentProperties().deleteProperty(MISSED_PROPERTY);
    } catch (error) {
      console.warn("could not clear the missed-answer note", error);
    }
  }
  function missedNoted() {
    try {
      return PropertiesService.getDocumentProperties().getProperty(MISSED_PROPERTY) !== null;
    } catch {
      return false;
    }
  }

  const EDITED_AFTER_EXCLUDE = '\u0E1C\u0E39\u0E49\u0E15\u0E2D\u0E1A\u0E41\u0E01\u0E49\u0E44\u0E02\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E2B\u0E25\u0E31\u0E07\u0E08\u0E32\u0E01\u0E16\u0E39\u0E01\u0E15\u0E31\u0E14\u0E2D\u0E2D\u0E01 (\u0E44\u0E21\u0E48\u0E43\u0E0A\u0E49\u0E43\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19) \u2014 \u0E15\u0E23\u0E27\u0E08\u0E2A\u0E2D\u0E1A\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07: \u0E16\u0E49\u0E32\u0E08\u0E30\u0E43\u0E0A\u0E49 \u0E43\u0E2B\u0E49\u0E25\u0E1A\u0E40\u0E04\u0E23\u0E37\u0E48\u0E2D\u0E07\u0E2B\u0E21\u0E32\u0E22\u0E43\u0E19\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C "\u0E44\u0E21\u0E48\u0E43\u0E0A\u0E49\u0E43\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19" \u0E16\u0E49\u0E32\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E43\u0E0A\u0E49 \u0E43\u0E2B\u0E49\u0E25\u0E1A\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E19\u0E35\u0E49\u0E2D\u0E2D\u0E01\u0E08\u0E32\u0E01\u0E0A\u0E48\u0E2D\u0E07\u0E40\u0E2B\u0E15\u0E38\u0E1C\u0E25';
  const NOT_FOUND_AGAIN = '\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E19\u0E35\u0E49\u0E43\u0E19\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E2B\u0E23\u0E37\u0E2D\u0E0A\u0E35\u0E15\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E41\u0E25\u0E49\u0E27 (\u0E16\u0E39\u0E01\u0E25\u0E1A?) \u2014 \u0E40\u0E01\u0E47\u0E1A\u0E44\u0E27\u0E49\u0E44\u0E21\u0E48\u0E43\u0E2B\u0E49\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E2B\u0E32\u0E22: \u0E16\u0E49\u0E32\u0E44\u0E21\u0E48\u0E43\u0E0A\u0E49 \u0E43\u0E2B\u0E49\u0E43\u0E2A\u0E48\u0E40\u0E04\u0E23\u0E37\u0E48\u0E2D\u0E07\u0E2B\u0E21\u0E32\u0E22\u0E43\u0E19\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C "\u0E44\u0E21\u0E48\u0E43\u0E0A\u0E49\u0E43\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19" \u0E2B\u0E23\u0E37\u0E2D\u0E25\u0E1A\u0E41\u0E16\u0E27\u0E19\u0E35\u0E49';
  const isLegacyKey = (key) => /^\d+:\d+$/.test(key);
  function flagged(record, reason, level = "warning") {
    if (record.reasons.includes(reason)) return record;
    const check = level === "invalid" || record.check === "invalid" ? "invalid" : "warning";
    return { ...record, check, reasons: [...record.reasons, reason] };
  }
  function carry(previous, next) {
    if (!previous || !previous.excluded && previous.excludeCell === void 0) return next;
    const out = { ...next, excluded: previous.excluded, excludeCell: previous.excludeCell };
    const edited = previous.fingerprint !== next.fingerprint || previous.reasons.includes(EDITED_AFTER_EXCLUDE);
    return previous.excluded && edited ? flagged(out, EDITED_AFTER_EXCLUDE) : out;
  }
  function claims(previous, fresh, legacy) {
    const byKey = /* @__PURE__ */ new Map();
    const byPrint = /* @__PURE__ */ new Map();
    previous.forEach((r, i) => {
      var _a;
      if (!byKey.has(r.key)) byKey.set(r.key, i);
      byPrint.set(r.fingerprint, [...(_a = byPrint.get(r.fingerprint)) != null ? _a : [], i]);
    });
    const freshKeys = new Set(fresh.map((f) => f.key));
    const taken = /* @__PURE__ */ new Set();
    const out = fresh.map((f) => {
      const i = byKey.get(f.key);
      if (i === void 0 || taken.has(i)) return void 0;
      taken.add(i);
      return i;
    });
    fresh.forEach((f, n) => {
      var _a, _b;
      if (out[n] !== void 0) return;
      const candidates = ((_a = byPrint.get(f.fingerprint)) != null ? _a : []).filter((j) => !taken.has(j) && !freshKeys.has(previous[j].key));
      const i = (_b = candidates.find((j) => !previous[j].excluded)) != null ? _b : candidates[0];
      const old = i != null ? i : legacy ? byKey.get(legacy(f)) : void 0;
      if (old !== void 0 && !taken.has(old)) {
        taken.add(old);
        out[n] = old;
      }
    });
    return out;
  }
  function mergeLedger(previous, fresh, legacy) {
    const identified = new Set(fresh.filter((r) => !r.key.startsWith(CONTENT_KEY_PREFIX)).map((r) => r.fingerprint));
    const keys = /* @__PURE__ */ new Set();
    const unique = fresh.filter(
      (r) => !keys.has(r.key) && !(r.key.startsWith(CONTENT_KEY_PREFIX) && identified.has(r.fingerprint)) && keys.add(r.key)
    );
    const claim = claims(previous, unique, legacy);
    const merge = { records: [], added: 0, changed: 0, unchanged: 0, kept: 0, replaced: 0 };
    const placed = [];
    unique.forEach((f, n) => {
      const i = claim[n];
      const old = i === void 0 ? void 0 : previous[i];
      if (!old) merge.added++;
      else if (old.fingerprint !== f.fingerprint) merge.changed++;
      else merge.unchanged++;
      placed.push({ at: i != null ? i : previous.length + n, record: carry(old, f) });
    });
    const claimed = new Set(claim.filter((i) => i !== void 0));
    const prints = new Set(unique.map((f) => f.fingerprint));
    previous.forEach((r, i) => {
      if (claimed.has(i)) return;
      if (prints.has(r.fingerprint)) {
        merge.replaced++;
        return;
      }
      merge.kept++;
      placed.push({ at: i, record: flagged(r, NOT_FOUND_AGAIN) });
    });
    merge.records = placed.sort((a, b) => a.at - b.at).map((p) => p.record);
    return merge;
  }
  function planUpserts(existing, incoming) {
    const plan = { writes: [], added: 0, replaced: 0, unchanged: 0 };
    const used = /* @__PURE__ */ new Set();
    const seen = /* @__PURE__ */ new Set();
    const incomingKeys = new Set(incoming.map((r) => r.key));
    for (const record of incoming) {
      if (seen.has(record.key)) continue;
      seen.add(record.key);
      let i = existing.findIndex((r) => r.key === record.key);
      if (i === -1) i = existing.findIndex((r, j) => !used.has(j) && r.fingerprint === record.fingerprint && !incomingKeys.has(r.key));
      if (i === -1) {
        plan.writes.push({ index: -1, record });
        plan.added++;
        continue;
      }
      used.add(i);
      if (existing[i].key === record.key && existing[i].fingerprint === record.fingerprint) {
        plan.unchanged++;
        continue;
      }
      plan.writes.push({ index: i, record: carry(existing[i], record) });
      plan.replaced++;
    }
    return plan;
  }

  function notInFormReason(sheet, row) {
    return `\u0E41\u0E16\u0E27 ${row} \u0E02\u0E2D\u0E07\u0E0A\u0E35\u0E15 "${sheet}" \u0E44\u0E21\u0E48\u0E15\u0E23\u0E07\u0E01\u0E31\u0E1A\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E43\u0E14\u0E43\u0E19\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21 (\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E16\u0E39\u0E01\u0E25\u0E1A\u0E43\u0E19\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21 \u0E2A\u0E33\u0E40\u0E19\u0E32\u0E40\u0E01\u0E48\u0E32\u0E02\u0E2D\u0E07\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E17\u0E35\u0E48\u0E41\u0E01\u0E49\u0E44\u0E02\u0E41\u0E25\u0E49\u0E27 \u0E2B\u0E23\u0E37\u0E2D\u0E41\u0E16\u0E27\u0E17\u0E35\u0E48\u0E1E\u0E34\u0E21\u0E1E\u0E4C\u0E40\u0E2D\u0E07\u0E43\u0E19\u0E0A\u0E35\u0E15) \u2014 \u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E40\u0E1B\u0E47\u0E19\u0E2B\u0E25\u0E31\u0E01 \u0E08\u0E36\u0E07\u0E44\u0E21\u0E48\u0E19\u0E33\u0E40\u0E02\u0E49\u0E32\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19: \u0E16\u0E49\u0E32\u0E15\u0E49\u0E2D\u0E07\u0E43\u0E0A\u0E49 \u0E43\u0E2B\u0E49\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19\u0E2A\u0E48\u0E07\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E17\u0E32\u0E07\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21`;
  }
  function seconds(stamp) {
    const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)$/.exec(timestampText(stamp));
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN;
  }
  function merged(response, tab) {
    const raw = { ...response.raw };
    for (const q of QUESTIONS) if (cellText$1(raw[q.key]) === "" && cellText$1(tab.raw[q.key]) !== "") raw[q.key] = tab.raw[q.key];
    return { ...response, raw, sheet: tab.sheet, row: tab.row };
  }
  function matchTab(tab, responses) {
    const pairOf = new Array(responses.length).fill(-1);
    const free = new Set(responses.map((_, i) => i));
    const paired = /* @__PURE__ */ new Set();
    const take = (ti, ri) => {
      free.delete(ri);
      paired.add(ti);
      pairOf[ri] = ti;
    };
    const prints = responses.map(sourceFingerprint);
    const tabPrints = tab.map(sourceFingerprint);
    const byPrint = /* @__PURE__ */ new Map();
    prints.forEach((p, i) => {
      var _a;
      return byPrint.set(p, [...(_a = byPrint.get(p)) != null ? _a : [], i]);
    });
    tabPrints.forEach((p, ti) => {
      var _a;
      const ri = ((_a = byPrint.get(p)) != null ? _a : []).find((i) => free.has(i));
      if (ri !== void 0) take(ti, ri);
    });
    const pairedPrints = new Set([...paired].map((ti) => tabPrints[ti]));
    const copy = new Set(tab.map((_, ti) => ti).filter((ti) => !paired.has(ti) && pairedPrints.has(tabPrints[ti])));
    const stamps = responses.map((r) => seconds(r.timestamp));
    const tabStamps = tab.map((t) => seconds(t.timestamp));
    const byTime = (near) => (ti, ri) => Math.abs(stamps[ri] - tabStamps[ti]) <= near;
    const answers = responses.map((r) => fingerprintOf("", r.raw));
    const tabAnswers = tab.map((t) => fingerprintOf("", t.raw));
    const sameAnswers = (ti, ri) => tabAnswers[ti] === answers[ri];
    for (const same of [byTime(0), byTime(1e3), sameAnswers]) {
      tab.forEach((_, ti) => {
        if (paired.has(ti) || copy.has(ti) || free.size === 0) return;
        for (const ri of free) {
          if (!same(ti, ri)) continue;
          take(ti, ri);
          return;
        }
      });
    }
    const out = {
      responses: responses.map((r, i) => pairOf[i] === -1 ? r : merged(r, tab[pairOf[i]])),
      lonely: [],
      notInTab: free.size,
      copies: 0
    };
    const seen = /* @__PURE__ */ new Set([...out.responses.map(sourceFingerprint), ...prints, ...[...paired].map((ti) => tabPrints[ti])]);
    tab.forEach((t, ti) => {
      if (paired.has(ti)) return;
      if (seen.has(tabPrints[ti])) {
        out.copies++;
        return;
      }
      seen.add(tabPrints[ti]);
      out.lonely.push(t);
    });
    return out;
  }

  function openSheetForm(sheet) {
    var _a;
    let url;
    try {
      url = sheet.getFormUrl();
    } catch {
      url = null;
    }
    if (!url) return { problem: "\u0E44\u0E21\u0E48\u0E21\u0E35\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E40\u0E0A\u0E37\u0E48\u0E2D\u0E21\u0E01\u0E31\u0E1A\u0E0A\u0E35\u0E15\u0E19\u0E35\u0E49\u0E41\u0E25\u0E49\u0E27 (\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E16\u0E39\u0E01\u0E25\u0E1A \u0E2B\u0E23\u0E37\u0E2D\u0E40\u0E25\u0E34\u0E01\u0E2A\u0E48\u0E07\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E21\u0E32\u0E17\u0E35\u0E48\u0E0A\u0E35\u0E15\u0E19\u0E35\u0E49)" };
    let form;
    try {
      form = FormApp.openByUrl(url);
    } catch {
      return { problem: "\u0E40\u0E1B\u0E34\u0E14\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E02\u0E2D\u0E07\u0E0A\u0E35\u0E15\u0E19\u0E35\u0E49\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 (\u0E16\u0E39\u0E01\u0E25\u0E1A \u0E2B\u0E23\u0E37\u0E2D\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E41\u0E0A\u0E23\u0E4C\u0E43\u0E2B\u0E49\u0E1C\u0E39\u0E49\u0E43\u0E0A\u0E49\u0E19\u0E35\u0E49)" };
    }
    const all = form.getItems();
    const columns = questionColumns(all.map((i) => i.getTitle()));
    if (columns.unit === void 0 || columns.row === void 0)
      return { problem: "\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E02\u0E2D\u0E07\u0E0A\u0E35\u0E15\u0E19\u0E35\u0E49\u0E44\u0E21\u0E48\u0E21\u0E35\u0E04\u0E33\u0E16\u0E32\u0E21\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19\u0E2B\u0E23\u0E37\u0E2D\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E41\u0E25\u0E49\u0E27 (\u0E0A\u0E37\u0E48\u0E2D\u0E04\u0E33\u0E16\u0E32\u0E21\u0E16\u0E39\u0E01\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19)" };
    const items = {};
    for (const q of QUESTIONS) items[q.key] = ((_a = columns[q.key]) != null ? _a : []).map((i) => all[i]);
    return { form, items };
  }
  function responseSources(reader, sheet, since) {
    const responses = since ? reader.form.getResponses(since) : reader.form.getResponses();
    return responses.map((response) => {
      var _a;
      const raw = {};
      for (const q of QUESTIONS) {
        raw[q.key] = "";
        for (const item of (_a = reader.items[q.key]) != null ? _a : []) {
          const answer = response.getResponseForItem(item);
          const value = answer ? answer.getResponse() : "";
          const text = Array.isArray(value) ? value.join(", ") : String(value != null ? value : "");
          if (text.trim() !== "") {
            raw[q.key] = text;
            break;
          }
        }
      }
      return {
        responseId: response.getId(),
        sheet,
        row: 0,
        timestamp: response.getTimestamp(),
        raw,
        editUrl: response.getEditResponseUrl()
      };
    });
  }

  function syncLedger(ss, mode) {
    const { sheets, unreadable } = scanResponsesSheets(ss);
    const summary = {
      responsesSheets: sheets.map((s) => s.name),
      responses: 0,
      added: 0,
      changed: 0,
      removed: 0,
      unchanged: 0,
      kept: 0,
      notInTab: 0,
      notInForm: 0,
      invalid: 0,
      warnings: 0,
      fallback: [],
      wrote: false
    };
    if (sheets.length === 0 && mode === "catch-up") return summary;
    if (unreadable.length > 0) {
      summary.refused = `\u0E0A\u0E35\u0E15 ${unreadable.map((n) => `"${n}"`).join(", ")} \u0E21\u0E35\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E1C\u0E25 \u0E41\u0E15\u0E48\u0E0A\u0E37\u0E48\u0E2D\u0E04\u0E33\u0E16\u0E32\u0E21\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19\u0E2B\u0E23\u0E37\u0E2D\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E16\u0E39\u0E01\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19\u0E43\u0E19\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21 \u0E08\u0E36\u0E07\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E14\u0E36\u0E07\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E43\u0E2B\u0E21\u0E48 (\u0E0A\u0E35\u0E15 "${SHEET.ledger}" \u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19) \u2014 \u0E40\u0E23\u0E35\u0E22\u0E01\u0E40\u0E21\u0E19\u0E39 "\u0E2A\u0E23\u0E49\u0E32\u0E07/\u0E1B\u0E23\u0E31\u0E1A\u0E1B\u0E23\u0E38\u0E07\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E1C\u0E25" \u0E40\u0E1E\u0E37\u0E48\u0E2D\u0E04\u0E37\u0E19\u0E0A\u0E37\u0E48\u0E2D\u0E04\u0E33\u0E16\u0E32\u0E21 \u0E41\u0E25\u0E49\u0E27\u0E2A\u0E31\u0E48\u0E07\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07`;
      return summary;
    }
    const ledger = ensureLedgerSheet(ss).sheet;
    const range = ledger.getDataRange();
    const values = range.getValues();
    const read = readLedger(values);
    const tabs = sheets.map((s) => ({ ...s, lines: sourcesFromResponses(s.name, s.sheet.getDataRange().getValues()) }));
    if (mode === "catch-up") {
      const known = new Set(read.records.map((r) => r.fingerprint));
      const legacy = read.records.some((r) => isLegacyKey(r.key));
      if (!legacy && tabs.every((t) => t.lines.every((l) => known.has(sourceFingerprint(l))))) {
        clearMissed();
        return summary;
      }
    }
    if (sheets.length === 0 && read.records.length > 0) {
      summary.refused = `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E0A\u0E35\u0E15\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E02\u0E2D\u0E07\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E1C\u0E25\u0E43\u0E19\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19\u0E19\u0E35\u0E49 \u0E08\u0E36\u0E07\u0E44\u0E21\u0E48\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19\u0E0A\u0E35\u0E15 "${SHEET.ledger}" (\u0E21\u0E35 ${read.records.length} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23)`;
      return summary;
    }
    const ctx = readAnswerContext(ss);
    const fresh = [];
    for (const t of tabs) {
      const form = readForm(t.sheet, t.name);
      if ("problem" in form) {
        summary.fallback.push({ sheet: t.name, problem: form.problem });
        fresh.push(...records(t.lines, ctx));
        continue;
      }
      const match = matchTab(t.lines, form.sources);
      summary.notInTab += match.notInTab;
      summary.notInForm += match.lonely.length;
      fresh.push(...records(match.responses, ctx));
      fresh.push(...records(match.lonely, ctx).map((r) => flagged(r, notInFormReason(r.sheet, r.row), "invalid")));
    }
    const idOf = new Map(tabs.map((t) => [t.name, t.id]));
    const merge = mergeLedger(read.records, fresh, (r) => `${idOf.get(r.sheet)}:${r.row}`);
    Object.assign(summary, {
      responses: fresh.length,
      added: merge.added,
      changed: merge.changed,
      removed: merge.replaced,
      unchanged: merge.unchanged,
      kept: merge.kept,
      invalid: merge.records.filter((r) => r.check === "invalid").length,
      warnings: merge.records.filter((r) => r.check === "warning").length
    });
    const next = [LEDGER_HEADER_ROW, ...merge.records.map(ledgerCells)];
    const colours = [new Array(LEDGER_WIDTH).fill(HEADER_BACKGROUND$1), ...merge.records.map((r) => new Array(LEDGER_WIDTH).fill(CHECK_BACKGROUND[r.check]))];
    const backgrounds = range.getBackgrounds();
    const same = values.length === next.length && next.every(
      (line, r) => line.length === values[r].length && line.every((v, c) => cellText$1(typeof v === "string" ? storedText(v) : v) === cellText$1(values[r][c]) && colours[r][c] === backgrounds[r][c])
    );
    if (!same) {
      rewriteLedger(ledger, merge.records, values.length);
      summary.wrote = true;
    }
    for (const f of summary.fallback) console.warn(`forms: sheet "${f.sheet}" read without its form: ${f.problem}`);
    clearMissed();
    return summary;
  }
  function readForm(sheet, name) {
    const reader = openSheetForm(sheet);
    if ("problem" in reader) return reader;
    try {
      return { sources: responseSources(reader, name) };
    } catch (error) {
      console.warn(`forms: the responses of the form of "${name}" could not be read`, error);
      return { problem: "\u0E2D\u0E48\u0E32\u0E19\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E08\u0E32\u0E01\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E02\u0E2D\u0E07\u0E0A\u0E35\u0E15\u0E19\u0E35\u0E49\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E43\u0E19\u0E04\u0E23\u0E31\u0E49\u0E07\u0E19\u0E35\u0E49 (\u0E25\u0E2D\u0E07\u0E2A\u0E31\u0E48\u0E07\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07\u0E20\u0E32\u0E22\u0E2B\u0E25\u0E31\u0E07)" };
    }
  }
  function records(sources, ctx) {
    return sources.map((s) => recordFromSource(s, ctx)).filter((r) => r !== null);
  }
  function summaryText(s) {
    if (s.refused) return s.refused;
    if (s.responsesSheets.length === 0)
      return '\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E0A\u0E35\u0E15\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E02\u0E2D\u0E07\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E1C\u0E25 \u2014 \u0E40\u0E23\u0E35\u0E22\u0E01\u0E40\u0E21\u0E19\u0E39 "\u0E2A\u0E23\u0E49\u0E32\u0E07/\u0E1B\u0E23\u0E31\u0E1A\u0E1B\u0E23\u0E38\u0E07\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E1C\u0E25" \u0E01\u0E48\u0E2D\u0E19';
    const lines = [
      `\u0E2D\u0E48\u0E32\u0E19\u0E04\u0E33\u0E15\u0E2D\u0E1A ${s.responses} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23 (\u0E08\u0E32\u0E01\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21 \u0E41\u0E25\u0E30\u0E0A\u0E35\u0E15 ${s.responsesSheets.map((n) => `"${n}"`).join(", ")})`,
      `\u0E40\u0E1E\u0E34\u0E48\u0E21\u0E43\u0E2B\u0E21\u0E48 ${s.added} \xB7 \u0E41\u0E01\u0E49\u0E44\u0E02 ${s.changed} \xB7 \u0E40\u0E2B\u0E21\u0E37\u0E2D\u0E19\u0E40\u0E14\u0E34\u0E21 ${s.unchanged}` + (s.removed > 0 ? ` \xB7 \u0E23\u0E27\u0E21\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23\u0E0B\u0E49\u0E33 ${s.removed}` : "")
    ];
    for (const f of s.fallback)
      lines.push(
        `\u26A0 \u0E0A\u0E35\u0E15 "${f.sheet}": ${f.problem} \u2014 \u0E08\u0E36\u0E07\u0E43\u0E0A\u0E49\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E08\u0E32\u0E01\u0E0A\u0E35\u0E15\u0E19\u0E35\u0E49\u0E2D\u0E22\u0E48\u0E32\u0E07\u0E40\u0E14\u0E35\u0E22\u0E27 (\u0E23\u0E30\u0E1A\u0E38\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E14\u0E49\u0E27\u0E22\u0E1B\u0E23\u0E30\u0E17\u0E31\u0E1A\u0E40\u0E27\u0E25\u0E32\u0E41\u0E25\u0E30\u0E40\u0E19\u0E37\u0E49\u0E2D\u0E2B\u0E32): \u0E16\u0E49\u0E32\u0E41\u0E16\u0E27\u0E43\u0E19\u0E0A\u0E35\u0E15\u0E19\u0E35\u0E49\u0E16\u0E39\u0E01\u0E41\u0E01\u0E49 \u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E40\u0E14\u0E34\u0E21\u0E22\u0E31\u0E07\u0E40\u0E01\u0E47\u0E1A\u0E44\u0E27\u0E49\u0E41\u0E25\u0E30\u0E16\u0E39\u0E01\u0E17\u0E33\u0E40\u0E04\u0E23\u0E37\u0E48\u0E2D\u0E07\u0E2B\u0E21\u0E32\u0E22\u0E43\u0E2B\u0E49\u0E15\u0E23\u0E27\u0E08`
      );
    if (s.notInTab > 0) lines.push(`\u0E04\u0E33\u0E15\u0E2D\u0E1A ${s.notInTab} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23\u0E44\u0E21\u0E48\u0E2D\u0E22\u0E39\u0E48\u0E43\u0E19\u0E0A\u0E35\u0E15\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E41\u0E25\u0E49\u0E27 (\u0E41\u0E16\u0E27\u0E16\u0E39\u0E01\u0E25\u0E1A) \u2014 \u0E22\u0E31\u0E07\u0E43\u0E0A\u0E49\u0E15\u0E32\u0E21\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21`);
    if (s.notInForm > 0) lines.push(`\u0E41\u0E16\u0E27 ${s.notInForm} \u0E41\u0E16\u0E27\u0E43\u0E19\u0E0A\u0E35\u0E15\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E44\u0E21\u0E48\u0E15\u0E23\u0E07\u0E01\u0E31\u0E1A\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E43\u0E14\u0E43\u0E19\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21 \u2014 \u0E40\u0E01\u0E47\u0E1A\u0E44\u0E27\u0E49 \u0E23\u0E30\u0E1A\u0E32\u0E22\u0E2A\u0E35\u0E41\u0E14\u0E07\u0E1E\u0E23\u0E49\u0E2D\u0E21\u0E40\u0E2B\u0E15\u0E38\u0E1C\u0E25 \u0E41\u0E25\u0E30\u0E44\u0E21\u0E48\u0E19\u0E33\u0E40\u0E02\u0E49\u0E32\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19`);
    if (s.kept > 0) lines.push(`\u0E04\u0E33\u0E15\u0E2D\u0E1A ${s.kept} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E17\u0E31\u0E49\u0E07\u0E43\u0E19\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E41\u0E25\u0E30\u0E0A\u0E35\u0E15\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E41\u0E25\u0E49\u0E27 \u2014 \u0E40\u0E01\u0E47\u0E1A\u0E44\u0E27\u0E49\u0E43\u0E19\u0E0A\u0E35\u0E15 "${SHEET.ledger}" \u0E1E\u0E23\u0E49\u0E2D\u0E21\u0E40\u0E2B\u0E15\u0E38\u0E1C\u0E25`);
    if (s.invalid > 0) lines.push(`\u0E43\u0E0A\u0E49\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 ${s.invalid} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23 (\u0E23\u0E30\u0E1A\u0E32\u0E22\u0E2A\u0E35\u0E41\u0E14\u0E07\u0E43\u0E19\u0E0A\u0E35\u0E15 "${SHEET.ledger}" \u0E1E\u0E23\u0E49\u0E2D\u0E21\u0E40\u0E2B\u0E15\u0E38\u0E1C\u0E25)`);
    if (s.warnings > 0) lines.push(`\u0E21\u0E35\u0E04\u0E33\u0E40\u0E15\u0E37\u0E2D\u0E19 ${s.warnings} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23 (\u0E2A\u0E35\u0E40\u0E2B\u0E25\u0E37\u0E2D\u0E07)`);
    lines.push(s.wrote ? `\u0E40\u0E02\u0E35\u0E22\u0E19\u0E0A\u0E35\u0E15 "${SHEET.ledger}" \u0E43\u0E2B\u0E21\u0E48\u0E41\u0E25\u0E49\u0E27` : "\u0E44\u0E21\u0E48\u0E21\u0E35\u0E2A\u0E34\u0E48\u0E07\u0E17\u0E35\u0E48\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19");
    return lines.join("\n");
  }

  const LOOK_BACK_MS = 2e3;
  function recordSubmission(ss, sheet, header, row) {
    const columns = responseColumns(header);
    const ledger = ensureLedgerSheet(ss).sheet;
    const index = readLedgerIndex(ledger);
    if (!index) return recordSubmissionReadingAll(ss, sheet, ledger, header, row);
    if (index.keys.some(isLegacyKey)) {
      syncLedger(ss, "catch-up");
      return;
    }
    const name = sheet.getName();
    const line = sheet.getRange(row, 1, 1, header.length).getValues()[0];
    const tab = sourceFromLine(name, row, line, columns);
    const known = isBlankSource(tab) || index.fingerprints.includes(sourceFingerprint(tab));
    if (!known) {
      const record = recordFromSource(identify(sheet, tab), readAnswerContext(ss));
      if (record && (index.keys.includes(record.key) || index.fingerprints.includes(record.fingerprint))) {
        applyUpserts(ledger, ledger.getDataRange().getValues(), [record]);
      } else if (record) writeLedgerRows(ledger, index.lastRow + 1, [record]);
    }
    catchUpIfMissed(ss, sheet, index.sheets.filter((s) => s === name).length + (known ? 0 : 1));
  }
  function recordSubmissionReadingAll(ss, sheet, ledger, header, row) {
    const columns = responseColumns(header);
    const ledgerValues = ledger.getDataRange().getValues();
    const read = readLedger(ledgerValues);
    if (read.records.some((r) => isLegacyKey(r.key))) {
      syncLedger(ss, "catch-up");
      return;
    }
    const name = sheet.getName();
    const line = sheet.getRange(row, 1, 1, header.length).getValues()[0];
    const tab = sourceFromLine(name, row, line, columns);
    const known = isBlankSource(tab) || read.records.some((r) => r.fingerprint === sourceFingerprint(tab));
    if (!known) {
      const record = recordFromSource(identify(sheet, tab), readAnswerContext(ss));
      if (record) applyUpserts(ledger, ledgerValues, [record]);
    }
    catchUpIfMissed(ss, sheet, read.records.filter((r) => r.sheet === name).length + (known ? 0 : 1));
  }
  function catchUpIfMissed(ss, sheet, held) {
    const shown = sheet.getLastRow() - 1;
    if (shown > held || missedNoted()) syncLedger(ss, "catch-up");
  }
  function identify(sheet, tab) {
    const reader = openSheetForm(sheet);
    if ("problem" in reader) {
      console.warn(`onFormSubmit: ${reader.problem}; the answer is kept by its content (run reconcileResponses later).`);
      return tab;
    }
    const stamp = tab.timestamp;
    const when = Object.prototype.toString.call(stamp) === "[object Date]" ? stamp.getTime() : NaN;
    const since = Number.isNaN(when) ? void 0 : new Date(when - LOOK_BACK_MS);
    const match = matchTab([tab], responseSources(reader, tab.sheet, since));
    const found = match.responses.find((r) => r.row === tab.row);
    if (found) return found;
    console.warn(`onFormSubmit: row ${tab.row} of "${tab.sheet}" matches no form response; kept by its content.`);
    return tab;
  }
  function applyUpserts(ledger, ledgerValues, incoming) {
    const read = readLedger(ledgerValues);
    const plan = planUpserts(read.records, incoming);
    if (plan.writes.length === 0) return plan;
    const appended = plan.writes.filter((w) => w.index === -1).map((w) => w.record);
    const replaced = plan.writes.filter((w) => w.index !== -1);
    const records = [...read.records];
    for (const w of replaced) records[w.index] = w.record;
    const contiguous = read.headerOk && read.rows.every((r, i) => r === i + 2) && ledgerValues.length === read.rows.length + 1;
    if (!contiguous) {
      rewriteLedger(ledger, [...records, ...appended], ledgerValues.length);
    } else if (replaced.length === 0) {
      writeLedgerRows(ledger, ledgerValues.length + 1, appended);
    } else {
      const from = Math.min(...replaced.map((w) => w.index));
      writeLedgerRows(ledger, from + 2, [...records.slice(from), ...appended]);
    }
    return plan;
  }

  const NOTES = {
    rowId: "\u0E23\u0E2B\u0E31\u0E2A\u0E41\u0E16\u0E27\u0E43\u0E19\u0E0A\u0E35\u0E15\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23 \u0E17\u0E35\u0E48\u0E1C\u0E25\u0E41\u0E1A\u0E1A\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19\u0E19\u0E35\u0E49\u0E08\u0E30\u0E44\u0E1B\u0E2D\u0E22\u0E39\u0E48",
    sheet: '\u0E0A\u0E37\u0E48\u0E2D\u0E41\u0E17\u0E47\u0E1A\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E02\u0E2D\u0E07\u0E41\u0E1A\u0E1A\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19\u0E43\u0E19\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19\u0E19\u0E35\u0E49 \u0E40\u0E0A\u0E48\u0E19 "\u0E01\u0E32\u0E23\u0E15\u0E2D\u0E1A\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21 2" (\u0E43\u0E19\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21: \u0E04\u0E33\u0E15\u0E2D\u0E1A > \u0E25\u0E34\u0E07\u0E01\u0E4C\u0E01\u0E31\u0E1A\u0E0A\u0E35\u0E15 > \u0E40\u0E25\u0E37\u0E2D\u0E01\u0E2A\u0E40\u0E1B\u0E23\u0E14\u0E0A\u0E35\u0E15\u0E17\u0E35\u0E48\u0E21\u0E35\u0E2D\u0E22\u0E39\u0E48 = \u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19\u0E19\u0E35\u0E49)',
    questions: "\u0E2B\u0E31\u0E27\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C\u0E02\u0E2D\u0E07\u0E04\u0E33\u0E16\u0E32\u0E21\u0E21\u0E32\u0E15\u0E23\u0E27\u0E31\u0E14 \u0E51\u2013\u0E55 \u0E1A\u0E23\u0E23\u0E17\u0E31\u0E14\u0E25\u0E30 \u0E51 \u0E04\u0E33\u0E16\u0E32\u0E21 \u2014 \u0E40\u0E27\u0E49\u0E19\u0E27\u0E48\u0E32\u0E07 = \u0E17\u0E38\u0E01\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C\u0E17\u0E35\u0E48\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E40\u0E1B\u0E47\u0E19 \u0E51\u2013\u0E55 \u0E17\u0E31\u0E49\u0E07\u0E2B\u0E21\u0E14",
    label: '\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E19\u0E33\u0E2B\u0E19\u0E49\u0E32\u0E1C\u0E25 \u0E40\u0E0A\u0E48\u0E19 "\u0E04\u0E27\u0E32\u0E21\u0E1E\u0E36\u0E07\u0E1E\u0E2D\u0E43\u0E08\u0E20\u0E32\u0E1E\u0E23\u0E27\u0E21" (\u0E40\u0E27\u0E49\u0E19\u0E27\u0E48\u0E32\u0E07\u0E44\u0E14\u0E49)'
  };
  const WIDTHS$1 = { rowId: 120, sheet: 200, questions: 360, label: 220 };
  function ensureSurveySheet(ss) {
    if (ss.getSheetByName(SHEET.surveys)) return false;
    const sheet = ss.insertSheet(SHEET.surveys);
    const keys = Object.keys(SURVEY_HEADER);
    const header = sheet.getRange(1, 1, 1, keys.length);
    header.setValues([keys.map((k) => SURVEY_HEADER[k])]);
    header.setNotes([keys.map((k) => NOTES[k])]);
    header.setFontWeight("bold");
    header.setBackground("#d9e2f3");
    keys.forEach((k, i) => sheet.setColumnWidth(i + 1, WIDTHS$1[k]));
    sheet.setFrozenRows(1);
    return true;
  }
  function ensureFormSheets(ss, actions) {
    if (ensureSurveySheet(ss)) actions.push(`\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E0A\u0E35\u0E15 "${SHEET.surveys}" (\u0E40\u0E0A\u0E37\u0E48\u0E2D\u0E21\u0E41\u0E1A\u0E1A\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19\u0E04\u0E27\u0E32\u0E21\u0E1E\u0E36\u0E07\u0E1E\u0E2D\u0E43\u0E08\u0E01\u0E31\u0E1A\u0E41\u0E16\u0E27\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23)`);
  }

  const FORM_ID_PROPERTY = "ITA_PROGRESS_FORM_ID";
  const ITEM_IDS_PROPERTY = "ITA_PROGRESS_FORM_ITEMS";
  const SUBMIT_HANDLER = "onFormSubmit";
  function syncProgressFormIn(ss) {
    const result = ensureProgressForm(ss);
    showResult(result);
    return result;
  }
  function itemType(kind) {
    return kind === "list" ? FormApp.ItemType.LIST : kind === "paragraph" ? FormApp.ItemType.PARAGRAPH_TEXT : FormApp.ItemType.TEXT;
  }
  function openStoredForm(id) {
    if (!id) return null;
    let form;
    try {
      form = FormApp.openById(id);
    } catch {
      return null;
    }
    try {
      if (DriveApp.getFileById(id).isTrashed()) return null;
    } catch {
    }
    return form;
  }
  function ensureProgressForm(ss) {
    var _a, _b;
    const actions = [];
    const data = {};
    for (const name of [SHEET.config, SHEET.units, SHEET.headings, SHEET.measures]) {
      const values = sheetValues(ss, name);
      if (values) data[name] = { values };
    }
    const workbook = parseWorkbook(data);
    const style = (_b = (_a = workbook.config) == null ? void 0 : _a.digitStyle) != null ? _b : "thai";
    const units = workbook.units.map((u) => u.value);
    const rows = rowLabels(workbook, style);
    const base = { created: false, actions, rows: rows.length, units: units.length };
    if (units.length === 0 || rows.length === 0) {
      return {
        ...base,
        ok: false,
        problem: `\u0E22\u0E31\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49: \u0E15\u0E49\u0E2D\u0E07\u0E21\u0E35\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19\u0E43\u0E19\u0E0A\u0E35\u0E15 "${SHEET.units}" \u0E41\u0E25\u0E30\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E43\u0E19\u0E0A\u0E35\u0E15 "${SHEET.measures}" \u0E2D\u0E22\u0E48\u0E32\u0E07\u0E19\u0E49\u0E2D\u0E22\u0E2D\u0E22\u0E48\u0E32\u0E07\u0E25\u0E30 \u0E51 \u0E41\u0E16\u0E27 (\u0E40\u0E23\u0E35\u0E22\u0E01\u0E40\u0E21\u0E19\u0E39 "\u0E15\u0E23\u0E27\u0E08\u0E2A\u0E2D\u0E1A\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25" \u0E40\u0E1E\u0E37\u0E48\u0E2D\u0E14\u0E39\u0E41\u0E16\u0E27\u0E17\u0E35\u0E48\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E04\u0E23\u0E1A)`
      };
    }
    const props = PropertiesService.getDocumentProperties();
    const storedId = props.getProperty(FORM_ID_PROPERTY);
    let form = openStoredForm(storedId);
    let created = false;
    if (!form) {
      form = FormApp.create(formTitle(workbook.config));
      form.setDescription(FORM_DESCRIPTION);
      form.setConfirmationMessage(FORM_CONFIRMATION);
      form.setAllowResponseEdits(true);
      props.setProperty(FORM_ID_PROPERTY, form.getId());
      props.deleteProperty(ITEM_IDS_PROPERTY);
      created = true;
      actions.push(
        storedId ? "\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E40\u0E14\u0E34\u0E21 (\u0E16\u0E39\u0E01\u0E25\u0E1A\u0E2B\u0E23\u0E37\u0E2D\u0E22\u0E49\u0E32\u0E22\u0E44\u0E1B\u0E16\u0E31\u0E07\u0E02\u0E22\u0E30) \u0E08\u0E36\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E43\u0E2B\u0E21\u0E48 \u2014 \u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E40\u0E01\u0E48\u0E32\u0E22\u0E31\u0E07\u0E2D\u0E22\u0E39\u0E48\u0E43\u0E19\u0E0A\u0E35\u0E15\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E40\u0E14\u0E34\u0E21 \u0E41\u0E25\u0E30\u0E22\u0E31\u0E07\u0E16\u0E39\u0E01\u0E19\u0E33\u0E40\u0E02\u0E49\u0E32\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19; \u0E2A\u0E48\u0E07\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E43\u0E2B\u0E21\u0E48\u0E43\u0E2B\u0E49\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19" : "\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E1C\u0E25\u0E43\u0E2B\u0E21\u0E48"
      );
    }
    const choices = {
      unit: units.map(unitLabel),
      row: rows.map((r) => r.label),
      round: roundChoices(style),
      status: [...STATUS_CHOICES]
    };
    ensureItems(form, props, choices, actions, created);
    let linked = false;
    try {
      linked = form.getDestinationId() === ss.getId();
    } catch {
      linked = false;
    }
    if (!linked) {
      form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
      actions.push('\u0E15\u0E31\u0E49\u0E07\u0E43\u0E2B\u0E49\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E02\u0E2D\u0E07\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E40\u0E02\u0E49\u0E32\u0E21\u0E32\u0E43\u0E19\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19\u0E19\u0E35\u0E49 (\u0E0A\u0E35\u0E15 "\u0E01\u0E32\u0E23\u0E15\u0E2D\u0E1A\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21 \u2026" \u0E40\u0E1B\u0E47\u0E19\u0E2A\u0E33\u0E40\u0E19\u0E32\u0E02\u0E2D\u0E07\u0E04\u0E33\u0E15\u0E2D\u0E1A: \u0E40\u0E23\u0E35\u0E22\u0E07\u0E25\u0E33\u0E14\u0E31\u0E1A\u0E2B\u0E23\u0E37\u0E2D\u0E01\u0E23\u0E2D\u0E07\u0E44\u0E14\u0E49 \u0E41\u0E15\u0E48\u0E2D\u0E22\u0E48\u0E32\u0E41\u0E01\u0E49\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E43\u0E19\u0E0A\u0E35\u0E15\u0E19\u0E31\u0E49\u0E19)');
    }
    if (ensureSubmitTrigger(ss)) actions.push("\u0E15\u0E34\u0E14\u0E15\u0E31\u0E49\u0E07\u0E17\u0E23\u0E34\u0E01\u0E40\u0E01\u0E2D\u0E23\u0E4C\u0E1A\u0E31\u0E19\u0E17\u0E36\u0E01\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E2D\u0E31\u0E15\u0E42\u0E19\u0E21\u0E31\u0E15\u0E34 (onFormSubmit)");
    if (ensureLedgerSheet(ss).created) actions.push(`\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E0A\u0E35\u0E15 "${SHEET.ledger}" (\u0E1C\u0E25\u0E08\u0E32\u0E01\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E17\u0E35\u0E48\u0E15\u0E23\u0E27\u0E08\u0E41\u0E25\u0E49\u0E27)`);
    if (ensureSurveySheet(ss)) actions.push(`\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E0A\u0E35\u0E15 "${SHEET.surveys}" (\u0E40\u0E0A\u0E37\u0E48\u0E2D\u0E21\u0E41\u0E1A\u0E1A\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19\u0E01\u0E31\u0E1A\u0E41\u0E16\u0E27\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23)`);
    return {
      ...base,
      ok: true,
      created,
      formId: form.getId(),
      publishedUrl: form.getPublishedUrl(),
      editUrl: form.getEditUrl()
    };
  }
  function ensureItems(form, props, choices, actions, created) {
    var _a, _b;
    let stored = {};
    try {
      stored = JSON.parse((_a = props.getProperty(ITEM_IDS_PROPERTY)) != null ? _a : "{}");
    } catch {
      stored = {};
    }
    const items = form.getItems();
    const info = items.map((item) => ({ item, id: item.getId(), title: normaliseHeader(item.getTitle()), type: String(item.getType()) }));
    const used = /* @__PURE__ */ new Set();
    const ids = {};
    const added = [];
    const repaired = [];
    for (const spec of QUESTIONS) {
      const type = String(itemType(spec.kind));
      const found = (_b = info.find((i) => i.id === stored[spec.key] && i.type === type && !used.has(i.id))) != null ? _b : info.find((i) => i.title === normaliseHeader(spec.title) && i.type === type && !used.has(i.id));
      let question;
      if (found) {
        question = typed(found.item, spec.kind);
        if (found.title !== normaliseHeader(spec.title)) repaired.push(spec.title);
      } else {
        question = addItem(form, spec.kind);
        if (!created) added.push(spec.title);
      }
      const id = found ? found.id : question.getId();
      used.add(id);
      ids[spec.key] = id;
      configure(question, spec, choices[spec.key]);
    }
    props.setProperty(ITEM_IDS_PROPERTY, JSON.stringify(ids));
    if (added.length > 0) actions.push(`\u0E40\u0E1E\u0E34\u0E48\u0E21\u0E04\u0E33\u0E16\u0E32\u0E21 ${added.map((t) => `"${t}"`).join(", ")}`);
    if (repaired.length > 0) actions.push(`\u0E04\u0E37\u0E19\u0E0A\u0E37\u0E48\u0E2D\u0E04\u0E33\u0E16\u0E32\u0E21 ${repaired.map((t) => `"${t}"`).join(", ")} (\u0E0A\u0E37\u0E48\u0E2D\u0E04\u0E33\u0E16\u0E32\u0E21\u0E43\u0E0A\u0E49\u0E08\u0E31\u0E1A\u0E04\u0E39\u0E48\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C\u0E43\u0E19\u0E0A\u0E35\u0E15\u0E04\u0E33\u0E15\u0E2D\u0E1A)`);
    if (!created) actions.push("\u0E1B\u0E23\u0E31\u0E1A\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19 \u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23/\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22 \u0E23\u0E2D\u0E1A \u0E41\u0E25\u0E30\u0E2A\u0E16\u0E32\u0E19\u0E30 \u0E43\u0E2B\u0E49\u0E15\u0E23\u0E07\u0E01\u0E31\u0E1A\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19");
  }
  function addItem(form, kind) {
    return kind === "list" ? form.addListItem() : kind === "paragraph" ? form.addParagraphTextItem() : form.addTextItem();
  }
  function typed(item, kind) {
    return kind === "list" ? item.asListItem() : kind === "paragraph" ? item.asParagraphTextItem() : item.asTextItem();
  }
  function configure(question, spec, values) {
    question.setTitle(spec.title);
    question.setHelpText(spec.help);
    question.setRequired(spec.required);
    if (spec.kind === "list") question.setChoiceValues(values != null ? values : []);
  }
  function ensureSubmitTrigger(ss) {
    const wanted = String(ScriptApp.EventType.ON_FORM_SUBMIT);
    const exists = ScriptApp.getProjectTriggers().some(
      (t) => t.getHandlerFunction() === SUBMIT_HANDLER && String(t.getEventType()) === wanted
    );
    if (exists) return false;
    ScriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(ss).onFormSubmit().create();
    return true;
  }
  function escapeHtml$1(s) {
    return s.replace(/[&<>"']/g, (c) => {
      var _a;
      return (_a = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]) != null ? _a : c;
    });
  }
  function showResult(result) {
    var _a;
    const ui = SpreadsheetApp.getUi();
    if (!result.ok) {
      ui.alert("\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E1C\u0E25", (_a = result.problem) != null ? _a : "\u0E22\u0E31\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49", ui.ButtonSet.OK);
      return;
    }
    const link = (url, text) => url ? `<p>${text}<br><a href="${escapeHtml$1(url)}" target="_blank">${escapeHtml$1(url)}</a></p>` : "";
    const html = HtmlService.createHtmlOutput(
      `<div style="font-family:Sarabun,sans-serif;font-size:14px;line-height:1.5">
<p><b>\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E1C\u0E25\u0E1E\u0E23\u0E49\u0E2D\u0E21\u0E43\u0E0A\u0E49</b> (\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19 ${result.units} \u0E2B\u0E19\u0E48\u0E27\u0E22 \xB7 \u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23/\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22 ${result.rows} \u0E41\u0E16\u0E27)</p>
<ul>${result.actions.map((a) => `<li>${escapeHtml$1(a)}</li>`).join("")}</ul>
${link(result.publishedUrl, "\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E2A\u0E33\u0E2B\u0E23\u0E31\u0E1A\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19\u0E15\u0E2D\u0E1A\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21 (\u0E2A\u0E48\u0E07\u0E43\u0E2B\u0E49\u0E1C\u0E39\u0E49\u0E1B\u0E23\u0E30\u0E2A\u0E32\u0E19\u0E07\u0E32\u0E19\u0E02\u0E2D\u0E07\u0E41\u0E15\u0E48\u0E25\u0E30\u0E2A\u0E33\u0E19\u0E31\u0E01/\u0E2B\u0E19\u0E48\u0E27\u0E22):")}
${link(result.editUrl, "\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E41\u0E01\u0E49\u0E44\u0E02\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21 (\u0E40\u0E09\u0E1E\u0E32\u0E30\u0E1C\u0E39\u0E49\u0E14\u0E39\u0E41\u0E25 \u2014 \u0E2D\u0E22\u0E48\u0E32\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19\u0E0A\u0E37\u0E48\u0E2D\u0E04\u0E33\u0E16\u0E32\u0E21):")}
<p style="color:#555">\u0E40\u0E1E\u0E34\u0E48\u0E21\u0E2B\u0E23\u0E37\u0E2D\u0E41\u0E01\u0E49\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19/\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E41\u0E25\u0E49\u0E27 \u0E43\u0E2B\u0E49\u0E40\u0E23\u0E35\u0E22\u0E01\u0E40\u0E21\u0E19\u0E39\u0E19\u0E35\u0E49\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07 \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23\u0E43\u0E19\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E08\u0E30\u0E1B\u0E23\u0E31\u0E1A\u0E15\u0E32\u0E21 \u0E42\u0E14\u0E22\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E40\u0E14\u0E34\u0E21\u0E44\u0E21\u0E48\u0E2B\u0E32\u0E22</p>
</div>`
    ).setWidth(560).setHeight(380);
    ui.showModalDialog(html, "\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E1C\u0E25");
  }

  const SUBMIT_LOCK_MS = 2e4;
  const RECONCILE_LOCK_MS = 3e4;
  function syncProgressForm() {
    syncProgressFormIn(SpreadsheetApp.getActiveSpreadsheet());
  }
  function handleFormSubmit(e) {
    const sheetEvent = e && e.range ? e : void 0;
    const ss = sheetEvent ? sheetEvent.range.getSheet().getParent() : SpreadsheetApp.getActiveSpreadsheet();
    let target;
    if (sheetEvent) {
      const sheet = sheetEvent.range.getSheet();
      const header = headerOf(sheet);
      if (!responseColumns(header)) {
        if (looksLikeProgressSheet(header)) {
          console.warn(
            `onFormSubmit: sheet "${sheet.getName()}" holds progress answers but its unit or row question was renamed in the form; the answer stays in the sheet: run syncForms (\u0E2A\u0E23\u0E49\u0E32\u0E07/\u0E1B\u0E23\u0E31\u0E1A\u0E1B\u0E23\u0E38\u0E07\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E1C\u0E25), then reconcileResponses.`
          );
          noteMissed();
        }
        return;
      }
      target = { sheet, header, row: sheetEvent.range.getRow() };
    }
    const run = withDocumentLock(SUBMIT_LOCK_MS, () => {
      try {
        if (target) recordSubmission(ss, target.sheet, target.header, target.row);
        else syncLedger(ss, "catch-up");
      } catch (error) {
        console.error("onFormSubmit failed; the answer stays in the responses sheet (run reconcileResponses)", error);
        throw error;
      }
    });
    if (!run.ok) {
      console.warn(`onFormSubmit: lock not free within ${SUBMIT_LOCK_MS} ms; the answer stays in the responses sheet for later.`);
      noteMissed();
    }
  }
  function reconcileAllResponses() {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const run = withDocumentLock(RECONCILE_LOCK_MS, () => syncLedger(ss, "rebuild"));
    if (!run.ok) {
      notify(ss, "\u0E14\u0E36\u0E07\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E43\u0E2B\u0E21\u0E48", BUSY_TH);
      return;
    }
    notify(ss, "\u0E14\u0E36\u0E07\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E43\u0E2B\u0E21\u0E48", summaryText(run.value));
  }
  function notify(ss, title, message) {
    try {
      const ui = SpreadsheetApp.getUi();
      ui.alert(title, message, ui.ButtonSet.OK);
    } catch {
      try {
        ss.toast(message, title, 10);
      } catch {
        console.log(`${title}: ${message}`);
      }
    }
  }
  function readFormData(ss) {
    const data = {};
    const put = (name) => {
      const values = sheetValues(ss, name);
      if (values) data[name] = { values };
    };
    put(SHEET.ledger);
    put(SHEET.surveys);
    for (const name of formSheetNames(data)) if (!(name in data)) put(name);
    return data;
  }
  function loadFormView(ss, workbook, config) {
    withDocumentLock(RECONCILE_LOCK_MS, () => {
      try {
        syncLedger(ss, "catch-up");
      } catch (error) {
        console.warn("loadFormView: catch-up failed; the report uses the ledger as it is", error);
      }
    });
    return formView(readFormData(ss), workbook, config);
  }

  function hyperlinkFormulaUrl(formula) {
    const m = /^=\s*HYPERLINK\s*\(\s*"([^"]+)"/i.exec(formula);
    return m ? m[1] : void 0;
  }
  function readSheet(sheet, richTextRows, linkColumns = "all", formulaRows = richTextRows === "none" ? "all" : richTextRows) {
    var _a;
    const range = sheet.getDataRange();
    const values = range.getValues();
    const span = linkSpan(values, linkColumns);
    if (!span) return { values };
    const width = span.right - span.left + 1;
    const formulas = (_a = readRows(sheet, formulaRows, values.length, span.left, width, (r) => r.getFormulas())) != null ? _a : [];
    const rich = readRows(sheet, richTextRows, values.length, span.left, width, (r) => r.getRichTextValues());
    const links = values.map(
      (row, r) => row.map((_, c) => {
        var _a2, _b, _c;
        const at = c + 1 - span.left;
        if (at < 0 || at >= width) return void 0;
        const fromFormula = ((_a2 = formulas[r]) == null ? void 0 : _a2[at]) ? hyperlinkFormulaUrl(formulas[r][at]) : void 0;
        if (fromFormula) return fromFormula;
        if (!rich || values[r][c] === "" || typeof values[r][c] !== "string") return void 0;
        return ((_c = (_b = rich[r]) == null ? void 0 : _b[at]) == null ? void 0 : _c.getLinkUrl()) || void 0;
      })
    );
    return { values, links };
  }
  function linkSpan(values, columns) {
    var _a, _b;
    const width = (_b = (_a = values[0]) == null ? void 0 : _a.length) != null ? _b : 0;
    if (columns === "none" || values.length === 0 || width === 0) return void 0;
    if (columns === "all") return { left: 1, right: width };
    const wanted = new Set(columns.map((h) => normaliseHeader(h)));
    for (const line of values.slice(0, 5)) {
      const found = line.map((cell, c) => wanted.has(normaliseHeader(cell)) ? c + 1 : 0).filter((c) => c > 0);
      if (found.length > 0) return { left: Math.min(...found), right: Math.max(...found) };
    }
    return { left: 1, right: width };
  }
  function readRows(sheet, rows, height, left, width, read) {
    if (rows === "none" || height === 0 || width === 0) return void 0;
    if (rows === "all") return read(sheet.getRange(1, left, height, width));
    const first = Math.max(rows.first, 1);
    const last = Math.min(rows.last, height);
    if (last < first) return void 0;
    const part = read(sheet.getRange(first, left, last - first + 1, width));
    const out = [];
    part.forEach((line, i) => out[first - 1 + i] = line);
    return out;
  }
  function readWorkbookData(ss, measureRows = "all") {
    const data = {};
    for (const name of DATA_SHEETS) {
      const sheet = ss.getSheetByName(name);
      if (!sheet) continue;
      const linkColumns = name === SHEET.measures ? LINKED_MEASURE_COLUMNS.map((k) => MEASURE_HEADER[k]) : name === SHEET.config ? "all" : "none";
      data[name] = readSheet(sheet, name === SHEET.measures ? measureRows : "none", linkColumns);
    }
    Object.assign(data, readFormData(ss));
    const links = ss.getSheetByName(SHEET.links);
    if (links) data[SHEET.links] = readSheet(links, "none", "none");
    return data;
  }

  function handleEdit(e) {
    try {
      if (!e || !e.range) return;
      const sheet = e.range.getSheet();
      const name = sheet.getName();
      if (SYSTEM_SHEETS.includes(name) || !DATA_SHEETS.includes(name)) return;
      const first = Math.max(e.range.getRow(), 2);
      const last = Math.min(e.range.getRow() + e.range.getNumRows() - 1, sheet.getMaxRows());
      if (last < first) return;
      const run = withDocumentLock(EDIT_LOCK_MS, () => remarkRows(e.source, sheet, name, first, last));
      if (!run.ok) console.log(`onEdit: another run holds the lock; rows ${first}-${last} of "${name}" are left to it`);
    } catch (error) {
      console.error("onEdit validation failed", error);
    }
  }
  function remarkRows(ss, sheet, name, first, last) {
    const richRows = name === SHEET.measures ? { first, last } : "none";
    const data = readWorkbookData(ss, richRows);
    const result = validateWorkbookData(data);
    const memory = loadMarks(ss);
    const plan = planRows(sheet, name, data[name], result.findings, memory, first, last);
    if (!plan) return;
    applyPlans(ss, memory, [plan], entriesOutside(memory, [plan], () => false));
  }

  const MENU_TITLE = "\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19 ITA";
  const MENU_ITEMS = [
    ["\u0E15\u0E23\u0E27\u0E08\u0E2A\u0E2D\u0E1A\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25", "validateWorkbook"],
    ["\u0E15\u0E23\u0E27\u0E08\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E2B\u0E25\u0E31\u0E01\u0E10\u0E32\u0E19", "checkEvidenceLinks"],
    // [links]
    ["\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23 (Google Doc)", "generatePlan"],
    // [plan]
    ["\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19 (Google Doc)", "generateReport"],
    null,
    ["\u0E2A\u0E23\u0E49\u0E32\u0E07/\u0E1B\u0E23\u0E31\u0E1A\u0E1B\u0E23\u0E38\u0E07\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E1C\u0E25", "syncForms"],
    ["\u0E14\u0E36\u0E07\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E17\u0E31\u0E49\u0E07\u0E2B\u0E21\u0E14\u0E43\u0E2B\u0E21\u0E48", "reconcileResponses"],
    null,
    ["\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19", "setupWorkbook"],
    ["\u0E43\u0E2A\u0E48\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E15\u0E31\u0E27\u0E2D\u0E22\u0E48\u0E32\u0E07 (\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19 \u0E01\u0E2A\u0E21. \u0E52\u0E55\u0E56\u0E57)", "fillExampleData"],
    null,
    ["\u0E27\u0E34\u0E18\u0E35\u0E43\u0E0A\u0E49\u0E41\u0E25\u0E30\u0E23\u0E38\u0E48\u0E19\u0E42\u0E1B\u0E23\u0E41\u0E01\u0E23\u0E21", "showHelpDialog"]
  ];
  function buildMenu(_e) {
    const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
    for (const item of MENU_ITEMS) {
      if (item === null) menu.addSeparator();
      else menu.addItem(item[0], item[1]);
    }
    menu.addToUi();
  }

  const DEFAULT_BATCH_LIMITS = {
    maxRequestsPerBatch: 5e4,
    maxBytesPerBatch: 8 * 1024 * 1024
  };
  function utf8Length(s) {
    let bytes = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 128) bytes += 1;
      else if (c < 2048) bytes += 2;
      else if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
        const next = s.charCodeAt(i + 1);
        if (next >= 56320 && next <= 57343) {
          bytes += 4;
          i++;
        } else bytes += 3;
      } else bytes += 3;
    }
    return bytes;
  }
  const ENVELOPE_BYTES = utf8Length('{"requests":[]}');
  function splitIntoBatches(requests, limits = DEFAULT_BATCH_LIMITS) {
    const batches = [];
    const bytes = [];
    let current = [];
    let size = ENVELOPE_BYTES;
    for (const request of requests) {
      const own = utf8Length(JSON.stringify(request));
      const added = own + (current.length > 0 ? 1 : 0);
      if (ENVELOPE_BYTES + own > limits.maxBytesPerBatch) {
        throw new Error(`One request alone is ${own} bytes, over the batch limit of ${limits.maxBytesPerBatch} bytes.`);
      }
      if (current.length > 0 && (size + added > limits.maxBytesPerBatch || current.length >= limits.maxRequestsPerBatch)) {
        batches.push(current);
        bytes.push(size);
        current = [];
        size = ENVELOPE_BYTES;
      }
      size += current.length > 0 ? own + 1 : own;
      current.push(request);
    }
    if (current.length > 0) {
      batches.push(current);
      bytes.push(size);
    }
    return { batches, bytes };
  }

  function blockText(paragraphs) {
    return paragraphs.map((p) => p.text).join("\n");
  }
  function blockSizePt(p, m) {
    return p.size === "normal" ? m.normalPt : m.tablePt;
  }
  function blockIndentPt(p, m) {
    return p.rightHalf ? m.rightHalfPt : p.indent ? m.indentPt : 0;
  }
  function blockStyleRequests(paragraphs, start, font, m) {
    var _a, _b;
    const requests = [];
    let at = start;
    for (const p of paragraphs) {
      const end = at + p.text.length;
      if (p.text !== "") {
        requests.push({
          updateTextStyle: {
            range: { startIndex: at, endIndex: end },
            textStyle: { weightedFontFamily: { fontFamily: font, weight: 400 }, fontSize: pt$1(blockSizePt(p, m)), bold: Boolean(p.bold) },
            fields: "weightedFontFamily,fontSize,bold"
          }
        });
        requests.push({
          updateParagraphStyle: {
            range: { startIndex: at, endIndex: end },
            paragraphStyle: {
              alignment: (_a = p.align) != null ? _a : "START",
              indentStart: pt$1(blockIndentPt(p, m)),
              indentFirstLine: pt$1(blockIndentPt(p, m)),
              lineSpacing: 100,
              spaceAbove: pt$1((_b = p.spaceAbovePt) != null ? _b : 0),
              spaceBelow: pt$1(0)
            },
            fields: "alignment,indentStart,indentFirstLine,lineSpacing,spaceAbove,spaceBelow"
          }
        });
      }
      at = end + 1;
    }
    return requests;
  }
  function pt$1(magnitude) {
    return { magnitude, unit: "PT" };
  }

  const DOCS_STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/;
  function insertable(text) {
    const m = DOCS_STRIPPED.exec(text);
    if (m) {
      const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
      throw new Error(`Internal: U+${code} reached the Docs requests uncleaned (at ${m.index} of "${text.slice(0, 40)}")`);
    }
    return text;
  }
  function pt(magnitude) {
    return { magnitude, unit: "PT" };
  }
  function footerLineRequests(footerId, footerText, font, sizePt, createsFooter) {
    const text = createsFooter ? footerText : `${footerText}
`;
    const range = { segmentId: footerId, startIndex: 0, endIndex: footerText.length };
    return [
      { insertText: { location: { segmentId: footerId, index: 0 }, text: insertable(text) } },
      {
        updateTextStyle: {
          range,
          textStyle: { weightedFontFamily: { fontFamily: font, weight: 400 }, fontSize: pt(sizePt) },
          fields: "weightedFontFamily,fontSize"
        }
      },
      { updateParagraphStyle: { range, paragraphStyle: { alignment: "CENTER" }, fields: "alignment" } }
    ];
  }

  const PAGE = {
    widthPt: 841.89,
    heightPt: 595.28,
    marginLeftPt: 36,
    marginRightPt: 36,
    marginTopPt: 42,
    marginBottomPt: 42
  };
  const FONT_SIZE_PT = { table: 11, title: 16, agency: 15, normal: 14, footer: 9 };
  const DOCS_MAX_CHARACTERS = 102e4;
  const BLOCK_METRICS = {
    normalPt: FONT_SIZE_PT.normal,
    tablePt: FONT_SIZE_PT.table,
    indentPt: 18,
    rightHalfPt: Math.floor((PAGE.widthPt - PAGE.marginLeftPt - PAGE.marginRightPt) / 2)
  };
  const COLUMNS = 6;
  const HEADER_ROWS = 2;
  const HEADER_BACKGROUND = { red: 0.91, green: 0.91, blue: 0.91 };
  const CELL_PADDING_PT$1 = { vertical: 2, horizontal: 4 };
  const TITLE_SPACE_BELOW_PT = 10;
  const EMPTY = { text: "", bold: [], links: [], center: false };
  function cellParagraphIndex(tableStart, row, column, columns = COLUMNS) {
    return tableStart + 3 + row * (2 * columns + 1) + 2 * column;
  }
  function buildDocsRequests(model, options = {}) {
    const limits = { ...DEFAULT_BATCH_LIMITS, ...options.limits };
    const font = model.font || "Sarabun";
    const footerText = options.footerText === void 0 ? applyDigitStyle(`${model.title} \u0E1B\u0E23\u0E30\u0E08\u0E33\u0E1B\u0E35\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13 \u0E1E.\u0E28. ${model.fiscalYear} ${roundLine(model.round, model.digitStyle)}`, model.digitStyle) : options.footerText;
    const hasFooter = footerText !== null && footerText !== "";
    const createsFooter = hasFooter && !options.footerExists;
    const requests = [];
    if (createsFooter) requests.push({ createFooter: { type: "DEFAULT" } });
    requests.push({
      updateDocumentStyle: {
        documentStyle: {
          pageSize: { width: pt(PAGE.widthPt), height: pt(PAGE.heightPt) },
          marginLeft: pt(PAGE.marginLeftPt),
          marginRight: pt(PAGE.marginRightPt),
          marginTop: pt(PAGE.marginTopPt),
          marginBottom: pt(PAGE.marginBottomPt)
        },
        fields: "pageSize,marginLeft,marginRight,marginTop,marginBottom"
      }
    });
    const titleTexts = model.titleLines.map((l) => l.text);
    const titleText = titleTexts.join("\n");
    const summaryText = blockText(model.summary);
    const preText = summaryText === "" ? titleText : `${titleText}
${summaryText}`;
    if (preText !== "") requests.push({ insertText: { location: { index: 1 }, text: insertable(preText) } });
    const titleStarts = [];
    let at = 1;
    for (const t of titleTexts) {
      titleStarts.push(at);
      at += t.length + 1;
    }
    const titleEnd = 1 + titleText.length;
    const rows = HEADER_ROWS + model.body.length;
    const preEnd = 1 + preText.length;
    const tableStart = preEnd + 1;
    requests.push({ insertTable: { rows, columns: COLUMNS, location: { index: preEnd } } });
    let characters = preText.length;
    for (let r = rows - 1; r >= 0; r--) {
      for (let c = COLUMNS - 1; c >= 0; c--) {
        const content = cellContent(model, r, c);
        if (content.text === "") continue;
        characters += content.text.length;
        const at0 = cellParagraphIndex(tableStart, r, c);
        requests.push({ insertText: { location: { index: at0 }, text: insertable(content.text) } });
        for (const [s, e] of content.bold) {
          requests.push({
            updateTextStyle: { range: { startIndex: at0 + s, endIndex: at0 + e }, textStyle: { bold: true }, fields: "bold" }
          });
        }
        for (const l of content.links) {
          requests.push({
            updateTextStyle: { range: { startIndex: at0 + l.start, endIndex: at0 + l.end }, textStyle: { link: { url: l.url } }, fields: "link" }
          });
        }
        if (content.center) {
          requests.push({
            updateParagraphStyle: {
              range: { startIndex: at0, endIndex: at0 + content.text.length },
              paragraphStyle: { alignment: "CENTER" },
              fields: "alignment"
            }
          });
        }
      }
    }
    const tableEnd = tableStart + 1 + rows * (2 * COLUMNS + 1) + 1 + (characters - preText.length);
    const closingText = blockText(model.closing);
    if (closingText !== "") {
      requests.push({ insertText: { location: { index: tableEnd }, text: insertable(closingText) } });
      requests.push(...blockStyleRequests(model.closing, tableEnd, font, BLOCK_METRICS));
      characters += closingText.length;
    }
    const bodyEnd = tableEnd + closingText.length + 1;
    requests.push({
      updateTextStyle: {
        range: { startIndex: 1, endIndex: tableEnd },
        textStyle: { weightedFontFamily: { fontFamily: font, weight: 400 }, fontSize: pt(FONT_SIZE_PT.table) },
        fields: "weightedFontFamily,fontSize"
      }
    });
    requests.push({
      updateParagraphStyle: {
        range: { startIndex: 1, endIndex: tableEnd },
        paragraphStyle: { lineSpacing: 100, spaceAbove: pt(0), spaceBelow: pt(0) },
        fields: "lineSpacing,spaceAbove,spaceBelow"
      }
    });
    if (titleTexts.length > 0) {
      requests.push({
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: titleEnd + 1 },
          paragraphStyle: { alignment: "CENTER" },
          fields: "alignment"
        }
      });
      const lastStart = titleStarts[titleStarts.length - 1];
      requests.push({
        updateParagraphStyle: {
          range: { startIndex: lastStart, endIndex: titleEnd + 1 },
          paragraphStyle: { spaceBelow: pt(TITLE_SPACE_BELOW_PT) },
          fields: "spaceBelow"
        }
      });
    }
    model.titleLines.forEach((line, i) => {
      if (line.text === "") return;
      const size = line.emphasis === "title" ? FONT_SIZE_PT.title : line.emphasis === "agency" ? FONT_SIZE_PT.agency : FONT_SIZE_PT.normal;
      requests.push({
        updateTextStyle: {
          range: { startIndex: titleStarts[i], endIndex: titleStarts[i] + line.text.length },
          textStyle: { bold: line.emphasis !== "normal", fontSize: pt(size) },
          fields: "bold,fontSize"
        }
      });
    });
    if (summaryText !== "") requests.push(...blockStyleRequests(model.summary, titleEnd + 1, font, BLOCK_METRICS));
    const tableStartLocation = { index: tableStart };
    const widths = columnWidthsPt(model.columnWeights);
    widths.forEach((width, c) => {
      requests.push({
        updateTableColumnProperties: {
          tableStartLocation,
          columnIndices: [c],
          tableColumnProperties: { widthType: "FIXED_WIDTH", width: pt(width) },
          fields: "widthType,width"
        }
      });
    });
    requests.push({
      updateTableCellStyle: {
        tableStartLocation,
        tableCellStyle: {
          paddingTop: pt(CELL_PADDING_PT$1.vertical),
          paddingBottom: pt(CELL_PADDING_PT$1.vertical),
          paddingLeft: pt(CELL_PADDING_PT$1.horizontal),
          paddingRight: pt(CELL_PADDING_PT$1.horizontal)
        },
        fields: "paddingTop,paddingBottom,paddingLeft,paddingRight"
      }
    });
    requests.push({
      updateTableCellStyle: {
        tableRange: { tableCellLocation: { tableStartLocation, rowIndex: 0, columnIndex: 0 }, rowSpan: HEADER_ROWS, columnSpan: COLUMNS },
        tableCellStyle: { backgroundColor: { color: { rgbColor: { ...HEADER_BACKGROUND } } }, contentAlignment: "MIDDLE" },
        fields: "backgroundColor,contentAlignment"
      }
    });
    for (const m of mergeRanges(model)) {
      requests.push({
        mergeTableCells: {
          tableRange: {
            tableCellLocation: { tableStartLocation, rowIndex: m.row, columnIndex: m.column },
            rowSpan: m.rowSpan,
            columnSpan: m.columnSpan
          }
        }
      });
    }
    requests.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: HEADER_ROWS } });
    const { batches, bytes } = splitIntoBatches(requests, limits);
    const footerRequests = (footerId) => {
      if (!hasFooter || footerText === null) return [];
      return footerLineRequests(footerId, footerText, font, FONT_SIZE_PT.footer, createsFooter);
    };
    return {
      batches,
      requests,
      hasFooter,
      createsFooter,
      footerRequests,
      stats: {
        batchUpdateCalls: batches.length + (hasFooter ? 1 : 0),
        requests: requests.length + (hasFooter ? 3 : 0),
        bytesPerBatch: bytes,
        tableRows: rows,
        tableStartIndex: tableStart,
        bodyEndIndex: bodyEnd,
        characters
      }
    };
  }
  function footerIdFromReplies(replies) {
    var _a;
    for (const reply of replies != null ? replies : []) {
      const id = (_a = reply == null ? void 0 : reply.createFooter) == null ? void 0 : _a.footerId;
      if (id) return id;
    }
    return void 0;
  }
  function columnWidthsPt(weights) {
    const usable = PAGE.widthPt - PAGE.marginLeftPt - PAGE.marginRightPt;
    const total = weights.reduce((a, b) => a + b, 0);
    return weights.map((w) => Math.floor(usable * w / total * 100) / 100);
  }
  function mergeRanges(model) {
    const merges = [];
    for (let c = 0; c < COLUMNS; c++) {
      const top = model.headerTop[c];
      if (top === null) continue;
      const columnSpan = c + 1 < COLUMNS && model.headerTop[c + 1] === null ? 2 : 1;
      const below = model.headerBottom.slice(c, c + columnSpan).some((t) => t !== "");
      if (columnSpan > 1) merges.push({ row: 0, column: c, rowSpan: 1, columnSpan });
      else if (!below) merges.push({ row: 0, column: c, rowSpan: HEADER_ROWS, columnSpan: 1 });
    }
    model.body.forEach((row, i) => {
      const r = HEADER_ROWS + i;
      if (row.kind === "section") {
        merges.push({ row: r, column: 0, rowSpan: 1, columnSpan: COLUMNS });
        return;
      }
      row.cells.forEach((cell, c) => {
        if (cell.rowSpan > 1) merges.push({ row: r, column: c, rowSpan: cell.rowSpan, columnSpan: 1 });
      });
    });
    return merges;
  }
  function cellContent(model, r, c) {
    var _a;
    if (r < HEADER_ROWS) {
      const text = (_a = r === 0 ? model.headerTop[c] : model.headerBottom[c]) != null ? _a : "";
      return text === "" ? EMPTY : { text, bold: [[0, text.length]], links: [], center: true };
    }
    const row = model.body[r - HEADER_ROWS];
    if (row.kind === "section") {
      return c === 0 && row.text !== "" ? { text: row.text, bold: [[0, row.text.length]], links: [], center: false } : EMPTY;
    }
    return fromCell(row.cells[c]);
  }
  function fromCell(cell) {
    if (cell.rowSpan === 0) return EMPTY;
    let text = "";
    const bold = [];
    const links = [];
    cell.paragraphs.forEach((p, i) => {
      if (i > 0) text += "\n";
      for (const run of p.runs) {
        if (run.text === "") continue;
        const start = text.length;
        text += run.text;
        const end = text.length;
        if (run.bold) {
          const last = bold[bold.length - 1];
          if (last && (last[1] === start || last[1] + 1 === start && text[last[1]] === "\n")) last[1] = end;
          else bold.push([start, end]);
        }
        if (run.link) links.push({ start, end, url: run.link });
      }
    });
    return { text, bold, links, center: false };
  }

  const TOO_LARGE = /request payload size exceeds the limit|request entity too large|\b413\b/i;
  const TIMED_OUT = /deadline.?exceeded|timed? ?out|time-out|\b504\b/i;
  const REVISION_MOVED = /required revision/i;
  function batchFailure(message, status, retried) {
    if (TOO_LARGE.test(message)) return "too-large";
    if (TIMED_OUT.test(message)) return "uncertain";
    if (retried && REVISION_MOVED.test(message)) return "uncertain";
    return "fail";
  }
  function halves(requests) {
    if (requests.length < 2) return void 0;
    const middle = Math.ceil(requests.length / 2);
    return [requests.slice(0, middle), requests.slice(middle)];
  }
  const EMPTY_BODY_END = 2;
  function bodyGrowth(requests) {
    var _a, _b, _c, _d;
    let growth = 0;
    for (const r of requests) {
      if (r.insertText && !((_a = r.insertText.location) == null ? void 0 : _a.segmentId)) growth += ((_b = r.insertText.text) != null ? _b : "").length;
      if (r.insertTable) growth += ((_c = r.insertTable.rows) != null ? _c : 0) * (2 * ((_d = r.insertTable.columns) != null ? _d : 0) + 1) + 3;
    }
    return growth;
  }

  const READ_FIELDS = "revisionId,documentStyle(defaultFooterId),body(content(endIndex))";
  function bodyEndOf(body) {
    var _a, _b;
    const content = (_a = body == null ? void 0 : body.content) != null ? _a : [];
    return content.length > 0 ? (_b = content[content.length - 1].endIndex) != null ? _b : void 0 : void 0;
  }
  function* steps(plan, start) {
    const outcome = { batchUpdateCalls: 0, splits: 0, reads: 0 };
    let revisionId = start.revisionId;
    let footerId = start.footerId;
    const queue = plan.batches.map((b) => b.slice());
    let bodyEnd = EMPTY_BODY_END;
    let footerQueued = false;
    for (; ; ) {
      if (queue.length === 0) {
        if (!plan.hasFooter || footerQueued) return outcome;
        if (!footerId) throw new Error("createFooter returned no footerId");
        queue.push(plan.footerRequests(footerId));
        footerQueued = true;
      }
      const batch = queue[0];
      const answer = yield { kind: "send", requests: batch, revisionId };
      if (answer.kind === "sent") {
        queue.shift();
        outcome.batchUpdateCalls++;
        bodyEnd += bodyGrowth(batch);
        revisionId = answer.reply.revisionId;
        footerId != null ? footerId : footerId = footerIdFromReplies(answer.reply.replies);
        continue;
      }
      if (answer.kind !== "failed" || answer.failure === "fail") throw answer.kind === "failed" ? answer.error : new Error("Internal: bad answer");
      if (answer.failure === "uncertain") {
        if (!revisionId) throw answer.error;
        const read = yield { kind: "read" };
        if (read.kind !== "read") throw new Error("Internal: bad answer");
        outcome.reads++;
        if (landed(batch, bodyEnd, revisionId, read.state, answer.error)) {
          queue.shift();
          outcome.batchUpdateCalls++;
          bodyEnd += bodyGrowth(batch);
          revisionId = read.state.revisionId;
          if (batch.some((r) => r.createFooter)) footerId != null ? footerId : footerId = read.state.footerId;
          continue;
        }
        revisionId = read.state.revisionId;
      }
      const parts = halves(batch);
      if (!parts) throw answer.error;
      queue.splice(0, 1, ...parts);
      outcome.splits++;
    }
  }
  function landed(batch, before, revisionId, state, error) {
    if (!state.revisionId) throw error;
    const moved = state.revisionId !== revisionId;
    const growth = bodyGrowth(batch);
    if (growth === 0 || state.bodyEnd === void 0) return moved;
    if (state.bodyEnd === before + growth) return true;
    if (state.bodyEnd === before) return false;
    throw error;
  }
  function writeBatches(plan, start, calls) {
    const run = steps(plan, start);
    let next = run.next();
    while (!next.done) {
      const step = next.value;
      let answer;
      if (step.kind === "read") answer = { kind: "read", state: calls.read() };
      else {
        try {
          answer = { kind: "sent", reply: calls.send(step.requests, step.revisionId) };
        } catch (e) {
          answer = { kind: "failed", error: e, failure: calls.failure(e) };
        }
      }
      next = run.next(answer);
    }
    return next.value;
  }

  function errorMessage(e) {
    const message = e !== null && typeof e === "object" ? e.message : void 0;
    return typeof message === "string" ? message : String(e);
  }

  const MAX_ATTEMPTS = 6;
  const FIRST_BACKOFF_MS = 1e3;
  function isRetryable(message) {
    return /\b(429|500|503)\b/.test(message) || /rate limit|quota|too many requests|backend error|internal error|service (is currently )?unavailable|try again/i.test(message);
  }
  function withRetry(fn, attempts = MAX_ATTEMPTS) {
    for (let attempt = 1; ; attempt++) {
      try {
        return fn();
      } catch (e) {
        if (attempt >= attempts || !isRetryable(errorMessage(e))) throw e;
        Utilities.sleep(FIRST_BACKOFF_MS * 2 ** (attempt - 1) + Math.floor(Math.random() * 500));
      }
    }
  }
  function docsCalls(documents, docId) {
    let attempts = 0;
    return {
      send(requests, revisionId) {
        var _a, _b;
        const resource = { requests, ...revisionId ? { writeControl: { requiredRevisionId: revisionId } } : {} };
        attempts = 0;
        const response = withRetry(() => {
          attempts++;
          return documents.batchUpdate(resource, docId);
        });
        return { replies: response.replies, revisionId: (_b = (_a = response.writeControl) == null ? void 0 : _a.requiredRevisionId) != null ? _b : void 0 };
      },
      read() {
        var _a, _b, _c;
        const doc = withRetry(() => documents.get(docId, { fields: READ_FIELDS }));
        return { revisionId: (_a = doc.revisionId) != null ? _a : void 0, footerId: (_c = (_b = doc.documentStyle) == null ? void 0 : _b.defaultFooterId) != null ? _c : void 0, bodyEnd: bodyEndOf(doc.body) };
      },
      failure: (e) => batchFailure(errorMessage(e), void 0, attempts > 1)
    };
  }

  const FAILED_PREFIX = "[\u0E44\u0E21\u0E48\u0E2A\u0E21\u0E1A\u0E39\u0E23\u0E13\u0E4C \u2014 \u0E2A\u0E23\u0E49\u0E32\u0E07\u0E44\u0E21\u0E48\u0E2A\u0E33\u0E40\u0E23\u0E47\u0E08]";
  const IN_PROGRESS_PREFIX = "[\u0E01\u0E33\u0E25\u0E31\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07 \u2014 \u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E40\u0E2A\u0E23\u0E47\u0E08]";
  function inProgressName(title, token) {
    return `${IN_PROGRESS_PREFIX} ${title} #${token}`;
  }
  function reportName(model) {
    return `${model.title} \u0E1B\u0E35\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13 ${model.fiscalYear} \u0E23\u0E2D\u0E1A ${model.round} \u0E40\u0E14\u0E37\u0E2D\u0E19`;
  }
  function generatedStamp(t) {
    const two = (n) => String(n).padStart(2, "0");
    return `${toBuddhistYear(t.year)}-${two(t.month)}-${two(t.day)} ${two(t.hour)}:${two(t.minute)}`;
  }
  function reportLabels(model, generatedAt) {
    const stamp = generatedStamp(generatedAt);
    return {
      title: applyDigitStyle(`${reportName(model)} (\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E21\u0E37\u0E48\u0E2D ${stamp})`, model.digitStyle),
      footerText: applyDigitStyle(`${reportName(model)} \xB7 \u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E21\u0E37\u0E48\u0E2D ${stamp}`, model.digitStyle)
    };
  }
  function pdfName(docName, oitCode) {
    return `${oitCode ? `${oitCode} ` : ""}${docName}.pdf`;
  }

  function tooLongForDocsTh(characters, formatNumber) {
    return `\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E19\u0E35\u0E49\u0E21\u0E35\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13 ${formatNumber(characters)} \u0E15\u0E31\u0E27\u0E2D\u0E31\u0E01\u0E29\u0E23 \u0E41\u0E15\u0E48 Google Doc \u0E2B\u0E19\u0E36\u0E48\u0E07\u0E44\u0E1F\u0E25\u0E4C\u0E23\u0E31\u0E1A\u0E44\u0E14\u0E49\u0E23\u0E32\u0E27 ${formatNumber(DOCS_MAX_CHARACTERS)} \u0E15\u0E31\u0E27\u0E2D\u0E31\u0E01\u0E29\u0E23 \u0E08\u0E36\u0E07\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23`;
  }
  function stoppedPartWayTh(detail, discarded, docId, nextRunRetries = false) {
    return `\u0E01\u0E32\u0E23\u0E40\u0E02\u0E35\u0E22\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E25\u0E07\u0E43\u0E19 Google Doc \u0E2B\u0E22\u0E38\u0E14\u0E01\u0E25\u0E32\u0E07\u0E17\u0E32\u0E07: ${detail}
` + (discarded ? `\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E17\u0E35\u0E48\u0E40\u0E02\u0E35\u0E22\u0E19\u0E44\u0E21\u0E48\u0E04\u0E23\u0E1A\u0E16\u0E39\u0E01\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19\u0E0A\u0E37\u0E48\u0E2D\u0E02\u0E36\u0E49\u0E19\u0E15\u0E49\u0E19\u0E14\u0E49\u0E27\u0E22 "${FAILED_PREFIX}" \u0E41\u0E25\u0E30\u0E22\u0E49\u0E32\u0E22\u0E44\u0E1B\u0E16\u0E31\u0E07\u0E02\u0E22\u0E30\u0E02\u0E2D\u0E07 Google Drive \u0E41\u0E25\u0E49\u0E27 ` : nextRunRetries ? `\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E17\u0E35\u0E48\u0E40\u0E02\u0E35\u0E22\u0E19\u0E44\u0E21\u0E48\u0E04\u0E23\u0E1A (\u0E23\u0E2B\u0E31\u0E2A ${docId} \u0E0A\u0E37\u0E48\u0E2D\u0E02\u0E36\u0E49\u0E19\u0E15\u0E49\u0E19\u0E14\u0E49\u0E27\u0E22 "${IN_PROGRESS_PREFIX}") \u0E22\u0E31\u0E07\u0E2D\u0E22\u0E39\u0E48\u0E43\u0E19 Google Drive \u0E01\u0E32\u0E23\u0E2A\u0E31\u0E48\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E04\u0E23\u0E31\u0E49\u0E07\u0E16\u0E31\u0E14\u0E44\u0E1B\u0E08\u0E30\u0E22\u0E49\u0E32\u0E22\u0E44\u0E1B\u0E16\u0E31\u0E07\u0E02\u0E22\u0E30\u0E43\u0E2B\u0E49 (\u0E2B\u0E23\u0E37\u0E2D\u0E25\u0E1A\u0E40\u0E2D\u0E07\u0E01\u0E47\u0E44\u0E14\u0E49) ` : `\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E17\u0E35\u0E48\u0E40\u0E02\u0E35\u0E22\u0E19\u0E44\u0E21\u0E48\u0E04\u0E23\u0E1A (\u0E23\u0E2B\u0E31\u0E2A ${docId}) \u0E22\u0E31\u0E07\u0E2D\u0E22\u0E39\u0E48\u0E43\u0E19 Google Drive \u0E42\u0E1B\u0E23\u0E14\u0E25\u0E1A\u0E40\u0E2D\u0E07 `) + "\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E09\u0E1A\u0E31\u0E1A\u0E01\u0E48\u0E2D\u0E19 \u0E46 \u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E41\u0E15\u0E30\u0E15\u0E49\u0E2D\u0E07";
  }
  function leftoversTh(discarded, stuck, formatNumber) {
    const lines = [];
    if (discarded > 0)
      lines.push(
        `\u0E1E\u0E1A\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E17\u0E35\u0E48\u0E01\u0E32\u0E23\u0E2A\u0E31\u0E48\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E04\u0E23\u0E31\u0E49\u0E07\u0E01\u0E48\u0E2D\u0E19\u0E17\u0E33\u0E04\u0E49\u0E32\u0E07\u0E44\u0E27\u0E49\u0E44\u0E21\u0E48\u0E40\u0E2A\u0E23\u0E47\u0E08 ${formatNumber(discarded)} \u0E44\u0E1F\u0E25\u0E4C (\u0E04\u0E23\u0E31\u0E49\u0E07\u0E19\u0E31\u0E49\u0E19\u0E2B\u0E22\u0E38\u0E14\u0E01\u0E25\u0E32\u0E07\u0E17\u0E32\u0E07 \u0E40\u0E0A\u0E48\u0E19 \u0E17\u0E33\u0E07\u0E32\u0E19\u0E40\u0E01\u0E34\u0E19\u0E40\u0E27\u0E25\u0E32 6 \u0E19\u0E32\u0E17\u0E35) \u0E08\u0E36\u0E07\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19\u0E0A\u0E37\u0E48\u0E2D\u0E02\u0E36\u0E49\u0E19\u0E15\u0E49\u0E19\u0E14\u0E49\u0E27\u0E22 "${FAILED_PREFIX}" \u0E41\u0E25\u0E30\u0E22\u0E49\u0E32\u0E22\u0E44\u0E1B\u0E16\u0E31\u0E07\u0E02\u0E22\u0E30\u0E02\u0E2D\u0E07 Google Drive \u0E41\u0E25\u0E49\u0E27`
      );
    if (stuck.length > 0)
      lines.push(
        `\u0E22\u0E31\u0E07\u0E22\u0E49\u0E32\u0E22\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E17\u0E35\u0E48\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E04\u0E49\u0E32\u0E07\u0E44\u0E27\u0E49\u0E44\u0E21\u0E48\u0E40\u0E2A\u0E23\u0E47\u0E08\u0E08\u0E32\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07\u0E01\u0E48\u0E2D\u0E19\u0E44\u0E1B\u0E16\u0E31\u0E07\u0E02\u0E22\u0E30\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 ${formatNumber(stuck.length)} \u0E44\u0E1F\u0E25\u0E4C (\u0E0A\u0E37\u0E48\u0E2D\u0E02\u0E36\u0E49\u0E19\u0E15\u0E49\u0E19\u0E14\u0E49\u0E27\u0E22 "${IN_PROGRESS_PREFIX}") \u0E08\u0E30\u0E25\u0E2D\u0E07\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07\u0E40\u0E21\u0E37\u0E48\u0E2D\u0E2A\u0E31\u0E48\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E04\u0E23\u0E31\u0E49\u0E07\u0E16\u0E31\u0E14\u0E44\u0E1B \u0E2B\u0E23\u0E37\u0E2D\u0E25\u0E1A\u0E40\u0E2D\u0E07\u0E43\u0E19 Google Drive`
      );
    return lines.length ? lines.join("\n") : void 0;
  }
  const REPORT_BUSY_TH = "\u0E1A\u0E31\u0E0D\u0E0A\u0E35\u0E19\u0E35\u0E49\u0E01\u0E33\u0E25\u0E31\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E2D\u0E22\u0E39\u0E48\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07\u0E2B\u0E19\u0E36\u0E48\u0E07 (\u0E40\u0E0A\u0E48\u0E19 \u0E2A\u0E31\u0E48\u0E07\u0E44\u0E27\u0E49\u0E08\u0E32\u0E01\u0E2D\u0E35\u0E01\u0E41\u0E17\u0E47\u0E1A) \u0E08\u0E36\u0E07\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23 \u0E23\u0E2D\u0E43\u0E2B\u0E49\u0E04\u0E23\u0E31\u0E49\u0E07\u0E19\u0E31\u0E49\u0E19\u0E40\u0E2A\u0E23\u0E47\u0E08 (\u0E44\u0E21\u0E48\u0E40\u0E01\u0E34\u0E19 6 \u0E19\u0E32\u0E17\u0E35) \u0E41\u0E25\u0E49\u0E27\u0E2A\u0E31\u0E48\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07";

  function folderIdFrom(text) {
    const s = text.trim();
    if (s === "") return void 0;
    const fromPath = /\/folders\/([-\w]{10,})/.exec(s);
    if (fromPath) return fromPath[1];
    const fromQuery = /[?&]id=([-\w]{10,})/.exec(s);
    if (fromQuery) return fromQuery[1];
    return /^[-\w]{10,}$/.test(s) ? s : void 0;
  }
  function documentIdFrom(text) {
    const s = text.trim();
    if (s === "") return void 0;
    const fromPath = /\/document\/d\/([-\w]{10,})/.exec(s);
    if (fromPath) return fromPath[1];
    return /^[-\w]{20,}$/.test(s) ? s : void 0;
  }

  function placeDocument(ss, docId, configured) {
    let note;
    let folder;
    const id = folderIdFrom(configured);
    if (configured.trim() !== "" && !id) note = `\u0E04\u0E48\u0E32 "\u0E42\u0E1F\u0E25\u0E40\u0E14\u0E2D\u0E23\u0E4C\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19" \u0E43\u0E19\u0E0A\u0E35\u0E15\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E44\u0E21\u0E48\u0E43\u0E0A\u0E48\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E2B\u0E23\u0E37\u0E2D\u0E23\u0E2B\u0E31\u0E2A\u0E42\u0E1F\u0E25\u0E40\u0E14\u0E2D\u0E23\u0E4C Google Drive`;
    if (id) {
      try {
        folder = DriveApp.getFolderById(id);
      } catch {
        note = "\u0E40\u0E1B\u0E34\u0E14\u0E42\u0E1F\u0E25\u0E40\u0E14\u0E2D\u0E23\u0E4C\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E17\u0E35\u0E48\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E44\u0E27\u0E49\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 (\u0E44\u0E21\u0E48\u0E21\u0E35\u0E42\u0E1F\u0E25\u0E40\u0E14\u0E2D\u0E23\u0E4C\u0E19\u0E35\u0E49 \u0E2B\u0E23\u0E37\u0E2D\u0E44\u0E21\u0E48\u0E21\u0E35\u0E2A\u0E34\u0E17\u0E18\u0E34\u0E4C\u0E41\u0E01\u0E49\u0E44\u0E02)";
      }
    }
    if (!folder) {
      try {
        const parents = DriveApp.getFileById(ss.getId()).getParents();
        if (parents.hasNext()) folder = parents.next();
      } catch {
      }
    }
    if (!folder) return { note: note ? `${note} \u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E08\u0E36\u0E07\u0E2D\u0E22\u0E39\u0E48\u0E43\u0E19 My Drive` : void 0 };
    try {
      DriveApp.getFileById(docId).moveTo(folder);
      return { folderName: folder.getName(), note: note ? `${note} \u0E08\u0E36\u0E07\u0E40\u0E01\u0E47\u0E1A\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E44\u0E27\u0E49\u0E02\u0E49\u0E32\u0E07\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19\u0E19\u0E35\u0E49\u0E41\u0E17\u0E19` : void 0 };
    } catch (e) {
      return { note: `\u0E22\u0E49\u0E32\u0E22\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E40\u0E02\u0E49\u0E32\u0E42\u0E1F\u0E25\u0E40\u0E14\u0E2D\u0E23\u0E4C\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 (${errorMessage(e)}) \u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E08\u0E36\u0E07\u0E2D\u0E22\u0E39\u0E48\u0E43\u0E19 My Drive` };
    }
  }
  function showDone(model, docId, name, warnings, folderName, notes, fromTemplate, published) {
    const url = docUrl(docId);
    const d = (n) => applyDigitStyle(String(n), model.digitStyle);
    const { sections, issues, measures, rows } = model.stats;
    const warningLine = warnings > 0 ? `<p style="color:#8a6d00">\u0E21\u0E35\u0E04\u0E33\u0E40\u0E15\u0E37\u0E2D\u0E19 ${d(warnings)} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23 (\u0E44\u0E21\u0E48\u0E02\u0E31\u0E14\u0E02\u0E27\u0E32\u0E07\u0E01\u0E32\u0E23\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19) \u2014 \u0E14\u0E39\u0E43\u0E19\u0E0A\u0E35\u0E15 "${escapeHtml(SHEET.findings)}"</p>` : "<p>\u0E44\u0E21\u0E48\u0E21\u0E35\u0E04\u0E33\u0E40\u0E15\u0E37\u0E2D\u0E19</p>";
    const noteLines = notes.filter((n) => Boolean(n)).map((n) => `<p style="color:#8a6d00">${escapeHtml(n).replace(/\n/g, "<br>")}</p>`);
    const html = HtmlService.createHtmlOutput(
      `<div style="font-family:Sarabun,sans-serif;font-size:14px;line-height:1.5">
<p><b>\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E40\u0E2A\u0E23\u0E47\u0E08\u0E41\u0E25\u0E49\u0E27</b></p>
<p>Google Doc: <a href="${escapeHtml(url)}" target="_blank">${escapeHtml(name)}</a></p>
${pdfLines(published)}
<p>\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14 ${d(sections)} \u0E2B\u0E31\u0E27\u0E02\u0E49\u0E2D \xB7 \u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19 ${d(issues)} \u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19 \xB7 \u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23 ${d(measures)} \u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23 \xB7 ${d(rows)} \u0E41\u0E16\u0E27</p>
${warningLine}
${folderName ? `<p>\u0E40\u0E01\u0E47\u0E1A\u0E44\u0E27\u0E49\u0E43\u0E19\u0E42\u0E1F\u0E25\u0E40\u0E14\u0E2D\u0E23\u0E4C "${escapeHtml(folderName)}"</p>` : ""}
${noteLines.join("\n")}
${fromTemplate ? "<p>\u0E40\u0E25\u0E02\u0E2B\u0E19\u0E49\u0E32\u0E21\u0E32\u0E08\u0E32\u0E01\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E41\u0E21\u0E48\u0E41\u0E1A\u0E1A</p>" : '<p style="color:#555">\u0E40\u0E25\u0E02\u0E2B\u0E19\u0E49\u0E32: \u0E43\u0E2A\u0E48\u0E25\u0E34\u0E07\u0E01\u0E4C "\u0E41\u0E21\u0E48\u0E41\u0E1A\u0E1A\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19 (Google Doc)" \u0E43\u0E19\u0E0A\u0E35\u0E15\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E40\u0E1E\u0E37\u0E48\u0E2D\u0E43\u0E2B\u0E49\u0E21\u0E35\u0E40\u0E25\u0E02\u0E2B\u0E19\u0E49\u0E32\u0E17\u0E38\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07 \u0E2B\u0E23\u0E37\u0E2D\u0E40\u0E1B\u0E34\u0E14\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E41\u0E25\u0E49\u0E27\u0E40\u0E25\u0E37\u0E2D\u0E01 \u0E41\u0E17\u0E23\u0E01 &gt; \u0E40\u0E25\u0E02\u0E2B\u0E19\u0E49\u0E32</p>'}
</div>`
    ).setWidth(520).setHeight(360 + 60 * noteLines.length);
    SpreadsheetApp.getUi().showModalDialog(html, "\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19");
  }
  function docUrl(docId) {
    return `https://docs.google.com/document/d/${docId}/edit`;
  }
  function pdfLines(published) {
    if (!(published == null ? void 0 : published.pdfUrl)) return "";
    const shared = published.shared.length ? `<p style="color:#1e6b2f">\u0E17\u0E38\u0E01\u0E04\u0E19\u0E17\u0E35\u0E48\u0E21\u0E35\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E14\u0E39\u0E44\u0E14\u0E49: ${escapeHtml(published.shared.join(" \u0E41\u0E25\u0E30 "))} \u2014 \u0E04\u0E31\u0E14\u0E25\u0E2D\u0E01\u0E25\u0E34\u0E07\u0E01\u0E4C PDF \u0E44\u0E1B\u0E27\u0E32\u0E07\u0E43\u0E19\u0E23\u0E30\u0E1A\u0E1A ITAS \u0E44\u0E14\u0E49\u0E40\u0E25\u0E22</p>` : "";
    return `<p>PDF: <a href="${escapeHtml(published.pdfUrl)}" target="_blank">${escapeHtml(published.pdfName)}</a></p>
${shared}`;
  }
  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, (c) => {
      var _a;
      return (_a = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]) != null ? _a : c;
    });
  }

  var __defProp$2 = Object.defineProperty;
  var __defNormalProp$2 = (obj, key, value) => key in obj ? __defProp$2(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
  var __publicField$2 = (obj, key, value) => __defNormalProp$2(obj, typeof key !== "symbol" ? key + "" : key, value);
  const KEY = "ita.reportDocsInProgress";
  const KEEP_UNFOUND_MS = 24 * 3600 * 1e3;
  class ReportJournal {
    constructor(props) {
      __publicField$2(this, "props", props);
      __publicField$2(this, "entries");
      this.entries = parse(props.getProperty(KEY));
    }
    /** Trashes (and renames as failed) every Doc an earlier run left unfinished; forgets the settled entries. */
    recover(now) {
      const result = { discarded: 0, stuck: [] };
      if (this.entries.length === 0) return result;
      const kept = this.entries.filter((entry) => {
        var _a;
        const files = leftovers(entry);
        let stuck = false;
        for (const file of files) {
          try {
            if (file.getName() !== entry.draft && !file.getName().startsWith(FAILED_PREFIX)) continue;
            if (discardFile(file, entry.title)) result.discarded++;
          } catch {
            stuck = true;
            result.stuck.push((_a = entry.id) != null ? _a : entry.draft);
          }
        }
        return stuck || files.length === 0 && now - entry.at < KEEP_UNFOUND_MS;
      });
      if (kept.length !== this.entries.length) this.trySave(kept);
      return result;
    }
    /** Before the Doc is created: from here on a stop at any point leaves a Doc the next run finds. */
    begin(draft, title, now) {
      const entry = { draft, title, at: now };
      this.save([...this.entries, entry]);
      return entry;
    }
    /** Right after Drive or Docs returned the new Doc's id. */
    created(entry, id, retried) {
      entry.id = id;
      if (retried) entry.search = true;
      this.trySave(this.entries);
    }
    /**
     * The Doc is in its final state: renamed as the report, or discarded. A retried create may have left a
     * stray under the draft name: the entry then stays, without the id, for the next run to look for it.
     */
    settle(entry) {
      if (entry.search) {
        delete entry.id;
        this.trySave(this.entries);
      } else {
        this.trySave(this.entries.filter((e) => e !== entry));
      }
    }
    /** Drops the entry whatever the Doc's state: it is finished but could not be named (never a leftover). */
    forget(entry) {
      this.trySave(this.entries.filter((e) => e !== entry));
    }
    /**
     * For every write but begin's: a write lost here leaves an entry the next run settles (its Doc is then
     * found discarded or finished, and the entry forgotten), so it must not fail a report that is fine.
     */
    trySave(entries) {
      try {
        this.save(entries);
      } catch {
        this.entries = entries;
      }
    }
    save(entries) {
      this.entries = entries;
      if (entries.length === 0) this.props.deleteProperty(KEY);
      else this.props.setProperty(KEY, JSON.stringify(entries));
    }
  }
  function discardFile(file, title) {
    let changed = false;
    if (!file.isTrashed()) {
      file.setTrashed(true);
      changed = true;
    }
    if (!file.getName().startsWith(FAILED_PREFIX)) {
      file.setName(`${FAILED_PREFIX} ${title}`);
      changed = true;
    }
    return changed;
  }
  function leftovers(entry) {
    const files = [];
    if (entry.id) {
      try {
        files.push(DriveApp.getFileById(entry.id));
      } catch {
      }
    }
    if (!entry.id || entry.search) {
      try {
        const found = DriveApp.getFilesByName(entry.draft);
        while (found.hasNext()) {
          const file = found.next();
          if (file.getId() !== entry.id) files.push(file);
        }
      } catch {
      }
    }
    return files;
  }
  function parse(text) {
    if (!text) return [];
    try {
      const value = JSON.parse(text);
      if (!Array.isArray(value)) return [];
      return value.filter(
        (e) => e !== null && typeof e === "object" && typeof e.draft === "string" && typeof e.title === "string" && typeof e.at === "number"
      );
    } catch {
      return [];
    }
  }

  function isBlankBody(content) {
    var _a;
    const rest = content.filter((e) => !e.sectionBreak);
    if (rest.length !== 1 || !rest[0].paragraph) return false;
    return ((_a = rest[0].paragraph.elements) != null ? _a : []).every((e) => {
      var _a2;
      return ((_a2 = e.textRun) == null ? void 0 : _a2.content) === "\n";
    });
  }
  const TEMPLATE_NOT_BLANK_TH = "\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E41\u0E21\u0E48\u0E41\u0E1A\u0E1A\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E15\u0E49\u0E2D\u0E07\u0E44\u0E21\u0E48\u0E21\u0E35\u0E40\u0E19\u0E37\u0E49\u0E2D\u0E2B\u0E32\u0E43\u0E19\u0E2B\u0E19\u0E49\u0E32\u0E01\u0E23\u0E30\u0E14\u0E32\u0E29 (\u0E43\u0E2A\u0E48\u0E44\u0E14\u0E49\u0E40\u0E09\u0E1E\u0E32\u0E30\u0E2A\u0E48\u0E27\u0E19\u0E17\u0E49\u0E32\u0E22 \u0E40\u0E0A\u0E48\u0E19 \u0E40\u0E25\u0E02\u0E2B\u0E19\u0E49\u0E32) \u2014 \u0E25\u0E1A\u0E40\u0E19\u0E37\u0E49\u0E2D\u0E2B\u0E32\u0E43\u0E19\u0E41\u0E21\u0E48\u0E41\u0E1A\u0E1A\u0E2D\u0E2D\u0E01 \u0E41\u0E25\u0E49\u0E27\u0E2A\u0E31\u0E48\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07";

  var __defProp$1 = Object.defineProperty;
  var __defNormalProp$1 = (obj, key, value) => key in obj ? __defProp$1(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
  var __publicField$1 = (obj, key, value) => __defNormalProp$1(obj, key + "" , value);
  class TemplateError extends Error {
    constructor(message, docId) {
      super(message);
      __publicField$1(this, "docId", docId);
    }
  }
  function copyTemplate(templateText, name) {
    const templateId = documentIdFrom(templateText);
    if (!templateId) throw new TemplateError(`\u0E04\u0E48\u0E32 "\u0E41\u0E21\u0E48\u0E41\u0E1A\u0E1A\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19 (Google Doc)" \u0E43\u0E19\u0E0A\u0E35\u0E15\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E44\u0E21\u0E48\u0E43\u0E0A\u0E48\u0E25\u0E34\u0E07\u0E01\u0E4C Google Doc \u2014 \u0E27\u0E32\u0E07\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E02\u0E2D\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E41\u0E21\u0E48\u0E41\u0E1A\u0E1A \u0E2B\u0E23\u0E37\u0E2D\u0E40\u0E27\u0E49\u0E19\u0E27\u0E48\u0E32\u0E07\u0E44\u0E27\u0E49`);
    try {
      return DriveApp.getFileById(templateId).makeCopy(name).getId();
    } catch {
      throw new TemplateError("\u0E40\u0E1B\u0E34\u0E14\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E41\u0E21\u0E48\u0E41\u0E1A\u0E1A\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 (\u0E44\u0E21\u0E48\u0E21\u0E35\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E19\u0E35\u0E49 \u0E2B\u0E23\u0E37\u0E2D\u0E1A\u0E31\u0E0D\u0E0A\u0E35\u0E19\u0E35\u0E49\u0E44\u0E21\u0E48\u0E21\u0E35\u0E2A\u0E34\u0E17\u0E18\u0E34\u0E4C\u0E14\u0E39) \u2014 \u0E15\u0E23\u0E27\u0E08\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E43\u0E19\u0E0A\u0E35\u0E15\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32 \u0E2B\u0E23\u0E37\u0E2D\u0E40\u0E27\u0E49\u0E19\u0E27\u0E48\u0E32\u0E07\u0E44\u0E27\u0E49");
    }
  }
  function openCopy(documents, docId, retry) {
    var _a, _b, _c, _d, _e;
    let doc;
    try {
      doc = retry(() => documents.get(docId));
    } catch (e) {
      throw new TemplateError(`\u0E40\u0E1B\u0E34\u0E14\u0E2A\u0E33\u0E40\u0E19\u0E32\u0E02\u0E2D\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E41\u0E21\u0E48\u0E41\u0E1A\u0E1A\u0E40\u0E1E\u0E37\u0E48\u0E2D\u0E40\u0E02\u0E35\u0E22\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49: ${errorMessage(e)} \u2014 \u0E25\u0E2D\u0E07\u0E2A\u0E31\u0E48\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07\u0E43\u0E19\u0E2D\u0E35\u0E01\u0E2A\u0E31\u0E01\u0E04\u0E23\u0E39\u0E48`, docId);
    }
    if (!isBlankBody((_b = (_a = doc.body) == null ? void 0 : _a.content) != null ? _b : [])) throw new TemplateError(TEMPLATE_NOT_BLANK_TH, docId);
    return { docId, revisionId: (_c = doc.revisionId) != null ? _c : void 0, footerId: (_e = (_d = doc.documentStyle) == null ? void 0 : _d.defaultFooterId) != null ? _e : void 0 };
  }

  function columnLetters(column) {
    let s = "";
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + (n - 1) % 26) + s;
    return s;
  }

  const HEADER = ["\u0E23\u0E30\u0E14\u0E31\u0E1A", "\u0E0A\u0E35\u0E15", "\u0E41\u0E16\u0E27", "\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C", "\u0E2B\u0E31\u0E27\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C", "\u0E23\u0E32\u0E22\u0E25\u0E30\u0E40\u0E2D\u0E35\u0E22\u0E14", "\u0E44\u0E1B\u0E17\u0E35\u0E48\u0E40\u0E0B\u0E25\u0E25\u0E4C"];
  function writeFindingsSheet(ss, findings) {
    var _a;
    const sheet = (_a = ss.getSheetByName(SHEET.findings)) != null ? _a : ss.insertSheet(SHEET.findings);
    if (sheet.getFrozenRows() !== 1) {
      sheet.setColumnWidth(6, 520);
      sheet.setFrozenRows(1);
    }
    const gids = new Map(ss.getSheets().map((s) => [s.getName(), s.getSheetId()]));
    const rows = [HEADER];
    for (const f of findings) {
      const a1 = f.row && f.column ? `${columnLetters(f.column)}${f.row}` : f.row ? `A${f.row}` : "A1";
      const gid = gids.get(f.sheet);
      rows.push([
        f.severity === "error" ? "\u0E02\u0E49\u0E2D\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14" : "\u0E04\u0E33\u0E40\u0E15\u0E37\u0E2D\u0E19",
        f.sheet,
        f.row || "",
        f.column ? columnLetters(f.column) : "",
        asText(f.header),
        asText(f.messageTh),
        gid === void 0 ? "" : `=HYPERLINK("#gid=${gid}&range=${a1}","\u0E44\u0E1B\u0E17\u0E35\u0E48 ${a1}")`
      ]);
    }
    if (findings.length === 0) rows.push(["", "", "", "", "", "\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E1B\u0E31\u0E0D\u0E2B\u0E32", ""]);
    writeChangedRows(sheet, rows);
  }
  function writeChangedRows(sheet, rows) {
    var _a, _b, _c, _d;
    const width = HEADER.length;
    const last = sheet.getLastRow();
    const values = last > 0 ? sheet.getRange(1, 1, last, width).getValues() : [];
    const links = last > 0 ? sheet.getRange(1, width, last, 1).getFormulas() : [];
    if (values.length === 0 || values[0].some((v, c) => String(v) !== HEADER[c])) {
      ensureSheetSize(sheet, rows.length, width);
      sheet.getRange(1, 1, rows.length, width).setValues(rows);
      if (last > rows.length) sheet.getRange(rows.length + 1, 1, last - rows.length, width).clearContent();
      return;
    }
    const oldKeys = values.slice(1).map((line, i2) => {
      var _a2, _b2;
      return JSON.stringify([...line.slice(0, width - 1).map(String), (_b2 = (_a2 = links[i2 + 1]) == null ? void 0 : _a2[0]) != null ? _b2 : ""]);
    });
    const wanted = rows.slice(1);
    const newKeys = wanted.map((line) => JSON.stringify(line.map((v, c) => c === width - 1 ? String(v) : String(typeof v === "string" ? storedText(v) : v))));
    const left = (keys) => keys.reduce((m, k) => {
      var _a2;
      return m.set(k, ((_a2 = m.get(k)) != null ? _a2 : 0) + 1);
    }, /* @__PURE__ */ new Map());
    const oldLeft = left(oldKeys);
    const newLeft = left(newKeys);
    const take = (m, k) => {
      var _a2;
      return m.set(k, ((_a2 = m.get(k)) != null ? _a2 : 1) - 1);
    };
    let i = 0;
    let j = 0;
    let at = 2;
    while (i < oldKeys.length || j < wanted.length) {
      if (i < oldKeys.length && j < wanted.length && oldKeys[i] === newKeys[j]) {
        take(oldLeft, oldKeys[i++]);
        take(newLeft, newKeys[j++]);
        at++;
      } else if (j < wanted.length && !((_a = oldLeft.get(newKeys[j])) != null ? _a : 0)) {
        let n = 0;
        while (j + n < wanted.length && !((_b = oldLeft.get(newKeys[j + n])) != null ? _b : 0) && !(i < oldKeys.length && oldKeys[i] === newKeys[j + n])) n++;
        sheet.insertRowsAfter(at - 1, n);
        sheet.getRange(at, 1, n, width).setValues(wanted.slice(j, j + n));
        for (let k = 0; k < n; k++) take(newLeft, newKeys[j + k]);
        j += n;
        at += n;
      } else if (i < oldKeys.length && !((_c = newLeft.get(oldKeys[i])) != null ? _c : 0)) {
        let n = 0;
        while (i + n < oldKeys.length && !((_d = newLeft.get(oldKeys[i + n])) != null ? _d : 0)) n++;
        sheet.deleteRows(at, n);
        for (let k = 0; k < n; k++) take(oldLeft, oldKeys[i + k]);
        i += n;
      } else {
        sheet.getRange(at, 1, 1, width).setValues([wanted[j]]);
        take(oldLeft, oldKeys[i++]);
        take(newLeft, newKeys[j++]);
        at++;
      }
    }
  }

  function validateAndMark() {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    let result;
    try {
      result = runValidation(ss);
    } catch (e) {
      if (!(e instanceof LockBusyError)) throw e;
      const ui = SpreadsheetApp.getUi();
      ui.alert("\u0E15\u0E23\u0E27\u0E08\u0E2A\u0E2D\u0E1A\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25", BUSY_TH, ui.ButtonSet.OK);
      return void 0;
    }
    const { errors, warnings } = result;
    const message = errors + warnings === 0 ? "\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E1B\u0E31\u0E0D\u0E2B\u0E32 \u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E1E\u0E23\u0E49\u0E2D\u0E21\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19" : `\u0E1E\u0E1A\u0E02\u0E49\u0E2D\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14 ${errors} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23 \u0E04\u0E33\u0E40\u0E15\u0E37\u0E2D\u0E19 ${warnings} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23 \u2014 \u0E14\u0E39\u0E23\u0E32\u0E22\u0E25\u0E30\u0E40\u0E2D\u0E35\u0E22\u0E14\u0E43\u0E19\u0E0A\u0E35\u0E15 "${SHEET.findings}" \u0E41\u0E25\u0E30\u0E2B\u0E21\u0E32\u0E22\u0E40\u0E2B\u0E15\u0E38\u0E1A\u0E19\u0E40\u0E0B\u0E25\u0E25\u0E4C\u0E17\u0E35\u0E48\u0E21\u0E35\u0E2A\u0E35`;
    ss.toast(message, "\u0E15\u0E23\u0E27\u0E08\u0E2A\u0E2D\u0E1A\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25", 10);
    return result;
  }
  function runValidation(ss) {
    const run = withDocumentLock(ACTION_LOCK_MS, () => validateAndMarkAll(ss));
    if (!run.ok) throw new LockBusyError();
    return run.value;
  }
  function validateAndMarkAll(ss) {
    const data = readWorkbookData(ss);
    const result = validateWorkbookData(data);
    const memory = loadMarks(ss);
    const plans = [];
    const present = /* @__PURE__ */ new Set();
    for (const name of DATA_SHEETS) {
      const sheet = ss.getSheetByName(name);
      if (!sheet) continue;
      present.add(name);
      const plan = planRows(sheet, name, data[name], result.findings, memory, 1, sheet.getMaxRows());
      if (plan) plans.push(plan);
    }
    const kept = entriesOutside(memory, plans, (key) => present.has(splitKey(key).sheet));
    applyPlans(ss, memory, plans, kept);
    writeFindingsSheet(ss, result.findings);
    return result;
  }

  function formStatuses(records, round) {
    const latest = /* @__PURE__ */ new Map();
    for (const r of records) {
      if (!usable(r, round) || !KNOWN_STATUSES.has(r.status)) continue;
      const seen = latest.get(r.rowId);
      if (!seen || r.timestamp > seen.timestamp) latest.set(r.rowId, r);
    }
    return new Map([...latest].map(([rowId, r]) => [rowId, r.status]));
  }

  var __defProp = Object.defineProperty;
  var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
  var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
  const RESULT_OK = "\u0E2A\u0E33\u0E40\u0E23\u0E47\u0E08";
  const RESULT_FAILED = "\u0E25\u0E49\u0E21\u0E40\u0E2B\u0E25\u0E27";
  const HISTORY_HEADER = [
    "\u0E40\u0E27\u0E25\u0E32",
    "\u0E1C\u0E39\u0E49\u0E2A\u0E31\u0E48\u0E07",
    "\u0E1B\u0E35\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13/\u0E23\u0E2D\u0E1A",
    "\u0E08\u0E33\u0E19\u0E27\u0E19\u0E41\u0E16\u0E27",
    "\u0E02\u0E49\u0E2D\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14",
    "\u0E04\u0E33\u0E40\u0E15\u0E37\u0E2D\u0E19",
    "\u0E25\u0E34\u0E07\u0E01\u0E4C Google Doc",
    "\u0E25\u0E34\u0E07\u0E01\u0E4C PDF",
    "\u0E1C\u0E25",
    "\u0E40\u0E2B\u0E15\u0E38\u0E1C\u0E25/\u0E2B\u0E21\u0E32\u0E22\u0E40\u0E2B\u0E15\u0E38"
  ];
  const WIDTHS = [140, 200, 140, 80, 80, 80, 260, 260, 80, 480];
  class RunRecord {
    constructor(startedAt) {
      __publicField(this, "startedAt", startedAt);
      __publicField(this, "round", "");
      __publicField(this, "rows", "");
      __publicField(this, "errors", "");
      __publicField(this, "warnings", "");
      __publicField(this, "docUrl", "");
      __publicField(this, "pdfUrl", "");
      __publicField(this, "result", RESULT_FAILED);
      __publicField(this, "reason", "\u0E2B\u0E22\u0E38\u0E14\u0E01\u0E48\u0E2D\u0E19\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E40\u0E2A\u0E23\u0E47\u0E08");
      __publicField(this, "written", false);
    }
    /** The run stopped: `reason` is what staff were told (its first paragraph). */
    fail(reason) {
      this.result = RESULT_FAILED;
      this.reason = firstParagraph(reason);
    }
    succeed(notes) {
      this.result = RESULT_OK;
      this.reason = notes.filter((n) => Boolean(n)).join("\n");
    }
    /** Appends the line (once per run), making the sheet with its header on first use. Never throws. */
    write(ss, timeZone) {
      var _a;
      if (this.written) return;
      this.written = true;
      try {
        const sheet = (_a = ss.getSheetByName(SHEET.history)) != null ? _a : createHistorySheet(ss);
        sheet.appendRow([
          Utilities.formatDate(this.startedAt, timeZone, "yyyy-MM-dd HH:mm:ss"),
          currentUser(),
          this.round,
          this.rows,
          this.errors,
          this.warnings,
          this.docUrl,
          this.pdfUrl,
          this.result,
          plainText(this.reason)
        ]);
      } catch (e) {
        console.warn(`report history: could not append to "${SHEET.history}": ${errorMessage(e)}`);
      }
    }
  }
  function createHistorySheet(ss) {
    const sheet = ss.insertSheet(SHEET.history);
    sheet.getRange(1, 1, 1, HISTORY_HEADER.length).setValues([[...HISTORY_HEADER]]).setFontWeight("bold").setBackground("#d9e2f3");
    sheet.setFrozenRows(1);
    WIDTHS.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
    return sheet;
  }
  function currentUser() {
    try {
      return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
    } catch {
      return "";
    }
  }
  function firstParagraph(text) {
    return text.split("\n\n")[0].trim();
  }
  function plainText(text) {
    return /^[=+\-@]/.test(text) ? `'${text}` : text;
  }

  function sharingRefusedTh(what, detail) {
    return `\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32 ${what} \u0E43\u0E2B\u0E49 "\u0E17\u0E38\u0E01\u0E04\u0E19\u0E17\u0E35\u0E48\u0E21\u0E35\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E14\u0E39\u0E44\u0E14\u0E49" \u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 (${detail}) \u2014 Google Workspace \u0E02\u0E2D\u0E07\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19\u0E19\u0E48\u0E32\u0E08\u0E30\u0E44\u0E21\u0E48\u0E2D\u0E19\u0E38\u0E0D\u0E32\u0E15\u0E43\u0E2B\u0E49\u0E41\u0E0A\u0E23\u0E4C\u0E44\u0E1F\u0E25\u0E4C\u0E2D\u0E2D\u0E01\u0E19\u0E2D\u0E01\u0E2D\u0E07\u0E04\u0E4C\u0E01\u0E23 \u0E02\u0E2D\u0E43\u0E2B\u0E49\u0E1C\u0E39\u0E49\u0E14\u0E39\u0E41\u0E25\u0E23\u0E30\u0E1A\u0E1A (admin) \u0E40\u0E1B\u0E34\u0E14\u0E01\u0E32\u0E23\u0E41\u0E0A\u0E23\u0E4C\u0E20\u0E32\u0E22\u0E19\u0E2D\u0E01\u0E2A\u0E33\u0E2B\u0E23\u0E31\u0E1A\u0E1A\u0E31\u0E0D\u0E0A\u0E35\u0E19\u0E35\u0E49\u0E17\u0E35\u0E48 \u0E04\u0E2D\u0E19\u0E42\u0E0B\u0E25\u0E1C\u0E39\u0E49\u0E14\u0E39\u0E41\u0E25\u0E23\u0E30\u0E1A\u0E1A > \u0E41\u0E2D\u0E1B > Google Workspace > \u0E44\u0E14\u0E23\u0E1F\u0E4C\u0E41\u0E25\u0E30\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23 > \u0E01\u0E32\u0E23\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E01\u0E32\u0E23\u0E41\u0E0A\u0E23\u0E4C \u0E2B\u0E23\u0E37\u0E2D\u0E41\u0E0A\u0E23\u0E4C\u0E44\u0E1F\u0E25\u0E4C\u0E40\u0E2D\u0E07\u0E43\u0E19 Google Drive \u0E2B\u0E23\u0E37\u0E2D\u0E2D\u0E31\u0E1B\u0E42\u0E2B\u0E25\u0E14\u0E44\u0E1F\u0E25\u0E4C PDF \u0E02\u0E36\u0E49\u0E19\u0E40\u0E27\u0E47\u0E1A\u0E44\u0E0B\u0E15\u0E4C\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19\u0E42\u0E14\u0E22\u0E15\u0E23\u0E07 \u0E44\u0E1F\u0E25\u0E4C\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E04\u0E23\u0E1A\u0E41\u0E25\u0E49\u0E27 \u0E40\u0E1E\u0E35\u0E22\u0E07\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E40\u0E1B\u0E34\u0E14\u0E43\u0E2B\u0E49\u0E17\u0E38\u0E01\u0E04\u0E19\u0E17\u0E35\u0E48\u0E21\u0E35\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E14\u0E39`;
  }
  function publishReport(docId, docName, oitCode, share) {
    const name = pdfName(docName, oitCode);
    const out = { pdfName: name, shared: [], notes: [] };
    let pdf;
    try {
      const doc = DriveApp.getFileById(docId);
      const parents = doc.getParents();
      const folder = parents.hasNext() ? parents.next() : DriveApp.getRootFolder();
      pdf = folder.createFile(doc.getAs(MimeType.PDF)).setName(name);
      out.pdfId = pdf.getId();
      out.pdfUrl = pdf.getUrl();
    } catch (e) {
      out.notes.push(`\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E44\u0E1F\u0E25\u0E4C PDF \u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 (${errorMessage(e)}) \u2014 \u0E40\u0E1B\u0E34\u0E14\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E41\u0E25\u0E49\u0E27\u0E40\u0E25\u0E37\u0E2D\u0E01 \u0E44\u0E1F\u0E25\u0E4C > \u0E14\u0E32\u0E27\u0E19\u0E4C\u0E42\u0E2B\u0E25\u0E14 > PDF \u0E41\u0E17\u0E19\u0E44\u0E14\u0E49`);
    }
    if (share === "none") return out;
    const refused = [];
    let detail = "";
    const shareWithLink = (what, file) => {
      try {
        file().setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
        out.shared.push(what);
      } catch (e) {
        refused.push(what);
        detail = errorMessage(e);
      }
    };
    if (pdf) shareWithLink("PDF", () => pdf);
    if (share === "both") shareWithLink("Google Doc", () => DriveApp.getFileById(docId));
    if (refused.length > 0) out.notes.push(sharingRefusedTh(refused.join(" \u0E41\u0E25\u0E30 "), detail));
    return out;
  }

  const LOCK_WAIT_MS = 1e3;
  function generateReportFromSheet() {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const record = new RunRecord(/* @__PURE__ */ new Date());
    try {
      runReport(ss, record);
    } catch (e) {
      record.fail(`\u0E40\u0E01\u0E34\u0E14\u0E02\u0E49\u0E2D\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14\u0E17\u0E35\u0E48\u0E44\u0E21\u0E48\u0E04\u0E32\u0E14\u0E04\u0E34\u0E14: ${errorMessage(e)}`);
      throw e;
    } finally {
      record.write(ss, timeZone$1(ss));
    }
  }
  function runReport(ss, record) {
    const ui = SpreadsheetApp.getUi();
    let result;
    try {
      result = runValidation(ss);
    } catch (e) {
      if (!(e instanceof LockBusyError)) throw e;
      record.fail(e.message);
      ui.alert("\u0E22\u0E31\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49", e.message, ui.ButtonSet.OK);
      return;
    }
    const config = result.workbook.config;
    record.errors = result.errors;
    record.warnings = result.warnings;
    record.rows = result.workbook.measures.length;
    if (config) record.round = applyDigitStyle(`${config.fiscalYear} \u0E23\u0E2D\u0E1A ${config.round} \u0E40\u0E14\u0E37\u0E2D\u0E19`, config.digitStyle);
    if (result.errors > 0 || !config) {
      record.fail(`\u0E1E\u0E1A\u0E02\u0E49\u0E2D\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14 ${result.errors} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23: \u0E41\u0E01\u0E49\u0E44\u0E02\u0E15\u0E32\u0E21\u0E0A\u0E35\u0E15 "${SHEET.findings}" \u0E41\u0E25\u0E49\u0E27\u0E2A\u0E31\u0E48\u0E07\u0E43\u0E2B\u0E21\u0E48`);
      ui.alert(
        "\u0E22\u0E31\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49",
        `\u0E1E\u0E1A\u0E02\u0E49\u0E2D\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14 ${result.errors} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23 \u0E41\u0E25\u0E30\u0E04\u0E33\u0E40\u0E15\u0E37\u0E2D\u0E19 ${result.warnings} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23
\u0E41\u0E01\u0E49\u0E44\u0E02\u0E02\u0E49\u0E2D\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14\u0E15\u0E32\u0E21\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23\u0E43\u0E19\u0E0A\u0E35\u0E15 "${SHEET.findings}" (\u0E40\u0E0B\u0E25\u0E25\u0E4C\u0E17\u0E35\u0E48\u0E21\u0E35\u0E1B\u0E31\u0E0D\u0E2B\u0E32\u0E16\u0E39\u0E01\u0E23\u0E30\u0E1A\u0E32\u0E22\u0E2A\u0E35\u0E41\u0E14\u0E07\u0E41\u0E25\u0E30\u0E21\u0E35\u0E2B\u0E21\u0E32\u0E22\u0E40\u0E2B\u0E15\u0E38) \u0E41\u0E25\u0E49\u0E27\u0E2A\u0E31\u0E48\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07 \u0E04\u0E33\u0E40\u0E15\u0E37\u0E2D\u0E19\u0E44\u0E21\u0E48\u0E02\u0E31\u0E14\u0E02\u0E27\u0E32\u0E07\u0E01\u0E32\u0E23\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19`,
        ui.ButtonSet.OK
      );
      return;
    }
    if (typeof Docs === "undefined" || !(Docs == null ? void 0 : Docs.Documents)) {
      record.fail("\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E40\u0E1B\u0E34\u0E14\u0E43\u0E0A\u0E49\u0E1A\u0E23\u0E34\u0E01\u0E32\u0E23 Google Docs API");
      ui.alert(
        "\u0E22\u0E31\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49",
        "\u0E2A\u0E04\u0E23\u0E34\u0E1B\u0E15\u0E4C\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E40\u0E1B\u0E34\u0E14\u0E43\u0E0A\u0E49\u0E1A\u0E23\u0E34\u0E01\u0E32\u0E23 Google Docs API: \u0E43\u0E19\u0E2B\u0E19\u0E49\u0E32\u0E41\u0E01\u0E49\u0E44\u0E02 Apps Script \u0E01\u0E14 \u0E1A\u0E23\u0E34\u0E01\u0E32\u0E23 (+) \u0E40\u0E25\u0E37\u0E2D\u0E01 Google Docs API \u0E41\u0E25\u0E49\u0E27\u0E01\u0E14 \u0E40\u0E1E\u0E34\u0E48\u0E21 (\u0E2B\u0E23\u0E37\u0E2D\u0E27\u0E32\u0E07\u0E44\u0E1F\u0E25\u0E4C appsscript.json \u0E02\u0E2D\u0E07\u0E42\u0E1B\u0E23\u0E41\u0E01\u0E23\u0E21\u0E43\u0E2B\u0E49\u0E04\u0E23\u0E1A) \u0E41\u0E25\u0E49\u0E27\u0E25\u0E2D\u0E07\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07",
        ui.ButtonSet.OK
      );
      return;
    }
    const documents = Docs.Documents;
    const forms = loadFormView(ss, result.workbook, config);
    const statuses = formStatuses(forms.records, config.round);
    const model = buildReportModel(result.workbook, config, forms.contributions, statuses);
    const [year, month, day, hour, minute] = Utilities.formatDate(/* @__PURE__ */ new Date(), timeZone$1(ss), "yyyy-M-d-H-m").split("-").map(Number);
    const { title: name, footerText } = reportLabels(model, { year, month, day, hour, minute });
    const plan = buildDocsRequests(model, { footerText });
    if (plan.stats.characters > DOCS_MAX_CHARACTERS) {
      const d = (n) => applyDigitStyle(String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ","), model.digitStyle);
      record.fail(tooLongForDocsTh(plan.stats.characters, d));
      ui.alert(
        "\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E22\u0E32\u0E27\u0E40\u0E01\u0E34\u0E19\u0E01\u0E27\u0E48\u0E32\u0E17\u0E35\u0E48 Google Docs \u0E23\u0E31\u0E1A\u0E44\u0E14\u0E49",
        `${tooLongForDocsTh(plan.stats.characters, d)} \u0E42\u0E1B\u0E23\u0E14\u0E22\u0E48\u0E2D\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E07\u0E32\u0E19 \u0E2B\u0E23\u0E37\u0E2D\u0E43\u0E0A\u0E49\u0E42\u0E1B\u0E23\u0E41\u0E01\u0E23\u0E21\u0E1A\u0E19\u0E40\u0E04\u0E23\u0E37\u0E48\u0E2D\u0E07 (ita-report) \u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E44\u0E1F\u0E25\u0E4C .docx`,
        ui.ButtonSet.OK
      );
      return;
    }
    const lock = LockService.getUserLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) {
      record.fail(REPORT_BUSY_TH);
      ui.alert("\u0E22\u0E31\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49", REPORT_BUSY_TH, ui.ButtonSet.OK);
      return;
    }
    try {
      writeReport({
        ss,
        documents,
        model,
        plan,
        name,
        footerText,
        templateText: config.reportTemplate,
        folder: config.reportFolder,
        warnings: result.warnings,
        record,
        oitCode: config.oitCode,
        share: config.shareWithLink
        // [publish]
      });
    } finally {
      lock.releaseLock();
    }
  }
  function writeReport(job) {
    var _a;
    const { ss, documents, model, name, footerText, record } = job;
    const ui = SpreadsheetApp.getUi();
    const d = (n) => applyDigitStyle(String(n), model.digitStyle);
    const journal = new ReportJournal(PropertiesService.getUserProperties());
    const recovery = journal.recover(Date.now());
    const leftovers = leftoversTh(recovery.discarded, recovery.stuck, d);
    const withLeftovers = (text) => leftovers ? `${text}

${leftovers}` : text;
    let entry;
    try {
      entry = journal.begin(inProgressName(name, Utilities.getUuid().slice(0, 8)), name, Date.now());
    } catch (e) {
      record.fail(`\u0E1A\u0E31\u0E19\u0E17\u0E36\u0E01\u0E2A\u0E16\u0E32\u0E19\u0E30\u0E01\u0E32\u0E23\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49: ${errorMessage(e)}`);
      ui.alert(
        "\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E44\u0E21\u0E48\u0E2A\u0E33\u0E40\u0E23\u0E47\u0E08",
        withLeftovers(`\u0E1A\u0E31\u0E19\u0E17\u0E36\u0E01\u0E2A\u0E16\u0E32\u0E19\u0E30\u0E01\u0E32\u0E23\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 \u0E08\u0E36\u0E07\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23: ${errorMessage(e)}
\u0E25\u0E2D\u0E07\u0E2A\u0E31\u0E48\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07\u0E43\u0E19\u0E2D\u0E35\u0E01\u0E2A\u0E31\u0E01\u0E04\u0E23\u0E39\u0E48`),
        ui.ButtonSet.OK
      );
      return;
    }
    let started;
    try {
      started = startDocument(documents, job.templateText, entry, journal);
    } catch (e) {
      if (e instanceof TemplateError) {
        if (!e.docId || discardDocument(e.docId, name)) journal.settle(entry);
        record.fail(e.message);
        ui.alert("\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E44\u0E21\u0E48\u0E2A\u0E33\u0E40\u0E23\u0E47\u0E08", withLeftovers(e.message), ui.ButtonSet.OK);
      } else {
        record.fail(`\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23 Google Doc \u0E44\u0E21\u0E48\u0E44\u0E14\u0E49: ${errorMessage(e)}`);
        ui.alert(
          "\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E44\u0E21\u0E48\u0E2A\u0E33\u0E40\u0E23\u0E47\u0E08",
          withLeftovers(`\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23 Google Doc \u0E44\u0E21\u0E48\u0E44\u0E14\u0E49: ${errorMessage(e)}
\u0E25\u0E2D\u0E07\u0E2A\u0E31\u0E48\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07\u0E43\u0E19\u0E2D\u0E35\u0E01\u0E2A\u0E31\u0E01\u0E04\u0E23\u0E39\u0E48`),
          ui.ButtonSet.OK
        );
      }
      return;
    }
    const { docId } = started;
    const plan = started.footerId ? buildDocsRequests(model, { footerText, footerExists: true }) : job.plan;
    try {
      writeBatches(plan, { revisionId: started.revisionId, footerId: started.footerId }, docsCalls(documents, docId));
    } catch (e) {
      const trashed = discardDocument(docId, name);
      if (trashed) journal.settle(entry);
      record.fail(stoppedPartWayTh(errorMessage(e), trashed, docId, true));
      ui.alert(
        "\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E44\u0E21\u0E48\u0E2A\u0E33\u0E40\u0E23\u0E47\u0E08",
        withLeftovers(
          `${stoppedPartWayTh(errorMessage(e), trashed, docId, true)}
\u0E25\u0E2D\u0E07\u0E2A\u0E31\u0E48\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07\u0E43\u0E19\u0E2D\u0E35\u0E01\u0E2A\u0E31\u0E01\u0E04\u0E23\u0E39\u0E48 \u0E2B\u0E32\u0E01\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E2A\u0E33\u0E40\u0E23\u0E47\u0E08 \u0E42\u0E1B\u0E23\u0E14\u0E2A\u0E48\u0E07\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E19\u0E35\u0E49\u0E43\u0E2B\u0E49\u0E1C\u0E39\u0E49\u0E14\u0E39\u0E41\u0E25\u0E23\u0E30\u0E1A\u0E1A`
        ),
        ui.ButtonSet.OK
      );
      return;
    }
    const placement = placeDocument(ss, docId, job.folder);
    const renamed = nameReport(docId, name);
    if (renamed) journal.settle(entry);
    else journal.forget(entry);
    const published = publishReport(docId, name, job.oitCode, job.share);
    const notes = [
      placement.note,
      renamed ? void 0 : `\u0E40\u0E02\u0E35\u0E22\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E04\u0E23\u0E1A\u0E41\u0E25\u0E49\u0E27 \u0E41\u0E15\u0E48\u0E15\u0E31\u0E49\u0E07\u0E0A\u0E37\u0E48\u0E2D\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 \u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E08\u0E36\u0E07\u0E22\u0E31\u0E07\u0E21\u0E35\u0E0A\u0E37\u0E48\u0E2D\u0E02\u0E36\u0E49\u0E19\u0E15\u0E49\u0E19\u0E14\u0E49\u0E27\u0E22 "${IN_PROGRESS_PREFIX}" \u0E42\u0E1B\u0E23\u0E14\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19\u0E0A\u0E37\u0E48\u0E2D\u0E40\u0E2D\u0E07`,
      ...published.notes,
      leftovers
    ];
    record.docUrl = docUrl(docId);
    record.pdfUrl = (_a = published.pdfUrl) != null ? _a : "";
    record.succeed(notes);
    showDone(model, docId, name, job.warnings, placement.folderName, notes, Boolean(started.footerId), published);
  }
  function startDocument(documents, templateText, entry, journal) {
    var _a;
    if (templateText.trim()) {
      const copyId = copyTemplate(templateText, entry.draft);
      journal.created(entry, copyId, false);
      return openCopy(documents, copyId, withRetry);
    }
    let attempts = 0;
    const doc = withRetry(() => {
      attempts++;
      return documents.create({ title: entry.draft });
    });
    if (!doc.documentId) throw new Error("Docs.Documents.create returned no documentId");
    journal.created(entry, doc.documentId, attempts > 1);
    return { docId: doc.documentId, revisionId: (_a = doc.revisionId) != null ? _a : void 0 };
  }
  function nameReport(docId, name) {
    try {
      withRetry(() => DriveApp.getFileById(docId).setName(name));
      return true;
    } catch {
      return false;
    }
  }
  function discardDocument(docId, name) {
    try {
      discardFile(DriveApp.getFileById(docId), name);
      return true;
    } catch {
      return false;
    }
  }
  function timeZone$1(ss) {
    try {
      return ss.getSpreadsheetTimeZone() || Session.getScriptTimeZone();
    } catch {
      return "Asia/Bangkok";
    }
  }

  const col = (header, note, width = 160) => ({ header, note, width });
  const CONFIG_SPEC = {
    name: SHEET.config,
    columns: [col("\u0E2B\u0E31\u0E27\u0E02\u0E49\u0E2D", "\u0E0A\u0E37\u0E48\u0E2D\u0E01\u0E32\u0E23\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32 (\u0E2D\u0E22\u0E48\u0E32\u0E41\u0E01\u0E49\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E43\u0E19\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C\u0E19\u0E35\u0E49)", 200), col("\u0E04\u0E48\u0E32", "\u0E04\u0E48\u0E32\u0E17\u0E35\u0E48\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19\u0E01\u0E33\u0E2B\u0E19\u0E14", 480)]
  };
  const SHARE_CHOICES = ["\u0E44\u0E21\u0E48", "PDF", "PDF \u0E41\u0E25\u0E30 Doc"];
  const CONFIG_DEFAULTS = [
    [CONFIG_LABEL.agencyName, "", "\u0E0A\u0E37\u0E48\u0E2D\u0E40\u0E15\u0E47\u0E21\u0E02\u0E2D\u0E07\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19 \u0E15\u0E32\u0E21\u0E17\u0E35\u0E48\u0E1E\u0E34\u0E21\u0E1E\u0E4C\u0E43\u0E19\u0E2B\u0E31\u0E27\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19"],
    [CONFIG_LABEL.compiledBy, "", "\u0E01\u0E25\u0E38\u0E48\u0E21\u0E07\u0E32\u0E19/\u0E2A\u0E33\u0E19\u0E31\u0E01\u0E17\u0E35\u0E48\u0E23\u0E27\u0E1A\u0E23\u0E27\u0E21\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25 \u0E02\u0E36\u0E49\u0E19\u0E1A\u0E23\u0E23\u0E17\u0E31\u0E14\u0E43\u0E2B\u0E21\u0E48\u0E44\u0E14\u0E49 (Ctrl+Enter)"],
    [CONFIG_LABEL.fiscalYear, "", "\u0E1B\u0E35\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13 \u0E1E.\u0E28. \u0E40\u0E0A\u0E48\u0E19 2567"],
    [CONFIG_LABEL.round, 12, "\u0E23\u0E2D\u0E1A\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19: 6 (\u0E15.\u0E04.\u2013\u0E21\u0E35.\u0E04.) \u0E2B\u0E23\u0E37\u0E2D 12 (\u0E15.\u0E04.\u2013\u0E01.\u0E22.)"],
    [CONFIG_LABEL.digitStyle, "\u0E44\u0E17\u0E22", "\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02\u0E43\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19: \u0E44\u0E17\u0E22 \u0E2B\u0E23\u0E37\u0E2D \u0E2D\u0E32\u0E23\u0E1A\u0E34\u0E01 (\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E41\u0E1B\u0E25\u0E07)"],
    [CONFIG_LABEL.font, "Sarabun", "\u0E41\u0E1A\u0E1A\u0E2D\u0E31\u0E01\u0E29\u0E23\u0E02\u0E2D\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19 (Google Docs) \u0E40\u0E0A\u0E48\u0E19 Sarabun"],
    [CONFIG_LABEL.reportFolder, "", "\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E2B\u0E23\u0E37\u0E2D\u0E23\u0E2B\u0E31\u0E2A\u0E42\u0E1F\u0E25\u0E40\u0E14\u0E2D\u0E23\u0E4C Google Drive \u0E17\u0E35\u0E48\u0E08\u0E30\u0E40\u0E01\u0E47\u0E1A\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19 (\u0E27\u0E48\u0E32\u0E07 = \u0E42\u0E1F\u0E25\u0E40\u0E14\u0E2D\u0E23\u0E4C\u0E40\u0E14\u0E35\u0E22\u0E27\u0E01\u0E31\u0E1A\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19\u0E19\u0E35\u0E49)"],
    [
      CONFIG_LABEL.reportTemplate,
      "",
      "\u0E25\u0E34\u0E07\u0E01\u0E4C Google Doc \u0E27\u0E48\u0E32\u0E07\u0E17\u0E35\u0E48\u0E43\u0E2A\u0E48\u0E40\u0E25\u0E02\u0E2B\u0E19\u0E49\u0E32\u0E44\u0E27\u0E49\u0E17\u0E35\u0E48\u0E2A\u0E48\u0E27\u0E19\u0E17\u0E49\u0E32\u0E22\u0E41\u0E25\u0E49\u0E27 (\u0E41\u0E17\u0E23\u0E01 > \u0E40\u0E25\u0E02\u0E2B\u0E19\u0E49\u0E32) \u0E42\u0E1B\u0E23\u0E41\u0E01\u0E23\u0E21\u0E08\u0E30\u0E17\u0E33\u0E2A\u0E33\u0E40\u0E19\u0E32\u0E41\u0E25\u0E49\u0E27\u0E40\u0E02\u0E35\u0E22\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E25\u0E07\u0E44\u0E1B \u0E17\u0E33\u0E43\u0E2B\u0E49\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E21\u0E35\u0E40\u0E25\u0E02\u0E2B\u0E19\u0E49\u0E32 (\u0E27\u0E48\u0E32\u0E07 = \u0E44\u0E21\u0E48\u0E21\u0E35\u0E40\u0E25\u0E02\u0E2B\u0E19\u0E49\u0E32)"
    ],
    // [links] Read by "ตรวจลิงก์หลักฐาน" only (src/core/links/collect.ts).
    [MAIN_WEBSITE_LABEL, "", "\u0E40\u0E27\u0E47\u0E1A\u0E44\u0E0B\u0E15\u0E4C\u0E2B\u0E25\u0E31\u0E01\u0E02\u0E2D\u0E07\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19 \u0E40\u0E0A\u0E48\u0E19 https://www.example.go.th \u2014 \u0E25\u0E34\u0E07\u0E01\u0E4C\u0E2B\u0E25\u0E31\u0E01\u0E10\u0E32\u0E19 OIT \u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48\u0E19\u0E2D\u0E01\u0E40\u0E27\u0E47\u0E1A\u0E44\u0E0B\u0E15\u0E4C\u0E19\u0E35\u0E49\u0E08\u0E30\u0E16\u0E39\u0E01\u0E17\u0E31\u0E01\u0E44\u0E27\u0E49 (\u0E27\u0E48\u0E32\u0E07 = \u0E44\u0E21\u0E48\u0E15\u0E23\u0E27\u0E08\u0E02\u0E49\u0E2D\u0E19\u0E35\u0E49)"],
    // [publish] Optional rows; set-up adds them to an existing workbook, and a missing one is its default.
    [CONFIG_LABEL.problems, "", '\u0E1B\u0E31\u0E0D\u0E2B\u0E32\u0E41\u0E25\u0E30\u0E2D\u0E38\u0E1B\u0E2A\u0E23\u0E23\u0E04\u0E43\u0E19\u0E01\u0E32\u0E23\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E07\u0E32\u0E19 \u0E1E\u0E34\u0E21\u0E1E\u0E4C\u0E43\u0E19\u0E2B\u0E31\u0E27\u0E02\u0E49\u0E2D "\u0E1B\u0E31\u0E0D\u0E2B\u0E32 \u0E2D\u0E38\u0E1B\u0E2A\u0E23\u0E23\u0E04 \u0E41\u0E25\u0E30\u0E02\u0E49\u0E2D\u0E40\u0E2A\u0E19\u0E2D\u0E41\u0E19\u0E30" \u0E15\u0E48\u0E2D\u0E08\u0E32\u0E01\u0E15\u0E32\u0E23\u0E32\u0E07 (\u0E27\u0E48\u0E32\u0E07 = "\u0E44\u0E21\u0E48\u0E21\u0E35")'],
    [CONFIG_LABEL.suggestions, "", '\u0E02\u0E49\u0E2D\u0E40\u0E2A\u0E19\u0E2D\u0E41\u0E19\u0E30 (\u0E27\u0E48\u0E32\u0E07 = "\u0E44\u0E21\u0E48\u0E21\u0E35") \u0E02\u0E36\u0E49\u0E19\u0E1A\u0E23\u0E23\u0E17\u0E31\u0E14\u0E43\u0E2B\u0E21\u0E48\u0E44\u0E14\u0E49 (Ctrl+Enter)'],
    [CONFIG_LABEL.reporter, "", "\u0E0A\u0E37\u0E48\u0E2D\u0E1C\u0E39\u0E49\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19 \u0E2A\u0E33\u0E2B\u0E23\u0E31\u0E1A\u0E0A\u0E48\u0E2D\u0E07\u0E25\u0E07\u0E0A\u0E37\u0E48\u0E2D\u0E17\u0E49\u0E32\u0E22\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19 (\u0E27\u0E48\u0E32\u0E07 = \u0E44\u0E21\u0E48\u0E21\u0E35\u0E0A\u0E48\u0E2D\u0E07\u0E25\u0E07\u0E0A\u0E37\u0E48\u0E2D\u0E1C\u0E39\u0E49\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19)"],
    [CONFIG_LABEL.reporterPosition, "", "\u0E15\u0E33\u0E41\u0E2B\u0E19\u0E48\u0E07\u0E02\u0E2D\u0E07\u0E1C\u0E39\u0E49\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19"],
    [CONFIG_LABEL.approver, "", "\u0E0A\u0E37\u0E48\u0E2D\u0E1C\u0E39\u0E49\u0E2D\u0E19\u0E38\u0E21\u0E31\u0E15\u0E34\u0E43\u0E2B\u0E49\u0E40\u0E1C\u0E22\u0E41\u0E1E\u0E23\u0E48 (\u0E2B\u0E31\u0E27\u0E2B\u0E19\u0E49\u0E32\u0E2A\u0E48\u0E27\u0E19\u0E23\u0E32\u0E0A\u0E01\u0E32\u0E23) (\u0E27\u0E48\u0E32\u0E07 = \u0E44\u0E21\u0E48\u0E21\u0E35\u0E0A\u0E48\u0E2D\u0E07\u0E25\u0E07\u0E0A\u0E37\u0E48\u0E2D\u0E1C\u0E39\u0E49\u0E2D\u0E19\u0E38\u0E21\u0E31\u0E15\u0E34)"],
    [CONFIG_LABEL.approverPosition, "", "\u0E15\u0E33\u0E41\u0E2B\u0E19\u0E48\u0E07\u0E02\u0E2D\u0E07\u0E1C\u0E39\u0E49\u0E2D\u0E19\u0E38\u0E21\u0E31\u0E15\u0E34"],
    [CONFIG_LABEL.oitCode, "", "\u0E23\u0E2B\u0E31\u0E2A\u0E02\u0E49\u0E2D OIT \u0E02\u0E2D\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E19\u0E35\u0E49\u0E43\u0E19\u0E1B\u0E35\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19\u0E19\u0E35\u0E49 \u0E40\u0E0A\u0E48\u0E19 O26 \u0E43\u0E2A\u0E48\u0E44\u0E27\u0E49\u0E2B\u0E19\u0E49\u0E32\u0E0A\u0E37\u0E48\u0E2D\u0E44\u0E1F\u0E25\u0E4C PDF (\u0E27\u0E48\u0E32\u0E07 = \u0E44\u0E21\u0E48\u0E43\u0E2A\u0E48)"],
    [CONFIG_LABEL.shareWithLink, "\u0E44\u0E21\u0E48", "\u0E44\u0E21\u0E48 / PDF / PDF \u0E41\u0E25\u0E30 Doc: \u0E43\u0E2B\u0E49\u0E17\u0E38\u0E01\u0E04\u0E19\u0E17\u0E35\u0E48\u0E21\u0E35\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E14\u0E39\u0E44\u0E1F\u0E25\u0E4C\u0E44\u0E14\u0E49 (\u0E40\u0E1E\u0E37\u0E48\u0E2D\u0E27\u0E32\u0E07\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E43\u0E19\u0E23\u0E30\u0E1A\u0E1A ITAS) \u0E1C\u0E39\u0E49\u0E14\u0E39\u0E41\u0E25 Google Workspace \u0E2D\u0E32\u0E08\u0E1B\u0E34\u0E14\u0E01\u0E32\u0E23\u0E41\u0E0A\u0E23\u0E4C\u0E41\u0E1A\u0E1A\u0E19\u0E35\u0E49\u0E44\u0E27\u0E49"],
    // [plan] Read by the measures plan only ("สร้างเอกสารมาตรการ"); the report never uses them.
    [CONFIG_LABEL.assessedYear, "", "\u0E1B\u0E35 \u0E1E.\u0E28. \u0E02\u0E2D\u0E07\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19 ITA \u0E17\u0E35\u0E48\u0E19\u0E33\u0E21\u0E32\u0E27\u0E34\u0E40\u0E04\u0E23\u0E32\u0E30\u0E2B\u0E4C (\u0E1B\u0E35\u0E01\u0E48\u0E2D\u0E19) \u0E40\u0E0A\u0E48\u0E19 2566 \u2014 \u0E43\u0E0A\u0E49\u0E43\u0E19\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23"],
    [CONFIG_LABEL.overallScore, "", "\u0E04\u0E30\u0E41\u0E19\u0E19\u0E23\u0E27\u0E21 ITA \u0E02\u0E2D\u0E07\u0E1B\u0E35\u0E17\u0E35\u0E48\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19 (0\u2013100) \u0E40\u0E0A\u0E48\u0E19 84.36"],
    [CONFIG_LABEL.targetScore, DEFAULT_TARGET_SCORE, "\u0E04\u0E30\u0E41\u0E19\u0E19\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22 (0\u2013100): \u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E17\u0E35\u0E48\u0E44\u0E14\u0E49\u0E15\u0E48\u0E33\u0E01\u0E27\u0E48\u0E32\u0E19\u0E35\u0E49\u0E08\u0E30\u0E16\u0E39\u0E01\u0E27\u0E34\u0E40\u0E04\u0E23\u0E32\u0E30\u0E2B\u0E4C\u0E43\u0E19\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23"],
    [CONFIG_LABEL.level, "", "\u0E23\u0E30\u0E14\u0E31\u0E1A\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19 AA, A, B, C, D, E \u0E2B\u0E23\u0E37\u0E2D F (\u0E27\u0E48\u0E32\u0E07 = \u0E04\u0E34\u0E14\u0E08\u0E32\u0E01\u0E04\u0E30\u0E41\u0E19\u0E19\u0E23\u0E27\u0E21: AA \u2265 95, A \u2265 85, B \u2265 75, C \u2265 65, D \u2265 55, E \u2265 50)"]
  ];
  const UNITS_SPEC = {
    name: SHEET.units,
    columns: [
      col(UNIT_HEADER.code, "\u0E23\u0E2B\u0E31\u0E2A\u0E2A\u0E31\u0E49\u0E19 \u0E44\u0E21\u0E48\u0E0B\u0E49\u0E33 \u0E40\u0E0A\u0E48\u0E19 SBK (\u0E2B\u0E49\u0E32\u0E21\u0E21\u0E35 + \u0E2B\u0E23\u0E37\u0E2D ,)", 110),
      col(UNIT_HEADER.name, "\u0E0A\u0E37\u0E48\u0E2D\u0E40\u0E15\u0E47\u0E21\u0E02\u0E2D\u0E07\u0E2A\u0E33\u0E19\u0E31\u0E01/\u0E2B\u0E19\u0E48\u0E27\u0E22 \u0E15\u0E32\u0E21\u0E17\u0E35\u0E48\u0E1E\u0E34\u0E21\u0E1E\u0E4C\u0E43\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19", 300),
      col(UNIT_HEADER.abbr, "\u0E0A\u0E37\u0E48\u0E2D\u0E22\u0E48\u0E2D \u0E40\u0E0A\u0E48\u0E19 \u0E2A\u0E1A\u0E01. (\u0E16\u0E49\u0E32\u0E21\u0E35)", 120),
      col(UNIT_HEADER.email, "\u0E2D\u0E35\u0E40\u0E21\u0E25\u0E1C\u0E39\u0E49\u0E1B\u0E23\u0E30\u0E2A\u0E32\u0E19\u0E07\u0E32\u0E19\u0E02\u0E2D\u0E07\u0E2B\u0E19\u0E48\u0E27\u0E22", 220)
    ]
  };
  const HEADINGS_SPEC = {
    name: SHEET.headings,
    columns: [
      col(HEADING_HEADER.code, "\u0E23\u0E2B\u0E31\u0E2A\u0E2A\u0E31\u0E49\u0E19 \u0E44\u0E21\u0E48\u0E0B\u0E49\u0E33 \u0E43\u0E0A\u0E49\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E43\u0E19\u0E0A\u0E35\u0E15\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23", 150),
      col(HEADING_HEADER.tool, "IIT, EIT \u0E2B\u0E23\u0E37\u0E2D OIT", 80),
      col(HEADING_HEADER.text, "\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E2B\u0E31\u0E27\u0E02\u0E49\u0E2D\u0E15\u0E32\u0E21\u0E17\u0E35\u0E48\u0E1E\u0E34\u0E21\u0E1E\u0E4C\u0E43\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19 (\u0E41\u0E16\u0E27\u0E15\u0E31\u0E27\u0E2B\u0E19\u0E32\u0E40\u0E15\u0E47\u0E21\u0E04\u0E27\u0E32\u0E21\u0E01\u0E27\u0E49\u0E32\u0E07\u0E15\u0E32\u0E23\u0E32\u0E07) \u0E40\u0E23\u0E35\u0E22\u0E07\u0E15\u0E32\u0E21\u0E25\u0E33\u0E14\u0E31\u0E1A\u0E43\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19", 620),
      col(HEADING_HEADER.indicator, "\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14 ITA \u0E17\u0E35\u0E48\u0E2B\u0E31\u0E27\u0E02\u0E49\u0E2D\u0E19\u0E35\u0E49\u0E41\u0E01\u0E49\u0E44\u0E02 \u0E51\u2013\u0E51\u0E50 (\u0E14\u0E39\u0E0A\u0E35\u0E15\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19\u0E1B\u0E35\u0E01\u0E48\u0E2D\u0E19) \u0E43\u0E0A\u0E49\u0E43\u0E19\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23", 90)
      // [plan]
    ]
  };
  const MEASURES_SPEC = {
    name: SHEET.measures,
    columns: [
      col(MEASURE_HEADER.rowId, "\u0E23\u0E2B\u0E31\u0E2A\u0E41\u0E16\u0E27\u0E17\u0E35\u0E48\u0E44\u0E21\u0E48\u0E0B\u0E49\u0E33\u0E41\u0E25\u0E30\u0E44\u0E21\u0E48\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19 \u0E40\u0E0A\u0E48\u0E19 2567-01 \u0E43\u0E0A\u0E49\u0E40\u0E0A\u0E37\u0E48\u0E2D\u0E21\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E08\u0E32\u0E01\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21", 100),
      col(MEASURE_HEADER.heading, "\u0E23\u0E2B\u0E31\u0E2A\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14 \u0E08\u0E32\u0E01\u0E0A\u0E35\u0E15\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14", 130),
      col(MEASURE_HEADER.issueNo, "\u0E40\u0E25\u0E02\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19 1, 2, 3 \u2026 (\u0E40\u0E25\u0E02\u0E44\u0E17\u0E22\u0E2B\u0E23\u0E37\u0E2D\u0E2D\u0E32\u0E23\u0E1A\u0E34\u0E01\u0E01\u0E47\u0E44\u0E14\u0E49)", 70),
      col(MEASURE_HEADER.issueTitle, "\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E01\u0E32\u0E23\u0E1E\u0E31\u0E12\u0E19\u0E32\u0E08\u0E32\u0E01\u0E01\u0E32\u0E23\u0E27\u0E34\u0E40\u0E04\u0E23\u0E32\u0E30\u0E2B\u0E4C\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19 (\u0E44\u0E21\u0E48\u0E15\u0E49\u0E2D\u0E07\u0E43\u0E2A\u0E48\u0E40\u0E25\u0E02\u0E02\u0E49\u0E2D) \u0E43\u0E2A\u0E48\u0E0B\u0E49\u0E33\u0E17\u0E38\u0E01\u0E41\u0E16\u0E27\u0E02\u0E2D\u0E07\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19", 240),
      col(MEASURE_HEADER.measureNo, "\u0E40\u0E0A\u0E48\u0E19 1.1 \u2014 \u0E40\u0E27\u0E49\u0E19\u0E27\u0E48\u0E32\u0E07\u0E40\u0E21\u0E37\u0E48\u0E2D\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E21\u0E35\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E40\u0E14\u0E35\u0E22\u0E27", 80),
      col(MEASURE_HEADER.measureText, "\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23/\u0E41\u0E19\u0E27\u0E17\u0E32\u0E07\u0E1B\u0E0F\u0E34\u0E1A\u0E31\u0E15\u0E34 (\u0E44\u0E21\u0E48\u0E15\u0E49\u0E2D\u0E07\u0E43\u0E2A\u0E48\u0E40\u0E25\u0E02) \u0E43\u0E2A\u0E48\u0E0B\u0E49\u0E33\u0E17\u0E38\u0E01\u0E41\u0E16\u0E27\u0E02\u0E2D\u0E07\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23", 260),
      col(MEASURE_HEADER.targets, "\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22\u0E02\u0E2D\u0E07\u0E41\u0E16\u0E27\u0E19\u0E35\u0E49 \u0E1A\u0E23\u0E23\u0E17\u0E31\u0E14\u0E25\u0E30 \u0E51 \u0E02\u0E49\u0E2D (\u0E44\u0E21\u0E48\u0E15\u0E49\u0E2D\u0E07\u0E43\u0E2A\u0E48\u0E40\u0E25\u0E02\u0E02\u0E49\u0E2D \u0E42\u0E1B\u0E23\u0E41\u0E01\u0E23\u0E21\u0E43\u0E2A\u0E48\u0E43\u0E2B\u0E49)", 280),
      col(MEASURE_HEADER.output, '\u0E1C\u0E25\u0E1C\u0E25\u0E34\u0E15 \u0E43\u0E2A\u0E48 "-" \u0E44\u0E14\u0E49\u0E40\u0E21\u0E37\u0E48\u0E2D\u0E44\u0E21\u0E48\u0E21\u0E35 (\u0E15\u0E49\u0E2D\u0E07\u0E23\u0E30\u0E1A\u0E38\u0E2A\u0E16\u0E32\u0E19\u0E30)', 220),
      col(MEASURE_HEADER.outcome, "\u0E1C\u0E25\u0E2A\u0E31\u0E21\u0E24\u0E17\u0E18\u0E34\u0E4C: \u0E1C\u0E25\u0E17\u0E35\u0E48\u0E40\u0E01\u0E34\u0E14\u0E08\u0E32\u0E01\u0E1C\u0E25\u0E1C\u0E25\u0E34\u0E15\u0E40\u0E17\u0E35\u0E22\u0E1A\u0E01\u0E31\u0E1A\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22 \u0E40\u0E0A\u0E48\u0E19 \u0E23\u0E49\u0E2D\u0E22\u0E25\u0E30 \u0E59\u0E50 \u0E02\u0E2D\u0E07\u0E1C\u0E39\u0E49\u0E40\u0E02\u0E49\u0E32\u0E23\u0E48\u0E27\u0E21\u0E21\u0E35\u0E04\u0E27\u0E32\u0E21\u0E23\u0E39\u0E49\u0E40\u0E1E\u0E34\u0E48\u0E21\u0E02\u0E36\u0E49\u0E19", 220),
      col(MEASURE_HEADER.result, "\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E07\u0E32\u0E19 \u0E02\u0E36\u0E49\u0E19\u0E1A\u0E23\u0E23\u0E17\u0E31\u0E14\u0E43\u0E2B\u0E21\u0E48\u0E44\u0E14\u0E49 \u0E1A\u0E23\u0E23\u0E17\u0E31\u0E14\u0E17\u0E35\u0E48\u0E04\u0E23\u0E2D\u0E1A\u0E14\u0E49\u0E27\u0E22 **\u2026** \u0E08\u0E30\u0E40\u0E1B\u0E47\u0E19\u0E15\u0E31\u0E27\u0E2B\u0E19\u0E32", 360),
      col(MEASURE_HEADER.units, "\u0E23\u0E2B\u0E31\u0E2A \u0E0A\u0E37\u0E48\u0E2D\u0E22\u0E48\u0E2D \u0E2B\u0E23\u0E37\u0E2D\u0E0A\u0E37\u0E48\u0E2D\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19 \u0E04\u0E31\u0E48\u0E19\u0E14\u0E49\u0E27\u0E22 + \u0E40\u0E0A\u0E48\u0E19 \u0E2A\u0E1A\u0E01. + \u0E2A\u0E19\u0E22. \u0E2B\u0E23\u0E37\u0E2D \u0E17\u0E38\u0E01\u0E2A\u0E33\u0E19\u0E31\u0E01/\u0E2B\u0E19\u0E48\u0E27\u0E22", 180),
      col(MEASURE_HEADER.status, '\u0E2A\u0E16\u0E32\u0E19\u0E30\u0E01\u0E32\u0E23\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E07\u0E32\u0E19 \u0E40\u0E25\u0E37\u0E2D\u0E01\u0E08\u0E32\u0E01\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23 (\u0E08\u0E33\u0E40\u0E1B\u0E47\u0E19\u0E40\u0E21\u0E37\u0E48\u0E2D\u0E1C\u0E25\u0E1C\u0E25\u0E34\u0E15\u0E40\u0E1B\u0E47\u0E19 "-")', 150),
      col(MEASURE_HEADER.evidence, "\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E2B\u0E25\u0E31\u0E01\u0E10\u0E32\u0E19 https:// \u0E1A\u0E23\u0E23\u0E17\u0E31\u0E14\u0E25\u0E30 \u0E51 \u0E25\u0E34\u0E07\u0E01\u0E4C", 240),
      col(MEASURE_HEADER.activityDates, "\u0E27\u0E31\u0E19\u0E17\u0E35\u0E48\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23 \u0E1A\u0E23\u0E23\u0E17\u0E31\u0E14\u0E25\u0E30 \u0E51 \u0E27\u0E31\u0E19 \u0E40\u0E0A\u0E48\u0E19 28/2/2567", 130),
      // [plan] Printed in the measures plan.
      col(MEASURE_HEADER.timeframe, "\u0E23\u0E30\u0E22\u0E30\u0E40\u0E27\u0E25\u0E32\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23 \u0E40\u0E0A\u0E48\u0E19 \u0E15.\u0E04. \u0E52\u0E55\u0E56\u0E58 \u2013 \u0E01.\u0E22. \u0E52\u0E55\u0E56\u0E59", 160),
      col(MEASURE_HEADER.budget, `\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13\u0E40\u0E1B\u0E47\u0E19\u0E1A\u0E32\u0E17 \u0E40\u0E0A\u0E48\u0E19 50000 \u0E2B\u0E23\u0E37\u0E2D ${NO_BUDGET}`, 130)
    ]
  };
  const LAST_RESULT_SPEC = {
    name: SHEET.lastResult,
    columns: [
      col(LAST_RESULT_HEADER.indicator, "\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E17\u0E35\u0E48 \u0E51\u2013\u0E51\u0E50 \u0E15\u0E32\u0E21\u0E40\u0E01\u0E13\u0E11\u0E4C ITA", 90),
      col(LAST_RESULT_HEADER.name, "\u0E0A\u0E37\u0E48\u0E2D\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14", 240),
      col(LAST_RESULT_HEADER.tool, "\u0E41\u0E1A\u0E1A\u0E27\u0E31\u0E14 IIT, EIT \u0E2B\u0E23\u0E37\u0E2D OIT", 80),
      col(LAST_RESULT_HEADER.score, "\u0E04\u0E30\u0E41\u0E19\u0E19\u0E17\u0E35\u0E48\u0E44\u0E14\u0E49 (0\u2013100) \u0E08\u0E32\u0E01\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19\u0E1B\u0E35\u0E17\u0E35\u0E48\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19", 100)
    ]
  };
  const DATA_SHEET_SPECS = [UNITS_SPEC, HEADINGS_SPEC, MEASURES_SPEC];

  var seed = {
  	"ตั้งค่า": [
  	[
  		"หัวข้อ",
  		"ค่า"
  	],
  	[
  		"ชื่อหน่วยงาน",
  		"สำนักงานคณะกรรมการสิทธิมนุษยชนแห่งชาติ"
  	],
  	[
  		"รวบรวมข้อมูลโดย",
  		"กลุ่มงานพัฒนาระบบบริหารและติดตามประเมินผล\nสำนักนโยบายและยุทธศาสตร์"
  	],
  	[
  		"ปีงบประมาณ (พ.ศ.)",
  		2567
  	],
  	[
  		"รอบรายงาน",
  		12
  	],
  	[
  		"รูปแบบตัวเลข",
  		"ไทย"
  	],
  	[
  		"แบบอักษร",
  		"Sarabun"
  	],
  	[
  		"โฟลเดอร์รายงาน",
  		""
  	],
  	[
  		"ปีที่ประเมิน",
  		2566
  	],
  	[
  		"คะแนนรวม",
  		84.36
  	],
  	[
  		"คะแนนเป้าหมาย",
  		85
  	]
  ],
  	"หน่วยงาน": [
  	[
  		"รหัสหน่วยงาน",
  		"ชื่อหน่วยงาน",
  		"ชื่อย่อ",
  		"อีเมลผู้ประสานงาน"
  	],
  	[
  		"SNY",
  		"สำนักนโยบายและยุทธศาสตร์",
  		"สนย.",
  		""
  	],
  	[
  		"SBK",
  		"สำนักบริหารกลาง",
  		"สบก.",
  		""
  	],
  	[
  		"LAW",
  		"สำนักกฎหมาย",
  		"",
  		""
  	],
  	[
  		"PROMO",
  		"สำนักส่งเสริมฯ",
  		"",
  		""
  	],
  	[
  		"WATCH",
  		"สำนักเฝ้าระวังฯ",
  		"",
  		""
  	],
  	[
  		"DIGITAL",
  		"สำนักดิจิทัลสิทธิมนุษยชน",
  		"",
  		""
  	],
  	[
  		"AUDIT",
  		"หน่วยตรวจสอบภายใน",
  		"",
  		""
  	],
  	[
  		"SOUTH",
  		"สำนักงาน กสม. ภาคใต้",
  		"",
  		""
  	],
  	[
  		"NE",
  		"สำนักงาน กสม. ภาคอีสาน",
  		"",
  		""
  	]
  ],
  	"ตัวชี้วัด": [
  	[
  		"รหัสตัวชี้วัด",
  		"แบบวัด",
  		"หัวข้อในรายงาน",
  		"ตัวชี้วัดที่"
  	],
  	[
  		"IIT-BUDGET",
  		"IIT",
  		"ตัวชี้วัด การใช้งบประมาณ ตามแบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
  		2
  	],
  	[
  		"IIT-CORRUPTION",
  		"IIT",
  		"ตัวชี้วัด การแก้ไขปัญหาการทุจริต ตามแบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
  		5
  	],
  	[
  		"IIT-POWER",
  		"IIT",
  		"ตัวชี้วัด การใช้อำนาจ ตามแบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
  		3
  	],
  	[
  		"EIT-COMM",
  		"EIT",
  		"ตัวชี้วัด ประสิทธิภาพการสื่อสาร ตามแบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
  		7
  	],
  	[
  		"OIT",
  		"OIT",
  		"การประเมินตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)",
  		9
  	]
  ],
  	"มาตรการ": [
  	[
  		"รหัสแถว",
  		"ตัวชี้วัด",
  		"ประเด็นที่",
  		"ประเด็นการพัฒนา",
  		"มาตรการที่",
  		"มาตรการ/แนวทางปฏิบัติ",
  		"ค่าเป้าหมาย",
  		"ผลผลิต",
  		"ผลสัมฤทธิ์",
  		"ผลการดำเนินงาน",
  		"ผู้รับผิดชอบ",
  		"สถานะ",
  		"ลิงก์หลักฐาน",
  		"วันที่ดำเนินการ",
  		"ระยะเวลาดำเนินการ",
  		"งบประมาณ (บาท)"
  	],
  	[
  		"2567-01",
  		"IIT-BUDGET",
  		1,
  		"สร้างการรับรู้เกี่ยวกับแผนการใช้จ่ายงบประมาณประจำปีของหน่วยงาน",
  		"1.1",
  		"ตั้งคณะกรรมการด้านงบประมาณ โดยมีผู้แทนจากทุกสำนัก/หน่วยเข้าร่วมเป็นคณะกรรมการฯ เพื่อการมีส่วนร่วมในการจัดทำและติดตามงานด้านงบประมาณและแผนปฏิบัติการประจำปี",
  		"มีการจัดประชุมคณะกรรมการทุก ๓ เดือน เพื่อศึกษาหรือติดตามข้อมูลด้านงบประมาณ\nผู้แทนของสำนัก/หน่วยซึ่งเป็นคณะกรรมการฯ สามารถเป็นตัวแทนสำนักในการเสนอคำขอของงบประมาณในส่วนที่เกี่ยวข้องกับสำนัก รวมถึงรายงานผลการใช้จ่ายงบประมาณและการบันทึกข้อมูลในระบบ e-GP",
  		"มีการประชุมคณะกรรมการด้านงบประมาณ รวม ๒ ครั้ง ในปีงบประมาณ พ.ศ. ๒๕๖๗",
  		"๑. สำนักงาน กสม. มีคณะกรรมการด้านงบประมาณ ซึ่งประกอบด้วยผู้รับผิดชอบดูแลงานด้านงบประมาณหรือผู้แทนจากทุกส่วนราชการ ให้เป็นไปด้วยความราบรื่น เรียบร้อย คล่องตัว และเกิดประสิทธิภาพสูงสุด\n๒. สนย. มีกลไกการดำเนินงานด้านงบประมาณในลักษณะหน่วยงานย่อย (Unit) ในแต่ละส่วนราชการ เพื่อสนับสนุนการดำเนินงานของ สนย. ให้เป็นไปด้วยความราบรื่น คล่องตัว และเกิดประสิทธิภาพสูงสุด\n๓. สำนักงาน กสม. และ สนย. มีช่องทางการติดต่อประสานงานและเผยแพร่ข่าวสาร/ข้อมูลสำคัญต่าง ๆ ที่เกี่ยวข้องกับการดำเนินงานด้านงบประมาณผ่านไลน์กลุ่มคณะกรรมการด้านงบประมาณของสำนักงาน กสม.",
  		"๑. เลขานุการ กสม. ได้ลงนามในคำสั่งสำนักงาน กสม. ที่ ๒๒๗/๒๕๖๖ ลงวันที่ ๙ พ.ย. ๒๕๖๖ แต่งตั้งคณะกรรมการด้านงบประมาณของสำนักงาน กสม. ซึ่งประกอบด้วยผู้รับผิดชอบดูแลงานด้านงบประมาณหรือผู้แทนจากทุกส่วนราชการร่วมเป็นคณะกรรมการฯ\n๒. สนย. ได้จัดประชุมคณะกรรมการด้านงบประมาณของสำนักงาน กสม. รวม ๒ ครั้ง ดังนี้\n(๑) ครั้งที่ ๑/๒๕๖๖ เมื่อวันที่ ๒๐ ธ.ค. ๒๕๖๖\n(๒) ครั้งที่ ๑/๒๕๖๗ เมื่อวันที่ ๑๖ พ.ค. ๒๕๖๗\nโดยมีสาระสำคัญที่แจ้งให้ที่ประชุมทราบและพิจารณาหลายประการ อาทิ ปฏิทินงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ กรอบวงเงินงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ข้อสังเกตของคณะกรรมาธิการวิสามัญพิจารณาศึกษาร่างพระราชบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๖ - ๒๕๖๗ การจัดเตรียมความพร้อมในการจัดทำเอกสารประกอบการชี้แจงต่อคณะกรรมาธิการวิสามัญพิจารณาศึกษาร่างพระราชบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ และสรุปผลการตอบแบบสอบถามประเมินการรับรู้และการมีส่วนร่วมกับการดำเนินงานด้านงบประมาณของสำนักงาน กสม. ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (รอบที่ ๑)",
  		"สนย.",
  		"ดำเนินการแล้วเสร็จ",
  		"",
  		"2023-11-09\n2023-12-20\n2024-05-16",
  		"ต.ค. 2566 – ก.ย. 2567",
  		"ไม่ใช้งบประมาณ"
  	],
  	[
  		"2567-02",
  		"IIT-BUDGET",
  		1,
  		"สร้างการรับรู้เกี่ยวกับแผนการใช้จ่ายงบประมาณประจำปีของหน่วยงาน",
  		"1.1",
  		"ตั้งคณะกรรมการด้านงบประมาณ โดยมีผู้แทนจากทุกสำนัก/หน่วยเข้าร่วมเป็นคณะกรรมการฯ เพื่อการมีส่วนร่วมในการจัดทำและติดตามงานด้านงบประมาณและแผนปฏิบัติการประจำปี",
  		"ในการประชุมสำนัก ให้ทุกสำนักบรรจุวาระเกี่ยวกับงบประมาณของสำนัก และให้ผู้แทนซึ่งเป็นคณะทำงานฯ รายงานความคืบหน้าด้านงบประมาณของแต่ละสำนัก",
  		"-",
  		"มีการสื่อสารและแลกเปลี่ยนข้อมูลด้านงบประมาณของบุคลากรสำนักงาน กสม. ในวาระการประชุมสำนักงาน กสม. และการประชุมภายในแต่ละสำนัก/หน่วย",
  		"๑. สำนัก/หน่วย มีการบรรจุวาระการประชุมเกี่ยวกับงบประมาณ อาทิ เรื่องการเบิกจ่ายและติดตามการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ในการประชุมระดับสำนัก\n๒. สำนัก/หน่วย มีการชี้แจงความคืบหน้าด้านงบประมาณต่อบุคลากรของสำนักทราบในการประชุมสำนัก และเปิดโอกาสให้เจ้าหน้าที่มีส่วนร่วมในการแสดงความคิดเห็นในประเด็นต่าง ๆ ด้านงบประมาณ",
  		"ทุกสำนัก/หน่วย",
  		"ดำเนินการแล้วเสร็จ",
  		"",
  		"",
  		"ต.ค. 2566 – ก.ย. 2567",
  		"ไม่ใช้งบประมาณ"
  	],
  	[
  		"2567-03",
  		"IIT-BUDGET",
  		1,
  		"สร้างการรับรู้เกี่ยวกับแผนการใช้จ่ายงบประมาณประจำปีของหน่วยงาน",
  		"1.2",
  		"สรุปแผนการใช้จ่ายงบประมาณฯ และเผยแพร่ให้บุคลากรและสาธารณชนทราบ",
  		"มีสรุปแผนการใช้จ่ายงบประมาณฯ ในรูปแบบอินโฟกราฟิก พร้อมทั้งเผยแพร่ผ่านช่องทางการสื่อสารต่าง ๆ อาทิ กลุ่ม Line สำนักงาน กสม. บอร์ดประชาสัมพันธ์ และเว็บไซต์สำนักงาน กสม.",
  		"Infographic ข้อมูลข่าวสารเกี่ยวกับการดำเนินงานด้านงบประมาณ",
  		"สำนักงาน กสม. มีการสื่อสารเรื่องการใช้จ่ายงบประมาณแก่บุคลากรสม่ำเสมอในหลายช่องทาง และบุคลากรสามารถรับรู้ข้อมูลเกี่ยวกับแผนการดำเนินงานและแผนการใช้จ่ายงบประมาณได้สะดวกยิ่งขึ้น",
  		"สนย. ได้จัดทำสื่อ Infographic ประชาสัมพันธ์เผยแพร่ข่าวสาร/ข้อมูลเกี่ยวกับการดำเนินงานด้านงบประมาณอย่างสม่ำเสมอ จำนวน ๓ เรื่อง ดังนี้\n(๑) กรอบวงเงินงบประมาณตามแผนการปฏิบัติงานและแผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ไปพลางก่อน (แผนการปฏิบัติงานฯ ไปพลางก่อน)\n(๒) กรอบวงเงินงบประมาณตามร่างพระราชบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (ร่าง พ.ร.บ. งบประมาณฯ พ.ศ. ๒๕๖๗)\n(๓) ผลการใช้จ่ายงบประมาณตามแผนการปฏิบัติงานฯ ไปพลางก่อน ไตรมาสที่ ๑ (๑ ต.ค. - ๓๑ ธ.ค. ๖๖)",
  		"สนย.",
  		"ดำเนินการแล้วเสร็จ",
  		"",
  		"",
  		"ธ.ค. 2566 – ม.ค. 2567",
  		"ไม่ใช้งบประมาณ"
  	],
  	[
  		"2567-04",
  		"IIT-BUDGET",
  		1,
  		"สร้างการรับรู้เกี่ยวกับแผนการใช้จ่ายงบประมาณประจำปีของหน่วยงาน",
  		"1.3",
  		"ประเมินการรับรู้และการเข้าถึงข้อมูลแผนการใช้จ่ายงบประมาณ",
  		"จัดทำแบบสอบถาม\nถ่ายทอดแบบสอบถามแก่บุคลากรในสำนักงานฯ\nรวบรวมแบบสอบถามและประเมินผล",
  		"สรุปผลการตอบแบบสอบถามประเมินการรับรู้และการมีส่วนร่วมกับการดำเนินงานด้านงบประมาณของสำนักงาน กสม. ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
  		"บุคลากรมีความตระหนักและมีส่วนร่วมในกระบวนการงานด้านงบประมาณของสำนักงาน กสม. มากขึ้น",
  		"สนย. ได้จัดทำและประชาสัมพันธ์ให้บุคลากรสำนักงาน กสม. ตอบแบบสอบถามประเมินการรับรู้และการมีส่วนร่วมในการดำเนินงานด้านงบประมาณของสำนักงาน กสม. ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ เพื่อนำข้อมูลที่ได้มาใช้ในการปรับปรุงและพัฒนาการดำเนินงานงบประมาณของสำนักงาน กสม. รวมถึงได้มีการประชุมสัมมนาในไลน์กลุ่มคณะทำงานด้านงบประมาณของสำนักงาน กสม.",
  		"สนย.",
  		"ดำเนินการแล้วเสร็จ",
  		"",
  		"",
  		"ก.ค. – ส.ค. 2567",
  		15000
  	],
  	[
  		"2567-05",
  		"IIT-BUDGET",
  		2,
  		"สร้างกลไกกำกับการใช้จ่ายงบประมาณอย่างคุ้มค่าและเป็นไปตามวัตถุประสงค์",
  		"",
  		"ผู้อำนวยการแต่ละสำนัก เปิดโอกาสให้เจ้าหน้าที่แสดงความคิดเห็น ตั้งคำถาม หรือมีข้อเสนอแนะเกี่ยวกับการใช้จ่ายงบประมาณให้เป็นไปตามวัตถุประสงค์",
  		"สำนัก/หน่วย มีการเปิดโอกาสให้เจ้าหน้าที่ภายในสำนักแสดงความคิดเห็น ตั้งคำถามหรือมีข้อเสนอแนะเกี่ยวกับการใช้จ่ายงบประมาณ",
  		"-",
  		"บุคลากรมีโอกาสในการแสดงความคิดเห็นเรื่องการใช้จ่ายงบประมาณมากขึ้น เพื่อประโยชน์สูงสุดของการบริหารจัดการงบประมาณให้เกิดความคุ้มค่าและเป็นไปตามวัตถุประสงค์",
  		"สำนัก/หน่วย ได้ชี้แจงความคืบหน้าด้านงบประมาณต่อบุคลากรของสำนักรับทราบในการประชุมสำนักสม่ำเสมอ และเปิดโอกาสให้เจ้าหน้าที่มีส่วนร่วมในการแสดงความคิดเห็นในประเด็นต่าง ๆ ที่เกี่ยวข้องกับเรื่องงบประมาณ",
  		"ทุกสำนัก/หน่วย",
  		"ดำเนินการแล้วเสร็จ",
  		"",
  		"",
  		"ต.ค. 2566 – ก.ย. 2567",
  		"ไม่ใช้งบประมาณ"
  	],
  	[
  		"2567-06",
  		"IIT-CORRUPTION",
  		3,
  		"สร้างการรับรู้เกี่ยวกับการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
  		"",
  		"จัดทำและเผยแพร่ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ประจำปี",
  		"มีการจัดทำข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ประจำปี โดยแสดงข้อมูลสถิติเป็นรายเดือน และมีองค์ประกอบอย่างน้อย คือ (๑) จำนวนเรื่องร้องเรียนทั้งหมด (๒) จำนวนเรื่องที่ได้รับการดำเนินการแล้วเสร็จ (๓) จำนวนเรื่องที่อยู่ระหว่างดำเนินการ\nประชาสัมพันธ์ในรูปแบบอินโฟกราฟิก และการแจ้งเวียนผ่านช่องทางสื่อสารต่าง ๆ อาทิ กลุ่ม Line สำนักงาน กสม. บอร์ดประชาสัมพันธ์ และเว็บไซต์สำนักงาน กสม.",
  		"รายงานสถิติเรื่องร้องเรียนการทุจริตฯ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
  		"สำนักงาน กสม. มีการจัดเก็บและเปิดเผยข้อมูลสถิติเรื่องร้องเรียนการทุจริตฯ ประจำปี แก่บุคลากรและบุคคลทั่วไปรับทราบบนเว็บไซต์หน่วยงาน",
  		"สบก. ได้จัดทำและเผยแพร่ข้อมูลสถิติเรื่องร้องเรียนการทุจริตฯ บนเว็บไซต์ของสำนักงาน กสม. แล้ว โดยในปีงบประมาณ พ.ศ. ๒๕๖๖ หน่วยงานไม่มีเรื่องร้องเรียนการทุจริตฯ\nhttps://www.nhrc.or.th/th/ita/Statistics-on-Corruption-Complaints",
  		"สบก.",
  		"ดำเนินการแล้วเสร็จ",
  		"https://www.nhrc.or.th/th/ita/Statistics-on-Corruption-Complaints",
  		"",
  		"ม.ค. – ก.ย. 2567",
  		"ไม่ใช้งบประมาณ"
  	],
  	[
  		"2567-07",
  		"IIT-CORRUPTION",
  		4,
  		"สร้างการรับรู้เกี่ยวกับมาตรการป้องกันการทุจริตของสำนักงาน กสม.",
  		"4.1",
  		"การเผยแพร่และประชาสัมพันธ์แผนปฏิบัติการป้องกันการทุจริตของสำนักงาน กสม.",
  		"มีสรุปแผนปฏิบัติการป้องกันการทุจริตของสำนักงาน กสม. ในรูปแบบอินโฟกราฟิก พร้อมทั้งเผยแพร่ผ่านช่องทางสื่อสารต่าง ๆ อาทิ กลุ่ม Line สำนักงาน กสม. บอร์ดประชาสัมพันธ์ และเว็บไซต์สำนักงาน กสม.",
  		"Infographic สรุปแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
  		"ผู้บริหารและบุคลากรรับทราบมาตรการภายใต้แผนปฏิบัติการป้องกันการทุจริตฯ",
  		"สนย. ได้จัดทำ Infographic สรุปแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ของสำนักงาน กสม. โดยเผยแพร่ให้บุคลากรทราบผ่านระบบสารบรรณอิเล็กทรอนิกส์",
  		"สนย.",
  		"ดำเนินการแล้วเสร็จ",
  		"",
  		"",
  		"พ.ย. 2566 – มี.ค. 2567",
  		20000
  	],
  	[
  		"2567-08",
  		"IIT-CORRUPTION",
  		4,
  		"สร้างการรับรู้เกี่ยวกับมาตรการป้องกันการทุจริตของสำนักงาน กสม.",
  		"4.2",
  		"การอบรม/เผยแพร่ความรู้ด้านการป้องกันการทุจริต",
  		"มีการอบรมให้ความรู้เกี่ยวกับการป้องกันการทุจริตและมาตรฐานทางจริยธรรมสำหรับเจ้าหน้าที่ของรัฐไม่น้อยกว่า ๑ ครั้ง",
  		"๑. จัดอบรม ๑ ครั้ง (ผู้เข้าอบรม ๑๖๐ คน)",
  		"ผู้เข้าร่วมอบรมที่ตอบแบบประเมินส่วนใหญ่พึงพอใจในเนื้อหาการฝึกอบรม และมีความรู้ความเข้าใจเรื่องการจัดซื้อจัดจ้างเพิ่มขึ้นหลังเข้าร่วมการฝึกอบรม\nสรุปผลการดำเนินการฝึกอบรม หัวข้อ “การพัฒนาศักยภาพบุคลากรด้านการจัดซื้อจัดจ้างฯ”",
  		"๑. สบก. จัดฝึกอบรมหัวข้อ “การพัฒนาศักยภาพบุคลากรด้านการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ” เมื่อวันที่ ๒๘ กุมภาพันธ์ ๒๕๖๗ เวลา ๐๘.๓๐ - ๑๖.๓๐ น. ณ ห้องเสวนา ชั้น ๖ สำนักงาน กสม. และผ่านระบบออนไลน์ (Zoom) โดยมีวัตถุประสงค์เพื่อให้เจ้าหน้าที่ผู้ปฏิบัติงานหรือผู้ที่เกี่ยวข้องด้านการจัดซื้อจัดจ้างและการบริหารพัสดุของสำนักงาน กสม. มีความรู้ความเข้าใจเรื่องการจัดการพัสดุ ดังนี้\n(๑) หลักการและแนวปฏิบัติในการจัดซื้อจัดจ้าง\n(๒) การจัดทำขอบเขตของงาน (TOR) ให้ได้พัสดุตรงตามความต้องการ\n(๓) แนวทางการบริหารสัญญา\n(๔) จริยธรรม/ข้อพึงระวัง และมาตรการในการป้องกันการทุจริต\nทั้งนี้ เพื่อให้บุคลากรสามารถนำไปเป็นแนวทางการดำเนินงานด้านการจัดซื้อจัดจ้างและการบริหารพัสดุได้อย่างมีประสิทธิภาพ เป็นไปตามหลักธรรมาภิบาล โปร่งใส ตรวจสอบได้ รวมถึงสอดคล้องตามข้อกำหนดและระเบียบที่เกี่ยวข้อง ตลอดจนการสร้างจิตสำนึกและความตระหนักรู้ด้านการป้องกันการทุจริตแก่บุคลากรสำนักงาน กสม.",
  		"สบก. + สนย.",
  		"ดำเนินการแล้วเสร็จ",
  		"",
  		"2024-02-28",
  		"ก.พ. – มิ.ย. 2567",
  		60000
  	],
  	[
  		"2567-09",
  		"IIT-CORRUPTION",
  		4,
  		"สร้างการรับรู้เกี่ยวกับมาตรการป้องกันการทุจริตของสำนักงาน กสม.",
  		"4.2",
  		"การอบรม/เผยแพร่ความรู้ด้านการป้องกันการทุจริต",
  		"เผยแพร่ข้อมูลเกี่ยวกับมาตรฐานทางจริยธรรมหรือประมวลจริยธรรมสำหรับเจ้าหน้าที่ผ่านช่องทางการสื่อสารต่าง ๆ อาทิ กลุ่ม Line สำนักงาน กสม. บอร์ดประชาสัมพันธ์ และเว็บไซต์สำนักงาน กสม. ไม่น้อยกว่า ๒ ครั้ง",
  		"๒. เผยแพร่ข้อมูล จำนวน ๓ ช่องทาง",
  		"บุคลากรและประชาชนรับทราบข้อมูลมาตรฐานทางจริยธรรมหรือประมวลจริยธรรมสำหรับเจ้าหน้าที่ของสำนักงาน กสม.",
  		"๒. สบก. เผยแพร่ข้อมูลเกี่ยวกับมาตรฐานทางจริยธรรมหรือประมวลจริยธรรมสำหรับเจ้าหน้าที่ผ่านช่องทางต่าง ๆ ดังนี้\n(๑) เว็บไซต์สำนักงาน กสม. https://www.nhrc.or.th/ethical-standards-and-requirements\n(๒) เผยแพร่หนังสือ “กฎหมายและระเบียบที่เกี่ยวข้องกับคณะกรรมการสิทธิมนุษยชนแห่งชาติ” (ฉบับปรับปรุง พ.ศ. ๒๕๖๗) จัดทำโดยกลุ่มงานนิติการ สำนักกฎหมาย\n(๓) จัดทำหนังสือแจ้งเวียนข้อกำหนดทางจริยธรรมให้บุคลากรภายในหน่วยงานทราบ",
  		"สบก. + สนย.",
  		"ดำเนินการแล้วเสร็จ",
  		"https://www.nhrc.or.th/ethical-standards-and-requirements",
  		"",
  		"ก.พ. – มิ.ย. 2567",
  		25000
  	],
  	[
  		"2567-10",
  		"IIT-CORRUPTION",
  		5,
  		"สร้างการรับรู้เกี่ยวกับข้อระเบียบกฎหมายด้านงานจัดซื้อจัดจ้าง และแนวปฏิบัติการใช้ทรัพย์สินของราชการ",
  		"",
  		"การอบรม/ประชาสัมพันธ์แนวทางการใช้ทรัพย์สินของราชการ เพื่อสร้างการรับรู้เกี่ยวกับขั้นตอนกระบวนการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการให้เจ้าหน้าที่ถือปฏิบัติอย่างเคร่งครัด",
  		"มีการอบรมให้ความรู้เกี่ยวกับหลักการปฏิบัติงานและปัญหาที่เกิดขึ้นเกี่ยวกับการจัดซื้อจัดจ้าง การบริหารงานพัสดุและการใช้ทรัพย์สินของราชการ เพื่อเพิ่มกลไกการควบคุม ตรวจสอบความโปร่งใส ให้การปฏิบัติงานเป็นไปตามข้อระเบียบและกฎหมายที่เกี่ยวข้องไม่น้อยกว่า ๑ ครั้ง",
  		"จัดอบรม ๑ ครั้ง (ผู้เข้าอบรม ๑๖๐ คน)",
  		"ผู้เข้าร่วมอบรมที่ตอบแบบประเมินส่วนใหญ่พึงพอใจในเนื้อหาการฝึกอบรม และมีความรู้ความเข้าใจเรื่องการจัดซื้อจัดจ้างเพิ่มขึ้นหลังเข้าร่วมการฝึกอบรม\nสรุปผลการดำเนินการฝึกอบรม หัวข้อ “การพัฒนาศักยภาพบุคลากรด้านการจัดซื้อจัดจ้างฯ”",
  		"สบก. จัดฝึกอบรมหัวข้อ “การพัฒนาศักยภาพบุคลากรด้านการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ” เมื่อวันที่ ๒๘ กุมภาพันธ์ ๒๕๖๗ เวลา ๐๘.๓๐ - ๑๖.๓๐ น. ณ ห้องเสวนา ชั้น ๖ สำนักงาน กสม. และผ่านระบบออนไลน์ (Zoom) โดยมีวัตถุประสงค์เพื่อให้เจ้าหน้าที่ผู้ปฏิบัติงานหรือผู้ที่เกี่ยวข้องด้านการจัดซื้อจัดจ้างและการบริหารพัสดุของสำนักงาน กสม. มีความรู้ความเข้าใจเรื่องการจัดการพัสดุ ดังนี้\n(๑) หลักการและแนวปฏิบัติในการจัดซื้อจัดจ้าง\n(๒) การจัดทำขอบเขตของงาน (TOR) ให้ได้พัสดุตรงตามความต้องการ\n(๓) แนวทางการบริหารสัญญา\n(๔) จริยธรรม/ข้อพึงระวัง และมาตรการในการป้องกันการทุจริต",
  		"สบก.",
  		"ดำเนินการแล้วเสร็จ",
  		"",
  		"2024-02-28",
  		"ม.ค. – มิ.ย. 2567",
  		30000
  	],
  	[
  		"2567-11",
  		"IIT-CORRUPTION",
  		5,
  		"สร้างการรับรู้เกี่ยวกับข้อระเบียบกฎหมายด้านงานจัดซื้อจัดจ้าง และแนวปฏิบัติการใช้ทรัพย์สินของราชการ",
  		"",
  		"การอบรม/ประชาสัมพันธ์แนวทางการใช้ทรัพย์สินของราชการ เพื่อสร้างการรับรู้เกี่ยวกับขั้นตอนกระบวนการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการให้เจ้าหน้าที่ถือปฏิบัติอย่างเคร่งครัด",
  		"มีการประชาสัมพันธ์คู่มือมาตรฐานการปฏิบัติงานหรือแนวทางการใช้ทรัพย์สินของราชการ เพื่อสร้างการรับรู้เกี่ยวกับขั้นตอน กระบวนการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ เพื่อป้องกันไม่ให้เกิดการนำทรัพย์สินไปใช้เพื่อประโยชน์ส่วนตัว เช่น การขออนุญาตยืมทรัพย์สินของราชการอย่างถูกต้อง การแยกแยะระหว่างผลประโยชน์ส่วนตนและผลประโยชน์ส่วนรวม ผ่านช่องทางการสื่อสารต่าง ๆ อาทิ กลุ่ม Line สำนักงาน กสม. บอร์ดประชาสัมพันธ์ และเว็บไซต์สำนักงาน กสม. ไม่น้อยกว่า ๒ ครั้ง",
  		"มีการประชาสัมพันธ์แนวปฏิบัติการยืม - คืนพัสดุ ของสำนักงาน กสม.",
  		"บุคลากรรับทราบแนวปฏิบัติการยืม - คืนพัสดุ ของสำนักงาน กสม.",
  		"สบก. ได้จัดทำแนวทางการยืม - คืนพัสดุ ของสำนักงาน กสม. และแจ้งเวียนบุคลากรภายในสำนักงาน กสม. ทราบ",
  		"สบก.",
  		"ดำเนินการแล้วเสร็จ",
  		"",
  		"",
  		"ม.ค. – มิ.ย. 2567",
  		"ไม่ใช้งบประมาณ"
  	],
  	[
  		"2567-12",
  		"IIT-POWER",
  		6,
  		"การสื่อสารและสร้างวัฒนธรรมความโปร่งใสตรวจสอบได้ในการบริหารงานบุคคลและการใช้อำนาจ อาทิ การบรรจุ แต่งตั้ง โยกย้าย เลื่อนตำแหน่ง การประเมินผลการปฏิบัติราชการ หรือการพิจารณาเข้ารับการฝึกอบรม",
  		"",
  		"การจัดทำและประชาสัมพันธ์การประเมินผลการปฏิบัติราชการที่ชัดเจนและเปิดเผย",
  		"จัดทำหลักเกณฑ์และวิธีการประเมินผลการปฏิบัติราชการสำหรับรอบการประเมินของข้าราชการ พนักงานราชการ และลูกจ้างสำนักงาน กสม. และประกาศ/แจ้งเวียนให้ทราบโดยทั่วกันก่อนรอบการประเมิน",
  		"มีเกณฑ์ที่เกี่ยวข้องกับการประเมินผลการปฏิบัติราชการ จำนวน ๔ เรื่อง ได้แก่\n๑. หลักเกณฑ์และวิธีการประเมินผลการปฏิบัติราชการของข้าราชการสำนักงาน กสม.\n๒. กรอบการประเมินผลสัมฤทธิ์ของงานและค่าน้ำหนักการประเมินผลการปฏิบัติราชการ\n๓. กรอบแนวทางการกำหนดตัวชี้วัดระดับบุคคลในส่วนของผลสัมฤทธิ์ของงานและค่าเป้าหมาย\n๔. แนวทางปฏิบัติเกี่ยวกับการประเมินผลการปฏิบัติราชการของสำนักงาน กสม.\n๕. ผังกระบวนการประเมินผลการปฏิบัติราชการและการเลื่อนเงินเดือนของข้าราชการสำนักงาน กสม.",
  		"สำนักงาน กสม. มีหลักเกณฑ์การประเมินผลการปฏิบัติราชการที่ชัดเจน โปร่งใส โดยบุคลากรรับทราบหลักเกณฑ์และวิธีการประเมินผลการปฏิบัติราชการของข้าราชการสำนักงาน กสม. ร่วมกัน",
  		"สำนักงาน กสม. ได้ดำเนินการตามข้อ ๙ ของหลักเกณฑ์และวิธีการประเมินผลการปฏิบัติราชการของข้าราชการสำนักงาน กสม. ดังนี้\n(๑) จัดทำและแจ้งเวียนประกาศ ลงวันที่ ๒๑ กันยายน ๒๕๖๕ เรื่อง หลักเกณฑ์และวิธีการประเมินผลการปฏิบัติราชการของข้าราชการสำนักงาน กสม.\n(๒) จัดทำและแจ้งเวียนกรอบการประเมินผลสัมฤทธิ์ของงานและค่าน้ำหนักการประเมินผลการปฏิบัติราชการ\n(๓) จัดทำและแจ้งเวียนกรอบแนวทางการกำหนดตัวชี้วัดระดับบุคคลในส่วนของผลสัมฤทธิ์ของงานและค่าเป้าหมายให้มีความท้าทายเพิ่มมากขึ้น\n(๔) แจ้งเวียนแนวทางปฏิบัติเกี่ยวกับการประเมินผลการปฏิบัติราชการของสำนักงาน กสม. ตามหนังสือ ที่ สม ๐๐๐๑/ว ๙๑๘ ลงวันที่ ๒๗ พฤษภาคม ๒๕๖๔\n(๕) แจ้งเวียนผังกระบวนการประเมินผลการปฏิบัติราชการและการเลื่อนเงินเดือนของข้าราชการสำนักงาน กสม. เพื่อใช้เป็นแนวทางปฏิบัติ ตามหนังสือ ที่ สม ๐๐๐๑/ว ๑๐๗๙ ลงวันที่ ๒๓ มิถุนายน ๒๕๖๔\nนำเสนอผลการประเมินผลการปฏิบัติราชการต่อคณะกรรมการพิจารณาเสนอความเห็นเกี่ยวกับมาตรฐานและความเป็นธรรมของการประเมินผลการปฏิบัติราชการของข้าราชการเพื่อพิจารณา",
  		"สบก.",
  		"ดำเนินการแล้วเสร็จ",
  		"",
  		"",
  		"ต.ค. 2566 – ก.ย. 2567",
  		"ไม่ใช้งบประมาณ"
  	],
  	[
  		"2567-13",
  		"IIT-POWER",
  		6,
  		"การสื่อสารและสร้างวัฒนธรรมความโปร่งใสตรวจสอบได้ในการบริหารงานบุคคลและการใช้อำนาจ อาทิ การบรรจุ แต่งตั้ง โยกย้าย เลื่อนตำแหน่ง การประเมินผลการปฏิบัติราชการ หรือการพิจารณาเข้ารับการฝึกอบรม",
  		"",
  		"การจัดทำและประชาสัมพันธ์การประเมินผลการปฏิบัติราชการที่ชัดเจนและเปิดเผย",
  		"ให้ผู้อำนวยการสำนักแจ้งหลักเกณฑ์และวิธีการประเมินผลการปฏิบัติราชการและทำความเข้าใจต่อเจ้าหน้าที่ภายในสำนักในการประชุมสำนัก",
  		"-",
  		"บุคลากรของสำนักงาน กสม. รับทราบหลักเกณฑ์และวิธีการประเมินผลการปฏิบัติราชการในการประชุมสำนัก",
  		"ในการประชุมสำนัก ผู้อำนวยการแต่ละสำนักมีการชี้แจงหลักเกณฑ์และวิธีการประเมินผลการปฏิบัติราชการและทำความเข้าใจหลักเกณฑ์ร่วมกับบุคลากรภายในสำนัก",
  		"ทุกสำนัก/หน่วย",
  		"ดำเนินการแล้วเสร็จ",
  		"",
  		"",
  		"ต.ค. 2566 – ก.ย. 2567",
  		"ไม่ใช้งบประมาณ"
  	],
  	[
  		"2567-14",
  		"EIT-COMM",
  		7,
  		"สร้างการรับรู้เกี่ยวกับการปรับปรุงคุณภาพการปฏิบัติงานและการให้บริการของสำนักงาน กสม.",
  		"",
  		"การสรุปผลดำเนินงานที่แสดงให้เห็นถึงการใช้นวัตกรรมหรือเทคโนโลยีดิจิทัลมาอำนวยความสะดวก ปรับปรุงการปฏิบัติงานหรือการให้บริการของสำนักงาน กสม.",
  		"มีการสรุปผลดำเนินงานที่แสดงให้เห็นถึงการใช้นวัตกรรมหรือเทคโนโลยีดิจิทัลมาอำนวยความสะดวก ปรับปรุงการปฏิบัติงานหรือการให้บริการของสำนักงาน กสม.\nเผยแพร่ให้ประชาชนรับทราบในรูปแบบต่าง ๆ อาทิ แผ่นพับอินโฟกราฟิก การประชาสัมพันธ์ผ่านเครือข่ายสังคมออนไลน์ ไม่น้อยกว่า ๒ ครั้ง",
  		"สำนัก/หน่วย มีการสรุปผลการดำเนินงานที่เกี่ยวข้องกับการนำนวัตกรรม/เทคโนโลยีมาใช้ในการปฏิบัติงาน",
  		"สำนัก/หน่วย มีการนำนวัตกรรมหรือเทคโนโลยีดิจิทัลมาใช้ในการปฏิบัติงาน ช่วยอำนวยความสะดวก ปรับปรุงและการปฏิบัติงานของสำนักงาน กสม. ให้มีประสิทธิภาพยิ่งขึ้น ทั้งในงานส่งเสริมการเคารพสิทธิมนุษยชน งานเฝ้าระวังฯ และงานบริหารอื่น ๆ ทั่วไปของหน่วยงาน",
  		"สำนัก/หน่วย มีการสรุปผลการดำเนินงานที่เกี่ยวข้องกับการนำนวัตกรรม/เทคโนโลยีมาใช้ในการปฏิบัติงาน ดังนี้\n**๑. สำนักส่งเสริมฯ**\n(๑) จัดทำสื่อการเรียนรู้ด้านการส่งเสริมสิทธิมนุษยชนในรูปแบบวิดีโอแบบ Stop Motion\n(๒) จัดทำคู่มือการจัดการเรียนรู้สิทธิมนุษยชนศึกษาสำหรับการศึกษาระดับพื้นฐาน ๕ ช่วงชั้น ในรูปแบบ e-book เพื่อรองรับการเผยแพร่ในรูปแบบออนไลน์\n(๓) จัดทำสื่อส่งเสริมสิทธิมนุษยชน จดหมายข่าวมุมมองสิทธิในรูปแบบ e-Newsletter เพื่อรองรับการเผยแพร่ในรูปแบบออนไลน์ ฉบับเดือนตุลาคม ๒๕๖๖ ถึงเดือนมกราคม ๒๕๖๗ รวมจำนวน ๔ ฉบับ\n(๔) ปรับปรุงประวัติและผลงานผู้รับรางวัลนักสิทธิมนุษยชนดีเด่น ตั้งแต่ปี พ.ศ. ๒๕๕๑ ถึงปัจจุบัน เป็นรูปแบบวีดิทัศน์และไฟล์ดิจิทัล และเผยแพร่บนเว็บไซต์สำนักงาน กสม.\n(๕) จัดทำสถิติการจดทะเบียนองค์กรเอกชนด้านสิทธิมนุษยชนและสภาวิชาชีพ พร้อมทั้งมีแผนภาพขั้นตอนการจดทะเบียนฯ ในรูปแบบ infographic และจัดทำแบบฟอร์มขอรับการจดทะเบียนที่สามารถดาวน์โหลดบนเว็บไซต์สำนักงาน กสม. เพื่ออำนวยความสะดวกในการรับบริการ\n(๖) นำ Google form และ Google drive มาปรับใช้ในการดำเนินงาน เช่น การตอบรับเข้าร่วมงาน การจัดเก็บข้อมูล การดาวน์โหลดเอกสารการประชุมและกำหนดการต่าง ๆ สำหรับผู้เข้าร่วมงาน การจัดทำแบบประเมินในรูปแบบ QR Code และ Google form\n(๗) แถลงข่าวเด่นประจำสัปดาห์ จำนวน ๒๔ ครั้ง ๕๓ เรื่อง เผยแพร่ผ่านช่องทาง Facebook live สำนักงาน กสม. เว็บไซต์หน่วยงาน แอปพลิเคชัน “มีสิทธิ” และ Line เครือข่ายสื่อมวลชน เพื่อเผยแพร่ผลการดำเนินงาน การตรวจสอบการละเมิดสิทธิมนุษยชน และการประชาสัมพันธ์กิจกรรมของสำนักงาน กสม. สู่สาธารณะ\n(๘) มีการให้บริการตอบคำถามจากช่องทาง Messenger Facebook สำนักงานฯ จำนวน ๓๘๗ ครั้ง กรณีที่เกี่ยวกับการสอบถาม/ขอความช่วยเหลือ/การประสานงานกับหน่วยงานภายในสำนักงานฯ และ/หรือหน่วยงานที่เกี่ยวข้อง เพื่ออำนวยความสะดวกให้แก่ประชาชนผู้รับบริการ\n**๒. สำนักเฝ้าระวังฯ**\n(๑) นำโปรแกรม Notion มาใช้ในการเก็บฐานข้อมูลการแถลงข่าวของ กสม.\n(๒) เผยแพร่ข้อมูลให้ประชาชนทราบในรูปแบบต่าง ๆ อาทิ Power point แผ่นพับ infographic แนะนำการทำงานของสำนักเฝ้าระวังฯ\n(๓) จัดทำแผนการดำเนินการจัดทำรายงานผลการประเมินสถานการณ์ด้านสิทธิมนุษยชนของประเทศไทย ปี ๒๕๖๖ ลงในเว็บไซต์สำนักงาน กสม.\n**๓. สำนักดิจิทัลสิทธิมนุษยชน**\n(๑) ได้บรรจุวาระด้านการใช้นวัตกรรมหรือเทคโนโลยีในการดำเนินงานในการประชุมสำนักดิจิทัลสิทธิมนุษยชน ครั้งที่ ๒/๒๕๖๗ เมื่อวันที่ ๒๗ กุมภาพันธ์ ๒๕๖๗ โดยมีการรายงานผล ดังนี้\n๑.๑ สถิติการออกเลขและลงนามอิเล็กทรอนิกส์ของสำนักดิจิทัลสิทธิมนุษยชน\n๑.๒ สถิติการใช้แอปพลิเคชันสำนักงาน กสม.\n๑.๓ สถิติการใช้บริการสารสนเทศผ่านออนไลน์\n(๒) เผยแพร่ประชาสัมพันธ์การให้บริการ ในรูปแบบแผ่นพับ infographic และผ่านเครือข่ายสังคมออนไลน์ ประกอบด้วย\n๒.๑ แผ่นพับประชาสัมพันธ์แอปพลิเคชันมีสิทธิ\n๒.๒ แผ่นพับประชาสัมพันธ์ศูนย์สารสนเทศสิทธิมนุษยชน สำนักงาน กสม.\n๒.๓ ภาพ infographic แนะนำสารสนเทศด้านสิทธิมนุษยชน\n๒.๔ ภาพ infographic แนะนำแหล่งสารสนเทศด้านสิทธิมนุษยชน\n**๔. หน่วยตรวจสอบภายใน**\n(๑) ใช้ระบบสารบรรณในการส่งหนังสือทั้งภายในและภายนอกสำนักงาน\n(๒) เก็บไฟล์เอกสารการปฏิบัติงานโดยการสแกนเอกสารหรือแปลงไฟล์เอกสารเป็น PDF ในการจัดส่งงานภายในสำนักงาน กสม. และลงพื้นที่ในการเก็บเอกสาร\n**๕. สำนักงาน กสม. ภาคใต้**\nจัดทำข้อมูลในรูปแบบ infographic ประชาสัมพันธ์ผ่านเครือข่ายสังคมออนไลน์และบนเว็บไซต์ของหน่วยงาน เพื่อสร้างการรับรู้ และเป็นอีกหนึ่งช่องทางในการรับเรื่องร้องเรียนกรณีมีการรับผลประโยชน์โดยมิชอบ\n**๖. สำนักงาน กสม. ภาคอีสาน**\n(๑) สรุปผลการดำเนินงานจากการปฏิบัติการทุกครั้ง โดยการเผยแพร่ประชาสัมพันธ์ผ่านสื่อออนไลน์\n(๒) ใช้สื่อออนไลน์ ได้แก่ LINE facebook เป็นช่องทางในการเผยแพร่ประชาสัมพันธ์ผลการดำเนินงาน และรับฟังข้อเสนอแนะจากบุคคลภายนอก ไม่น้อยกว่า ๒ ครั้ง",
  		"ทุกสำนัก/หน่วย",
  		"ดำเนินการแล้วเสร็จ",
  		"",
  		"2024-02-27",
  		"เม.ย. – ก.ย. 2567",
  		"ไม่ใช้งบประมาณ"
  	],
  	[
  		"2567-15",
  		"EIT-COMM",
  		8,
  		"ยกระดับการดำเนินงานตามภารกิจ โดยมุ่งเน้นและให้ความสำคัญกับผู้รับบริการหรือผู้มีส่วนได้ส่วนเสีย",
  		"",
  		"พัฒนาช่องทางการประเมินความพึงพอใจของผู้รับบริการ และประชาสัมพันธ์ให้สาธารณชนทราบ",
  		"พัฒนาช่องทางการประเมินความพึงพอใจของผู้รับบริการในรูปแบบออนไลน์ผ่านช่องทางต่าง ๆ\nจัดทำสื่อประชาสัมพันธ์แนวทาง/ขั้นตอนการปฏิบัติงานหรือการให้บริการประชาชนในรูปแบบอินโฟกราฟิกหรือแผ่นพับ เพื่ออำนวยความสะดวกและสร้างการรับรู้ให้ผู้รับบริการ โดยประชาสัมพันธ์บริเวณจุดให้บริการของแต่ละสำนักฯ",
  		"๑. ช่องทางประเมินความพึงพอใจ (สำหรับผู้ใช้บริการ) ของหน่วยงาน\n๒. สื่อ Infographic ประชาสัมพันธ์ขั้นตอนการจดแจ้งองค์กรเอกชนด้านสิทธิมนุษยชนฯ และอื่น ๆ\n๓. ป้ายประชาสัมพันธ์องค์กรแนะนำ กสม.",
  		"สำนักงาน กสม. มีช่องทางการประเมินความพึงพอใจของผู้รับบริการที่หลากหลาย และเข้าถึงผู้มารับบริการได้สะดวก",
  		"สำนัก/หน่วย มีการพัฒนาช่องทางการประเมินความพึงพอใจของผู้รับบริการ และประชาสัมพันธ์ช่องทางดังกล่าวให้ประชาชนรับทราบ เช่น\n(๑) จัดทำการประเมินความพึงพอใจ/แบบประเมินความรู้ความเข้าใจด้านสิทธิมนุษยชน ผ่าน QR Code และ Google form\n(๒) จัดทำสื่อ Infographic ประชาสัมพันธ์ขั้นตอนการจดแจ้งองค์กรเอกชนด้านสิทธิมนุษยชนและสภาวิชาชีพ เผยแพร่ผ่านช่องทางต่าง ๆ ของสำนักงานฯ\n(๓) จัดทำป้ายประชาสัมพันธ์องค์กร แนะนำ กสม. บทบาทหน้าที่/ช่องทางการติดต่อร้องเรียน เพื่อติดตั้งบริเวณทางเข้าลิฟต์ ชั้น ๑, ๒ ศูนย์ราชการฯ อาคารบี\n(๔) จัดทำสื่อประชาสัมพันธ์แนวทาง/ขั้นตอนการปฏิบัติงานหรือการให้บริการประชาชนในรูปแบบอินโฟกราฟิก แผ่นพับ ป้ายตั้งพื้นประชาสัมพันธ์ เพื่อสร้างการรับรู้แก่ผู้รับบริการ โดยประชาสัมพันธ์บริเวณจุดให้บริการของสำนักฯ",
  		"ทุกสำนัก/หน่วย",
  		"ดำเนินการแล้วเสร็จ",
  		"",
  		"",
  		"ม.ค. – ก.ย. 2567",
  		40000
  	],
  	[
  		"2567-16",
  		"EIT-COMM",
  		9,
  		"การสื่อสารช่องทางการร้องเรียนในกรณีพบว่าเจ้าหน้าที่มีการเรียกรับสินบนหรือทุจริตต่อหน้าที่",
  		"",
  		"การเผยแพร่และประชาสัมพันธ์ช่องทางการร้องเรียนในกรณีพบว่าเจ้าหน้าที่เรียกรับสินบนหรือทุจริตต่อหน้าที่ให้บุคคลภายนอกทราบ",
  		"มีการเผยแพร่และประชาสัมพันธ์ช่องทางการร้องเรียนในกรณีพบว่าเจ้าหน้าที่เรียกรับสินบนหรือทุจริตต่อหน้าที่ให้บุคคลภายนอกทราบ ในรูปแบบต่าง ๆ อาทิ แผ่นพับอินโฟกราฟิก การประชาสัมพันธ์ผ่านเครือข่ายสังคมออนไลน์ ไม่น้อยกว่า ๒ ครั้ง",
  		"ประชาสัมพันธ์ช่องทางการร้องเรียนการทุจริตฯ ผ่าน ๓ ช่องทาง",
  		"บุคลากรและประชาชนทั่วไปสามารถร่วมเป็นส่วนหนึ่งในการตรวจสอบการปฏิบัติงานของสำนักงาน กสม. ผ่านช่องทางการร้องเรียนการทุจริตฯ",
  		"สบก. ได้ประชาสัมพันธ์ช่องทางการร้องเรียนการทุจริตฯ ให้บุคลากรและบุคคลภายนอกทราบ ดังนี้\n(๑) บนเว็บไซต์สำนักงาน กสม. https://www.nhrc.or.th/webform/Form-corruption\n(๒) จัดทำเอกสารประชาสัมพันธ์เผยแพร่ในจอประชาสัมพันธ์ ณ สำนักงาน กสม.\n(๓) บอร์ดประชาสัมพันธ์",
  		"สบก.",
  		"ดำเนินการแล้วเสร็จ",
  		"https://www.nhrc.or.th/webform/Form-corruption",
  		"",
  		"ต.ค. 2566 – ก.ย. 2567",
  		"ไม่ใช้งบประมาณ"
  	],
  	[
  		"2567-17",
  		"EIT-COMM",
  		10,
  		"สร้างการรับรู้เกี่ยวกับช่องทางการสื่อสาร หรือแสดงความคิดเห็นต่อสำนักงาน กสม. ผ่านช่องทางออนไลน์",
  		"",
  		"จัดทำสื่อประชาสัมพันธ์ช่องทางการติดต่อ ร้องเรียนหรือแสดงความคิดเห็นต่อสำนักงาน กสม.",
  		"ประชาสัมพันธ์ช่องทางติดต่อ ร้องเรียนหรือแสดงความคิดเห็นต่อสำนักงาน กสม. ผ่านช่องทางออนไลน์ ในรูปแบบอินโฟกราฟิกหรือแผ่นพับ เผยแพร่ให้ผู้รับบริการหรือผู้มีส่วนได้ส่วนเสียรับทราบอย่างทั่วถึง ไม่น้อยกว่า ๒ ครั้ง",
  		"แผ่นประชาสัมพันธ์ช่องทางติดต่อร้องเรียนหรือแสดงความคิดเห็นต่อสำนักงาน กสม.",
  		"มีการประชาสัมพันธ์ช่องทางการติดต่อ ร้องเรียนหรือแสดงความคิดเห็นต่อสำนักงาน กสม. ผ่านช่องทางออนไลน์ และช่องทางอื่น ๆ สำหรับประชาชน",
  		"สบก. ได้จัดทำแผ่นประชาสัมพันธ์ช่องทางการติดต่อร้องเรียนหรือแสดงความคิดเห็นต่อสำนักงาน กสม. เผยแพร่ผ่านช่องทางต่าง ๆ ได้แก่ ระบบประชาสัมพันธ์ของสำนักงาน กสม. บอร์ดประชาสัมพันธ์ แจ้งเวียนสำนัก/สำนักงาน/หน่วย และเว็บไซต์สำนักงาน กสม.",
  		"สบก.",
  		"ดำเนินการแล้วเสร็จ",
  		"",
  		"",
  		"ธ.ค. 2566 – มี.ค. 2567",
  		35000
  	],
  	[
  		"2567-18",
  		"OIT",
  		11,
  		"แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
  		"",
  		"จัดทำขั้นตอน/แนวปฏิบัติในการรับแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ แยกต่างหากจากกระบวนการรับเรื่องร้องเรียนเจ้าหน้าที่ในเรื่องทั่วไป",
  		"สำนักงาน กสม. มีขั้นตอน/แนวปฏิบัติในการรับแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่แยกต่างหากจากกระบวนการรับเรื่องร้องเรียนเจ้าหน้าที่ในเรื่องทั่วไป โดยมีองค์ประกอบอย่างน้อย (๑) รายละเอียดที่ผู้ร้องควรรู้เพื่อใช้ในการร้องเรียน เช่น ชื่อ-สกุล ของผู้ถูกร้อง ช่วงเวลาการกระทำผิด (๒) ช่องทางแจ้งเรื่อง (๓) ขั้นตอน/วิธีการ จัดการเรื่องร้องเรียนการทุจริต (๔) ส่วนงานที่รับผิดชอบ (๕) ระยะเวลาดำเนินการ\nเผยแพร่ขั้นตอน/แนวปฏิบัติในการรับแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ดังกล่าวให้บุคลากรรับทราบโดยทั่วกัน",
  		"แนวปฏิบัติการรับเรื่องร้องเรียนการทุจริตฯ",
  		"สำนักงาน กสม. มีแนวปฏิบัติการรับเรื่องร้องเรียนการทุจริตฯ ที่ชัดเจน โดยเผยแพร่ให้บุคลากรและประชาชนรับทราบโดยทั่วกัน",
  		"สบก. จัดทำแนวปฏิบัติการรับเรื่องร้องเรียนการทุจริตฯ ที่มีองค์ประกอบครบถ้วนตามค่าเป้าหมาย และเผยแพร่บนเว็บไซต์ของสำนักงาน กสม. แล้ว\nhttps://www.nhrc.or.th/webform/Form-corruption",
  		"สบก.",
  		"ดำเนินการแล้วเสร็จ",
  		"https://www.nhrc.or.th/webform/Form-corruption",
  		"",
  		"ต.ค. – ธ.ค. 2566",
  		"ไม่ใช้งบประมาณ"
  	]
  ],
  	"ผลการประเมินปีก่อน": [
  	[
  		"ตัวชี้วัดที่",
  		"ชื่อตัวชี้วัด",
  		"แบบวัด",
  		"คะแนน"
  	],
  	[
  		1,
  		"การปฏิบัติหน้าที่",
  		"IIT",
  		92.35
  	],
  	[
  		2,
  		"การใช้งบประมาณ",
  		"IIT",
  		78.42
  	],
  	[
  		3,
  		"การใช้อำนาจ",
  		"IIT",
  		83.1
  	],
  	[
  		4,
  		"การใช้ทรัพย์สินของราชการ",
  		"IIT",
  		88.76
  	],
  	[
  		5,
  		"การแก้ไขปัญหาการทุจริต",
  		"IIT",
  		80.05
  	],
  	[
  		6,
  		"คุณภาพการดำเนินงาน",
  		"EIT",
  		90.12
  	],
  	[
  		7,
  		"ประสิทธิภาพการสื่อสาร",
  		"EIT",
  		82.64
  	],
  	[
  		8,
  		"การปรับปรุงระบบการทำงาน",
  		"EIT",
  		84.2
  	],
  	[
  		9,
  		"การเปิดเผยข้อมูล",
  		"OIT",
  		79
  	],
  	[
  		10,
  		"การป้องกันการทุจริต",
  		"OIT",
  		87.5
  	]
  ]
  };

  const SEED_EXAMPLE = seed;

  function ensurePlanSheet(ss, actions, ensureSheet) {
    const sheet = ensureSheet(ss, LAST_RESULT_SPEC, actions);
    if (sheet.getLastRow() > 1) return;
    const width = sheet.getLastColumn();
    const headers = sheet.getRange(1, 1, 1, width).getValues()[0].map(normaliseHeader);
    const at = (h) => headers.indexOf(normaliseHeader(h));
    const rows = ITA_INDICATORS.map(([no, name, tool]) => {
      const line = new Array(width).fill("");
      line[at(LAST_RESULT_HEADER.indicator)] = no;
      line[at(LAST_RESULT_HEADER.name)] = name;
      line[at(LAST_RESULT_HEADER.tool)] = tool;
      return line;
    });
    sheet.getRange(2, 1, rows.length, width).setValues(rows);
    actions.push(`\u0E43\u0E2A\u0E48\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14 ITA \u0E51\u0E50 \u0E02\u0E49\u0E2D\u0E43\u0E19\u0E0A\u0E35\u0E15 "${LAST_RESULT_SPEC.name}" (\u0E01\u0E23\u0E2D\u0E01\u0E04\u0E30\u0E41\u0E19\u0E19\u0E02\u0E2D\u0E07\u0E1B\u0E35\u0E17\u0E35\u0E48\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19)`);
  }
  function fillExampleScores(ss, example) {
    const sheet = ss.getSheetByName(LAST_RESULT_SPEC.name);
    if (!sheet || example.length < 2 || sheet.getLastRow() < 2) return [];
    const values = sheet.getDataRange().getValues();
    const headers = values[0].map(normaliseHeader);
    const no = headers.indexOf(normaliseHeader(LAST_RESULT_HEADER.indicator));
    const score = headers.indexOf(normaliseHeader(LAST_RESULT_HEADER.score));
    const exNo = example[0].map(normaliseHeader).indexOf(normaliseHeader(LAST_RESULT_HEADER.indicator));
    const exScore = example[0].map(normaliseHeader).indexOf(normaliseHeader(LAST_RESULT_HEADER.score));
    if (no < 0 || score < 0 || exNo < 0 || exScore < 0) return [];
    const wanted = new Map(example.slice(1).map((r) => [String(r[exNo]), r[exScore]]));
    const formulas = sheet.getRange(1, score + 1, values.length, 1).getFormulas();
    let filled = 0;
    values.forEach((row, r) => {
      const v = wanted.get(String(row[no]));
      if (r === 0 || row[score] !== "" || formulas[r][0] !== "" || v === void 0) return;
      sheet.getRange(r + 1, score + 1).setValue(v);
      filled++;
    });
    return filled > 0 ? [`\u0E43\u0E2A\u0E48\u0E04\u0E30\u0E41\u0E19\u0E19\u0E15\u0E31\u0E27\u0E2D\u0E22\u0E48\u0E32\u0E07 (\u0E2A\u0E21\u0E21\u0E38\u0E15\u0E34) ${filled} \u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E43\u0E19\u0E0A\u0E35\u0E15 "${LAST_RESULT_SPEC.name}"`] : [];
  }

  const PROTECTION_NOTE = "ITA: \u0E2B\u0E31\u0E27\u0E15\u0E32\u0E23\u0E32\u0E07 \u2014 \u0E41\u0E01\u0E49\u0E44\u0E02\u0E44\u0E14\u0E49 \u0E41\u0E15\u0E48\u0E0A\u0E37\u0E48\u0E2D\u0E2B\u0E31\u0E27\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C\u0E15\u0E49\u0E2D\u0E07\u0E15\u0E23\u0E07\u0E15\u0E32\u0E21\u0E17\u0E35\u0E48\u0E42\u0E1B\u0E23\u0E41\u0E01\u0E23\u0E21\u0E43\u0E0A\u0E49";
  const CONFIG_PROTECTION_NOTE = "ITA: \u0E0A\u0E35\u0E15\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32 \u2014 \u0E15\u0E23\u0E27\u0E08\u0E2A\u0E2D\u0E1A\u0E01\u0E48\u0E2D\u0E19\u0E41\u0E01\u0E49\u0E44\u0E02";
  function setUpWorkbook() {
    const actions = ensureWorkbook(SpreadsheetApp.getActiveSpreadsheet());
    SpreadsheetApp.getUi().alert(
      "\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19",
      actions.length === 0 ? "\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19\u0E04\u0E23\u0E1A\u0E16\u0E49\u0E27\u0E19\u0E41\u0E25\u0E49\u0E27 \u0E44\u0E21\u0E48\u0E21\u0E35\u0E2A\u0E34\u0E48\u0E07\u0E17\u0E35\u0E48\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1E\u0E34\u0E48\u0E21" : `\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23\u0E41\u0E25\u0E49\u0E27:
\u2022 ${actions.join("\n\u2022 ")}

\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E17\u0E35\u0E48\u0E01\u0E23\u0E2D\u0E01\u0E44\u0E27\u0E49\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19\u0E41\u0E1B\u0E25\u0E07`,
      SpreadsheetApp.getUi().ButtonSet.OK
    );
    return actions;
  }
  function ensureWorkbook(ss) {
    const actions = [];
    const config = ensureSheet(ss, CONFIG_SPEC, actions);
    ensureConfigRows(config, actions);
    const sheets = /* @__PURE__ */ new Map();
    for (const spec of DATA_SHEET_SPECS) sheets.set(spec.name, ensureSheet(ss, spec, actions));
    ensureMeasureDropdowns(sheets.get(SHEET.measures), actions);
    ensureProtections(config, [...sheets.values()], actions);
    ensureFormSheets(ss, actions);
    ensurePlanSheet(ss, actions, ensureSheet);
    return actions;
  }
  function ensureSheet(ss, spec, actions) {
    let sheet = ss.getSheetByName(spec.name);
    if (!sheet) {
      sheet = ss.insertSheet(spec.name);
      actions.push(`\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E0A\u0E35\u0E15 "${spec.name}"`);
    }
    const width = Math.max(sheet.getLastColumn(), 1);
    const headerRange = sheet.getRange(1, 1, 1, width);
    const present = headerRange.getValues()[0].map(normaliseHeader);
    const missing = spec.columns.filter((c) => !present.includes(normaliseHeader(c.header)));
    if (missing.length > 0) {
      const start = present.every((h) => h === "") ? 1 : sheet.getLastColumn() + 1;
      ensureSheetSize(sheet, 1, start + missing.length - 1);
      const range = sheet.getRange(1, start, 1, missing.length);
      range.setValues([missing.map((c) => c.header)]);
      range.setNotes([missing.map((c) => c.note)]);
      range.setFontWeight("bold");
      range.setBackground("#d9e2f3");
      missing.forEach((c, i) => sheet.setColumnWidth(start + i, c.width));
      sheet.getRange(1, start, Math.max(sheet.getMaxRows(), 2), missing.length).setWrap(true);
      actions.push(`\u0E40\u0E1E\u0E34\u0E48\u0E21\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C ${missing.map((c) => `"${c.header}"`).join(", ")} \u0E43\u0E19\u0E0A\u0E35\u0E15 "${spec.name}"`);
    }
    if (sheet.getFrozenRows() !== 1) {
      sheet.setFrozenRows(1);
      actions.push(`\u0E15\u0E23\u0E36\u0E07\u0E41\u0E16\u0E27\u0E2B\u0E31\u0E27\u0E15\u0E32\u0E23\u0E32\u0E07\u0E02\u0E2D\u0E07\u0E0A\u0E35\u0E15 "${spec.name}"`);
    }
    return sheet;
  }
  function ensureConfigRows(sheet, actions) {
    const last = Math.max(sheet.getLastRow(), 1);
    const labels = sheet.getRange(1, 1, last, 1).getValues().map((r) => normaliseHeader(r[0]));
    const missing = CONFIG_DEFAULTS.filter(([label]) => !labels.includes(normaliseHeader(label)));
    if (missing.length === 0) return;
    const range = sheet.getRange(last + 1, 1, missing.length, 2);
    range.setValues(missing.map(([label, value]) => [label, value]));
    sheet.getRange(last + 1, 1, missing.length, 1).setNotes(missing.map(([, , note]) => [note]));
    const share = missing.findIndex(([label]) => label === CONFIG_LABEL.shareWithLink);
    if (share >= 0) {
      const rule = SpreadsheetApp.newDataValidation().requireValueInList([...SHARE_CHOICES], true).setAllowInvalid(true).build();
      sheet.getRange(last + 1 + share, 2).setDataValidation(rule);
    }
    actions.push(`\u0E40\u0E1E\u0E34\u0E48\u0E21\u0E04\u0E48\u0E32\u0E15\u0E31\u0E49\u0E07\u0E15\u0E49\u0E19 ${missing.map(([l]) => `"${l}"`).join(", ")} \u0E43\u0E19\u0E0A\u0E35\u0E15 "${SHEET.config}"`);
  }
  function columnOf(sheet, header) {
    const headers = sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0].map(normaliseHeader);
    return headers.indexOf(normaliseHeader(header)) + 1;
  }
  function ensureMeasureDropdowns(sheet, actions) {
    const ss = sheet.getParent();
    const rows = Math.max(sheet.getMaxRows() - 1, 1);
    const headingSheet = ss.getSheetByName(SHEET.headings);
    const unitSheet = ss.getSheetByName(SHEET.units);
    const rules = [
      [
        MEASURE_HEADER.heading,
        () => SpreadsheetApp.newDataValidation().requireValueInRange(headingSheet.getRange(2, columnOf(headingSheet, "\u0E23\u0E2B\u0E31\u0E2A\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14"), 999, 1), true).setAllowInvalid(true).setHelpText("\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E23\u0E2B\u0E31\u0E2A\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E08\u0E32\u0E01\u0E0A\u0E35\u0E15\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14").build()
      ],
      [
        MEASURE_HEADER.units,
        () => SpreadsheetApp.newDataValidation().requireValueInRange(unitSheet.getRange(2, columnOf(unitSheet, "\u0E0A\u0E37\u0E48\u0E2D\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19"), 999, 1), true).setAllowInvalid(true).setHelpText(`\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19 \u0E2B\u0E23\u0E37\u0E2D\u0E1E\u0E34\u0E21\u0E1E\u0E4C\u0E2B\u0E25\u0E32\u0E22\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E04\u0E31\u0E48\u0E19\u0E14\u0E49\u0E27\u0E22 + \u0E2B\u0E23\u0E37\u0E2D\u0E1E\u0E34\u0E21\u0E1E\u0E4C ${ALL_UNITS}`).build()
      ],
      [
        MEASURE_HEADER.status,
        () => SpreadsheetApp.newDataValidation().requireValueInList([...STATUS_VALUES], true).setAllowInvalid(false).setHelpText("\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E2A\u0E16\u0E32\u0E19\u0E30\u0E08\u0E32\u0E01\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23").build()
      ]
    ];
    for (const [header, rule] of rules) {
      const column = columnOf(sheet, header);
      if (column === 0) continue;
      if (sheet.getRange(2, column).getDataValidation() !== null) continue;
      sheet.getRange(2, column, rows, 1).setDataValidation(rule());
      actions.push(`\u0E40\u0E1E\u0E34\u0E48\u0E21\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23\u0E43\u0E2B\u0E49\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E43\u0E19\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C "${header}"`);
    }
  }
  function ensureProtections(config, dataSheets, actions) {
    const sheetProtected = config.getProtections(SpreadsheetApp.ProtectionType.SHEET).some((p) => p.getDescription() === CONFIG_PROTECTION_NOTE);
    if (!sheetProtected) {
      config.protect().setDescription(CONFIG_PROTECTION_NOTE).setWarningOnly(true);
      actions.push(`\u0E15\u0E31\u0E49\u0E07\u0E01\u0E32\u0E23\u0E40\u0E15\u0E37\u0E2D\u0E19\u0E01\u0E48\u0E2D\u0E19\u0E41\u0E01\u0E49\u0E44\u0E02\u0E0A\u0E35\u0E15 "${SHEET.config}"`);
    }
    for (const sheet of dataSheets) {
      const has = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).some((p) => p.getDescription() === PROTECTION_NOTE);
      if (has) continue;
      sheet.getRange(1, 1, 1, sheet.getMaxColumns()).protect().setDescription(PROTECTION_NOTE).setWarningOnly(true);
      actions.push(`\u0E15\u0E31\u0E49\u0E07\u0E01\u0E32\u0E23\u0E40\u0E15\u0E37\u0E2D\u0E19\u0E01\u0E48\u0E2D\u0E19\u0E41\u0E01\u0E49\u0E44\u0E02\u0E2B\u0E31\u0E27\u0E15\u0E32\u0E23\u0E32\u0E07\u0E02\u0E2D\u0E07\u0E0A\u0E35\u0E15 "${sheet.getName()}"`);
    }
  }
  function fillSeedExample() {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const actions = ensureWorkbook(ss);
    actions.push(...writeExample(ss));
    SpreadsheetApp.getUi().alert("\u0E43\u0E2A\u0E48\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E15\u0E31\u0E27\u0E2D\u0E22\u0E48\u0E32\u0E07", actions.length ? `\u2022 ${actions.join("\n\u2022 ")}` : "\u0E44\u0E21\u0E48\u0E21\u0E35\u0E01\u0E32\u0E23\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19\u0E41\u0E1B\u0E25\u0E07", SpreadsheetApp.getUi().ButtonSet.OK);
  }
  function writeExample(ss) {
    var _a;
    const actions = [];
    const filled = fillEmptyConfigValues(ss.getSheetByName(SHEET.config));
    if (filled > 0) actions.push(`\u0E01\u0E23\u0E2D\u0E01\u0E04\u0E48\u0E32\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E17\u0E35\u0E48\u0E27\u0E48\u0E32\u0E07\u0E2D\u0E22\u0E39\u0E48 ${filled} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23`);
    for (const name of [SHEET.units, SHEET.headings, SHEET.measures]) {
      const sheet = ss.getSheetByName(name);
      if (sheet.getLastRow() > 1) {
        actions.push(`\u0E02\u0E49\u0E32\u0E21\u0E0A\u0E35\u0E15 "${name}" \u0E40\u0E1E\u0E23\u0E32\u0E30\u0E21\u0E35\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E2D\u0E22\u0E39\u0E48\u0E41\u0E25\u0E49\u0E27`);
        continue;
      }
      const [header, ...rows] = SEED_EXAMPLE[name];
      const width = sheet.getLastColumn();
      const present = sheet.getRange(1, 1, 1, width).getValues()[0].map(normaliseHeader);
      const at = header.map((h) => present.indexOf(normaliseHeader(h)));
      const out = rows.map((row) => {
        const line = new Array(width).fill("");
        row.forEach((v, i) => {
          if (at[i] >= 0) line[at[i]] = v;
        });
        return line;
      });
      sheet.getRange(2, 1, out.length, width).setValues(out);
      actions.push(`\u0E43\u0E2A\u0E48\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E15\u0E31\u0E27\u0E2D\u0E22\u0E48\u0E32\u0E07 ${out.length} \u0E41\u0E16\u0E27\u0E43\u0E19\u0E0A\u0E35\u0E15 "${name}"`);
    }
    actions.push(...fillExampleScores(ss, (_a = SEED_EXAMPLE[SHEET.lastResult]) != null ? _a : []));
    return actions;
  }
  function fillEmptyConfigValues(config) {
    const rows = Math.max(config.getLastRow(), 1);
    const values = config.getRange(1, 1, rows, 2).getValues();
    const formulas = config.getRange(1, 2, rows, 1).getFormulas();
    const example = new Map(SEED_EXAMPLE[SHEET.config].map((r) => [normaliseHeader(r[0]), r[1]]));
    const wanted = values.map(([label, value], i) => {
      const v = example.get(normaliseHeader(label));
      return value === "" && formulas[i][0] === "" && v !== void 0 && v !== "" ? v : void 0;
    });
    let filled = 0;
    for (let start = 0; start < rows; start++) {
      if (wanted[start] === void 0) continue;
      let end = start;
      while (end + 1 < rows && wanted[end + 1] !== void 0) end++;
      config.getRange(start + 1, 2, end - start + 1, 1).setValues(wanted.slice(start, end + 1).map((v) => [v]));
      filled += end - start + 1;
      start = end;
    }
    return filled;
  }

  const VERSION = "0.1.0";
  const README_URL = "https://github.com/thai-ita/ita-measures-report#readme";

  function showHelp() {
    const html = HtmlService.createHtmlOutput(
      `<div style="font-family:Sarabun,sans-serif;font-size:14px">
<p><b>\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E1C\u0E25\u0E15\u0E32\u0E21\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E02\u0E31\u0E1A\u0E40\u0E04\u0E25\u0E37\u0E48\u0E2D\u0E19\u0E01\u0E32\u0E23\u0E2A\u0E48\u0E07\u0E40\u0E2A\u0E23\u0E34\u0E21\u0E04\u0E38\u0E13\u0E18\u0E23\u0E23\u0E21\u0E41\u0E25\u0E30\u0E04\u0E27\u0E32\u0E21\u0E42\u0E1B\u0E23\u0E48\u0E07\u0E43\u0E2A (ITA)</b></p>
<p>\u0E23\u0E38\u0E48\u0E19\u0E42\u0E1B\u0E23\u0E41\u0E01\u0E23\u0E21 ${VERSION}</p>
<ol>
<li>\u0E40\u0E21\u0E19\u0E39 <b>\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19</b> \u0E2A\u0E23\u0E49\u0E32\u0E07\u0E0A\u0E35\u0E15\u0E17\u0E35\u0E48\u0E15\u0E49\u0E2D\u0E07\u0E43\u0E0A\u0E49 (\u0E40\u0E23\u0E35\u0E22\u0E01\u0E0B\u0E49\u0E33\u0E44\u0E14\u0E49 \u0E44\u0E21\u0E48\u0E25\u0E1A\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25)</li>
<li>\u0E01\u0E23\u0E2D\u0E01\u0E0A\u0E35\u0E15 \u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32 \u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19 \u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14 \u0E41\u0E25\u0E30 \u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23 (\u0E41\u0E16\u0E27\u0E25\u0E30 \u0E51 \u0E41\u0E16\u0E27\u0E02\u0E2D\u0E07\u0E15\u0E32\u0E23\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19)</li>
<li>\u0E40\u0E21\u0E19\u0E39 <b>\u0E15\u0E23\u0E27\u0E08\u0E2A\u0E2D\u0E1A\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25</b> \u0E41\u0E2A\u0E14\u0E07\u0E1B\u0E31\u0E0D\u0E2B\u0E32\u0E1A\u0E19\u0E40\u0E0B\u0E25\u0E25\u0E4C \u0E41\u0E25\u0E30\u0E43\u0E19\u0E0A\u0E35\u0E15 \u0E1C\u0E25\u0E01\u0E32\u0E23\u0E15\u0E23\u0E27\u0E08\u0E2A\u0E2D\u0E1A</li>
<li>\u0E40\u0E21\u0E19\u0E39 <b>\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19</b> \u0E2A\u0E23\u0E49\u0E32\u0E07 Google Doc \u0E43\u0E2B\u0E21\u0E48\u0E17\u0E38\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07 \u0E44\u0E21\u0E48\u0E17\u0E31\u0E1A\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E40\u0E14\u0E34\u0E21 \u0E1E\u0E23\u0E49\u0E2D\u0E21\u0E44\u0E1F\u0E25\u0E4C PDF \u0E0A\u0E37\u0E48\u0E2D\u0E40\u0E14\u0E35\u0E22\u0E27\u0E01\u0E31\u0E19\u0E43\u0E19\u0E42\u0E1F\u0E25\u0E40\u0E14\u0E2D\u0E23\u0E4C\u0E40\u0E14\u0E35\u0E22\u0E27\u0E01\u0E31\u0E19
(\u0E02\u0E36\u0E49\u0E19\u0E15\u0E49\u0E19\u0E14\u0E49\u0E27\u0E22\u0E23\u0E2B\u0E31\u0E2A\u0E02\u0E49\u0E2D OIT \u0E40\u0E21\u0E37\u0E48\u0E2D\u0E01\u0E23\u0E2D\u0E01 "\u0E23\u0E2B\u0E31\u0E2A\u0E02\u0E49\u0E2D OIT" \u0E40\u0E0A\u0E48\u0E19 O26) \u0E2B\u0E19\u0E49\u0E32\u0E15\u0E48\u0E32\u0E07\u0E17\u0E35\u0E48\u0E02\u0E36\u0E49\u0E19\u0E21\u0E32\u0E43\u0E2B\u0E49\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E17\u0E31\u0E49\u0E07\u0E2A\u0E2D\u0E07\u0E44\u0E1F\u0E25\u0E4C</li>
</ol>
<p><b>\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E17\u0E35\u0E48\u0E1E\u0E23\u0E49\u0E2D\u0E21\u0E40\u0E1C\u0E22\u0E41\u0E1E\u0E23\u0E48</b></p>
<ul>
<li>\u0E01\u0E48\u0E2D\u0E19\u0E15\u0E32\u0E23\u0E32\u0E07: <b>\u0E2A\u0E23\u0E38\u0E1B\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E07\u0E32\u0E19</b> \u0E19\u0E31\u0E1A\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E41\u0E25\u0E30\u0E23\u0E32\u0E22\u0E01\u0E32\u0E23\u0E15\u0E32\u0E21\u0E2A\u0E16\u0E32\u0E19\u0E30 \u0E17\u0E31\u0E49\u0E07\u0E20\u0E32\u0E1E\u0E23\u0E27\u0E21\u0E41\u0E25\u0E30\u0E23\u0E32\u0E22\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14
(\u0E08\u0E32\u0E01\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C \u0E2A\u0E16\u0E32\u0E19\u0E30 \u0E2B\u0E23\u0E37\u0E2D\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21\u0E25\u0E48\u0E32\u0E2A\u0E38\u0E14\u0E02\u0E2D\u0E07\u0E41\u0E16\u0E27\u0E19\u0E31\u0E49\u0E19\u0E40\u0E21\u0E37\u0E48\u0E2D\u0E40\u0E27\u0E49\u0E19\u0E27\u0E48\u0E32\u0E07)</li>
<li>\u0E15\u0E48\u0E2D\u0E08\u0E32\u0E01\u0E15\u0E32\u0E23\u0E32\u0E07: <b>\u0E1B\u0E31\u0E0D\u0E2B\u0E32 \u0E2D\u0E38\u0E1B\u0E2A\u0E23\u0E23\u0E04 \u0E41\u0E25\u0E30\u0E02\u0E49\u0E2D\u0E40\u0E2A\u0E19\u0E2D\u0E41\u0E19\u0E30</b> \u0E08\u0E32\u0E01\u0E0A\u0E35\u0E15\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32 (\u0E27\u0E48\u0E32\u0E07 = "\u0E44\u0E21\u0E48\u0E21\u0E35") \u0E41\u0E25\u0E30\u0E0A\u0E48\u0E2D\u0E07\u0E25\u0E07\u0E0A\u0E37\u0E48\u0E2D
\u0E40\u0E21\u0E37\u0E48\u0E2D\u0E01\u0E23\u0E2D\u0E01 \u0E1C\u0E39\u0E49\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19 / \u0E1C\u0E39\u0E49\u0E2D\u0E19\u0E38\u0E21\u0E31\u0E15\u0E34 \u0E41\u0E25\u0E30\u0E15\u0E33\u0E41\u0E2B\u0E19\u0E48\u0E07</li>
<li><b>\u0E40\u0E1C\u0E22\u0E41\u0E1E\u0E23\u0E48\u0E44\u0E1F\u0E25\u0E4C\u0E43\u0E2B\u0E49\u0E17\u0E38\u0E01\u0E04\u0E19\u0E17\u0E35\u0E48\u0E21\u0E35\u0E25\u0E34\u0E07\u0E01\u0E4C</b>: \u0E44\u0E21\u0E48 / PDF / PDF \u0E41\u0E25\u0E30 Doc \u2014 \u0E43\u0E0A\u0E49\u0E25\u0E34\u0E07\u0E01\u0E4C PDF \u0E27\u0E32\u0E07\u0E43\u0E19\u0E23\u0E30\u0E1A\u0E1A ITAS
\u0E16\u0E49\u0E32\u0E2D\u0E07\u0E04\u0E4C\u0E01\u0E23\u0E44\u0E21\u0E48\u0E2D\u0E19\u0E38\u0E0D\u0E32\u0E15\u0E01\u0E32\u0E23\u0E41\u0E0A\u0E23\u0E4C\u0E41\u0E1A\u0E1A\u0E19\u0E35\u0E49 \u0E08\u0E30\u0E21\u0E35\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E1A\u0E2D\u0E01\u0E27\u0E48\u0E32\u0E15\u0E49\u0E2D\u0E07\u0E02\u0E2D\u0E43\u0E2B\u0E49\u0E1C\u0E39\u0E49\u0E14\u0E39\u0E41\u0E25\u0E23\u0E30\u0E1A\u0E1A\u0E17\u0E33\u0E2D\u0E30\u0E44\u0E23</li>
<li>\u0E17\u0E38\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07\u0E17\u0E35\u0E48\u0E2A\u0E31\u0E48\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19 \u0E21\u0E35\u0E1A\u0E31\u0E19\u0E17\u0E36\u0E01 \u0E51 \u0E1A\u0E23\u0E23\u0E17\u0E31\u0E14\u0E43\u0E19\u0E0A\u0E35\u0E15 <b>\u0E1B\u0E23\u0E30\u0E27\u0E31\u0E15\u0E34\u0E01\u0E32\u0E23\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19</b>: \u0E40\u0E27\u0E25\u0E32 \u0E1C\u0E39\u0E49\u0E2A\u0E31\u0E48\u0E07 \u0E23\u0E2D\u0E1A \u0E25\u0E34\u0E07\u0E01\u0E4C \u0E41\u0E25\u0E30\u0E1C\u0E25 (\u0E2A\u0E33\u0E40\u0E23\u0E47\u0E08 / \u0E25\u0E49\u0E21\u0E40\u0E2B\u0E25\u0E27 \u0E1E\u0E23\u0E49\u0E2D\u0E21\u0E40\u0E2B\u0E15\u0E38\u0E1C\u0E25)</li>
</ul>
<p><a href="${README_URL}" target="_blank">\u0E04\u0E39\u0E48\u0E21\u0E37\u0E2D\u0E09\u0E1A\u0E31\u0E1A\u0E40\u0E15\u0E47\u0E21 (README)</a></p></div>`
    ).setWidth(460).setHeight(560);
    SpreadsheetApp.getUi().showModalDialog(html, "\u0E27\u0E34\u0E18\u0E35\u0E43\u0E0A\u0E49");
  }

  const CACHE_MS = 24 * 36e5;
  const TRANSIENT_CACHE_MS = 36e5;
  const TRANSIENT = ["timeout", "refused", "unreachable", "server-error"];
  function isFresh(result, now) {
    if (result.status === "pending" || result.checkedAt <= 0 || result.checkedAt > now) return false;
    return now - result.checkedAt < (TRANSIENT.includes(result.status) ? TRANSIENT_CACHE_MS : CACHE_MS);
  }
  function latestResults(rows) {
    const out = /* @__PURE__ */ new Map();
    for (const { result } of rows) {
      const key = linkKey(result.url);
      const known = out.get(key);
      if (result.status !== "pending" && (!known || result.checkedAt > known.checkedAt)) out.set(key, result);
    }
    return out;
  }
  function planChecks(urls, cached, now) {
    const fresh = /* @__PURE__ */ new Map();
    const todo = [];
    for (const url of urls) {
      const r = cached.get(linkKey(url));
      if (r && isFresh(r, now)) fresh.set(linkKey(url), r);
      else todo.push(url);
    }
    return { fresh, todo };
  }

  const DOC_PATH = /^\/(?:a\/[^/]+\/)?(?:file|document|spreadsheets|presentation|forms|drawings)\/(?:u\/\d+\/)?d\/([-\w]{10,})/;
  const FOLDER_PATH = /^\/(?:a\/[^/]+\/)?drive\/(?:u\/\d+\/)?folders\/([-\w]{10,})/;
  const ID_QUERY = /[?&]id=([-\w]{10,})/;
  function driveTarget(url) {
    const p = httpParts(url);
    if (!p || p.host !== "drive.google.com" && p.host !== "docs.google.com") return void 0;
    if (/^\/forms\/d\/e\//.test(p.rest)) return void 0;
    const doc = DOC_PATH.exec(p.rest);
    if (doc) return { id: doc[1], folder: false };
    const folder = FOLDER_PATH.exec(p.rest);
    if (folder) return { id: folder[1], folder: true };
    const query = /^\/(?:open|uc|file\/view)\b/.test(p.rest) ? ID_QUERY.exec(p.rest) : null;
    return query ? { id: query[1], folder: false } : void 0;
  }
  function isGoogleSignIn(url) {
    const p = httpParts(url);
    return p !== void 0 && p.host === "accounts.google.com";
  }

  const HOW_TO_SHARE = '\u0E40\u0E1B\u0E34\u0E14\u0E44\u0E1F\u0E25\u0E4C \u203A \u0E41\u0E0A\u0E23\u0E4C \u203A \u0E01\u0E32\u0E23\u0E40\u0E02\u0E49\u0E32\u0E16\u0E36\u0E07\u0E17\u0E31\u0E48\u0E27\u0E44\u0E1B \u203A \u0E40\u0E25\u0E37\u0E2D\u0E01 "\u0E17\u0E38\u0E01\u0E04\u0E19\u0E17\u0E35\u0E48\u0E21\u0E35\u0E25\u0E34\u0E07\u0E01\u0E4C" \u0E2A\u0E34\u0E17\u0E18\u0E34\u0E4C "\u0E1C\u0E39\u0E49\u0E21\u0E35\u0E2A\u0E34\u0E17\u0E18\u0E34\u0E4C\u0E2D\u0E48\u0E32\u0E19"';
  function lookUp(target) {
    const tries = target.folder ? [(id) => DriveApp.getFolderById(id)] : [(id) => DriveApp.getFileById(id), (id) => DriveApp.getFolderById(id)];
    for (const get of tries) {
      try {
        return get(target.id);
      } catch {
      }
    }
    return void 0;
  }
  function checkDriveLink(url, target) {
    const item = lookUp(target);
    if (!item) {
      return {
        url,
        status: "no-access",
        detail: "\u0E1A\u0E31\u0E0D\u0E0A\u0E35\u0E17\u0E35\u0E48\u0E43\u0E0A\u0E49\u0E15\u0E23\u0E27\u0E08\u0E40\u0E1B\u0E34\u0E14\u0E44\u0E1F\u0E25\u0E4C\u0E19\u0E35\u0E49\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49: \u0E44\u0E1F\u0E25\u0E4C\u0E16\u0E39\u0E01\u0E25\u0E1A \u0E25\u0E34\u0E07\u0E01\u0E4C\u0E1C\u0E34\u0E14 \u0E2B\u0E23\u0E37\u0E2D\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E41\u0E0A\u0E23\u0E4C\u0E43\u0E2B\u0E49\u0E1A\u0E31\u0E0D\u0E0A\u0E35\u0E19\u0E35\u0E49 \u2014 \u0E15\u0E23\u0E27\u0E08\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E01\u0E31\u0E1A\u0E40\u0E08\u0E49\u0E32\u0E02\u0E2D\u0E07\u0E44\u0E1F\u0E25\u0E4C"
      };
    }
    const name = item.getName();
    if (item.isTrashed()) return { url, status: "not-found", detail: `\u0E44\u0E1F\u0E25\u0E4C "${name}" \u0E2D\u0E22\u0E39\u0E48\u0E43\u0E19\u0E16\u0E31\u0E07\u0E02\u0E22\u0E30 \u2014 \u0E01\u0E39\u0E49\u0E04\u0E37\u0E19\u0E2B\u0E23\u0E37\u0E2D\u0E43\u0E2A\u0E48\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E43\u0E2B\u0E21\u0E48` };
    const access = String(item.getSharingAccess());
    const permission = String(item.getSharingPermission());
    if ((access === "ANYONE" || access === "ANYONE_WITH_LINK") && permission !== "NONE") {
      return { url, status: "ok", detail: `\u0E44\u0E1F\u0E25\u0E4C "${name}" \u0E41\u0E0A\u0E23\u0E4C\u0E41\u0E1A\u0E1A\u0E17\u0E38\u0E01\u0E04\u0E19\u0E17\u0E35\u0E48\u0E21\u0E35\u0E25\u0E34\u0E07\u0E01\u0E4C` };
    }
    if (access === "DOMAIN" || access === "DOMAIN_WITH_LINK") {
      return { url, status: "domain-only", detail: `\u0E44\u0E1F\u0E25\u0E4C "${name}" \u0E40\u0E1B\u0E34\u0E14\u0E44\u0E14\u0E49\u0E40\u0E09\u0E1E\u0E32\u0E30\u0E04\u0E19\u0E43\u0E19\u0E2D\u0E07\u0E04\u0E4C\u0E01\u0E23 \u0E1C\u0E39\u0E49\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19\u0E40\u0E1B\u0E34\u0E14\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 \u2014 ${HOW_TO_SHARE}` };
    }
    return { url, status: "restricted", detail: `\u0E44\u0E1F\u0E25\u0E4C "${name}" \u0E08\u0E33\u0E01\u0E31\u0E14\u0E2A\u0E34\u0E17\u0E18\u0E34\u0E4C (\u0E40\u0E09\u0E1E\u0E32\u0E30\u0E04\u0E19\u0E17\u0E35\u0E48\u0E44\u0E14\u0E49\u0E23\u0E31\u0E1A\u0E40\u0E0A\u0E34\u0E0D) \u0E1C\u0E39\u0E49\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19\u0E40\u0E1B\u0E34\u0E14\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 \u2014 ${HOW_TO_SHARE}` };
  }

  const MAX_REDIRECTS = 5;
  function startProbe(url, method) {
    return { url, current: url, method, visited: [], permanent: false };
  }
  const done = (probe, status, detail, finalUrl) => ({
    outcome: { url: probe.url, status, detail, ...finalUrl ? { finalUrl } : {} }
  });
  function nextStep(probe, answer) {
    if (answer.kind === "error") {
      const where = probe.current === probe.url ? "" : ` (\u0E17\u0E35\u0E48 ${probe.current})`;
      return done(probe, answer.error, `${answer.message}${where}`);
    }
    const { status } = answer;
    if (probe.method === "HEAD" && (status === 405 || status === 501)) {
      return { probe: { ...probe, method: "GET" } };
    }
    if (status >= 300 && status < 400 && status !== 304) {
      if (!answer.location) return done(probe, "http-error", `\u0E15\u0E2D\u0E1A\u0E23\u0E2B\u0E31\u0E2A ${status} \u0E41\u0E15\u0E48\u0E44\u0E21\u0E48\u0E1A\u0E2D\u0E01\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48\u0E43\u0E2B\u0E21\u0E48`);
      const next = resolveLocation(probe.current, answer.location);
      const scheme = schemeOf(next);
      if (scheme !== "http" && scheme !== "https" || !httpParts(next)) {
        return done(probe, "bad-scheme", `\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19\u0E40\u0E2A\u0E49\u0E19\u0E17\u0E32\u0E07\u0E44\u0E1B\u0E17\u0E35\u0E48 "${next.slice(0, 100)}" \u0E0B\u0E36\u0E48\u0E07\u0E44\u0E21\u0E48\u0E43\u0E0A\u0E48 http/https \u0E08\u0E36\u0E07\u0E44\u0E21\u0E48\u0E15\u0E32\u0E21\u0E44\u0E1B`);
      }
      const visited = [...probe.visited, probe.current];
      if (visited.includes(next)) return done(probe, "too-many-redirects", `\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19\u0E40\u0E2A\u0E49\u0E19\u0E17\u0E32\u0E07\u0E27\u0E19\u0E01\u0E25\u0E31\u0E1A\u0E21\u0E32\u0E17\u0E35\u0E48 ${next}`);
      if (visited.length > MAX_REDIRECTS) return done(probe, "too-many-redirects", `\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19\u0E40\u0E2A\u0E49\u0E19\u0E17\u0E32\u0E07\u0E40\u0E01\u0E34\u0E19 ${MAX_REDIRECTS} \u0E04\u0E23\u0E31\u0E49\u0E07`);
      if (isGoogleSignIn(next)) {
        return done(probe, "restricted", '\u0E15\u0E49\u0E2D\u0E07\u0E25\u0E07\u0E0A\u0E37\u0E48\u0E2D\u0E40\u0E02\u0E49\u0E32\u0E43\u0E0A\u0E49 Google \u0E08\u0E36\u0E07\u0E08\u0E30\u0E40\u0E1B\u0E34\u0E14\u0E44\u0E14\u0E49 \u2014 \u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E01\u0E32\u0E23\u0E41\u0E0A\u0E23\u0E4C\u0E40\u0E1B\u0E47\u0E19 "\u0E17\u0E38\u0E01\u0E04\u0E19\u0E17\u0E35\u0E48\u0E21\u0E35\u0E25\u0E34\u0E07\u0E01\u0E4C" (\u0E1C\u0E39\u0E49\u0E21\u0E35\u0E2A\u0E34\u0E17\u0E18\u0E34\u0E4C\u0E2D\u0E48\u0E32\u0E19)', next);
      }
      return { probe: { ...probe, current: next, visited, permanent: probe.permanent || status === 301 || status === 308 } };
    }
    const moved = probe.current !== probe.url ? probe.current : void 0;
    if (status >= 200 && status < 300 || status === 304 || status === 416) {
      if (moved && probe.permanent) return done(probe, "moved", `\u0E22\u0E49\u0E32\u0E22\u0E44\u0E1B\u0E17\u0E35\u0E48 ${moved} \u2014 \u0E41\u0E01\u0E49\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E40\u0E1B\u0E47\u0E19\u0E17\u0E35\u0E48\u0E2D\u0E22\u0E39\u0E48\u0E43\u0E2B\u0E21\u0E48`, moved);
      return done(probe, "ok", moved ? `\u0E40\u0E1B\u0E34\u0E14\u0E44\u0E14\u0E49 (\u0E44\u0E1B\u0E17\u0E35\u0E48 ${moved})` : `\u0E40\u0E1B\u0E34\u0E14\u0E44\u0E14\u0E49 (\u0E23\u0E2B\u0E31\u0E2A ${status})`, moved);
    }
    if (status === 404 || status === 410) return done(probe, "not-found", `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E2B\u0E19\u0E49\u0E32 (\u0E23\u0E2B\u0E31\u0E2A ${status})${moved ? ` \u0E17\u0E35\u0E48 ${moved}` : ""}`, moved);
    if (status >= 500) return done(probe, "server-error", `\u0E40\u0E0B\u0E34\u0E23\u0E4C\u0E1F\u0E40\u0E27\u0E2D\u0E23\u0E4C\u0E15\u0E2D\u0E1A\u0E23\u0E2B\u0E31\u0E2A ${status}`, moved);
    return done(probe, "http-error", `\u0E40\u0E0B\u0E34\u0E23\u0E4C\u0E1F\u0E40\u0E27\u0E2D\u0E23\u0E4C\u0E15\u0E2D\u0E1A\u0E23\u0E2B\u0E31\u0E2A ${status}${status === 401 || status === 403 ? " (\u0E15\u0E49\u0E2D\u0E07\u0E21\u0E35\u0E2A\u0E34\u0E17\u0E18\u0E34\u0E4C\u0E08\u0E36\u0E07\u0E08\u0E30\u0E40\u0E1B\u0E34\u0E14\u0E44\u0E14\u0E49)" : ""}`, moved);
  }

  const GROUP_SIZE = 20;
  const PER_HOST = 4;
  const ROUND_WORST_MS = 6e4;
  const PARAMS = { method: "get", muteHttpExceptions: true, followRedirects: false, headers: { Range: "bytes=0-1023" } };
  function request(p) {
    return { url: p.current, ...PARAMS };
  }
  function answerOf(response) {
    const headers = response.getHeaders();
    const name = Object.keys(headers).find((h) => h.toLowerCase() === "location");
    const location = name === void 0 ? void 0 : String(headers[name]);
    return { kind: "response", status: response.getResponseCode(), ...location ? { location } : {} };
  }
  function errorAnswer(e) {
    const message = errorMessage(e);
    if (/timeout|timed out|deadline/i.test(message)) return { kind: "error", error: "timeout", message: "\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E23\u0E31\u0E1A\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E20\u0E32\u0E22\u0E43\u0E19\u0E40\u0E27\u0E25\u0E32\u0E17\u0E35\u0E48 Apps Script \u0E23\u0E2D" };
    if (/refused|address unavailable/i.test(message)) return { kind: "error", error: "refused", message: `\u0E40\u0E0A\u0E37\u0E48\u0E2D\u0E21\u0E15\u0E48\u0E2D\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 (${message.slice(0, 120)})` };
    return { kind: "error", error: "unreachable", message: `\u0E15\u0E34\u0E14\u0E15\u0E48\u0E2D\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 (${message.slice(0, 120)})` };
  }
  function isQuotaError(e) {
    return /too many times/i.test(errorMessage(e));
  }
  function takeGroup(waiting, size, perHost) {
    var _a, _b, _c;
    const group = [];
    const hosts = /* @__PURE__ */ new Map();
    for (let i = 0; i < waiting.length && group.length < size; ) {
      const host = (_b = (_a = httpParts(waiting[i].current)) == null ? void 0 : _a.host) != null ? _b : "";
      const n = (_c = hosts.get(host)) != null ? _c : 0;
      if (n >= perHost) {
        i++;
        continue;
      }
      hosts.set(host, n + 1);
      group.push(...waiting.splice(i, 1));
    }
    return group;
  }
  function fetchLinks(urls, limits) {
    var _a, _b;
    const waiting = urls.map((u) => startProbe(u, "GET"));
    const outcomes = [];
    let requests = 0;
    const settle = (probe, answer) => {
      const step = nextStep(probe, answer);
      if ("outcome" in step) outcomes.push(step.outcome);
      else waiting.push(step.probe);
    };
    while (waiting.length > 0) {
      if (Date.now() + ROUND_WORST_MS > limits.deadline) return { outcomes, stopped: "time", requests };
      const size = Math.min((_a = limits.groupSize) != null ? _a : GROUP_SIZE, limits.quotaLeft());
      if (size <= 0) return { outcomes, stopped: "quota", requests };
      const group = takeGroup(waiting, size, (_b = limits.perHost) != null ? _b : PER_HOST);
      limits.spend(group.length);
      requests += group.length;
      let responses;
      try {
        responses = UrlFetchApp.fetchAll(group.map(request));
      } catch (e) {
        if (isQuotaError(e)) return { outcomes, stopped: "quota", requests };
        responses = void 0;
      }
      if (responses) {
        group.forEach((p, i) => settle(p, answerOf(responses[i])));
        continue;
      }
      for (const [i, p] of group.entries()) {
        if (Date.now() + ROUND_WORST_MS > limits.deadline || limits.quotaLeft() <= 0) {
          waiting.push(...group.slice(i));
          return { outcomes, stopped: limits.quotaLeft() <= 0 ? "quota" : "time", requests };
        }
        limits.spend(1);
        requests++;
        let answer;
        try {
          answer = answerOf(UrlFetchApp.fetch(p.current, PARAMS));
        } catch (e) {
          if (isQuotaError(e)) return { outcomes, stopped: "quota", requests };
          answer = errorAnswer(e);
        }
        settle(p, answer);
      }
    }
    return { outcomes, requests };
  }

  const DAILY_LIMIT = 2e4;
  const RESERVE = 500;
  const QUOTA_KEY = "ita.links.urlfetch";
  const DAY_MS = 24 * 36e5;
  function dailyQuota(now) {
    var _a;
    const props = PropertiesService.getUserProperties();
    let window = { since: now, used: 0 };
    try {
      const stored = JSON.parse((_a = props.getProperty(QUOTA_KEY)) != null ? _a : "null");
      if (stored && typeof stored.since === "number" && typeof stored.used === "number" && now - stored.since < DAY_MS) {
        window = { since: stored.since, used: stored.used };
      }
    } catch {
    }
    return {
      left: () => Math.max(0, DAILY_LIMIT - RESERVE - window.used),
      spend: (n) => void (window.used += n),
      save: () => void props.setProperty(QUOTA_KEY, JSON.stringify(window))
    };
  }

  const TIME_BUDGET_MS = 4 * 6e4;
  const CHECKED_AT = LINK_SHEET_HEADER.indexOf("\u0E15\u0E23\u0E27\u0E08\u0E40\u0E21\u0E37\u0E48\u0E2D");
  const DRIVE_SLICE = 10;
  function checkEvidenceLinksFromSheet() {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const summary = runLinkCheck(ss, Date.now() + TIME_BUDGET_MS);
    ss.toast(summaryMessage(summary), "\u0E15\u0E23\u0E27\u0E08\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E2B\u0E25\u0E31\u0E01\u0E10\u0E32\u0E19", 15);
    return summary;
  }
  function runLinkCheck(ss, deadline) {
    var _a;
    const data = readWorkbookData(ss);
    const sources = readLinkSources(data);
    const { targets } = sources;
    const site = mainWebsite(data);
    const { fresh, todo } = planChecks(targets.map((t) => t.url), latestResults(readLinkSheet((_a = data[SHEET.links]) == null ? void 0 : _a.values)), Date.now());
    const results = new Map(fresh);
    const record = (o) => results.set(linkKey(o.url), { ...o, checkedAt: Date.now() });
    const drive = todo.filter((u) => driveTarget(u));
    const web = todo.filter((u) => !driveTarget(u));
    let stopped;
    for (let i = 0; i < drive.length; i += DRIVE_SLICE) {
      if (Date.now() > deadline) {
        stopped = "time";
        break;
      }
      for (const url of drive.slice(i, i + DRIVE_SLICE)) record(checkDriveLink(url, driveTarget(url)));
    }
    const quota = dailyQuota(Date.now());
    let requests = 0;
    if (!stopped && web.length > 0) {
      const run = fetchLinks(web, { deadline, quotaLeft: quota.left, spend: quota.spend });
      run.outcomes.forEach(record);
      stopped = run.stopped;
      requests = run.requests;
      quota.save();
    }
    writeLinkSheet(ss, targets, results, site, sources);
    runValidation(ss);
    const problems = [...results.values()].filter((r) => !isOpenable(r.status)).length;
    return { links: targets.length, checked: results.size - fresh.size, fromCache: fresh.size, pending: targets.length - results.size, problems, requests, stopped };
  }
  function writeLinkSheet(ss, targets, results, site, sources) {
    const jump = jumpLinks(ss, sources);
    const rows = linkSheetRows(targets, results, site).map((r, i) => {
      const cells = r.map((v) => typeof v === "string" ? asText(v) : v);
      cells.push(i === 0 ? "\u0E44\u0E1B\u0E17\u0E35\u0E48\u0E40\u0E0B\u0E25\u0E25\u0E4C" : jump(String(r[1]), String(r[2]), String(r[3])));
      const at = i > 0 ? checkedAtMs(cells[CHECKED_AT]) : 0;
      if (at) cells[CHECKED_AT] = new Date(at);
      return cells;
    });
    if (rows.length === 1) rows.push(["", "", "", "", "", "\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E43\u0E19\u0E0A\u0E35\u0E15\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E41\u0E25\u0E30\u0E04\u0E33\u0E15\u0E2D\u0E1A\u0E41\u0E1A\u0E1A\u0E1F\u0E2D\u0E23\u0E4C\u0E21", "", "", "", ""]);
    let sheet = ss.getSheetByName(SHEET.links);
    if (!sheet) {
      sheet = ss.insertSheet(SHEET.links);
      sheet.setFrozenRows(1);
      sheet.setColumnWidth(1, 360);
      sheet.setColumnWidth(6, 420);
    }
    sheet.clearContents();
    ensureSheetSize(sheet, rows.length, rows[0].length);
    sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  }
  function jumpLinks(ss, sources) {
    const find = cellFinder(sources);
    const gids = new Map(ss.getSheets().map((s) => [s.getName(), s.getSheetId()]));
    return (sheet, key, header) => {
      const at = find(sheet, key, header);
      const gid = gids.get(sheet);
      if (!at || gid === void 0) return "";
      const a1 = `${columnLetters(at.column)}${at.row}`;
      return `=HYPERLINK("#gid=${gid}&range=${a1}","\u0E44\u0E1B\u0E17\u0E35\u0E48 ${a1}")`;
    };
  }
  function summaryMessage(s) {
    const head = `\u0E15\u0E23\u0E27\u0E08\u0E25\u0E34\u0E07\u0E01\u0E4C ${s.links} \u0E25\u0E34\u0E07\u0E01\u0E4C: \u0E15\u0E23\u0E27\u0E08\u0E43\u0E2B\u0E21\u0E48 ${s.checked} \u0E43\u0E0A\u0E49\u0E1C\u0E25\u0E40\u0E14\u0E34\u0E21 (\u0E44\u0E21\u0E48\u0E40\u0E01\u0E34\u0E19 \u0E52\u0E54 \u0E0A\u0E31\u0E48\u0E27\u0E42\u0E21\u0E07) ${s.fromCache} \u2014 \u0E1C\u0E39\u0E49\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19\u0E40\u0E1B\u0E34\u0E14\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 ${s.problems} \u0E25\u0E34\u0E07\u0E01\u0E4C \u0E14\u0E39\u0E0A\u0E35\u0E15 "${SHEET.links}"`;
    if (s.stopped === "time") return `${head}
\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E15\u0E23\u0E27\u0E08 ${s.pending} \u0E25\u0E34\u0E07\u0E01\u0E4C \u0E40\u0E1E\u0E23\u0E32\u0E30\u0E43\u0E01\u0E25\u0E49\u0E2B\u0E21\u0E14\u0E40\u0E27\u0E25\u0E32\u0E17\u0E33\u0E07\u0E32\u0E19\u0E02\u0E2D\u0E07 Apps Script \u2014 \u0E40\u0E23\u0E35\u0E22\u0E01\u0E40\u0E21\u0E19\u0E39 "\u0E15\u0E23\u0E27\u0E08\u0E25\u0E34\u0E07\u0E01\u0E4C\u0E2B\u0E25\u0E31\u0E01\u0E10\u0E32\u0E19" \u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07\u0E40\u0E1E\u0E37\u0E48\u0E2D\u0E15\u0E23\u0E27\u0E08\u0E15\u0E48\u0E2D\u0E08\u0E32\u0E01\u0E17\u0E35\u0E48\u0E04\u0E49\u0E32\u0E07\u0E44\u0E27\u0E49`;
    if (s.stopped === "quota") return `${head}
\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E15\u0E23\u0E27\u0E08 ${s.pending} \u0E25\u0E34\u0E07\u0E01\u0E4C \u0E40\u0E1E\u0E23\u0E32\u0E30\u0E42\u0E04\u0E27\u0E15\u0E32\u0E01\u0E32\u0E23\u0E40\u0E23\u0E35\u0E22\u0E01\u0E40\u0E27\u0E47\u0E1A (UrlFetch) \u0E02\u0E2D\u0E07\u0E27\u0E31\u0E19\u0E19\u0E35\u0E49\u0E43\u0E01\u0E25\u0E49\u0E2B\u0E21\u0E14 \u2014 \u0E15\u0E23\u0E27\u0E08\u0E15\u0E48\u0E2D\u0E44\u0E14\u0E49\u0E1E\u0E23\u0E38\u0E48\u0E07\u0E19\u0E35\u0E49`;
    return head;
  }

  function textCell(text, options = {}) {
    const { bold, ...rest } = options;
    return { paragraphs: text === "" ? [] : [{ runs: [{ text, ...bold ? { bold: true } : {} }] }], rowSpan: 1, columnSpan: 1, ...rest };
  }
  const COVERED = Object.freeze({ paragraphs: [], rowSpan: 0, columnSpan: 0 });

  function itaLevel(score) {
    var _a, _b;
    const bands = [[95, "AA"], [85, "A"], [75, "B"], [65, "C"], [55, "D"], [50, "E"]];
    return (_b = (_a = bands.find(([min]) => score >= min)) == null ? void 0 : _a[1]) != null ? _b : "F";
  }
  const LEVELS = ["AA", "A", "B", "C", "D", "E", "F"];
  function parseScore(text) {
    const s = toArabicDigits(text).replace(/\s+/g, "");
    return /^\d{1,3}(\.\d+)?$/.test(s) ? Number(s) : void 0;
  }
  function readPlanInputs(data, workbook) {
    var _a, _b;
    const findings = [];
    const finding = (severity, rule, sheet, row, column, header, th, en) => findings.push({ severity, rule, sheet, row, column, header, messageTh: th, messageEn: en });
    const config = workbook.config;
    const configCell = (key) => {
      var _a2, _b2, _c;
      const row = (_a2 = workbook.configRows[key]) != null ? _a2 : 0;
      return { text: (_c = (_b2 = config == null ? void 0 : config[key]) == null ? void 0 : _b2.trim()) != null ? _c : "", row, column: row ? 2 : 0, label: CONFIG_LABEL[key] };
    };
    const missingRow = (label) => `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E1A\u0E23\u0E23\u0E17\u0E31\u0E14 "${label}" \u0E43\u0E19\u0E0A\u0E35\u0E15 "${SHEET.config}" \u2014 \u0E40\u0E23\u0E35\u0E22\u0E01\u0E40\u0E21\u0E19\u0E39 "\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19" \u0E40\u0E1E\u0E37\u0E48\u0E2D\u0E40\u0E1E\u0E34\u0E48\u0E21 \u0E41\u0E25\u0E49\u0E27\u0E01\u0E23\u0E2D\u0E01\u0E04\u0E48\u0E32`;
    const year = configCell("assessedYear");
    let assessedYear = null;
    const y = Number(toArabicDigits(year.text));
    if (year.text === "") finding(
      "error",
      "plan-year-missing",
      SHEET.config,
      year.row,
      year.column,
      year.label,
      year.row ? "\u0E01\u0E23\u0E2D\u0E01\u0E1B\u0E35\u0E17\u0E35\u0E48\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19 (\u0E1B\u0E35 \u0E1E.\u0E28. \u0E02\u0E2D\u0E07\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19 ITA \u0E17\u0E35\u0E48\u0E19\u0E33\u0E21\u0E32\u0E27\u0E34\u0E40\u0E04\u0E23\u0E32\u0E30\u0E2B\u0E4C \u0E40\u0E0A\u0E48\u0E19 \u0E52\u0E55\u0E56\u0E56)" : missingRow(year.label),
      "The assessed ITA year is required."
    );
    else if (!/^\d{4}$/.test(toArabicDigits(year.text)) || y < 2500 || y > 2700)
      finding("error", "plan-year-invalid", SHEET.config, year.row, year.column, year.label, "\u0E1B\u0E35\u0E17\u0E35\u0E48\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E1B\u0E35 \u0E1E.\u0E28. \u0E54 \u0E2B\u0E25\u0E31\u0E01 \u0E40\u0E0A\u0E48\u0E19 \u0E52\u0E55\u0E56\u0E56", "The assessed year must be a BE year.");
    else assessedYear = y;
    const overallCell = configCell("overallScore");
    let overall = null;
    const o = parseScore(overallCell.text);
    if (overallCell.text === "") finding(
      "error",
      "plan-overall-missing",
      SHEET.config,
      overallCell.row,
      overallCell.column,
      overallCell.label,
      overallCell.row ? "\u0E01\u0E23\u0E2D\u0E01\u0E04\u0E30\u0E41\u0E19\u0E19\u0E23\u0E27\u0E21 ITA \u0E02\u0E2D\u0E07\u0E1B\u0E35\u0E17\u0E35\u0E48\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19 (0\u2013100)" : missingRow(overallCell.label),
      "The overall score is required."
    );
    else if (o === void 0 || o > 100)
      finding("error", "plan-score-invalid", SHEET.config, overallCell.row, overallCell.column, overallCell.label, "\u0E04\u0E30\u0E41\u0E19\u0E19\u0E23\u0E27\u0E21\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02 \u0E50\u2013\u0E51\u0E50\u0E50 \u0E40\u0E0A\u0E48\u0E19 \u0E58\u0E54.\u0E53\u0E56", "The overall score must be 0-100.");
    else overall = o;
    const targetCell = configCell("targetScore");
    let target = DEFAULT_TARGET_SCORE;
    const t = parseScore(targetCell.text);
    if (targetCell.text !== "") {
      if (t === void 0 || t > 100)
        finding("error", "plan-score-invalid", SHEET.config, targetCell.row, targetCell.column, targetCell.label, "\u0E04\u0E30\u0E41\u0E19\u0E19\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02 \u0E50\u2013\u0E51\u0E50\u0E50 \u0E40\u0E0A\u0E48\u0E19 \u0E58\u0E55", "The target score must be 0-100.");
      else target = t;
    }
    const levelCell = configCell("level");
    const typedLevel = levelCell.text.toUpperCase().replace(/\s+/g, "");
    if (typedLevel !== "" && !LEVELS.includes(typedLevel))
      finding(
        "error",
        "plan-level-invalid",
        SHEET.config,
        levelCell.row,
        levelCell.column,
        levelCell.label,
        "\u0E23\u0E30\u0E14\u0E31\u0E1A\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19 AA, A, B, C, D, E \u0E2B\u0E23\u0E37\u0E2D F (\u0E2B\u0E23\u0E37\u0E2D\u0E40\u0E27\u0E49\u0E19\u0E27\u0E48\u0E32\u0E07\u0E43\u0E2B\u0E49\u0E42\u0E1B\u0E23\u0E41\u0E01\u0E23\u0E21\u0E04\u0E34\u0E14\u0E08\u0E32\u0E01\u0E04\u0E30\u0E41\u0E19\u0E19\u0E23\u0E27\u0E21)",
        "Level must be AA-F or empty."
      );
    const levelDerived = typedLevel === "" || !LEVELS.includes(typedLevel);
    const level = levelDerived ? overall === null ? "" : itaLevel(overall) : typedLevel;
    const table = readTable(SHEET.lastResult, data[SHEET.lastResult], LAST_RESULT_HEADER, ["indicator", "score"]);
    if (!data[SHEET.lastResult]) table.findings[0].messageTh = `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E0A\u0E35\u0E15 "${SHEET.lastResult}" \u2014 \u0E40\u0E23\u0E35\u0E22\u0E01\u0E40\u0E21\u0E19\u0E39 "\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19" \u0E40\u0E1E\u0E37\u0E48\u0E2D\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E0A\u0E35\u0E15\u0E19\u0E35\u0E49 (\u0E1E\u0E23\u0E49\u0E2D\u0E21\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14 \u0E51\u0E50 \u0E02\u0E49\u0E2D) \u0E41\u0E25\u0E49\u0E27\u0E01\u0E23\u0E2D\u0E01\u0E04\u0E30\u0E41\u0E19\u0E19`;
    findings.push(...table.findings);
    const scoreColumn = (_a = table.columns.score) != null ? _a : 0;
    const indicatorColumn = (_b = table.columns.indicator) != null ? _b : 0;
    const indicators = [];
    const seen = /* @__PURE__ */ new Map();
    for (const r of table.rows) {
      const n = Number(toArabicDigits(r.text.indicator).trim());
      if (!/^\d{1,2}$/.test(toArabicDigits(r.text.indicator).trim()) || n < 1 || n > 10) {
        finding(
          "error",
          "plan-indicator-invalid",
          SHEET.lastResult,
          r.row,
          indicatorColumn,
          LAST_RESULT_HEADER.indicator,
          "\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E17\u0E35\u0E48\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E40\u0E25\u0E02 \u0E51\u2013\u0E51\u0E50",
          "Indicator must be 1-10."
        );
        continue;
      }
      const first = seen.get(n);
      if (first !== void 0) {
        finding(
          "error",
          "plan-indicator-duplicate",
          SHEET.lastResult,
          r.row,
          indicatorColumn,
          LAST_RESULT_HEADER.indicator,
          `\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E17\u0E35\u0E48 ${n} \u0E0B\u0E49\u0E33\u0E01\u0E31\u0E1A\u0E41\u0E16\u0E27\u0E17\u0E35\u0E48 ${first}`,
          `Indicator ${n} repeats row ${first}.`
        );
        continue;
      }
      seen.set(n, r.row);
      const score = parseScore(r.text.score);
      if (r.text.score === "") {
        finding(
          "error",
          "plan-score-missing",
          SHEET.lastResult,
          r.row,
          scoreColumn,
          LAST_RESULT_HEADER.score,
          `\u0E01\u0E23\u0E2D\u0E01\u0E04\u0E30\u0E41\u0E19\u0E19\u0E02\u0E2D\u0E07\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E17\u0E35\u0E48 ${n} (0\u2013100)`,
          `Score of indicator ${n} is required.`
        );
        continue;
      }
      if (score === void 0 || score > 100) {
        finding(
          "error",
          "plan-score-invalid",
          SHEET.lastResult,
          r.row,
          scoreColumn,
          LAST_RESULT_HEADER.score,
          "\u0E04\u0E30\u0E41\u0E19\u0E19\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02 \u0E50\u2013\u0E51\u0E50\u0E50 \u0E40\u0E0A\u0E48\u0E19 \u0E58\u0E55.\u0E55\u0E50",
          "A score must be 0-100."
        );
        continue;
      }
      const known = ITA_INDICATORS.find(([no]) => no === n);
      indicators.push({ no: n, name: r.text.name || known[1], tool: (r.text.tool || known[2]).toUpperCase(), score, row: r.row });
    }
    if (data[SHEET.lastResult] && table.columns.indicator !== void 0) {
      for (const [no] of ITA_INDICATORS) {
        if (!seen.has(no))
          finding(
            "error",
            "plan-indicator-missing",
            SHEET.lastResult,
            0,
            0,
            "",
            `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E17\u0E35\u0E48 ${no} \u0E43\u0E19\u0E0A\u0E35\u0E15 "${SHEET.lastResult}" \u2014 \u0E40\u0E1E\u0E34\u0E48\u0E21\u0E41\u0E16\u0E27\u0E02\u0E2D\u0E07\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E19\u0E35\u0E49\u0E1E\u0E23\u0E49\u0E2D\u0E21\u0E04\u0E30\u0E41\u0E19\u0E19`,
            `Indicator ${no} is missing.`
          );
      }
    }
    indicators.sort((a, b) => a.no - b.no);
    return { inputs: { indicators, assessedYear, overall, target, level, levelDerived, scoreColumn }, findings };
  }

  function parseBudget(text) {
    if (text.replace(/\s+/g, "") === NO_BUDGET) return "none";
    const s = toArabicDigits(text).replace(/\s+|,/g, "").replace(/บาท$/, "");
    return /^\d+(\.\d{1,2})?$/.test(s) ? Number(s) : void 0;
  }
  function validatePlanData(data) {
    const workbook = parseWorkbook(data);
    const findings = [...workbook.findings];
    const ctx = createContext(workbook, findings);
    for (const rule of [referencesRule, numberingRule, textLintRule]) rule(ctx);
    const { inputs, findings: inputFindings } = readPlanInputs(data, workbook);
    findings.push(...inputFindings);
    const headingIndicator = /* @__PURE__ */ new Map();
    const indicatorColumn = workbook.columns.headings.indicator;
    if (data[SHEET.headings] && indicatorColumn === void 0) {
      findings.push({
        severity: "error",
        rule: "header-missing",
        sheet: SHEET.headings,
        row: 1,
        column: 0,
        header: HEADING_HEADER.indicator,
        messageTh: `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C "${HEADING_HEADER.indicator}" \u0E43\u0E19\u0E0A\u0E35\u0E15 "${SHEET.headings}" \u2014 \u0E40\u0E23\u0E35\u0E22\u0E01\u0E40\u0E21\u0E19\u0E39 "\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19" \u0E40\u0E1E\u0E37\u0E48\u0E2D\u0E40\u0E1E\u0E34\u0E48\u0E21\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C \u0E41\u0E25\u0E49\u0E27\u0E23\u0E30\u0E1A\u0E38\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14 ITA (\u0E51\u2013\u0E51\u0E50) \u0E02\u0E2D\u0E07\u0E41\u0E15\u0E48\u0E25\u0E30\u0E2B\u0E31\u0E27\u0E02\u0E49\u0E2D`,
        messageEn: `Column "${HEADING_HEADER.indicator}" is missing from the headings sheet.`
      });
    }
    for (const h of workbook.headings) {
      if (indicatorColumn === void 0) break;
      const text = toArabicDigits(h.value.indicator).trim();
      const n = Number(text);
      if (/^\d{1,2}$/.test(text) && n >= 1 && n <= 10) {
        headingIndicator.set(h.value.code, n);
        continue;
      }
      findings.push({
        severity: "error",
        rule: text === "" ? "plan-heading-indicator-missing" : "plan-heading-indicator-invalid",
        sheet: SHEET.headings,
        row: h.row,
        column: indicatorColumn,
        header: HEADING_HEADER.indicator,
        messageTh: `${text === "" ? "\u0E23\u0E30\u0E1A\u0E38" : "\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E17\u0E35\u0E48\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E40\u0E25\u0E02 \u0E51\u2013\u0E51\u0E50:"} \u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14 ITA \u0E17\u0E35\u0E48\u0E2B\u0E31\u0E27\u0E02\u0E49\u0E2D "${h.value.code}" \u0E41\u0E01\u0E49\u0E44\u0E02 (\u0E51\u2013\u0E51\u0E50 \u0E15\u0E32\u0E21\u0E0A\u0E35\u0E15 "${SHEET.lastResult}")`,
        messageEn: `Heading "${h.value.code}" needs its ITA indicator (1-10).`
      });
    }
    for (const row of workbook.measures) {
      if (workbook.columns.measures.budget === void 0) break;
      if (parseBudget(row.budget) !== void 0) continue;
      ctx.report(
        "error",
        row.budget === "" ? "plan-budget-missing" : "plan-budget-invalid",
        row,
        "budget",
        row.budget === "" ? `\u0E01\u0E23\u0E2D\u0E01\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13 (\u0E1A\u0E32\u0E17) \u0E40\u0E1B\u0E47\u0E19\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02 \u0E2B\u0E23\u0E37\u0E2D "${NO_BUDGET}"` : `\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13\u0E15\u0E49\u0E2D\u0E07\u0E40\u0E1B\u0E47\u0E19\u0E15\u0E31\u0E27\u0E40\u0E25\u0E02 (\u0E1A\u0E32\u0E17) \u0E40\u0E0A\u0E48\u0E19 50000 \u0E2B\u0E23\u0E37\u0E2D "${NO_BUDGET}"`,
        "Budget must be a number or \u0E44\u0E21\u0E48\u0E43\u0E0A\u0E49\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13."
      );
    }
    for (const [key, column] of [["budget", MEASURE_HEADER.budget], ["timeframe", MEASURE_HEADER.timeframe]]) {
      if (workbook.columns.measures[key] === void 0 && data[SHEET.measures]) {
        findings.push({
          severity: "error",
          rule: "header-missing",
          sheet: SHEET.measures,
          row: 1,
          column: 0,
          header: column,
          messageTh: `\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C "${column}" \u0E43\u0E19\u0E0A\u0E35\u0E15 "${SHEET.measures}" \u2014 \u0E40\u0E23\u0E35\u0E22\u0E01\u0E40\u0E21\u0E19\u0E39 "\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19" \u0E40\u0E1E\u0E37\u0E48\u0E2D\u0E40\u0E1E\u0E34\u0E48\u0E21\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C \u0E41\u0E25\u0E49\u0E27\u0E01\u0E23\u0E2D\u0E01\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25`,
          messageEn: `Column "${column}" is missing from the measures sheet.`
        });
      }
    }
    for (const row of workbook.measures) {
      if (workbook.columns.measures.timeframe !== void 0 && row.timeframe === "")
        ctx.report("warning", "plan-timeframe-missing", row, "timeframe", "\u0E01\u0E23\u0E2D\u0E01\u0E23\u0E30\u0E22\u0E30\u0E40\u0E27\u0E25\u0E32\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23 \u0E40\u0E0A\u0E48\u0E19 \u0E15.\u0E04. \u0E52\u0E55\u0E56\u0E58 \u2013 \u0E01.\u0E22. \u0E52\u0E55\u0E56\u0E59", "Timeframe is empty.");
    }
    const addressed = new Set(workbook.measures.map((r) => headingIndicator.get(r.heading)).filter((n) => n !== void 0));
    for (const ind of inputs.indicators) {
      if (ind.score >= inputs.target || addressed.has(ind.no)) continue;
      findings.push({
        severity: "warning",
        rule: "plan-indicator-unaddressed",
        sheet: SHEET.lastResult,
        row: ind.row,
        column: inputs.scoreColumn,
        header: "\u0E04\u0E30\u0E41\u0E19\u0E19",
        messageTh: `\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E17\u0E35\u0E48 ${toThaiDigits(String(ind.no))} ${ind.name} \u0E44\u0E14\u0E49\u0E04\u0E30\u0E41\u0E19\u0E19\u0E15\u0E48\u0E33\u0E01\u0E27\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22 \u0E41\u0E15\u0E48\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E21\u0E35\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E01\u0E32\u0E23\u0E1E\u0E31\u0E12\u0E19\u0E32\u0E43\u0E14\u0E41\u0E01\u0E49\u0E44\u0E02 \u2014 \u0E40\u0E1E\u0E34\u0E48\u0E21\u0E2B\u0E31\u0E27\u0E02\u0E49\u0E2D\u0E43\u0E19\u0E0A\u0E35\u0E15 "${SHEET.headings}" \u0E17\u0E35\u0E48\u0E23\u0E30\u0E1A\u0E38\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E17\u0E35\u0E48 ${toThaiDigits(String(ind.no))} \u0E41\u0E25\u0E30\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E02\u0E2D\u0E07\u0E2B\u0E31\u0E27\u0E02\u0E49\u0E2D\u0E19\u0E31\u0E49\u0E19`,
        messageEn: `Indicator ${ind.no} is below target and no issue addresses it.`
      });
    }
    const sorted = sortFindings(findings, [...DATA_SHEETS, SHEET.lastResult]);
    return { workbook, inputs, headingIndicator, findings: sorted, ...countBySeverity(sorted) };
  }

  const PLAN_TABLE_HEADER = [
    "\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E01\u0E32\u0E23\u0E1E\u0E31\u0E12\u0E19\u0E32 \u0E08\u0E32\u0E01\u0E01\u0E32\u0E23\u0E27\u0E34\u0E40\u0E04\u0E23\u0E32\u0E30\u0E2B\u0E4C\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19",
    "\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23/\u0E41\u0E19\u0E27\u0E17\u0E32\u0E07\u0E1B\u0E0F\u0E34\u0E1A\u0E31\u0E15\u0E34",
    "\u0E04\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22",
    "\u0E23\u0E30\u0E22\u0E30\u0E40\u0E27\u0E25\u0E32\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23",
    "\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13 (\u0E1A\u0E32\u0E17)",
    "\u0E1C\u0E39\u0E49\u0E23\u0E31\u0E1A\u0E1C\u0E34\u0E14\u0E0A\u0E2D\u0E1A"
  ];
  const PLAN_TABLE_WEIGHTS = [17, 23, 21, 13, 12, 14];
  function formatBaht(n) {
    const [whole, frac] = (Number.isInteger(n) ? String(n) : n.toFixed(2)).split(".");
    return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
  }
  function budgetText(text, style) {
    const b = parseBudget(text);
    if (b === "none") return NO_BUDGET;
    return b === void 0 ? applyDigitStyle(text, style) : applyDigitStyle(formatBaht(b), style);
  }
  function measuresTable(workbook, style) {
    var _a, _b;
    const d = (s) => applyDigitStyle(s, style);
    const rows = workbook.measures;
    const units = workbook.units.map((u) => u.value);
    const headingText = new Map(workbook.headings.map((h) => [h.value.code, h.value.text]));
    const measureKey = (r) => `${r.issueNo}|${r.measureNo || r.measureText}`;
    const targetsPerMeasure = /* @__PURE__ */ new Map();
    const measuresPerIssue = /* @__PURE__ */ new Map();
    for (const r of rows) {
      targetsPerMeasure.set(measureKey(r), ((_a = targetsPerMeasure.get(measureKey(r))) != null ? _a : 0) + r.targets.length);
      measuresPerIssue.set(r.issueNo, ((_b = measuresPerIssue.get(r.issueNo)) != null ? _b : /* @__PURE__ */ new Set()).add(measureKey(r)));
    }
    const out = [PLAN_TABLE_HEADER.map((h) => textCell(h, { header: true, bold: true, center: true }))];
    const counter = /* @__PURE__ */ new Map();
    let section;
    const span = (i, same) => {
      let n = 1;
      while (i + n < rows.length && rows[i + n].heading === rows[i].heading && same(rows[i + n], rows[i])) n++;
      return n;
    };
    rows.forEach((row, i) => {
      var _a2, _b2, _c, _d;
      if (row.heading !== section) {
        section = row.heading;
        out.push([textCell(d((_a2 = headingText.get(row.heading)) != null ? _a2 : row.heading), { bold: true, columnSpan: 6 }), COVERED, COVERED, COVERED, COVERED, COVERED]);
      }
      const prev = i > 0 && rows[i - 1].heading === row.heading ? rows[i - 1] : void 0;
      const issueContinues = prev !== void 0 && prev.issueNo === row.issueNo;
      const measureContinues = issueContinues && measureKey(prev) === measureKey(row);
      const key = measureKey(row);
      const numbered = ((_b2 = targetsPerMeasure.get(key)) != null ? _b2 : 0) > 1;
      const targets = row.targets.map((t) => {
        var _a3;
        const n = ((_a3 = counter.get(key)) != null ? _a3 : 0) + 1;
        counter.set(key, n);
        return numbered ? `${n}. ${t}` : t;
      });
      const showNo = ((_d = (_c = measuresPerIssue.get(row.issueNo)) == null ? void 0 : _c.size) != null ? _d : 0) > 1 && row.measureNo !== "";
      const cell = (text) => ({ paragraphs: textParagraphs(text, style), rowSpan: 1, columnSpan: 1 });
      out.push([
        issueContinues ? COVERED : { ...cell(`${row.issueNo}. ${row.issueTitle}`), rowSpan: span(i, (a, b) => a.issueNo === b.issueNo) },
        measureContinues ? COVERED : { ...cell(showNo ? `${row.measureNo} ${row.measureText}` : row.measureText), rowSpan: span(i, (a, b) => measureKey(a) === measureKey(b)) },
        cell(targets.join("\n")),
        cell(row.timeframe),
        { ...cell(budgetText(row.budget, style)), center: true },
        cell(unitsLabel(row.units, units))
      ]);
    });
    return { kind: "table", columnWeights: PLAN_TABLE_WEIGHTS, widthShare: 1, headerRows: 1, rows: out };
  }

  const PLAN_TITLE = "\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E2A\u0E48\u0E07\u0E40\u0E2A\u0E23\u0E34\u0E21\u0E04\u0E38\u0E13\u0E18\u0E23\u0E23\u0E21\u0E41\u0E25\u0E30\u0E04\u0E27\u0E32\u0E21\u0E42\u0E1B\u0E23\u0E48\u0E07\u0E43\u0E2A\u0E20\u0E32\u0E22\u0E43\u0E19\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19";
  const PLAN_SUBTITLE = "\u0E01\u0E32\u0E23\u0E19\u0E33\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19 ITA \u0E44\u0E1B\u0E2A\u0E39\u0E48\u0E01\u0E32\u0E23\u0E1E\u0E31\u0E12\u0E19\u0E32\u0E2D\u0E07\u0E04\u0E4C\u0E01\u0E23";
  const SCORES_HEADER = ["\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E17\u0E35\u0E48", "\u0E0A\u0E37\u0E48\u0E2D\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14", "\u0E41\u0E1A\u0E1A\u0E27\u0E31\u0E14", "\u0E04\u0E30\u0E41\u0E19\u0E19", "\u0E1C\u0E25\u0E40\u0E17\u0E35\u0E22\u0E1A\u0E01\u0E31\u0E1A\u0E04\u0E30\u0E41\u0E19\u0E19\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22"];
  const BELOW_TARGET = "\u0E15\u0E48\u0E33\u0E01\u0E27\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22";
  const MEETS_TARGET = "\u0E1C\u0E48\u0E32\u0E19\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22";
  const NO_ISSUE_TEXT = "\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E21\u0E35\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E01\u0E32\u0E23\u0E1E\u0E31\u0E12\u0E19\u0E32\u0E17\u0E35\u0E48\u0E41\u0E01\u0E49\u0E44\u0E02\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E19\u0E35\u0E49 \u2014 \u0E04\u0E27\u0E23\u0E01\u0E33\u0E2B\u0E19\u0E14\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E40\u0E1E\u0E34\u0E48\u0E21\u0E40\u0E15\u0E34\u0E21";
  const CHART_SIZE_PT = { width: 540, height: 270 };
  const score2 = (n) => n.toFixed(2);
  function buildPlanModel(plan, config) {
    var _a;
    const style = config.digitStyle;
    const d = (s) => applyDigitStyle(s, style);
    const { workbook, inputs, headingIndicator } = plan;
    const year = (_a = inputs.assessedYear) != null ? _a : config.fiscalYear - 1;
    const target = inputs.target;
    const targetText = d(Number.isInteger(target) ? String(target) : score2(target));
    const compiled = config.compiledBy.split("\n").map((l) => l.trim()).filter(Boolean);
    const titleLines = [
      { text: PLAN_TITLE, emphasis: "title" },
      { text: d(`${PLAN_SUBTITLE} \u0E1B\u0E23\u0E30\u0E08\u0E33\u0E1B\u0E35\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13 \u0E1E.\u0E28. ${config.fiscalYear}`), emphasis: "title" },
      ...config.agencyName.split("\n").map((l) => l.trim()).filter(Boolean).map((text) => ({ text: d(text), emphasis: "agency" })),
      ...compiled.map((line2, i) => ({ text: d(i === 0 ? `\u0E23\u0E27\u0E1A\u0E23\u0E27\u0E21\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25\u0E42\u0E14\u0E22 ${line2}` : line2), emphasis: "normal" }))
    ];
    const heading = (text) => ({ text: d(text), bold: true, size: "normal", spaceAbovePt: 12 });
    const line = (text, extra = {}) => ({ text: d(text), ...extra });
    const scoreRows = [SCORES_HEADER.map((h) => textCell(h, { header: true, bold: true, center: true }))];
    for (const ind of inputs.indicators) {
      scoreRows.push([
        textCell(d(String(ind.no)), { center: true }),
        textCell(d(ind.name)),
        textCell(ind.tool, { center: true }),
        textCell(d(score2(ind.score)), { center: true }),
        textCell(ind.score < target ? BELOW_TARGET : MEETS_TARGET, { center: true })
      ]);
    }
    const overall = inputs.overall;
    scoreRows.push([
      textCell(d(`\u0E04\u0E30\u0E41\u0E19\u0E19\u0E23\u0E27\u0E21 (\u0E23\u0E30\u0E14\u0E31\u0E1A ${inputs.level || "-"})`), { bold: true, columnSpan: 3 }),
      COVERED,
      COVERED,
      textCell(overall === null ? "-" : d(score2(overall)), { bold: true, center: true }),
      textCell(overall === null ? "" : overall < target ? BELOW_TARGET : MEETS_TARGET, { bold: true, center: true })
    ]);
    const scoresTable = { kind: "table", columnWeights: [11, 38, 11, 12, 28], widthShare: 0.72, headerRows: 1, rows: scoreRows };
    const chart = {
      title: d(`\u0E04\u0E30\u0E41\u0E19\u0E19\u0E23\u0E32\u0E22\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14 ITA \u0E1B\u0E35 \u0E1E.\u0E28. ${year} \u0E40\u0E17\u0E35\u0E22\u0E1A\u0E01\u0E31\u0E1A\u0E04\u0E30\u0E41\u0E19\u0E19\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22 ${target}`),
      bars: inputs.indicators.map((i) => ({ label: d(`${i.no}. ${i.name}`), score: i.score, below: i.score < target })),
      target,
      digitStyle: style,
      font: config.font,
      scoreLabel: "\u0E04\u0E30\u0E41\u0E19\u0E19",
      targetLabel: d(`\u0E04\u0E30\u0E41\u0E19\u0E19\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22 ${targetText}`)
    };
    const below = inputs.indicators.filter((i) => i.score < target).sort((a, b) => a.score - b.score || a.no - b.no);
    const issuesOf = (no) => {
      const seen = /* @__PURE__ */ new Map();
      for (const r of workbook.measures) if (headingIndicator.get(r.heading) === no && !seen.has(r.issueNo)) seen.set(r.issueNo, r.issueTitle);
      return [...seen].sort(([a], [b]) => a - b);
    };
    const analysis = [heading("\u0E52. \u0E01\u0E32\u0E23\u0E27\u0E34\u0E40\u0E04\u0E23\u0E32\u0E30\u0E2B\u0E4C\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19")];
    const unaddressed = [];
    if (below.length === 0) analysis.push(line(`\u0E17\u0E38\u0E01\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E44\u0E14\u0E49\u0E04\u0E30\u0E41\u0E19\u0E19\u0E44\u0E21\u0E48\u0E15\u0E48\u0E33\u0E01\u0E27\u0E48\u0E32\u0E04\u0E30\u0E41\u0E19\u0E19\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22 (${targetText} \u0E04\u0E30\u0E41\u0E19\u0E19)`, { spaceAbovePt: 4 }));
    else {
      analysis.push(line(`\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E17\u0E35\u0E48\u0E44\u0E14\u0E49\u0E04\u0E30\u0E41\u0E19\u0E19\u0E15\u0E48\u0E33\u0E01\u0E27\u0E48\u0E32\u0E04\u0E30\u0E41\u0E19\u0E19\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22 (${targetText} \u0E04\u0E30\u0E41\u0E19\u0E19) \u0E21\u0E35 ${below.length} \u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14 \u0E40\u0E23\u0E35\u0E22\u0E07\u0E08\u0E32\u0E01\u0E04\u0E30\u0E41\u0E19\u0E19\u0E19\u0E49\u0E2D\u0E22\u0E17\u0E35\u0E48\u0E2A\u0E38\u0E14 \u0E41\u0E25\u0E30\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E01\u0E32\u0E23\u0E1E\u0E31\u0E12\u0E19\u0E32\u0E17\u0E35\u0E48\u0E01\u0E33\u0E2B\u0E19\u0E14\u0E40\u0E1E\u0E37\u0E48\u0E2D\u0E41\u0E01\u0E49\u0E44\u0E02 \u0E14\u0E31\u0E07\u0E19\u0E35\u0E49`, { spaceAbovePt: 4 }));
      below.forEach((ind, k) => {
        analysis.push(line(`(${k + 1}) \u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E17\u0E35\u0E48 ${ind.no} ${ind.name} (${ind.tool}) \u0E44\u0E14\u0E49 ${score2(ind.score)} \u0E04\u0E30\u0E41\u0E19\u0E19 \u0E15\u0E48\u0E33\u0E01\u0E27\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22 ${score2(target - ind.score)} \u0E04\u0E30\u0E41\u0E19\u0E19`, { bold: true, spaceAbovePt: 4 }));
        const issues = issuesOf(ind.no);
        if (issues.length === 0) {
          unaddressed.push(ind.no);
          analysis.push(line(NO_ISSUE_TEXT, { indent: true }));
        }
        for (const [no, title] of issues) analysis.push(line(`\u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19\u0E01\u0E32\u0E23\u0E1E\u0E31\u0E12\u0E19\u0E32\u0E17\u0E35\u0E48 ${no} ${title}`, { indent: true }));
      });
    }
    const met = inputs.indicators.filter((i) => i.score >= target);
    if (met.length > 0 && below.length > 0)
      analysis.push(line(`\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E17\u0E35\u0E48\u0E44\u0E14\u0E49\u0E04\u0E30\u0E41\u0E19\u0E19\u0E15\u0E32\u0E21\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22\u0E41\u0E25\u0E49\u0E27: ${met.map((i) => `${i.no} ${i.name}`).join(", ")} \u2014 \u0E23\u0E31\u0E01\u0E29\u0E32\u0E21\u0E32\u0E15\u0E23\u0E10\u0E32\u0E19\u0E15\u0E48\u0E2D\u0E44\u0E1B`, { spaceAbovePt: 4 }));
    let budgetBaht = 0;
    for (const r of workbook.measures) {
      const b = parseBudget(r.budget);
      if (typeof b === "number") budgetBaht += b;
    }
    const overallText = overall === null ? "" : ` \u0E44\u0E14\u0E49\u0E04\u0E30\u0E41\u0E19\u0E19\u0E23\u0E27\u0E21 ${score2(overall)} \u0E04\u0E30\u0E41\u0E19\u0E19 \u0E2D\u0E22\u0E39\u0E48\u0E43\u0E19\u0E23\u0E30\u0E14\u0E31\u0E1A ${inputs.level} (\u0E04\u0E30\u0E41\u0E19\u0E19\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22 ${targetText} \u0E04\u0E30\u0E41\u0E19\u0E19)`;
    const blocks = [
      { kind: "paragraphs", paragraphs: [heading(`\u0E51. \u0E1C\u0E25\u0E01\u0E32\u0E23\u0E1B\u0E23\u0E30\u0E40\u0E21\u0E34\u0E19\u0E04\u0E38\u0E13\u0E18\u0E23\u0E23\u0E21\u0E41\u0E25\u0E30\u0E04\u0E27\u0E32\u0E21\u0E42\u0E1B\u0E23\u0E48\u0E07\u0E43\u0E2A\u0E43\u0E19\u0E01\u0E32\u0E23\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E07\u0E32\u0E19\u0E02\u0E2D\u0E07\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19\u0E20\u0E32\u0E04\u0E23\u0E31\u0E10 (ITA) \u0E1B\u0E23\u0E30\u0E08\u0E33\u0E1B\u0E35 \u0E1E.\u0E28. ${year}`), line(`\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19${overallText}`, { spaceAbovePt: 4 })] },
      scoresTable,
      { kind: "chart", widthPt: CHART_SIZE_PT.width, heightPt: CHART_SIZE_PT.height, chart },
      { kind: "paragraphs", paragraphs: [line(`\u0E41\u0E1C\u0E19\u0E20\u0E39\u0E21\u0E34: ${chart.title}`, { align: "CENTER" }), ...analysis, heading(`\u0E53. \u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E2A\u0E48\u0E07\u0E40\u0E2A\u0E23\u0E34\u0E21\u0E04\u0E38\u0E13\u0E18\u0E23\u0E23\u0E21\u0E41\u0E25\u0E30\u0E04\u0E27\u0E32\u0E21\u0E42\u0E1B\u0E23\u0E48\u0E07\u0E43\u0E2A\u0E20\u0E32\u0E22\u0E43\u0E19\u0E2B\u0E19\u0E48\u0E27\u0E22\u0E07\u0E32\u0E19 \u0E1B\u0E23\u0E30\u0E08\u0E33\u0E1B\u0E35\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13 \u0E1E.\u0E28. ${config.fiscalYear}`)] },
      measuresTable(workbook, style),
      {
        kind: "paragraphs",
        paragraphs: [
          line(`\u0E23\u0E27\u0E21\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13 ${budgetBaht > 0 ? `${formatBaht(budgetBaht)} \u0E1A\u0E32\u0E17` : budgetText("\u0E44\u0E21\u0E48\u0E43\u0E0A\u0E49\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13", style)}`, { bold: true, spaceAbovePt: 6 }),
          ...signatureBlock("\u0E1C\u0E39\u0E49\u0E2D\u0E19\u0E38\u0E21\u0E31\u0E15\u0E34", config.approver, config.approverPosition, style)
        ]
      }
    ];
    const measureKeys = new Set(workbook.measures.map((r) => `${r.issueNo}|${r.measureNo || r.measureText}`));
    return {
      title: PLAN_TITLE,
      fiscalYear: config.fiscalYear,
      digitStyle: style,
      font: config.font,
      titleLines,
      blocks,
      chart,
      stats: {
        belowTarget: below.map((i) => i.no),
        unaddressed,
        issues: new Set(workbook.measures.map((r) => r.issueNo)).size,
        measures: measureKeys.size,
        rows: workbook.measures.length,
        budgetBaht
      }
    };
  }

  const CHART_MARKER = "ITACHARTIMAGEPLACEHOLDER";
  const CELL_PADDING_PT = { vertical: 2, horizontal: 4 };
  function tableWidthsPt(table) {
    const usable = (PAGE.widthPt - PAGE.marginLeftPt - PAGE.marginRightPt) * table.widthShare;
    const total = table.columnWeights.reduce((a, b) => a + b, 0);
    return table.columnWeights.map((w) => Math.floor(usable * w / total * 100) / 100);
  }
  function buildPlanDocsRequests(doc, options = {}) {
    const font = doc.font || "Sarabun";
    const footerText = options.footerText === void 0 ? doc.title : options.footerText;
    const hasFooter = footerText !== null && footerText !== "";
    const createsFooter = hasFooter && !options.footerExists;
    const requests = [];
    if (createsFooter) requests.push({ createFooter: { type: "DEFAULT" } });
    requests.push({
      updateDocumentStyle: {
        documentStyle: {
          pageSize: { width: pt(PAGE.widthPt), height: pt(PAGE.heightPt) },
          marginLeft: pt(PAGE.marginLeftPt),
          marginRight: pt(PAGE.marginRightPt),
          marginTop: pt(PAGE.marginTopPt),
          marginBottom: pt(PAGE.marginBottomPt)
        },
        fields: "pageSize,marginLeft,marginRight,marginTop,marginBottom"
      }
    });
    let end = EMPTY_BODY_END - 1;
    let lastEmpty = true;
    let characters = 0;
    let tables = 0;
    let tableRows = 0;
    let firstTable = 0;
    let chartMarkers = 0;
    const appendText = (texts) => {
      const text = texts.join("\n");
      const inserted = lastEmpty ? text : `
${text}`;
      if (inserted !== "") requests.push({ insertText: { location: { index: end }, text: insertable(inserted) } });
      const start = lastEmpty ? end : end + 1;
      end += inserted.length;
      characters += inserted.length;
      lastEmpty = texts[texts.length - 1] === "";
      return start;
    };
    const titleStart = appendText(doc.titleLines.map((l) => l.text));
    requests.push(...titleStyles(doc.titleLines, titleStart, font));
    for (const block of doc.blocks) {
      if (block.kind === "paragraphs") {
        if (block.paragraphs.length === 0) continue;
        const start = appendText(block.paragraphs.map((p) => p.text));
        requests.push(...blockStyleRequests(block.paragraphs, start, font, BLOCK_METRICS));
      } else if (block.kind === "chart") {
        const marker = { text: CHART_MARKER, align: "CENTER", spaceAbovePt: 6 };
        const start = appendText([marker.text]);
        requests.push(...blockStyleRequests([marker], start, font, BLOCK_METRICS));
        chartMarkers++;
      } else {
        const tableStart = end + 1;
        requests.push({ insertTable: { rows: block.rows.length, columns: block.rows[0].length, location: { index: end } } });
        const before = characters;
        requests.push(...tableRequests(block, tableStart, font, (n) => characters += n));
        const tableEnd = tableStart + 1 + block.rows.length * (2 * block.rows[0].length + 1) + 1 + (characters - before);
        characters += 1;
        if (tables++ === 0) firstTable = tableStart;
        tableRows += block.rows.length;
        end = tableEnd;
        lastEmpty = true;
      }
    }
    const { batches, bytes } = splitIntoBatches(requests, { ...DEFAULT_BATCH_LIMITS, ...options.limits });
    const footerRequests = (footerId) => hasFooter && footerText !== null ? footerLineRequests(footerId, footerText, font, FONT_SIZE_PT.footer, createsFooter) : [];
    return {
      batches,
      requests,
      hasFooter,
      createsFooter,
      footerRequests,
      chartMarkers,
      stats: {
        batchUpdateCalls: batches.length + (hasFooter ? 1 : 0),
        requests: requests.length + (hasFooter ? 3 : 0),
        bytesPerBatch: bytes,
        tableRows,
        tableStartIndex: firstTable,
        bodyEndIndex: end + 1,
        characters
      }
    };
  }
  function titleStyles(lines, start, font) {
    const requests = [];
    let at = start;
    lines.forEach((line, i) => {
      const size = line.emphasis === "title" ? FONT_SIZE_PT.title : line.emphasis === "agency" ? FONT_SIZE_PT.agency : FONT_SIZE_PT.normal;
      if (line.text !== "") {
        const range = { startIndex: at, endIndex: at + line.text.length };
        requests.push({
          updateTextStyle: {
            range,
            textStyle: { weightedFontFamily: { fontFamily: font, weight: 400 }, fontSize: pt(size), bold: line.emphasis !== "normal" },
            fields: "weightedFontFamily,fontSize,bold"
          }
        });
        requests.push({
          updateParagraphStyle: {
            range,
            paragraphStyle: { alignment: "CENTER", lineSpacing: 100, spaceAbove: pt(0), spaceBelow: pt(i === lines.length - 1 ? 10 : 0) },
            fields: "alignment,lineSpacing,spaceAbove,spaceBelow"
          }
        });
      }
      at += line.text.length + 1;
    });
    return requests;
  }
  function cellText(cell) {
    let text = "";
    const bold = [];
    const links = [];
    if (cell.rowSpan === 0) return { text, bold, links };
    cell.paragraphs.forEach((p, i) => {
      if (i > 0) text += "\n";
      for (const run of p.runs) {
        if (run.text === "") continue;
        const start = text.length;
        text += run.text;
        if (run.bold) bold.push([start, text.length]);
        if (run.link) links.push({ start, end: text.length, url: run.link });
      }
    });
    return { text, bold, links };
  }
  function tableRequests(table, tableStart, font, added) {
    const columns = table.rows[0].length;
    const requests = [];
    const styles = [];
    let shift = 0;
    table.rows.forEach(
      (row, r) => row.forEach((cell, c) => {
        const { text, bold, links } = cellText(cell);
        if (text === "") return;
        const at = cellParagraphIndex(tableStart, r, c, columns) + shift;
        requests.push({ insertText: { location: { index: at }, text: insertable(text) } });
        for (const [s, e] of bold) styles.push({ updateTextStyle: { range: { startIndex: at + s, endIndex: at + e }, textStyle: { bold: true }, fields: "bold" } });
        for (const l of links)
          styles.push({ updateTextStyle: { range: { startIndex: at + l.start, endIndex: at + l.end }, textStyle: { link: { url: l.url } }, fields: "link" } });
        if (cell.center || cell.header)
          styles.push({ updateParagraphStyle: { range: { startIndex: at, endIndex: at + text.length }, paragraphStyle: { alignment: "CENTER" }, fields: "alignment" } });
        shift += text.length;
      })
    );
    added(shift);
    const tableEnd = tableStart + 1 + table.rows.length * (2 * columns + 1) + 1 + shift;
    const range = { startIndex: tableStart, endIndex: tableEnd };
    requests.push({
      updateTextStyle: {
        range,
        textStyle: { weightedFontFamily: { fontFamily: font, weight: 400 }, fontSize: pt(FONT_SIZE_PT.table), bold: false },
        fields: "weightedFontFamily,fontSize,bold"
      }
    });
    requests.push({
      updateParagraphStyle: {
        range,
        paragraphStyle: { alignment: "START", indentStart: pt(0), indentFirstLine: pt(0), lineSpacing: 100, spaceAbove: pt(0), spaceBelow: pt(0) },
        fields: "alignment,indentStart,indentFirstLine,lineSpacing,spaceAbove,spaceBelow"
      }
    });
    requests.push(...styles);
    const tableStartLocation = { index: tableStart };
    tableWidthsPt(table).forEach(
      (width, c) => requests.push({
        updateTableColumnProperties: {
          tableStartLocation,
          columnIndices: [c],
          tableColumnProperties: { widthType: "FIXED_WIDTH", width: pt(width) },
          fields: "widthType,width"
        }
      })
    );
    requests.push({
      updateTableCellStyle: {
        tableStartLocation,
        tableCellStyle: {
          paddingTop: pt(CELL_PADDING_PT.vertical),
          paddingBottom: pt(CELL_PADDING_PT.vertical),
          paddingLeft: pt(CELL_PADDING_PT.horizontal),
          paddingRight: pt(CELL_PADDING_PT.horizontal)
        },
        fields: "paddingTop,paddingBottom,paddingLeft,paddingRight"
      }
    });
    if (table.headerRows > 0) {
      requests.push({
        updateTableCellStyle: {
          tableRange: { tableCellLocation: { tableStartLocation, rowIndex: 0, columnIndex: 0 }, rowSpan: table.headerRows, columnSpan: columns },
          tableCellStyle: { backgroundColor: { color: { rgbColor: { ...HEADER_BACKGROUND } } }, contentAlignment: "MIDDLE" },
          fields: "backgroundColor,contentAlignment"
        }
      });
    }
    table.rows.forEach(
      (row, r) => row.forEach((cell, c) => {
        if (cell.rowSpan > 1 || cell.columnSpan > 1)
          requests.push({
            mergeTableCells: {
              tableRange: { tableCellLocation: { tableStartLocation, rowIndex: r, columnIndex: c }, rowSpan: Math.max(cell.rowSpan, 1), columnSpan: Math.max(cell.columnSpan, 1) }
            }
          });
      })
    );
    if (table.headerRows > 0) requests.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: table.headerRows } });
    return requests;
  }

  const COLORS = ["#2f6db5", "#c0392b"];
  const SIZE = { width: 720, height: 360 };
  function chartBlob(chart) {
    const table = Charts.newDataTable().addColumn(Charts.ColumnType.STRING, "\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14").addColumn(Charts.ColumnType.NUMBER, chart.scoreLabel).addColumn(Charts.ColumnType.NUMBER, chart.targetLabel);
    for (const bar of chart.bars) table.addRow([bar.label, bar.score, chart.target]);
    return Charts.newBarChart().setDataTable(table).setTitle(chart.title).setRange(0, 100).setColors(COLORS).setDimensions(SIZE.width, SIZE.height).setLegendPosition(Charts.Position.BOTTOM).setXAxisTitle(chart.scoreLabel).build().getAs("image/png").setName("ita-chart.png");
  }
  function placeChart(docId, blob, widthPt, heightPt) {
    const doc = DocumentApp.openById(docId);
    const found = doc.getBody().findText(CHART_MARKER);
    if (!found) return false;
    const paragraph = found.getElement().getParent().asParagraph();
    paragraph.clear();
    paragraph.appendInlineImage(blob).setWidth(Math.round(widthPt * 4 / 3)).setHeight(Math.round(heightPt * 4 / 3));
    doc.saveAndClose();
    return true;
  }

  const SHOWN_FINDINGS = 12;
  function generatePlanFromSheet() {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const record = new RunRecord(/* @__PURE__ */ new Date());
    try {
      runPlan(ss, record);
    } catch (e) {
      record.fail(`\u0E40\u0E01\u0E34\u0E14\u0E02\u0E49\u0E2D\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14\u0E17\u0E35\u0E48\u0E44\u0E21\u0E48\u0E04\u0E32\u0E14\u0E04\u0E34\u0E14: ${errorMessage(e)}`);
      throw e;
    } finally {
      record.write(ss, timeZone(ss));
    }
  }
  function findingLineTh(f) {
    const where = [`\u0E0A\u0E35\u0E15 "${f.sheet}"`, f.row ? `\u0E41\u0E16\u0E27 ${f.row}` : "", f.header ? `\u0E04\u0E2D\u0E25\u0E31\u0E21\u0E19\u0E4C ${f.header}` : ""].filter(Boolean).join(" ");
    return `\u2022 ${f.severity === "error" ? "\u0E02\u0E49\u0E2D\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14" : "\u0E04\u0E33\u0E40\u0E15\u0E37\u0E2D\u0E19"} ${where}: ${f.messageTh}`;
  }
  function runPlan(ss, record) {
    const ui = SpreadsheetApp.getUi();
    const data = readWorkbookData(ss);
    const scores = ss.getSheetByName(SHEET.lastResult);
    if (scores) data[SHEET.lastResult] = readSheet(scores, "none", "none");
    const result = validatePlanData(data);
    const config = result.workbook.config;
    record.errors = result.errors;
    record.warnings = result.warnings;
    record.rows = result.workbook.measures.length;
    if (config) record.round = applyDigitStyle(`\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23 ${config.fiscalYear}`, config.digitStyle);
    const listed = result.findings.slice(0, SHOWN_FINDINGS).map(findingLineTh);
    if (result.findings.length > SHOWN_FINDINGS) listed.push(`\u2026 \u0E41\u0E25\u0E30\u0E2D\u0E35\u0E01 ${result.findings.length - SHOWN_FINDINGS} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23`);
    if (result.errors > 0 || !config) {
      record.fail(`\u0E1E\u0E1A\u0E02\u0E49\u0E2D\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14 ${result.errors} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23`);
      ui.alert("\u0E22\u0E31\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49", `\u0E1E\u0E1A\u0E02\u0E49\u0E2D\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14 ${result.errors} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23 \u0E41\u0E25\u0E30\u0E04\u0E33\u0E40\u0E15\u0E37\u0E2D\u0E19 ${result.warnings} \u0E23\u0E32\u0E22\u0E01\u0E32\u0E23 \u0E41\u0E01\u0E49\u0E44\u0E02\u0E41\u0E25\u0E49\u0E27\u0E2A\u0E31\u0E48\u0E07\u0E43\u0E2B\u0E21\u0E48

${listed.join("\n")}`, ui.ButtonSet.OK);
      return;
    }
    if (typeof Docs === "undefined" || !(Docs == null ? void 0 : Docs.Documents)) {
      record.fail("\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E40\u0E1B\u0E34\u0E14\u0E43\u0E0A\u0E49\u0E1A\u0E23\u0E34\u0E01\u0E32\u0E23 Google Docs API");
      ui.alert("\u0E22\u0E31\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49", "\u0E2A\u0E04\u0E23\u0E34\u0E1B\u0E15\u0E4C\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E40\u0E1B\u0E34\u0E14\u0E43\u0E0A\u0E49\u0E1A\u0E23\u0E34\u0E01\u0E32\u0E23 Google Docs API: \u0E43\u0E19\u0E2B\u0E19\u0E49\u0E32\u0E41\u0E01\u0E49\u0E44\u0E02 Apps Script \u0E01\u0E14 \u0E1A\u0E23\u0E34\u0E01\u0E32\u0E23 (+) \u0E40\u0E25\u0E37\u0E2D\u0E01 Google Docs API \u0E41\u0E25\u0E49\u0E27\u0E01\u0E14 \u0E40\u0E1E\u0E34\u0E48\u0E21", ui.ButtonSet.OK);
      return;
    }
    const model = buildPlanModel(result, config);
    const [year, month, day, hour, minute] = Utilities.formatDate(/* @__PURE__ */ new Date(), timeZone(ss), "yyyy-M-d-H-m").split("-").map(Number);
    const stamp = generatedStamp({ year, month, day, hour, minute });
    const name = applyDigitStyle(`${model.title} \u0E1B\u0E35\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13 ${model.fiscalYear} (\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E21\u0E37\u0E48\u0E2D ${stamp})`, model.digitStyle);
    const footerText = applyDigitStyle(`${model.title} \u0E1B\u0E35\u0E07\u0E1A\u0E1B\u0E23\u0E30\u0E21\u0E32\u0E13 ${model.fiscalYear} \xB7 \u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E21\u0E37\u0E48\u0E2D ${stamp}`, model.digitStyle);
    let blob;
    try {
      blob = withRetry(() => chartBlob(model.chart));
    } catch (e) {
      record.fail(`\u0E27\u0E32\u0E14\u0E41\u0E1C\u0E19\u0E20\u0E39\u0E21\u0E34\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49: ${errorMessage(e)}`);
      ui.alert("\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E44\u0E21\u0E48\u0E2A\u0E33\u0E40\u0E23\u0E47\u0E08", `\u0E27\u0E32\u0E14\u0E41\u0E1C\u0E19\u0E20\u0E39\u0E21\u0E34\u0E04\u0E30\u0E41\u0E19\u0E19\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 (${errorMessage(e)}) \u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23 \u0E25\u0E2D\u0E07\u0E2A\u0E31\u0E48\u0E07\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07\u0E43\u0E19\u0E2D\u0E35\u0E01\u0E2A\u0E31\u0E01\u0E04\u0E23\u0E39\u0E48`, ui.ButtonSet.OK);
      return;
    }
    const lock = LockService.getUserLock();
    if (!lock.tryLock(1e3)) {
      record.fail(REPORT_BUSY_TH);
      ui.alert("\u0E22\u0E31\u0E07\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49", REPORT_BUSY_TH, ui.ButtonSet.OK);
      return;
    }
    try {
      writePlan({ ss, documents: Docs.Documents, model, blob, name, footerText, config, record, warningsListed: listed });
    } finally {
      lock.releaseLock();
    }
  }
  function writePlan(job) {
    var _a, _b;
    const { ss, documents, model, blob, name, footerText, record, warningsListed } = job;
    const { reportFolder: folder, reportTemplate: template, oitCode, shareWithLink: share } = job.config;
    const ui = SpreadsheetApp.getUi();
    const d = (n) => applyDigitStyle(String(n), model.digitStyle);
    const journal = new ReportJournal(PropertiesService.getUserProperties());
    const recovery = journal.recover(Date.now());
    const leftovers = leftoversTh(recovery.discarded, recovery.stuck, d);
    const fail = (text) => {
      record.fail(text);
      ui.alert("\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E44\u0E21\u0E48\u0E2A\u0E33\u0E40\u0E23\u0E47\u0E08", leftovers ? `${text}

${leftovers}` : text, ui.ButtonSet.OK);
    };
    let entry;
    try {
      entry = journal.begin(inProgressName(name, Utilities.getUuid().slice(0, 8)), name, Date.now());
    } catch (e) {
      fail(`\u0E1A\u0E31\u0E19\u0E17\u0E36\u0E01\u0E2A\u0E16\u0E32\u0E19\u0E30\u0E01\u0E32\u0E23\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 \u0E08\u0E36\u0E07\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23: ${errorMessage(e)}`);
      return;
    }
    let started;
    try {
      if (template.trim()) {
        const copyId = copyTemplate(template, entry.draft);
        journal.created(entry, copyId, false);
        started = openCopy(documents, copyId, withRetry);
      } else {
        let attempts = 0;
        const doc = withRetry(() => {
          attempts++;
          return documents.create({ title: entry.draft });
        });
        if (!doc.documentId) throw new Error("Docs.Documents.create returned no documentId");
        journal.created(entry, doc.documentId, attempts > 1);
        started = { docId: doc.documentId, revisionId: (_a = doc.revisionId) != null ? _a : void 0 };
      }
    } catch (e) {
      if (e instanceof TemplateError && (!e.docId || discardDoc(e.docId, name))) journal.settle(entry);
      fail(e instanceof TemplateError ? e.message : `\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23 Google Doc \u0E44\u0E21\u0E48\u0E44\u0E14\u0E49: ${errorMessage(e)}
\u0E25\u0E2D\u0E07\u0E2A\u0E31\u0E48\u0E07\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07\u0E43\u0E19\u0E2D\u0E35\u0E01\u0E2A\u0E31\u0E01\u0E04\u0E23\u0E39\u0E48`);
      return;
    }
    const { docId, revisionId, footerId } = started;
    try {
      writeBatches(buildPlanDocsRequests(model, { footerText, footerExists: Boolean(footerId) }), { revisionId, footerId }, docsCalls(documents, docId));
      const chart = model.blocks.find((b) => b.kind === "chart");
      if (chart && !withRetry(() => placeChart(docId, blob, chart.widthPt, chart.heightPt))) throw new Error("\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E15\u0E33\u0E41\u0E2B\u0E19\u0E48\u0E07\u0E02\u0E2D\u0E07\u0E41\u0E1C\u0E19\u0E20\u0E39\u0E21\u0E34\u0E43\u0E19\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23");
    } catch (e) {
      const trashed = discardDoc(docId, name);
      if (trashed) journal.settle(entry);
      fail(`${stoppedPartWayTh(errorMessage(e), trashed, docId, true)}
\u0E25\u0E2D\u0E07\u0E2A\u0E31\u0E48\u0E07\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07\u0E43\u0E19\u0E2D\u0E35\u0E01\u0E2A\u0E31\u0E01\u0E04\u0E23\u0E39\u0E48`);
      return;
    }
    const placement = placeDocument(ss, docId, folder);
    let renamed = true;
    try {
      withRetry(() => DriveApp.getFileById(docId).setName(name));
    } catch {
      renamed = false;
    }
    if (renamed) journal.settle(entry);
    else journal.forget(entry);
    const published = publishReport(docId, name, oitCode, share);
    const notes = [placement.note, renamed ? void 0 : "\u0E40\u0E02\u0E35\u0E22\u0E19\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E04\u0E23\u0E1A\u0E41\u0E25\u0E49\u0E27 \u0E41\u0E15\u0E48\u0E15\u0E31\u0E49\u0E07\u0E0A\u0E37\u0E48\u0E2D\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 \u0E42\u0E1B\u0E23\u0E14\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19\u0E0A\u0E37\u0E48\u0E2D\u0E40\u0E2D\u0E07", ...published.notes, leftovers].filter(
      (n) => Boolean(n)
    );
    record.docUrl = docUrl(docId);
    record.pdfUrl = (_b = published.pdfUrl) != null ? _b : "";
    record.succeed(notes);
    const s = model.stats;
    const lines = [
      `Google Doc: ${docUrl(docId)}`,
      published.pdfUrl ? `PDF: ${published.pdfUrl}` : "",
      `\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14\u0E17\u0E35\u0E48\u0E15\u0E48\u0E33\u0E01\u0E27\u0E48\u0E32\u0E40\u0E1B\u0E49\u0E32\u0E2B\u0E21\u0E32\u0E22 ${d(s.belowTarget.length)} \u0E15\u0E31\u0E27 \xB7 \u0E1B\u0E23\u0E30\u0E40\u0E14\u0E47\u0E19 ${d(s.issues)} \xB7 \u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23 ${d(s.measures)} \xB7 ${d(s.rows)} \u0E41\u0E16\u0E27`,
      placement.folderName ? `\u0E40\u0E01\u0E47\u0E1A\u0E44\u0E27\u0E49\u0E43\u0E19\u0E42\u0E1F\u0E25\u0E40\u0E14\u0E2D\u0E23\u0E4C "${placement.folderName}"` : "",
      ...notes,
      ...warningsListed.length ? ["", "\u0E04\u0E33\u0E40\u0E15\u0E37\u0E2D\u0E19 (\u0E44\u0E21\u0E48\u0E02\u0E31\u0E14\u0E02\u0E27\u0E32\u0E07\u0E01\u0E32\u0E23\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23):", ...warningsListed] : []
    ].filter((l, i, all) => l !== "" || i > 0 && all[i - 1] !== "");
    ui.alert("\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E40\u0E2D\u0E01\u0E2A\u0E32\u0E23\u0E21\u0E32\u0E15\u0E23\u0E01\u0E32\u0E23\u0E40\u0E2A\u0E23\u0E47\u0E08\u0E41\u0E25\u0E49\u0E27", lines.join("\n"), ui.ButtonSet.OK);
  }
  function discardDoc(docId, name) {
    try {
      discardFile(DriveApp.getFileById(docId), name);
      return true;
    } catch {
      return false;
    }
  }
  function timeZone(ss) {
    try {
      return ss.getSpreadsheetTimeZone() || Session.getScriptTimeZone();
    } catch {
      return "Asia/Bangkok";
    }
  }

  function onOpen(e) {
    buildMenu();
  }
  function onEdit(e) {
    handleEdit(e);
  }
  function onFormSubmit(e) {
    handleFormSubmit(e);
  }
  function setupWorkbook() {
    setUpWorkbook();
  }
  function fillExampleData() {
    fillSeedExample();
  }
  function validateWorkbook() {
    validateAndMark();
  }
  function generateReport() {
    generateReportFromSheet();
  }
  function syncForms() {
    syncProgressForm();
  }
  function reconcileResponses() {
    reconcileAllResponses();
  }
  function showHelpDialog() {
    showHelp();
  }
  function checkEvidenceLinks() {
    checkEvidenceLinksFromSheet();
  }
  function generatePlan() {
    generatePlanFromSheet();
  }

  exports.checkEvidenceLinks = checkEvidenceLinks;
  exports.fillExampleData = fillExampleData;
  exports.generatePlan = generatePlan;
  exports.generateReport = generateReport;
  exports.onEdit = onEdit;
  exports.onFormSubmit = onFormSubmit;
  exports.onOpen = onOpen;
  exports.reconcileResponses = reconcileResponses;
  exports.setupWorkbook = setupWorkbook;
  exports.showHelpDialog = showHelpDialog;
  exports.syncForms = syncForms;
  exports.validateWorkbook = validateWorkbook;

  return exports;

})({});

function checkEvidenceLinks() {
  return __ita.checkEvidenceLinks.apply(this, arguments);
}
function fillExampleData() {
  return __ita.fillExampleData.apply(this, arguments);
}
function generatePlan() {
  return __ita.generatePlan.apply(this, arguments);
}
function generateReport() {
  return __ita.generateReport.apply(this, arguments);
}
function onEdit() {
  return __ita.onEdit.apply(this, arguments);
}
function onFormSubmit() {
  return __ita.onFormSubmit.apply(this, arguments);
}
function onOpen() {
  return __ita.onOpen.apply(this, arguments);
}
function reconcileResponses() {
  return __ita.reconcileResponses.apply(this, arguments);
}
function setupWorkbook() {
  return __ita.setupWorkbook.apply(this, arguments);
}
function showHelpDialog() {
  return __ita.showHelpDialog.apply(this, arguments);
}
function syncForms() {
  return __ita.syncForms.apply(this, arguments);
}
function validateWorkbook() {
  return __ita.validateWorkbook.apply(this, arguments);
}
