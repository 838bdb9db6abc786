import { connect, type Socket } from 'node:net';

/**
 * A small HTTP load generator: `connections` keep-alive connections, each sending the next body
 * as soon as the previous answer has arrived, for a fixed time. Latency is measured per request
 * from write to the end of the response.
 *
 * It writes HTTP/1.1 itself on plain sockets, the request as one string, and reads only the status
 * and the body's length, because it runs on the same cores as the server it measures: node:http's
 * client cost ~110–120 µs of CPU a request, more than the bare Hono server's own ~60–90, so it held
 * back the very figure the collector is compared with (docs/scaling.md, "Ingest").
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

const HEAD_END = Buffer.from('\r\n\r\n');
const CHUNKED_END = Buffer.from('0\r\n\r\n');

/** The status of one complete response at the start of `data`, or null while it is incomplete. */
export function completeResponse(data: Buffer): number | null {
  const headEnd = data.indexOf(HEAD_END);
  if (headEnd < 0) return null;
  const head = data.toString('latin1', 0, headEnd);
  const status = Number(head.slice(9, 12));
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  if (length) return data.length >= headEnd + 4 + Number(length[1]) ? status : null;
  if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) return data.subarray(data.length - 5).equals(CHUNKED_END) ? status : null;
  return status; // no body (204, 304)
}

/** One keep-alive connection: `send` writes a request and resolves with the response's status (0: the connection failed). */
function connection(hostname: string, port: number): { send: (request: string) => Promise<number>; close: () => void } {
  let socket: Socket | null = null;
  let received: Buffer[] = [];
  let answer: ((status: number) => void) | null = null;
  const settle = (status: number) => {
    const a = answer;
    answer = null;
    received = [];
    a?.(status);
  };
  const open = () => {
    const s = connect({ host: hostname, port, noDelay: true });
    s.on('data', (chunk: Buffer) => {
      received.push(chunk);
      const status = completeResponse(received.length === 1 ? received[0]! : Buffer.concat(received));
      if (status !== null) settle(status);
    });
    const lost = () => {
      if (socket === s) socket = null;
      settle(0);
    };
    s.on('error', lost);
    s.on('close', lost);
    return s;
  };
  return {
    send: (request) =>
      new Promise<number>((resolve) => {
        answer = resolve;
        (socket ??= open()).write(request);
      }),
    close: () => socket?.destroy(),
  };
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { hostname, port, pathname } = new URL(options.url);
  if (hostname !== '127.0.0.1') throw new Error(`The load generator only targets 127.0.0.1, not ${hostname}`);
  const statuses: Record<number, number> = {};
  const latencies: number[] = [];
  let seq = 0;
  let ok = 0;
  const end = performance.now() + options.seconds * 1000;
  const requestFor = (n: number) => {
    const { text, headers } = options.body(n);
    let head = `POST ${pathname} HTTP/1.1\r\nhost: ${hostname}:${port}\r\n`;
    for (const [k, v] of Object.entries(headers)) head += `${k}: ${v}\r\n`;
    return `${head}content-length: ${Buffer.byteLength(text)}\r\n\r\n${text}`;
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      const conn = connection(hostname, Number(port));
      while (performance.now() < end) {
        const n = seq++;
        const request = requestFor(n);
        const sentAt = performance.now();
        const status = await conn.send(request);
        latencies.push(performance.now() - sentAt);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === 200) {
          ok++;
          options.onOk?.(n);
        }
      }
      conn.close();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { sent: seq, ok, statuses, seconds, latenciesMs: latencies };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
