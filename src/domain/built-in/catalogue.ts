import { catalogueOf, loadTemplate, type Catalogue } from '../catalogue/catalogue';
import { allTemplates } from '../templates';

let builtIn: Catalogue | undefined;

/** The templates that come with the add-in, checked once, in catalogue order. */
export function builtInCatalogue(): Catalogue {
  return (builtIn ??= catalogueOf(allTemplates.map(loadTemplate)));
}
