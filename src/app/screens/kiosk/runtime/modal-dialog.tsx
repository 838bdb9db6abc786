import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A native modal <dialog> opened on mount: it traps focus, makes the page behind inert, and the
 * browser puts it above everything. Escape calls `onCancel` instead of closing it behind our back.
 */
export function ModalDialog(props: {
  class: string;
  /** Which dialog this is, for anything that needs to tell them apart without reading them. */
  dialog: string;
  /** A finer kind within that dialog (an outside link's: call, map, store…). */
  kind?: string;
  role?: 'dialog' | 'alertdialog';
  labelledBy: string;
  describedBy?: string;
  onCancel: () => void;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef(props.onCancel);
  cancel.current = props.onCancel;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    const onCancel = (e: Event) => {
      e.preventDefault();
      cancel.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class={props.class}
      role={props.role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      data-dialog={props.dialog}
      data-kind={props.kind}
    >
      {props.children}
    </dialog>
  );
}
