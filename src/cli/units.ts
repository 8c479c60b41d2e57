import { vietnamUnits } from '../app/units';
import { InputError } from '../domain/problems/errors';
import { findProvince, type MapUnitKind } from '../domain/units/vietnam-map';
import type { Cli } from './commands';
import { shown } from './shown';
import { cliTexts } from './texts';

const KIND_ORDER: MapUnitKind[] = ['xa', 'phuong', 'dac-khu'];

/** `cchc units [PROVINCE]`: the 34 provinces with their counts, or one province's units with where each came from. */
export async function listUnits(province: string | undefined, json: boolean, { io, lang }: Cli): Promise<number> {
  const map = await vietnamUnits();
  const say = cliTexts(lang);
  if (province === undefined) {
    const list = map.provinces.map((p) => ({
      code: p.code,
      name: p.name,
      units: p.units.length,
      ...Object.fromEntries(KIND_ORDER.map((k) => [k, p.units.filter((u) => u.kind === k).length])),
    }));
    if (json) io.out(JSON.stringify({ effective: map.effective, provinces: list }, null, 2));
    else {
      for (const p of list) io.out(`${p.code}  ${p.name.padEnd(24)} ${say.unitCount(p.units)}`);
      io.out(
        say.unitsTotal(
          list.length,
          list.reduce((n, p) => n + p.units, 0),
          map.effective,
        ),
      );
    }
    return 0;
  }
  const p = findProvince(map, province);
  if (!p) throw new InputError({ code: 'province-unknown', text: province });
  if (json) io.out(JSON.stringify({ effective: map.effective, code: p.code, name: p.name, units: p.units }, null, 2));
  else {
    io.out(say.provinceUnits(p.name, p.units.length, map.effective));
    for (const u of p.units)
      io.out(
        `${u.code}  ${shown(u.name)}  ← ${u.from
          .map((f) => `${shown(f.name)} (${f.code}, ${shown(f.district)}${f.whole ? '' : `, ${say.inPart}`})`)
          .join('; ')}`,
      );
  }
  return 0;
}
