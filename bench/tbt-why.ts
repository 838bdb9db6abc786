import { writeFileSync } from 'node:fs';
import { cpuBlockingMs, mainThreadTasks } from './cpu-blocking';
import { launchChromium, LIGHTHOUSE_ROUTES, runLighthouse } from './lighthouse';
import { startServer } from '../test/e2e/support/server';

/**
 * `npx tsx bench/tbt-why.ts [vi|en] [route name…]`: one Lighthouse run (mobile defaults) per route,
 * printing the main thread's observed tasks over 10 ms (x4 in Lighthouse's simulation) with what
 * they are made of (event names by self time), the work breakdown, and TBT. Traces go to /tmp.
 */
const lang = process.argv[2] === 'en' ? { lang: 'en-US', accept: 'en-US,en' } : { lang: 'vi-VN', accept: 'vi-VN,vi' };
const wanted = process.argv.slice(3);
const routes = LIGHTHOUSE_ROUTES.filter((r) => !wanted.length || wanted.some((w) => r.name.includes(w)));
const server = await startServer();
const chrome = await launchChromium(lang.lang, lang.accept);
type Node = {
  event: { name: string; args?: { data?: Record<string, unknown> }; tdur?: number };
  startTime: number;
  duration: number;
  selfTime: number;
  children: Node[];
  attributableURLs: string[];
  group: { id: string };
};
try {
  for (const route of routes) {
    const result = await runLighthouse(
      `${server.url}${route.path}`,
      chrome.port,
      process.env.PROFILE ? { additionalTraceCategories: 'disabled-by-default-v8.cpu_profiler' } : {},
    );
    const lhr = result.lhr;
    const a = lhr.audits;
    const num = (id: string) => Math.round(a[id]?.numericValue ?? NaN);
    console.log(
      `\n== ${route.path} (${lang.lang}) FCP ${num('first-contentful-paint')} LCP ${num('largest-contentful-paint')} TBT ${num('total-blocking-time')} CLS ${a['cumulative-layout-shift']?.numericValue}`,
    );
    const metrics = (a['metrics']?.details as { items?: Record<string, number>[] } | undefined)?.items?.[0];
    console.log(
      `  observed: FCP ${Math.round(metrics?.observedFirstContentfulPaint ?? 0)} LCP ${Math.round(metrics?.observedLargestContentfulPaint ?? 0)} load ${Math.round(metrics?.observedLoad ?? 0)}`,
    );
    const breakdown = (a['mainthread-work-breakdown']?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
    console.log('  breakdown (simulated): ' + breakdown.map((b) => `${b.groupLabel} ${Math.round(Number(b.duration))}`).join(', '));
    const artifacts = result.artifacts as unknown as { Trace: { traceEvents: unknown[] } };
    const file = `/tmp/tbt-${lang.lang}-${route.name.replace(/ /g, '-')}.json`;
    writeFileSync(file, JSON.stringify(artifacts.Trace));
    const { tasks, timeOrigin } = mainThreadTasks<Node>(artifacts.Trace);
    const samples = profileSamples(artifacts.Trace.traceEvents as TraceEvent[], timeOrigin);
    const cpu = cpuBlockingMs(tasks, metrics?.observedFirstContentfulPaint ?? 0); // the same tasks: the trace is processed once
    console.log(`  TBT from the main thread's CPU time (bench/cpu-blocking.ts): ${Math.round(cpu)} ms`);
    for (const t of tasks) {
      if ((t as unknown as { parent?: unknown }).parent || t.duration < 10 || t.startTime < 0) continue;
      const self = new Map<string, number>();
      const walk = (n: Node) => {
        let name = n.event.name;
        if (name === 'EvaluateScript' || name === 'v8.compile' || name === 'FunctionCall')
          name += ' ' + String(n.event.args?.data?.url ?? n.event.args?.data?.functionName ?? '').replace(server.url, '');
        self.set(name, (self.get(name) ?? 0) + n.selfTime);
        n.children.forEach(walk);
      };
      walk(t);
      const top = [...self]
        .sort((x, y) => y[1] - x[1])
        .slice(0, 6)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join('; ');
      console.log(
        `  task ${t.startTime.toFixed(0).padStart(5)} +${t.duration.toFixed(1).padStart(5)} ms (CPU ${((t.event.tdur ?? NaN) / 1000).toFixed(1)}) [${t.group.id}] ${t.attributableURLs.map((u) => u.replace(server.url, '')).join(' ')} :: ${top}`,
      );
      if (samples.length) {
        const by = new Map<string, number>();
        for (const s of samples) if (s.t >= t.startTime && s.t <= t.startTime + t.duration) by.set(s.where, (by.get(s.where) ?? 0) + s.dt);
        const lines = [...by].sort((x, y) => y[1] - x[1]).slice(0, 8);
        for (const [k, v] of lines) console.log(`        ${v.toFixed(1).padStart(6)} ms ${k.replaceAll(server.url, '')}`);
      }
    }
  }
} finally {
  await chrome.stop().catch(() => undefined);
  await server.stop();
}

type TraceEvent = {
  name: string;
  id?: string;
  ts: number;
  pid: number;
  tid: number;
  args: {
    data?: {
      startTime?: number;
      cpuProfile?: {
        nodes?: { id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
};

/** The sampling profile's samples (ms from time origin), each named by its leaf frame and its leaf-most app frame. */
function profileSamples(events: TraceEvent[], origin: number): { t: number; dt: number; where: string }[] {
  const out: { t: number; dt: number; where: string }[] = [];
  const profiles = events.filter((e) => e.name === 'Profile');
  for (const p of profiles) {
    const nodes = new Map<number, { parent?: number; frame: { functionName: string; url: string; lineNumber: number } }>();
    let ts = p.args.data?.startTime ?? p.ts;
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.id === p.id && e.pid === p.pid);
    const raw: { node: number; ts: number }[] = [];
    for (const c of chunks) {
      for (const n of c.args.data?.cpuProfile?.nodes ?? []) nodes.set(n.id, { parent: n.parent, frame: n.callFrame });
      const ids = c.args.data?.cpuProfile?.samples ?? [];
      const deltas = c.args.data?.timeDeltas ?? [];
      ids.forEach((id, i) => {
        ts += deltas[i] ?? 0;
        raw.push({ node: id, ts });
      });
    }
    for (let i = 0; i < raw.length - 1; i++) {
      const leaf = nodes.get(raw[i]!.node);
      if (!leaf) continue;
      const name = (f: { functionName: string; url: string; lineNumber: number }) =>
        `${f.functionName || '(anon)'}@${(f.url ?? '').split('/').pop()}:${f.lineNumber}`;
      if (leaf.frame.functionName === '(idle)' || leaf.frame.functionName === '(program)') continue;
      let app = '';
      for (let n: typeof leaf | undefined = leaf; n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) {
        if ((n.frame.url ?? '').includes('/assets/') || (n.frame.url ?? '').endsWith('/')) {
          app = name(n.frame);
          break;
        }
      }
      out.push({ t: (raw[i]!.ts - origin) / 1000, dt: (raw[i + 1]!.ts - raw[i]!.ts) / 1000, where: `${name(leaf.frame)} <= ${app}` });
    }
  }
  return out;
}
