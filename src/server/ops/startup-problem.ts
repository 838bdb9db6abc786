/**
 * Why the server could not start, as one line that names the thing (PORT, HOST, DATA_DIR, the
 * database file) and says what to do. A stack trace tells an operator nothing they can act on.
 */
export class StartupError extends Error {}

export interface StartupSettings {
  port: number;
  host: string;
}

export function startupProblem(e: unknown, { port, host }: StartupSettings): string {
  if (e instanceof StartupError) return e.message;
  const err = e as { code?: unknown; syscall?: unknown; message?: unknown } | null;
  switch (err?.code) {
    case 'EADDRINUSE':
      return `PORT ${port}: another program is listening there already; stop it, or set PORT to a free port.`;
    case 'EACCES':
      if (err.syscall === 'listen')
        return `PORT ${port}: this user may not listen there (ports below 1024 need privileges); set PORT=8080 and put a proxy in front.`;
      break;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EADDRNOTAVAIL':
      return `HOST ${host}: not an address of this machine; set HOST to 0.0.0.0 (every address) or 127.0.0.1 (behind a proxy).`;
  }
  const message = e instanceof Error ? e.message : String(e);
  return `Could not start: ${message.split('\n')[0]}`;
}
