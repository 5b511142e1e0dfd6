import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DomainError, ROLES, type Role, isRole } from '@netzwerkstatt/domain';
import { parseArgs } from 'node:util';
import { AccountsService } from '../accounts/accounts.service.js';
import { generatePassword } from '../accounts/password.js';
import { MigrationRunner } from '../database/migrations/migration-runner.js';
import { SEED_OPTIONS, SEED_USAGE, SeedCliOptions, isSeedCommand, runSeedCommand } from '../seed/seed.cli.js';
import { CliModule } from './cli.module.js';

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export const USAGE = [
  'Aufruf / usage: npm run cli -- <command> [options]',
  `  user:create   --email <e-mail> --name <display name> --role <${ROLES.join('|')}> [--password <password>] [--keep-password]`,
  `  user:set-role --email <e-mail> --role <${ROLES.join('|')}>`,
  '  user:disable  --email <e-mail>',
  '  user:enable   --email <e-mail>',
  ...SEED_USAGE,
  'Without --password a password is generated and printed once. / Ohne --password wird ein Passwort erzeugt und einmal angezeigt.',
  'The person must change it at first sign-in, unless --keep-password says they chose it themselves. / Die Person muss es bei der ersten Anmeldung ändern, außer --keep-password sagt, dass sie es selbst gewählt hat.',
].join('\n');

type Options = {
  email?: string;
  name?: string;
  role?: string;
  password?: string;
  'keep-password'?: boolean;
} & SeedCliOptions;
/** After `parse`: the options an account command requires are present, and a role is valid. */
type Checked = Options & { email: string; name: string; role: Role };

const REQUIRED: Record<string, (keyof Options)[]> = {
  'user:create': ['email', 'name', 'role'],
  'user:set-role': ['email', 'role'],
  'user:disable': ['email'],
  'user:enable': ['email'],
  'seed:demo': [],
  'seed:demo:remove': [],
  'seed:synthetic': [],
};

class UsageError extends Error {}

export async function bootCliContext(): Promise<INestApplicationContext> {
  // Nest's own logging stays off: the CLI prints its results, and cli.ts prints a failure as one line.
  const context = await NestFactory.createApplicationContext(CliModule, {
    logger: false,
    abortOnError: false,
  });
  await context.get(MigrationRunner).migrate();
  return context;
}

/**
 * Runs one command; returns the exit code: 0 done, 1 refused (e.g. e-mail taken, unknown account),
 * 2 bad arguments. `boot` is injectable so tests can reuse the command logic.
 */
export async function runCli(
  argv: string[],
  io: CliOutput,
  boot: () => Promise<INestApplicationContext> = bootCliContext,
): Promise<number> {
  let command: string;
  let options: Checked;
  try {
    ({ command, options } = parse(argv));
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const context = await boot();
  try {
    if (isSeedCommand(command)) await runSeedCommand(command, options, context, io.out);
    else await execute(command, options, context.get(AccountsService), io);
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    io.err(`${error.localized.de} / ${error.localized.en}`);
    for (const issue of error.issues.slice(1)) io.err(`  ${issue.message.de} / ${issue.message.en}`);
    return 1;
  } finally {
    await context.close();
  }
}

function parse(argv: string[]): { command: string; options: Checked } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        password: { type: 'string' },
        'keep-password': { type: 'boolean' },
        ...SEED_OPTIONS,
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [command, ...extra] = parsed.positionals;
  if (!command || !(command in REQUIRED))
    throw new UsageError(`Unbekannter Befehl / unknown command: ${command ?? '(none)'}`);
  if (extra.length > 0)
    throw new UsageError(`Unerwartete Argumente / unexpected arguments: ${extra.join(' ')}`);
  const options = parsed.values as Options;
  const missing = REQUIRED[command].filter((key) => !options[key]);
  if (missing.length > 0)
    throw new UsageError(`Fehlt / missing: ${missing.map((key) => `--${key}`).join(', ')}`);
  if (options.role !== undefined && !isRole(options.role)) {
    throw new UsageError(`Unbekannte Rolle / unknown role: ${options.role}`);
  }
  return { command, options: options as Checked };
}

async function execute(
  command: string,
  options: Checked,
  accounts: AccountsService,
  io: CliOutput,
): Promise<void> {
  const { email } = options;
  switch (command) {
    case 'user:create': {
      const password = options.password ?? generatePassword();
      const account = await accounts.createUser({
        email,
        displayName: options.name,
        password,
        role: options.role,
        // A generated password is always someone else's choice.
        mustChangePassword: !(options.password && options['keep-password']),
      });
      io.out(`Konto angelegt / account created: ${account.email} (${account.role}, id ${account.id})`);
      if (!options.password) io.out(`Passwort / password: ${password}`);
      return;
    }
    case 'user:set-role': {
      const account = await accounts.findByEmail(email);
      const updated = await accounts.setRole(account.id, options.role, null);
      io.out(`Rolle geändert / role changed: ${updated.email} → ${updated.role}`);
      return;
    }
    case 'user:disable':
    case 'user:enable': {
      const account = await accounts.findByEmail(email);
      const disabled = command === 'user:disable';
      const updated = await accounts.setDisabled(account.id, disabled, null);
      io.out(
        disabled
          ? `Konto deaktiviert, alle Sitzungen beendet / account disabled, all sessions revoked: ${updated.email}`
          : `Konto aktiviert / account enabled: ${updated.email}`,
      );
      return;
    }
  }
}
