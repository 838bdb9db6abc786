import type { Server } from 'node:http';
import { StartupError } from './startup-problem';

/**
 * On SIGTERM or SIGINT: stop taking connections, let requests in progress finish for at most
 * `drainMs` (an upload trickling over a bad network must not hold a restart for minutes), then cut
 * the rest off, close the features (storage last) and exit. A second signal exits at once.
 */
export function stopOnSignals(server: Server, closeFeatures: () => Promise<void>, drainMs: number, flushLog: () => void): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`${signal}: finishing the requests in progress (at most ${drainMs / 1000} s), then stopping.`);
    const cutOff = setTimeout(() => {
      console.log(`Requests still in progress after ${drainMs / 1000} s: cut off.`);
      server.closeAllConnections();
    }, drainMs);
    server.close(() => {
      clearTimeout(cutOff);
      flushLog();
      closeFeatures().then(
        () => process.exit(0),
        (e: unknown) => {
          console.error(`Stopped, but ${e instanceof Error ? e.message.split('\n').join('; ') : String(e)}`);
          process.exit(1);
        },
      );
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

/** SHUTDOWN_DRAIN_SECONDS (default 10): how long requests in progress may take once asked to stop. */
export function drainMsFrom(value: string | undefined): number {
  if (value === undefined || value === '') return 10_000;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 600)
    throw new StartupError(`SHUTDOWN_DRAIN_SECONDS: found ${JSON.stringify(value)}, expected a number of seconds from 0 to 600`);
  return seconds * 1000;
}
