import type { Check } from '../check-context';
import { BUILT_IN_RULE } from '../rule-ids';

/** A sheet made from another version of its template is read by indicator code, and said so. */
export const otherVersion: Check = {
  name: 'version',
  run({ identity, template, add }) {
    if (identity.version === template.version) return;
    add(
      { row: 1, col: 1, code: '', key: '' },
      {
        rule: BUILT_IN_RULE.version,
        severity: 'warning',
        text: { kind: 'other-version', template: template.id, version: identity.version, known: template.version },
        actual: identity.version,
        expected: template.version,
      },
    );
  },
};
