import type { InputHTMLAttributes, Ref } from 'react';

type FormFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input with its hint and its error, both read with it by a screen reader. */
export function FormField({ id, label, hint, error, ref, ...input }: FormFieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="booking-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="booking-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} data-testid={`problem-${input.name ?? id}`}>
          {error}
        </p>
      )}
      <input ref={ref} id={id} aria-invalid={error !== undefined ? true : undefined} aria-describedby={describedBy} {...input} />
    </div>
  );
}
