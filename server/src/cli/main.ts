/** The `kube-guide` command line: dispatches to one command per file in `commands/`. */
import { t } from '../l10n';
import { VERSION } from '../version';
import { lint } from './commands/lint';
import { simulateCommand } from './commands/simulate';
import { UserError, type CliIO, type Command } from './io';

/** Registered commands, one file each under commands/. */
export const commands: Command[] = [lint, simulateCommand];

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.err(t(io.locale, 'cli.missingCommand') + '\n');
      return 2;
    }
    if (first === '-h' || first === '--help' || first === 'help') {
      io.out(t(io.locale, 'cli.usage') + '\n');
      return 0;
    }
    if (first === '-v' || first === '--version') {
      io.out(`kube-guide ${VERSION}\n`);
      return 0;
    }
    if (first.startsWith('-')) throw new UserError(t(io.locale, 'cli.unknownOption', { option: first }));
    const command = commands.find((c) => c.name === first);
    if (!command) throw new UserError(t(io.locale, 'cli.unknownCommand', { command: first }));
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UserError) {
      io.err(e.message + '\n');
      return e.exitCode;
    }
    io.err(t(io.locale, 'cli.internalError', { message: e instanceof Error ? e.message : String(e) }) + '\n');
    if (io.env.KUBE_GUIDE_DEBUG && e instanceof Error && e.stack) io.err(e.stack + '\n');
    return 70;
  }
}
