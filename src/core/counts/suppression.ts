import { SHARE_MIN_COUNT } from './metrics';

/**
 * Small-count suppression for tables shared outside the organizers' team (bảng chia sẻ), with
 * complementary suppression as statistical offices do it.
 *
 * A table is a list of cells and sum rules (`total = sum of parts`: a province total over its
 * communes, "checks completed" over the outcome kinds). A count from 1 to 4 is shown as "<5"
 * (primary). A reader who knows the rules can still recompute such a cell from the numbers beside
 * it (a column with one hidden cell and its total shown), so more cells are hidden ("x",
 * complementary) until no hidden cell has a single possible value.
 *
 * What a reader knows, and the audit assumes: every shown number, every rule, that a "<5" cell is
 * 1–4, and that an "x" cell is 5 or more (complements are only ever chosen among such cells).
 *
 * The audit: each cell is in at most two rules, so the rules form a network (rules are nodes, each
 * cell an arc between its two rules, or between its rule and a "ground" node) once every rule is
 * given a sign. Every table consistent with what the reader knows differs from the true one by a
 * flow around cycles of hidden cells; so a hidden cell can take another value exactly when a cycle
 * through it can move (each hidden cell on it still inside its range). No cycle: recoverable.
 */
export type CellState = 'shown' | 'small' | 'hidden';

export interface SumRule {
  /** Index of the total cell. */
  total: number;
  /** Indices of the cells that add up to it. */
  parts: number[];
}

interface Arc {
  tail: number;
  head: number;
}

/** Nodes: rules 0..n-1 and ground n. Each cell's arc: from the rule where it counts -1 to where +1. */
function arcsOf(cellCount: number, rules: readonly SumRule[]): Arc[] {
  const ground = rules.length;
  const seen: { rule: number; coef: number }[][] = Array.from({ length: cellCount }, () => []);
  rules.forEach((r, i) => {
    seen[r.total]!.push({ rule: i, coef: 1 });
    for (const p of r.parts) seen[p]!.push({ rule: i, coef: -1 });
  });
  // Signs per rule so that each cell in two rules is +1 in one and -1 in the other.
  const sign = new Array<number>(rules.length).fill(0);
  for (let start = 0; start < rules.length; start++) {
    if (sign[start] !== 0) continue;
    sign[start] = 1;
    const todo = [start];
    while (todo.length) {
      const rule = todo.pop()!;
      const cells = [rules[rule]!.total, ...rules[rule]!.parts];
      for (const cell of cells) {
        const ins = seen[cell]!;
        if (ins.length > 2) throw new Error(`suppression: cell ${cell} is in ${ins.length} sum rules (at most 2)`);
        if (ins.length < 2) continue;
        const [a, b] = ins as [{ rule: number; coef: number }, { rule: number; coef: number }];
        const [self, other] = a.rule === rule ? [a, b] : [b, a];
        const want = -(sign[rule]! * self.coef) * other.coef;
        if (sign[other.rule] === 0) {
          sign[other.rule] = want;
          todo.push(other.rule);
        } else if (sign[other.rule] !== want) throw new Error('suppression: the sum rules do not form a network');
      }
    }
  }
  return seen.map((ins) => {
    if (ins.length === 0) return { tail: ground, head: ground };
    const ends = ins.map((x) => ({ node: x.rule, coef: sign[x.rule]! * x.coef }));
    if (ends.length === 1) ends.push({ node: ground, coef: -ends[0]!.coef });
    const [a, b] = ends as [{ node: number; coef: number }, { node: number; coef: number }];
    return a.coef < 0 ? { tail: a.node, head: b.node } : { tail: b.node, head: a.node };
  });
}

/** What the reader knows of a hidden cell's range: "<5" is 1–4, "x" is 5 or more. */
function range(state: CellState, min: number): [number, number] {
  return state === 'small' ? [1, min - 1] : [min, Infinity];
}

/**
 * The moves hidden cells allow, as a graph over the rule nodes: a cell below its upper bound can
 * grow (an edge tail→head), above its lower bound shrink (head→tail). Edges carry their cell so a
 * search can leave one cell out.
 */
class Moves {
  private readonly out: { to: number; cell: number }[][];
  private readonly mark: Int32Array;
  private stamp = 0;

  constructor(
    nodes: number,
    private readonly arcs: Arc[],
    private readonly values: readonly number[],
    private readonly states: readonly CellState[],
    private readonly min: number,
  ) {
    this.out = Array.from({ length: nodes }, () => []);
    this.mark = new Int32Array(nodes);
    states.forEach((s, c) => s !== 'shown' && this.add(c));
  }

  /** A cell just hidden: its moves join the graph. */
  add(c: number): void {
    const [lo, hi] = range(this.states[c]!, this.min);
    const { tail, head } = this.arcs[c]!;
    if (tail === head) return;
    if (this.values[c]! < hi) this.out[tail]!.push({ to: head, cell: c });
    if (this.values[c]! > lo) this.out[head]!.push({ to: tail, cell: c });
  }

  /** Takes back the last `add(c)` (a probe). */
  undo(c: number): void {
    const { tail, head } = this.arcs[c]!;
    for (const n of [tail, head]) {
      const list = this.out[n]!;
      while (list.length && list[list.length - 1]!.cell === c) list.pop();
    }
  }

  /** Whether a cycle through cell c can move it: it can take another value. */
  movable(c: number): boolean {
    const { tail, head } = this.arcs[c]!;
    if (tail === head) return true; // in no rule: nothing to recompute it from
    const [lo, hi] = range(this.states[c]!, this.min);
    return (this.values[c]! < hi && this.reach(head, tail, c)) || (this.values[c]! > lo && this.reach(tail, head, c));
  }

  private reach(from: number, to: number, skip: number): boolean {
    const stamp = ++this.stamp;
    this.mark[from] = stamp;
    const todo = [from];
    while (todo.length) {
      const n = todo.pop()!;
      for (const e of this.out[n]!) {
        if (e.cell === skip || this.mark[e.to] === stamp) continue;
        if (e.to === to) return true;
        this.mark[e.to] = stamp;
        todo.push(e.to);
      }
    }
    return false;
  }
}

/** Hidden cells whose value follows from the shown table: they must be none in a shared table. */
export function recoverableCells(
  values: readonly number[],
  states: readonly CellState[],
  rules: readonly SumRule[],
  min = SHARE_MIN_COUNT,
): number[] {
  const moves = new Moves(rules.length + 1, arcsOf(values.length, rules), values, states, min);
  return states.flatMap((s, c) => (s !== 'shown' && !moves.movable(c) ? [c] : []));
}

/**
 * Which cells a shared table hides: 1–4 as "<5" ('small'), then complements ('hidden', 5 or
 * more) until the audit finds no recoverable cell. Complements are the smallest counts that
 * protect: the cells sharing a rule with the exposed one first, then any. Hiding a cell only adds
 * moves, so a cell found movable stays movable: each cell is settled once.
 */
export function suppressSmallCounts(values: readonly number[], rules: readonly SumRule[], min = SHARE_MIN_COUNT): CellState[] {
  const arcs = arcsOf(values.length, rules);
  const states: CellState[] = values.map((v) => (v > 0 && v < min ? 'small' : 'shown'));
  const moves = new Moves(rules.length + 1, arcs, values, states, min);
  const rulesOf: number[][] = values.map(() => []);
  rules.forEach((r, i) => [r.total, ...r.parts].forEach((c) => rulesOf[c]!.push(i)));
  const cellsOf = (rule: number) => [rules[rule]!.total, ...rules[rule]!.parts];
  const smallestFirst = (a: number, b: number) => values[a]! - values[b]! || a - b;
  const todo = states.flatMap((s, c) => (s === 'small' ? [c] : []));
  const hide = (i: number) => {
    states[i] = 'hidden';
    moves.add(i);
    todo.push(i);
  };
  while (todo.length) {
    const c = todo[todo.length - 1]!;
    if (moves.movable(c)) {
      todo.pop();
      continue;
    }
    const open = (i: number) => states[i] === 'shown' && values[i]! >= min;
    const nearby = [...new Set(rulesOf[c]!.flatMap(cellsOf))].filter(open).sort(smallestFirst);
    // The smallest neighbour that protects c on its own; else the smallest neighbour, and look again.
    const alone = nearby.slice(0, 40).find((i) => {
      states[i] = 'hidden';
      moves.add(i);
      const ok = moves.movable(c);
      moves.undo(i);
      states[i] = 'shown';
      return ok;
    });
    const chosen =
      alone ??
      nearby[0] ??
      values
        .map((_, i) => i)
        .filter(open)
        .sort(smallestFirst)[0];
    if (chosen === undefined) throw new Error(`suppression: nothing left to hide around cell ${c}`);
    hide(chosen);
  }
  return states;
}
