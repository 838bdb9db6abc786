import { Agent, request } from 'node:http';

/**
 * A small HTTP load generator (node:http, keep-alive): `connections` loops, each sending the next
 * body as soon as the previous answer arrives, for a fixed time. Latency is measured per request
 * from write to the end of the response.
 */
export interface LoadResult {
  sent: number;
  ok: number;
  statuses: Record<number, number>;
  seconds: number;
  latenciesMs: number[];
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  body: (seq: number) => { text: string; headers: Record<string, string> };
  /** Called for every 200, with the sequence number of its body. */
  onOk?: (seq: number) => void;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const { hostname, port, pathname } = new URL(options.url);
  if (hostname !== '127.0.0.1') throw new Error(`The load generator only targets 127.0.0.1, not ${hostname}`);
  const statuses: Record<number, number> = {};
  const latencies: number[] = [];
  let seq = 0;
  let ok = 0;
  const end = performance.now() + options.seconds * 1000;
  const one = (n: number) =>
    new Promise<void>((resolve) => {
      const { text, headers } = options.body(n);
      const started = performance.now();
      const req = request(
        { agent, hostname, port, path: pathname, method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(text) } },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - started);
            const status = res.statusCode ?? 0;
            statuses[status] = (statuses[status] ?? 0) + 1;
            if (status === 200) {
              ok++;
              options.onOk?.(n);
            }
            resolve();
          });
        },
      );
      req.on('error', () => {
        statuses[0] = (statuses[0] ?? 0) + 1;
        resolve();
      });
      req.end(text);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < end) await one(seq++);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { sent: seq, ok, statuses, seconds, latenciesMs: latencies };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
