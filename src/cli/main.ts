import { parseArgs } from 'node:util';
import {
  computeFile,
  exportFiles,
  fillTemplate,
  listTemplates,
  mergeFiles,
  recogniseFiles,
  targetsFile,
  validateFiles,
  writeTemplate,
  type Cli,
  type Output,
} from './commands';
import { InputError, isInputError } from '../domain/errors';
import type { Lang } from '../domain/messages/lang';
import type { Level } from '../domain/catalogue/schema';
import { internalErrorText, type Problem } from '../domain/messages/problems';
import { problemLine, shownLines } from './shown';
import { zodSpeaks } from '../adapters/zod-words';
import { cliTexts, commandUsage } from './texts';

/**
 * Runs a command; the exit code says what happened: 0 done (no errors found), 1 errors found in
 * the data, 2 the input cannot be used (message naming the file, sheet or argument), 3 a bug of
 * cchc itself (a short message; the stack with --debug).
 */
export async function run(argv: string[], io: Output, env: Record<string, string | undefined> = process.env): Promise<number> {
  const debug = argv.includes('--debug');
  const { lang, args } = takeLang(
    argv.filter((a) => a !== '--debug'),
    env.CCHC_LANG,
  );
  const say = cliTexts(lang ?? 'vi');
  const cli: Cli = { io, lang: lang ?? 'vi' };
  zodSpeaks(cli.lang);
  const [command, ...rest] = args;
  try {
    if (lang === undefined) throw new InputError({ code: 'usage', usage: '--lang vi|en' });
    // `cchc merge --help`: that command's usage, whatever else is on the line.
    const usage =
      command && (rest.includes('--help') || rest.includes('-h'))
        ? commandUsage(command === 'recognize' ? 'recognise' : command, cli.lang)
        : undefined;
    if (usage) {
      io.out(usage);
      return 0;
    }
    switch (command) {
      case 'templates': {
        const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean', default: false } } });
        return listTemplates(!!values.json, cli);
      }
      case 'template': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            out: { type: 'string' },
            unit: { type: 'string' },
            period: { type: 'string' },
            'report-number': { type: 'string' },
            'report-date': { type: 'string' },
            addons: { type: 'boolean', default: false },
          },
        });
        if (positionals.length !== 1 || !values.out) throw new InputError({ code: 'usage', usage: 'cchc template <id> --out FILE.xlsx' });
        return await writeTemplate(
          {
            id: positionals[0],
            out: values.out,
            unit: values.unit,
            period: values.period,
            reportNumber: values['report-number'],
            reportDate: values['report-date'],
            addons: !!values.addons,
          },
          cli,
        );
      }
      case 'fill': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            values: { type: 'string' },
            out: { type: 'string' },
            sheet: { type: 'string' },
            json: { type: 'boolean', default: false },
          },
        });
        if (positionals.length !== 1 || !values.values || !values.out)
          throw new InputError({ code: 'usage', usage: 'cchc fill FILE.xlsx --values VALUES.csv --out OUT.xlsx' });
        return await fillTemplate(
          { file: positionals[0], values: values.values, out: values.out, sheet: values.sheet, json: !!values.json },
          cli,
        );
      }
      case 'validate': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { json: { type: 'boolean', default: false } },
        });
        if (!positionals.length) throw new InputError({ code: 'usage', usage: 'cchc validate FILE.xlsx [--json]' });
        return await validateFiles(positionals, !!values.json, cli);
      }
      case 'export': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { csv: { type: 'string' } } });
        if (!positionals.length || !values.csv) throw new InputError({ code: 'usage', usage: 'cchc export TỆP|THƯ_MỤC… --csv OUT.csv' });
        return await exportFiles(positionals, values.csv, cli);
      }
      case 'recognise':
      case 'recognize': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { json: { type: 'boolean', default: false } },
        });
        if (!positionals.length) throw new InputError({ code: 'usage', usage: 'cchc recognise FILE.xlsx|FOLDER… [--json]' });
        return await recogniseFiles(positionals, !!values.json, cli);
      }
      case 'compute': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            out: { type: 'string' },
            json: { type: 'boolean', default: false },
            'values-only': { type: 'boolean', default: false },
          },
        });
        if (positionals.length !== 1 || !values.out)
          throw new InputError({ code: 'usage', usage: 'cchc compute FILE.xlsx --out OUT.xlsx' });
        return await computeFile({ file: positionals[0], out: values.out, json: !!values.json, valuesOnly: !!values['values-only'] }, cli);
      }
      case 'merge': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            out: { type: 'string' },
            unit: { type: 'string' },
            period: { type: 'string' },
            expected: { type: 'string' },
            'exclude-errors': { type: 'boolean', default: false },
            json: { type: 'boolean', default: false },
            'unit-of': { type: 'string', multiple: true },
            previous: { type: 'string' },
            succession: { type: 'string' },
            submitted: { type: 'string', multiple: true },
            'due-before': { type: 'string' },
            window: { type: 'string' },
            deadlines: { type: 'string' },
          },
        });
        if (!positionals.length || !values.out) throw new InputError({ code: 'usage', usage: 'cchc merge TỆP|THƯ_MỤC… --out OUT.xlsx' });
        if (values.succession && !values.previous)
          throw new InputError({ code: 'usage', usage: '--succession SAP_XEP.csv --previous KỲ_TRƯỚC.xlsx' });
        return await mergeFiles(
          {
            inputs: positionals,
            out: values.out,
            unit: values.unit,
            period: values.period,
            expected: values.expected,
            excludeErrors: !!values['exclude-errors'],
            json: !!values.json,
            unitOf: values['unit-of'],
            previous: values.previous,
            succession: values.succession,
            submitted: values.submitted,
            dueBefore: values['due-before'],
            window: values.window,
            deadlines: values.deadlines,
          },
          cli,
        );
      }
      case 'targets': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            json: { type: 'boolean', default: false },
            level: { type: 'string' },
            targets: { type: 'string', multiple: true },
            out: { type: 'string' },
          },
        });
        if (positionals.length !== 1) throw new InputError({ code: 'usage', usage: 'cchc targets FILE.xlsx [--json] [--out OUT.xlsx]' });
        if (values.level !== undefined && !['tinh', 'huyen', 'xa'].includes(values.level))
          throw new InputError({ code: 'usage', usage: '--level tinh|huyen|xa' });
        return await targetsFile(
          {
            file: positionals[0],
            json: !!values.json,
            level: values.level as Level | undefined,
            targets: values.targets ?? [],
            out: values.out,
          },
          cli,
        );
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(say.usage);
        return command ? 0 : 2;
      default:
        throw new InputError({ code: 'command-unknown', command, usage: say.usage });
    }
  } catch (e) {
    if (isInputError(e)) {
      io.err(problemLine(e.problem, cli.lang));
      return 2;
    }
    // By its code, not its class: an error made in another realm (a VM, a worker) is no instance of this one's TypeError.
    if (typeof (e as { code?: unknown }).code === 'string' && (e as { code: string }).code.startsWith('ERR_PARSE_ARGS')) {
      io.err(problemLine(parseProblem(e as TypeError, commandUsage(command, cli.lang) ?? say.usage), cli.lang));
      return 2;
    }
    io.err(internalErrorText(String(e), cli.lang));
    if (debug) io.err(String((e as { stack?: unknown }).stack ?? e));
    else io.err(say.debugHint);
    return 3;
  }
}

/**
 * What Node's argument parser refused, as the user's problem: the option or argument it names
 * (quoted in its English message), with the command's own usage.
 */
function parseProblem(e: TypeError, usage: string): Problem {
  const code = (e as { code?: string }).code;
  const named = /'([^']*)'/.exec(e.message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return { code: 'argument-unexpected', argument: named, usage };
  // "Option '-o, --out <value>' argument missing", "Option '--json' does not take an argument".
  const option = named.replace(/^-\w, /, '').split(' ')[0];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /does not take/.test(e.message)
      ? { code: 'option-takes-no-value', option, usage }
      : { code: 'option-value-missing', option, usage };
  return { code: 'option-unknown', option: named, usage };
}

/** The language asked for (`--lang en`, `--lang=en`, else CCHC_LANG, else Vietnamese) and the other arguments; undefined for a language it does not speak. */
function takeLang(argv: string[], fromEnv: string | undefined): { lang: Lang | undefined; args: string[] } {
  let asked = fromEnv || 'vi';
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') asked = argv[++i] ?? '';
    else if (argv[i].startsWith('--lang=')) asked = argv[i].slice('--lang='.length);
    else args.push(argv[i]);
  }
  return { lang: asked === 'vi' || asked === 'en' ? asked : undefined, args };
}

/** Entry point of the `cchc` binary. */
export function main(): void {
  // The exit code is set, not forced: Node exits once stdout and stderr are written out, so a
  // reader on a pipe gets the whole output (process.exit would cut it at the pipe's buffer).
  void run(process.argv.slice(2), {
    out: (t) => console.log(shownLines(t)),
    err: (t) => console.error(shownLines(t)),
    ...(process.stderr.isTTY ? { progress: (t: string) => console.error(shownLines(t)) } : {}),
  }).then((code) => {
    process.exitCode = code;
  });
}
