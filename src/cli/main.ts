import type { Cli, Output } from './commands';
import { InputError, isInputError } from '../domain/problems/errors';
import type { Lang } from '../domain/messages/lang';
import { internalErrorText } from '../domain/messages/problems';
import type { Problem } from '../domain/problems/problem';
import { problemLine, shownLines } from './shown';
import { cliTexts } from './texts';
import { runCommand } from './command';
import { commandNamed, fullUsage } from './command-list';

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
  const [command, ...rest] = args;
  try {
    if (lang === undefined) throw new InputError({ code: 'usage', usage: '--lang vi|en' });
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.out(fullUsage(cli.lang));
      return command ? 0 : 2;
    }
    const chosen = commandNamed(command);
    if (!chosen) throw new InputError({ code: 'command-unknown', command, usage: fullUsage(cli.lang) });
    // `cchc merge --help`: that command's usage, whatever else is on the line.
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(chosen.usage[cli.lang]);
      return 0;
    }
    return await runCommand(chosen, rest, cli);
  } catch (e) {
    if (isInputError(e)) {
      io.err(problemLine(e.problem, cli.lang));
      return 2;
    }
    // By its code, not its class: an error made in another realm (a VM, a worker) is no instance of this one's TypeError.
    if (typeof (e as { code?: unknown }).code === 'string' && (e as { code: string }).code.startsWith('ERR_PARSE_ARGS')) {
      io.err(problemLine(parseProblem(e as TypeError, commandNamed(command)?.usage[cli.lang] ?? fullUsage(cli.lang)), cli.lang));
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
