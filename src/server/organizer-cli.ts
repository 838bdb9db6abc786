// `npm run organizer -- add NAME [SCOPE]` (and list, scope NAME SCOPE, remove NAME, password NAME):
// organizer accounts for the dashboard. The password comes from ORGANIZER_PASSWORD, or standard
// input (typed, hidden, twice).
import { createInterface } from 'node:readline';
import { ADMIN_SCOPE, parseScope, scopeKind } from '../core/organizers/scope';
import { hashPassword, normalizeOrganizerName, passwordProblem } from './auth/password';
import { identityCommand } from './identity/identity-cli';
import { openStorageFromEnv } from './storage/index';

const USAGE = `Usage: npm run organizer -- <command>
  add NAME [SCOPE]   create an organizer account (NAME: 2–32 of a–z 0–9 . _ -)
                     SCOPE: admin (the default), a province code (79) or a commune (79-26734)
  scope NAME SCOPE   change what an account may see and edit (logs it out everywhere)
  password NAME      set a new password (logs the organizer out everywhere)
  remove NAME        delete an account
  list               list accounts with their scopes
  identity [set]     show the unit, area and local hotlines citizens see; "set" takes them from
                     IDENTITY_UNIT, IDENTITY_AREA and IDENTITY_HOTLINES ("028 3855 1234 = Công an phường; 113 = …")
The password is read from ORGANIZER_PASSWORD or standard input. Data: DATABASE_URL (PostgreSQL) or
DATA_DIR (SQLite, default ./data).`;

async function readPassword(): Promise<string> {
  if (process.env.ORGANIZER_PASSWORD) return process.env.ORGANIZER_PASSWORD;
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) =>
        write(s.startsWith(prompt) ? prompt : s.includes('\n') ? '\n' : '');
      rl.question(prompt, (answer) => {
        rl.close();
        resolve(answer);
      });
    });
  const first = await ask('Password: ');
  const again = await ask('Password again: ');
  if (first !== again) throw new Error('The two passwords differ.');
  return first;
}

async function main(argv: string[]): Promise<void> {
  const [command, rawName, rawScope] = argv;
  if (command === 'identity') {
    const storage = await openStorageFromEnv();
    try {
      process.stdout.write(await identityCommand(storage.identity, rawName, process.env));
    } finally {
      await storage.close();
    }
    return;
  }
  if (command === 'list') {
    const storage = await openStorageFromEnv();
    const accounts = await storage.organizers.listOrganizers();
    const line = (a: { name: string; scope: string }) => `${a.name}\t${scopeKind(a.scope) === 'admin' ? 'admin' : a.scope}\n`;
    process.stdout.write(accounts.length ? accounts.map(line).join('') : 'No organizer accounts yet.\n');
    return storage.close();
  }
  if (!['add', 'password', 'remove', 'scope'].includes(command ?? '') || !rawName) throw new Error(USAGE);
  const name = normalizeOrganizerName(rawName);
  if (!name) throw new Error(`NAME: found ${JSON.stringify(rawName)}, expected 2–32 of a–z 0–9 . _ -`);
  if (command === 'scope' && rawScope === undefined) throw new Error(USAGE);
  const scope = rawScope === undefined ? ADMIN_SCOPE : parseScope(rawScope);
  if (!scope) throw new Error(`SCOPE: found ${JSON.stringify(rawScope)}, expected admin, a province code (79) or a commune (79-26734)`);
  const storage = await openStorageFromEnv();
  try {
    if (command === 'scope') {
      if (!(await storage.organizers.setScope(name, scope))) throw new Error(`No organizer named "${name}".`);
      process.stdout.write(`Scope of "${name}" is now ${scope === ADMIN_SCOPE ? 'admin' : scope}.\n`);
      return;
    }
    if (command === 'remove') {
      if (!(await storage.organizers.removeOrganizer(name))) throw new Error(`No organizer named "${name}".`);
      process.stdout.write(`Removed "${name}".\n`);
      return;
    }
    const password = await readPassword();
    const problem = passwordProblem(password);
    if (problem) throw new Error(`Password: too short or too long, expected ${problem}.`);
    const hash = await hashPassword(password);
    if (command === 'add') {
      const result = await storage.organizers.addOrganizer(name, hash, new Date().toISOString().slice(0, 10), scope);
      if (result === 'exists') throw new Error(`"${name}" exists already; use: npm run organizer -- password ${name}`);
      process.stdout.write(`Organizer "${name}" (${scope === ADMIN_SCOPE ? 'admin' : scope}) added. Log in at /dashboard.\n`);
    } else {
      if (!(await storage.organizers.setPassword(name, hash))) throw new Error(`No organizer named "${name}".`);
      process.stdout.write(`Password of "${name}" changed.\n`);
    }
  } finally {
    await storage.close();
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
