/** A problem found in what staff typed, shown on the cell and in the findings sheet. */
export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  /** Stable rule name, for tests and logs. */
  rule: string;
  sheet: string;
  /** 1-based sheet row; 0 when the finding is about the whole sheet. */
  row: number;
  /** 1-based sheet column; 0 when the finding is about a whole row or sheet. */
  column: number;
  /** The column's header, for messages. */
  header: string;
  messageTh: string;
  messageEn: string;
}

/** What a message quotes of a cell: its start, up to `max` characters, then "…" (a pasted page stays readable). */
export function quoteStart(s: string, max = 80): string {
  if (s.length <= max) return s;
  return `${s.slice(0, /[\ud800-\udbff]/.test(s[max - 1]) ? max - 1 : max)}…`;
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}

/** Findings in sheet, row, column order: how staff read them. */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[]): Finding[] {
  const rank = (s: string) => {
    const i = sheetOrder.indexOf(s);
    return i === -1 ? sheetOrder.length : i;
  };
  return [...findings].sort(
    (a, b) => rank(a.sheet) - rank(b.sheet) || a.row - b.row || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}
