import { TemplateSchema, type Template, type TemplateInput } from './schema';
import { allTemplates } from '../templates';
import { checkTemplate } from './check';
import { InputError } from '../errors';

export interface CatalogueError {
  templateId: string;
  message: string;
}

/** Parses one template with the zod schema and checks its internal references. */
export function loadTemplate(input: TemplateInput): Template {
  const parsed = TemplateSchema.safeParse(input);
  if (!parsed.success) {
    const where = (input as { id?: string }).id ?? '?';
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new InputError({ code: 'template-invalid', template: where, detail: issues });
  }
  const problems = checkTemplate(parsed.data);
  if (problems.length) throw new InputError({ code: 'template-invalid', template: parsed.data.id, detail: problems.join('; ') });
  return parsed.data;
}

let cache: Map<string, Template> | undefined;

/** All templates of the catalogue, checked once, in catalogue order. */
export function catalogue(): Template[] {
  if (!cache) cache = new Map(allTemplates.map((t) => [t.id, loadTemplate(t)]));
  return [...cache.values()];
}

export function findTemplate(id: string): Template | undefined {
  catalogue();
  return cache!.get(id);
}
