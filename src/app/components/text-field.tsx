import type { ComponentChildren, JSX } from 'preact';

type InputProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'id' | 'class' | 'label'>;

interface Props extends InputProps {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  /** The problem with what was typed; shown under the field and announced with it. */
  error?: ComponentChildren;
  /** Class of the wrapping element (the screen's own field styles). */
  class?: string;
  errorClass?: string;
  /** Announce the error at once (role=alert) rather than when the field is read. */
  errorAlert?: boolean;
}

/**
 * A labelled text input with its hint and error wired for screen readers: the hint and the error
 * are the input's description (`<id>-hint`, `<id>-error`), and a field with an error is marked invalid.
 */
export function TextField({ id, label, hint, error, class: wrapperClass, errorClass, errorAlert, ...input }: Props) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={wrapperClass}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        autocomplete="off"
        {...input}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
      {error && (
        <p id={`${id}-error`} class={errorClass} role={errorAlert ? 'alert' : undefined}>
          {error}
        </p>
      )}
    </div>
  );
}
