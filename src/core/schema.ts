/**
 * A small schema for sheet rows: every cell arrives as text (sheet-table.ts), each field turns it into a
 * value or one Thai message. It replaces zod in the bundle (zod was ~170 KB of dist/Code.js, for the
 * handful of string rules the sheets need) with the same shape: object(...).safeParse(row) gives the typed
 * row, or issues whose path names the column. A field stops at its first failing rule, as zod's pipes do.
 */

export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** One column's rules, applied in order to the cell's text. */
export class Field<T> {
  constructor(readonly parse: (text: string) => Result<T>) {}

  /** A new value from the old (zod's transform). */
  map<U>(f: (value: T) => U): Field<U> {
    return this.then((v) => ok(f(v)));
  }

  /** Fails with the message unless the value passes (zod's refine); a type guard narrows the value. */
  check<U extends T>(test: (value: T) => value is U, message: string): Field<U>;
  check(test: (value: T) => boolean, message: string): Field<T>;
  check(test: (value: T) => boolean, message: string): Field<T> {
    return this.then((v) => (test(v) ? ok(v) : { ok: false, message }));
  }

  /** A step that may fail with its own message (a transform that adds an issue). */
  then<U>(step: (value: T) => Result<U>): Field<U> {
    return new Field((text) => {
      const r = this.parse(text);
      return r.ok ? step(r.value) : r;
    });
  }
}

export const text = (): Field<string> => new Field(ok);

/** Non-empty text, else the message. */
export const required = (message: string): Field<string> => text().check((s) => s.length > 0, message);

export type Shape = Record<string, Field<unknown>>;
export type Output<S extends Shape> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };
export interface Issue<S extends Shape> {
  path: [keyof S & string];
  message: string;
}
export type Parsed<S extends Shape> =
  { success: true; data: Output<S> } | { success: false; error: { issues: Issue<S>[] } };

export interface ObjectSchema<S extends Shape> {
  shape: S;
  /** Every field is checked, so one bad cell never hides another. A missing cell reads as "". */
  safeParse(row: { readonly [column: string]: string | undefined }): Parsed<S>;
}

export function object<S extends Shape>(shape: S): ObjectSchema<S> {
  return {
    shape,
    safeParse(row) {
      const data: Record<string, unknown> = {};
      const issues: Issue<S>[] = [];
      for (const key of Object.keys(shape) as (keyof S & string)[]) {
        const r = shape[key].parse(row[key] ?? '');
        if (r.ok) data[key] = r.value;
        else issues.push({ path: [key], message: r.message });
      }
      return issues.length > 0 ? { success: false, error: { issues } } : { success: true, data: data as Output<S> };
    },
  };
}
