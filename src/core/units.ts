import { ALL_UNITS } from './layout';
import type { Unit } from './schemas';

/** A unit reference may be its code, its abbreviation or its full name. */
export function findUnit(ref: string, units: readonly Unit[]): Unit | undefined {
  const key = ref.trim();
  return (
    units.find((u) => u.code === key) ??
    units.find((u) => u.abbr !== '' && u.abbr === key) ??
    units.find((u) => u.name === key)
  );
}

export interface ResolvedUnits {
  /** True when the row belongs to every unit (ทุกสำนัก/หน่วย). */
  all: boolean;
  units: Unit[];
  unknown: string[];
}

export function resolveUnits(refs: readonly string[], units: readonly Unit[]): ResolvedUnits {
  if (refs.length === 1 && refs[0] === ALL_UNITS) return { all: true, units: [...units], unknown: [] };
  const found: Unit[] = [];
  const unknown: string[] = [];
  for (const ref of refs) {
    const unit = findUnit(ref, units);
    if (unit) found.push(unit);
    else unknown.push(ref);
  }
  return { all: false, units: found, unknown };
}

/** "สำนักบริหารกลาง + สำนักนโยบายและยุทธศาสตร์", or "ทุกสำนัก/หน่วย". Unknown refs print as typed. */
export function unitsLabel(refs: readonly string[], units: readonly Unit[]): string {
  if (refs.length === 1 && refs[0] === ALL_UNITS) return ALL_UNITS;
  return refs.map((ref) => findUnit(ref, units)?.name ?? ref).join(' + ');
}
