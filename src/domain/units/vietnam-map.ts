import { z } from 'zod';
import { InputError } from '../problems/errors';
import { schemaIssues } from '../problems/schema-issues';
import { unitKey } from './identity';
import { textKey } from './text-key';

/** A commune, ward or special zone as the map of a date has it. */
export type MapUnitKind = 'xa' | 'phuong' | 'dac-khu';

/** A unit before the arrangement that a unit of the map was made of: whole, or in part. */
export interface Predecessor {
  code: string;
  name: string;
  /** Its district before 1 July 2025. */
  district: string;
  province: string;
  whole: boolean;
}

export interface MapUnit {
  code: string;
  name: string;
  kind: MapUnitKind;
  from: Predecessor[];
}

export interface MapProvince {
  code: string;
  name: string;
  units: MapUnit[];
}

/** The provinces and their communes, wards and special zones from a date, with where each came from. */
export interface UnitsMap {
  effective: string;
  source: string;
  provinces: MapProvince[];
}

/** The compact file's shape: one array per unit ([code, name, kind, predecessors]), each predecessor an array too. */
const MapFileSchema = z.object({
  effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  source: z.string(),
  provinces: z.array(
    z.object({
      code: z.string().regex(/^\d{2}$/),
      name: z.string().min(1),
      units: z.array(
        z.tuple([
          z.string().regex(/^\d{5}$/),
          z.string().min(1),
          z.enum(['xa', 'phuong', 'dac-khu']),
          z.array(z.tuple([z.string(), z.string(), z.string(), z.string(), z.union([z.literal(0), z.literal(1)])])),
        ]),
      ),
    }),
  ),
});

/** The map in a units file (`file` names it in a refusal), checked against its shape. */
export function unitsMapOf(data: unknown, file: string): UnitsMap {
  const parsed = MapFileSchema.safeParse(data);
  if (!parsed.success) throw new InputError({ code: 'units-map-invalid', file, issues: schemaIssues(parsed.error, data) });
  const { effective, source, provinces } = parsed.data;
  return {
    effective,
    source,
    provinces: provinces.map((p) => ({
      code: p.code,
      name: p.name,
      units: p.units.map(([code, name, kind, from]) => ({
        code,
        name,
        kind,
        from: from.map(([c, n, district, province, whole]) => ({ code: c, name: n, district, province, whole: whole === 1 })),
      })),
    })),
  };
}

/**
 * The words offices put before a province's own name: the department or council that writes
 * ("Sở Nội vụ", "UBND", "Văn phòng UBND"), then "tỉnh", "thành phố" or "TP".
 */
const PROVINCE_PREFIX = /^(?:(?:so noi vu|van phong ubnd|van phong uy ban nhan dan|ubnd|uy ban nhan dan) )?(?:tinh |thanh pho |tp )?/;

/** A province's name as compared: "Tỉnh Khánh Hòa", "tinh khanh hoa", "Sở Nội vụ tỉnh Khánh Hoà" are one. */
export function provinceKey(text: string): string {
  return textKey(text).replace(PROVINCE_PREFIX, '');
}

/** The province a text names (its name however typed, or a consolidating unit of it such as "Sở Nội vụ tỉnh Khánh Hòa"). */
export function findProvince(map: UnitsMap, text: string): MapProvince | undefined {
  const key = provinceKey(text);
  return key ? map.provinces.find((p) => provinceKey(p.name) === key) : undefined;
}

/** The unit of a province a name is, however typed ("UBND phuong Tay Nha Trang"); undefined when it is none. */
export function unitNamed(p: MapProvince, name: string): MapUnit | undefined {
  const key = unitKey(name);
  return p.units.find((u) => unitKey(u.name) === key);
}
