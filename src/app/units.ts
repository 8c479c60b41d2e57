import { InputError } from '../domain/problems/errors';
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

/**
 * The units a consolidation waits for when the office gives no list: the communes, wards and
 * special zones of the province asked for, else of the province the consolidating unit names
 * ("Sở Nội vụ tỉnh Khánh Hòa"); undefined when it names none.
 */
export async function provinceExpected(unit: string, province?: string): Promise<{ province: MapProvince; units: string[] } | undefined> {
  const map = await vietnamUnits();
  const p = findProvince(map, province ?? unit);
  if (!p) {
    if (province !== undefined) throw new InputError({ code: 'province-unknown', text: province });
    return undefined;
  }
  return { province: p, units: p.units.map((u) => u.name) };
}
