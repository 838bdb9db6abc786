import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';

/**
 * Parses YAML and keeps a way back from a value's path to its line, so schema errors can say
 * `tutorials/activate.yaml:42`. Syntax errors come back as problems with their own lines.
 */
export interface YamlSource {
  value: unknown;
  /** The 1-based line of the node at `path` (keys and list indexes), or of its nearest parent. */
  lineOf(path: readonly (string | number)[]): number;
  problems: { line: number; message: string }[];
}

export function parseYaml(text: string): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : counter.linePos(offset).line);
  const problems = [...doc.errors, ...doc.warnings].map((e) => ({
    line: lineAt(e.pos?.[0]),
    message: e.message.split('\n')[0] ?? e.message,
  }));

  function lineOf(path: readonly (string | number)[]): number {
    let node: Node | null | undefined = doc.contents as Node | null;
    let line = lineAt(node?.range?.[0]);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (!pair) break;
        const keyNode = pair.key as Node | null;
        line = lineAt(keyNode?.range?.[0] ?? node.range?.[0]);
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        line = lineAt(item.range?.[0]);
        node = item;
      } else break;
    }
    return line;
  }

  return { value: problems.length ? undefined : doc.toJS(), lineOf, problems };
}
