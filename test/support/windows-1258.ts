/**
 * Text as Excel on a Vietnamese Windows saves "CSV (comma delimited)": Windows-1258, where many
 * letters are a base letter and a combining tone mark. For tests of the upload that must refuse it.
 */
export function encodeWindows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  const byte = (c: string) => {
    const b = byChar.get(c);
    if (b === undefined) throw new Error(`not in Windows-1258: ${c}`);
    return b;
  };
  for (const ch of text) {
    if (byChar.has(ch)) {
      out.push(byChar.get(ch)!);
      continue;
    }
    // A base letter (with its circumflex, breve or horn when the code page has it), then tone marks.
    const [base = '', ...marks] = [...ch.normalize('NFD')];
    const i = marks.findIndex((m) => byChar.has((base + m).normalize('NFC')));
    const head = i < 0 ? base : (base + marks[i]).normalize('NFC');
    out.push(byte(head), ...marks.filter((_, k) => k !== i).map(byte));
  }
  return Uint8Array.from(out);
}
