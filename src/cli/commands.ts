/**
 * The commands of `ita-report`, one line each. Each is imported only when it runs, so `--help` and
 * `--version` load none of exceljs, docx or googleapis. To add a command: one line here (its module exports
 * a function `(args, io) => Promise<exit code>`), its words in args.ts' checks if it has options of its own,
 * and its line in help.ts.
 */
import type { CliArgs } from './args';
import type { Io } from './io';

type Command = (args: CliArgs, io: Io) => Promise<number>;

export const COMMANDS = {
  validate: async (args, io) => (await import('./validate-command')).validateCommand(args, io),
  build: async (args, io) => (await import('./build-command')).buildCommand(args, io),
  links: async (args, io) => (await import('./links-command')).linksCommand(args, io), // [links]
  plan: async (args, io) => (await import('./plan-command')).planCommand(args, io), // [plan] the measures plan
  status: async (args, io) => (await import('./status-command')).statusCommand(args, io), // [progress]
} satisfies Record<string, Command>;

export type CommandName = keyof typeof COMMANDS;

export function isCommandName(word: string): word is CommandName {
  return Object.prototype.hasOwnProperty.call(COMMANDS, word);
}

/** "validate, build หรือ links", for messages. */
export function commandList(): string {
  const names = Object.keys(COMMANDS);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} หรือ ${names.at(-1)}` : names.join('');
}
