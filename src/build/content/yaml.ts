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
  const problems = [...doc.errors, ...doc.warnings].map((e) => {
    const message = e.message.split('\n')[0] ?? e.message;
    // The parser notices an unclosed quote only at the end of the file: point at where it opened.
    const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
    const opened = quote ? unclosedQuoteLine(text, quote) : undefined;
    if (quote && opened !== undefined) return { line: opened, message: `a quote (${quote}) opened on this line and never closed` };
    return { line: lineAt(e.pos?.[0]), message };
  });

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

/**
 * The line of the first quoted value that is never closed: scans values the way YAML quotes them
 * (`'it''s'`, `"say \\"hi\\""`), skipping comments, so the quotes inside a closed value do not count.
 */
export function unclosedQuoteLine(text: string, quote: string): number | undefined {
  let line = 1;
  let i = 0;
  let lineStart = true;
  let prev = '';
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '\n') {
      line++;
      lineStart = true;
      prev = '';
      i++;
      continue;
    }
    const opensValue = lineStart || prev === ':' || prev === '-' || prev === '[' || prev === '{' || prev === ',' || prev === '';
    if (ch === '#' && (lineStart || /[ \t]/.test(text[i - 1] ?? ' '))) {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if ((ch === '"' || ch === "'") && opensValue) {
      const openedOn = line;
      i++;
      let closed = false;
      while (i < text.length) {
        const c = text[i];
        if (c === '\n') line++;
        if (ch === '"' && c === '\\') {
          i += 2;
          continue;
        }
        if (c === ch) {
          if (ch === "'" && text[i + 1] === "'") {
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        i++;
      }
      if (!closed) return ch === quote ? openedOn : undefined;
      lineStart = false;
      prev = ch;
      continue;
    }
    if (ch !== ' ' && ch !== '\t') {
      lineStart = false;
      prev = ch;
    }
    i++;
  }
  return undefined;
}
