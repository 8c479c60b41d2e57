import type { Catalogue } from '../domain/catalogue/catalogue';
import { InputError } from '../domain/errors';
import { parsePeriod, type Period } from '../domain/period';
import { renderTemplate } from '../domain/render/template';
import type { SheetPlan } from '../domain/sheet/plan';
import type { WorkbookPort } from './port';

export interface InsertRequest {
  templateId: string;
  unit?: string;
  /** "2024-Q3", "2024-H1", "2024". */
  period?: string;
  reportNumber?: string;
  reportDate?: string;
  /** Also the convenience columns the official form does not have. */
  addons?: boolean;
}

/** A period as typed; an InputError saying the accepted forms otherwise. */
export function requirePeriod(text: string): Period {
  const p = parsePeriod(text);
  if (!p) throw new InputError({ code: 'period-invalid', text });
  return p;
}

/** The official form laid out for a unit and period. */
export function templatePlan(catalogue: Catalogue, r: InsertRequest): SheetPlan {
  const t = catalogue.find(r.templateId);
  if (!t) throw new InputError({ code: 'template-unknown', template: r.templateId, known: catalogue.templates.map((x) => x.id) });
  return renderTemplate(t, {
    unit: r.unit,
    period: r.period ? requirePeriod(r.period) : undefined,
    reportNumber: r.reportNumber,
    reportDate: r.reportDate,
    addons: r.addons,
  });
}

/** "Chèn mẫu": adds the form as a new sheet; returns the sheet's name. */
export async function insertTemplate(port: WorkbookPort, catalogue: Catalogue, r: InsertRequest): Promise<string> {
  return port.addSheet(templatePlan(catalogue, r));
}
