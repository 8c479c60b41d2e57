import { InputError } from '../domain/problems/errors';
import type { Succession } from '../domain/merge/previous';
import { mapSuccessions } from '../domain/merge/succession';
import { findProvince, unitsMapOf, type MapProvince, type UnitsMap } from '../domain/units/vietnam-map';

let loaded: Promise<UnitsMap> | undefined;

/**
 * Vietnam's provinces, communes, wards and special zones from 1 July 2025, as the add-in carries
 * them: read once, when first asked for (the page fetches them as a file of their own, 0.9 MB, so
 * that opening the pane does not wait for them).
 */
export function vietnamUnits(): Promise<UnitsMap> {
  return (loaded ??= import(/* webpackChunkName: "vn-2025-07-01" */ '../domain/units/data/vn-2025-07-01.json').then((m) =>
    unitsMapOf(m.default, 'vn-2025-07-01.json'),
  ));
}

/** What a merge takes from the map where the office gives no list of its own. */
export interface FromTheMap {
  /** The province the merge is for: the one asked for, else the one the consolidating unit names. */
  province?: MapProvince;
  /** Its communes, wards and special zones, when no list of units was given. */
  expected?: string[];
  /** Its arrangement of 1 July 2025, when a previous period is compared without a succession list. */
  successions?: Succession[];
  /** The day of that arrangement (ISO): a previous period ending after it is compared unit to unit. */
  arrangedOn?: string;
}

/**
 * The units a consolidation waits for and the successions its previous period is compared
 * through, from the map, for what the office did not give: for the province asked for, else the
 * one the consolidating unit names ("Sở Nội vụ tỉnh Khánh Hòa"); nothing when it names none.
 */
export async function fromTheMap(
  unit: string,
  province: string | undefined,
  lacks: { expected: boolean; successions: boolean },
): Promise<FromTheMap> {
  if (!lacks.expected && !lacks.successions && province === undefined) return {};
  const map = await vietnamUnits();
  const p = findProvince(map, province ?? unit);
  if (!p) {
    if (province !== undefined) throw new InputError({ code: 'province-unknown', text: province });
    return {};
  }
  return {
    province: p,
    ...(lacks.expected ? { expected: p.units.map((u) => u.name) } : {}),
    ...(lacks.successions ? { successions: mapSuccessions(p, map.effective), arrangedOn: map.effective } : {}),
  };
}
