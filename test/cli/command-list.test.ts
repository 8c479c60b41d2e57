import { synopsis } from '../../src/cli/command';
import { COMMANDS, commandNamed, fullUsage } from '../../src/cli/command-list';

/** The one list of commands: the usage, per-command help and the hints are all made from it. */
describe('the command list', () => {
  test('the whole usage holds every command’s lines whole, in the list’s order, in each language', () => {
    for (const lang of ['vi', 'en'] as const) {
      const usage = fullUsage(lang);
      let from = 0;
      for (const c of COMMANDS) {
        const at = usage.indexOf(`${c.usage[lang]}\n`, from);
        expect([c.name, at >= from]).toEqual([c.name, true]);
        from = at + c.usage[lang].length;
      }
      // Nothing else names a command.
      expect(usage.match(/^ {2}cchc \S+/gm)).toHaveLength(COMMANDS.length);
    }
  });

  test('each entry’s usage begins with its own name and describes it below, in both languages', () => {
    for (const c of COMMANDS)
      for (const lang of ['vi', 'en'] as const) {
        const lines = c.usage[lang].split('\n');
        expect(lines[0].startsWith(`  cchc ${c.name} `) || lines[0] === `  cchc ${c.name}`).toBe(true);
        expect(lines.slice(1).some((l) => /^ {6}\S/.test(l))).toBe(true);
      }
    expect(COMMANDS.map((c) => c.name)).toEqual([
      'templates',
      'units',
      'template',
      'fill',
      'validate',
      'recognise',
      'export',
      'compute',
      'merge',
      'targets',
    ]);
  });

  test('a command is found by its name or its other spelling, never by a prefix', () => {
    expect(commandNamed('recognize')?.name).toBe('recognise');
    expect(commandNamed('template')?.name).toBe('template');
    expect(commandNamed('templat')).toBeUndefined();
    expect(commandNamed(undefined)).toBeUndefined();
  });

  test('the hint for a missing argument is the command’s first line, in the language asked', () => {
    expect(synopsis(commandNamed('fill')!, 'vi')).toBe('cchc fill FILE.xlsx --values VALUES.csv --out OUT.xlsx [--sheet NAME] [--json]');
    expect(synopsis(commandNamed('export')!, 'vi')).toBe('cchc export TỆP|THƯ_MỤC… --csv OUT.csv');
    expect(synopsis(commandNamed('export')!, 'en')).toBe('cchc export FILE|FOLDER… --csv OUT.csv');
  });
});
