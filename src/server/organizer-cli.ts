// `npm run organizer -- add NAME` (and list, remove NAME, password NAME): organizer accounts for the
// dashboard. The password comes from ORGANIZER_PASSWORD, or standard input (typed, hidden, twice).
import { createInterface } from 'node:readline';
import { hashPassword, normalizeOrganizerName, passwordProblem } from './auth/password';
import { openStorageFromEnv } from './storage/index';

const USAGE = `Usage: npm run organizer -- <command>
  add NAME         create an organizer account (NAME: 2–32 of a–z 0–9 . _ -)
  password NAME    set a new password (logs the organizer out everywhere)
  remove NAME      delete an account
  list             list accounts
The password is read from ORGANIZER_PASSWORD or standard input. Data: DATA_DIR (default ./data).`;

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
  const [command, rawName] = argv;
  if (command === 'list') {
    const storage = await openStorageFromEnv();
    const names = await storage.organizers.listOrganizers();
    process.stdout.write(names.length ? names.join('\n') + '\n' : 'No organizer accounts yet.\n');
    return storage.close();
  }
  if (!['add', 'password', 'remove'].includes(command ?? '') || !rawName) throw new Error(USAGE);
  const name = normalizeOrganizerName(rawName);
  if (!name) throw new Error(`NAME: found ${JSON.stringify(rawName)}, expected 2–32 of a–z 0–9 . _ -`);
  const storage = await openStorageFromEnv();
  try {
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
      const result = await storage.organizers.addOrganizer(name, hash, new Date().toISOString().slice(0, 10));
      if (result === 'exists') throw new Error(`"${name}" exists already; use: npm run organizer -- password ${name}`);
      process.stdout.write(`Organizer "${name}" added. Log in at /dashboard.\n`);
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
