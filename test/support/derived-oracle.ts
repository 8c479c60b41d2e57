/**
 * The derived indicators of every template, written out from the reference's rules (R01–R11,
 * R30, R31, RB01, RB02, RB05 and the forms' "Tổng số" rows) as plain arithmetic, apart from the
 * catalogue's formulas and the expression model: tests compare what the sheets compute with this.
 */
type Get = (code: string) => number | null;
type Derived = Record<string, (v: Get) => number | null>;

/** A ratio is blank when a part is blank or the denominator is 0. */
const ratio = (num: string, den: string) => (v: Get) => {
  const n = v(num);
  const d = v(den);
  return n === null || d === null || d === 0 ? null : n / d;
};

type Part = string | ((v: Get) => number | null);

/** A total is blank only when every part is blank. */
const total =
  (...parts: Part[]) =>
  (v: Get) => {
    const given = parts.map((p) => (typeof p === 'string' ? v(p) : p(v))).filter((x): x is number => x !== null);
    return given.length ? given.reduce((a, b) => a + b, 0) : null;
  };

const PARTLY_SELF_FUNDED = total('VI.2.4.1', 'VI.2.4.2', 'VI.2.4.3');

export const DERIVED: Record<string, Derived> = {
  'dinh-ky': {
    'I.2': ratio('I.2.2', 'I.2.1'),
    'I.3.2': ratio('I.3.3.1', 'I.3.3'),
    'II.2.2': ratio('II.2.2.2', 'II.2.2.1'),
    'II.3.2': ratio('II.3.2.2', 'II.3.2.1'),
    'III.3.1': ratio('III.3.1.2', 'III.3.1.1'),
    'III.3.2': ratio('III.3.2.2', 'III.3.2.1'),
    'VI.1': ratio('VI.1.2', 'VI.1.1'),
    'VII.5.1': ratio('VII.5.1.2', 'VII.5.1.1'),
    'VII.5.2': ratio('VII.5.2.2', 'VII.5.2.1'),
    'VII.5.3': ratio('VII.5.3.2', 'VII.5.3.1'),
    'VII.5.4': ratio('VII.5.4.2', 'VII.5.4.1'),
    'VI.2.1': total('VI.2.2', 'VI.2.3', PARTLY_SELF_FUNDED, 'VI.2.5'),
    'VI.2.4': PARTLY_SELF_FUNDED,
  },
  'tong-ket-pl1': { '1': total('1.1', '1.2') },
  'tong-ket-pl2': { '1': total('1.1', '1.2', '1.3', '1.4', '1.5', '1.6') },
  'tong-ket-pl3': { '1': total('1.1', '1.2', '1.3') },
  'tong-ket-pl6': { '2': total('2.1', '2.2', '2.3', '2.4') },
  'tong-ket-huyen-pl2': {
    'M1.1': total('M1.1.1', 'M1.1.2'),
    'M3.1': total('M3.1.1', 'M3.1.2'),
    'M6.2': total('M6.2.1', 'M6.2.2', 'M6.2.3', 'M6.2.4'),
  },
};
