import { nearestName } from '../../src/domain/units/identity';
import { valueInError } from '../../src/domain/cells/in-error';
import { template } from '../support/templates';

/** A near name is proposed only when it is alike enough, of the same kind, and alone in being the nearest. */
describe('the nearest name', () => {
  test('of the same kind only: a xã is never proposed for a phường, nor a xã for a thị xã', () => {
    expect(nearestName('UBND phuong Binh Minh', ['UBND xã Bình Minh'])).toBeUndefined();
    expect(nearestName('UBND xa Binh Minh', ['UBND phường Bình Minh', 'UBND xã Bình Mính'])).toBe('UBND xã Bình Mính');
    // "thi xa binh minh hai" and "xa binh minh hai" are 80% alike, but of two kinds.
    expect(nearestName('Thị xã Bình Minh Hải', ['Xã Bình Minh Hải'])).toBeUndefined();
    // Names with no kind word are of one kind.
    expect(nearestName('Ban Quản lý Khu kinh tế', ['Ban Quan ly Khu kinh te'])).toBe('Ban Quan ly Khu kinh te');
  });

  test('80% alike is near enough; less is not', () => {
    // "xa abcdefg" and "xa abcdexy": 2 edits in 10 characters.
    expect(nearestName('Xã Abcdefg', ['Xã Abcdexy'])).toBe('Xã Abcdexy');
    // "xa abcdefg" and "xa abcdwxy": 3 edits in 10.
    expect(nearestName('Xã Abcdefg', ['Xã Abcdwxy'])).toBeUndefined();
  });

  test('the most alike wins wherever it stands in the list; two equally alike are a tie and neither is taken', () => {
    expect(nearestName('Xã Abcdefg', ['Xã Abcdexy', 'Xã Abcdefx'])).toBe('Xã Abcdefx');
    expect(nearestName('Xã Abcdefg', ['Xã Abcdefx', 'Xã Abcdexy'])).toBe('Xã Abcdefx');
    expect(nearestName('Xã Abcdefg', ['Xã Abcdefx', 'Xã Abcdefy'])).toBeUndefined();
    // A tie among the less alike does not hide the most alike.
    expect(nearestName('Xã Abcdefg', ['Xã Abcdexy', 'Xã Abcdezy', 'Xã Abcdefx'])).toBe('Xã Abcdefx');
  });
});

describe('a value in error', () => {
  const T = template('dinh-ky');
  // VII.5.3 = VII.5.3.2 / VII.5.3.1: online over received.
  const figures = (errors: string[], rate: number | null | 'none' = 0.5) => ({
    derived: new Map(rate === 'none' ? [] : [['VII.5.3@value', rate]]),
    errorCells: new Set(errors),
  });

  test('a ratio recomputed from its parts is in error when a part is, not when only its written figure is', () => {
    expect(valueInError(T, figures(['VII.5.3.2@value']), 'VII.5.3', 'value')).toBe(true);
    expect(valueInError(T, figures(['VII.5.3@value']), 'VII.5.3', 'value')).toBe(false);
  });

  test('a ratio with nothing recomputed is its written figure: in error when its own cell is', () => {
    for (const rate of [null, 'none'] as const) {
      expect(valueInError(T, figures(['VII.5.3@value'], rate), 'VII.5.3', 'value')).toBe(true);
      expect(valueInError(T, figures(['VII.5.3.2@value'], rate), 'VII.5.3', 'value')).toBe(false);
    }
  });

  test('any other value, and a code the form does not have, by its own cell; nothing is in error when the check found none', () => {
    expect(valueInError(T, figures(['VII.5.3.1@value']), 'VII.5.3.1', 'value')).toBe(true);
    expect(valueInError(T, figures(['VII.5.3.1@value']), 'VII.5.3.2', 'value')).toBe(false);
    expect(valueInError(T, figures(['X.9@value']), 'X.9', 'value')).toBe(true);
    expect(valueInError(T, { derived: new Map() }, 'VII.5.3.1', 'value')).toBe(false);
  });
});
