import { TemplateSchema, type Template, type TemplateInput } from './schema';
import { checkTemplate } from './check';
import { InputError } from '../problems/errors';
import { schemaIssues } from '../problems/schema-issues';

/** Parses one template with the zod schema and checks its internal references. */
export function loadTemplate(input: TemplateInput): Template {
  const parsed = TemplateSchema.safeParse(input);
  if (!parsed.success) {
    const where = (input as { id?: string }).id ?? '?';
    throw new InputError({ code: 'template-invalid', template: where, issues: schemaIssues(parsed.error, input) });
  }
  const problems = checkTemplate(parsed.data);
  if (problems.length) throw new InputError({ code: 'template-invalid', template: parsed.data.id, checks: problems });
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
