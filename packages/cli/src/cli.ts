import { Command, CommanderError } from 'commander'
import pkg from '../package.json' with { type: 'json' }
import { exportCommand } from './commands/export'
import { importCommand } from './commands/import'
import { initCommand } from './commands/init'
import { lintCommand } from './commands/lint'
import { reportCommand } from './commands/report'
import { schemaCommand } from './commands/schema'
import { scoreCommand } from './commands/score'
import { validateCommand } from './commands/validate'
import type { Context } from './context'
import { CliError, EXIT } from './errors'
import { EXIT_CODES_HELP } from './options'

/** The `okrkit` program: commander parses, the commands call core and format. */
export function createProgram(context: Context): Command {
  const program = new Command('okrkit')
    .description('Validate, lint, score, report, export and import OKR documents (JSON or YAML).')
    .version(pkg.version, '-v, --version')
    // Usage errors are ours to map to exit code 2; commander would exit 1.
    .exitOverride()
    .showHelpAfterError('(run okrkit --help, or okrkit <command> --help)')
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
      outputError: (text, write) => write(`okrkit: ${text.replace(/^error: /, '')}`),
    })
    .addHelpText(
      'after',
      `
FILE is a JSON or YAML document, or - for stdin; --example uses the bundled example.
--format json prints machine-readable output. Colour only on a terminal; NO_COLOR turns it off.
${EXIT_CODES_HELP}`,
    )
  for (const make of [
    validateCommand,
    lintCommand,
    scoreCommand,
    reportCommand,
    exportCommand,
    importCommand,
    schemaCommand,
    initCommand,
  ]) {
    program.addCommand(make(context))
  }
  return program
}

/** Runs the CLI and returns the exit code; user errors become one line on stderr, no stack. */
export async function run(argv: string[], context: Context): Promise<number> {
  const program = createProgram(context)
  // Subcommands added with addCommand do not inherit these settings; give them the same.
  for (const command of program.commands) {
    command
      .exitOverride()
      .showHelpAfterError(`(run okrkit ${command.name()} --help)`)
      .configureOutput(program.configureOutput())
  }
  try {
    await program.parseAsync(argv, { from: 'user' })
    return context.result.exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      return ['commander.helpDisplayed', 'commander.version'].includes(error.code)
        ? EXIT.ok
        : EXIT.usage
    }
    if (error instanceof CliError) {
      if (error.message !== '') context.stderr.write(`okrkit: ${error.message}\n`)
      return error.exitCode
    }
    // A bug, not a user error: say so plainly; the stack only when asked for.
    const message = error instanceof Error ? error.message : String(error)
    context.stderr.write(`okrkit: internal error: ${message}\n`)
    if (process.env.OKRKIT_DEBUG && error instanceof Error) context.stderr.write(`${error.stack}\n`)
    return EXIT.usage
  }
}
