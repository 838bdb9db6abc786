/**
 * The shell's share action. The share dialog (QR code generator included) is a lazy chunk loaded
 * on first use, so the first screen pays nothing for it.
 */
export function openShare(opts: { handoff?: boolean; onClose?: () => void } = {}): Promise<void> {
  return import('./share').then((m) => m.openShareDialog(location.href, opts));
}
