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

/** A set of templates by id: the built-in ones, or others given as data. */
export interface Catalogue {
  readonly templates: readonly Template[];
  find(id: string): Template | undefined;
}

export function catalogueOf(templates: readonly Template[]): Catalogue {
  const byId = new Map(templates.map((t) => [t.id, t]));
  return { templates, find: (id) => byId.get(id) };
}

let builtIn: Catalogue | undefined;

/** The templates that come with the add-in, checked once, in catalogue order. */
export function builtInCatalogue(): Catalogue {
  return (builtIn ??= catalogueOf(allTemplates.map(loadTemplate)));
}
