import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Node arguments of `npm run serve` (package.json: the compiled server, dist-server/main.js,
 * with its heap cap), so that tests and benches start the server exactly as production does.
 * Throws, naming the fix, when the server is not built.
 */
export function serveArgs(root = '.'): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [node, ...args] = (pkg.scripts.serve ?? '').split(/\s+/);
  const script = args.find((a) => !a.startsWith('-'));
  if (node !== 'node' || !script) throw new Error(`package.json: "serve" is not \`node [flags] SCRIPT\`: ${pkg.scripts.serve}`);
  if (!existsSync(join(root, script))) throw new Error(`No ${script}: run \`npm run build\` first.`);
  return args;
}
