import { useId, useRef, useState, type FormEvent } from 'react';
import type { Appointment, BookingOptions } from '@dintur/shared';
import { asApiError, type ApiError } from '@dintur/web';
import { useSession } from '../session/session.js';
import { Dialog } from '../ui/dialog.js';
import { ErrorText } from '../ui/error-text.js';
import { formatSpan } from './booking-format.js';
import { callerBooking, callerErrors, serverFieldErrors, type CallerDetails, type CallerErrors } from './booking-form.js';
import { bookingStrings as text } from './booking-strings.js';
import type { ChosenSlot } from './free-times.js';
import { FormField } from './form-field.js';

type BookDialogProps = {
  chosen: ChosenSlot;
  options: BookingOptions;
  onBooked(appointment: Appointment): void;
  /** The time was taken meanwhile: the dialog closes and the free times are fetched again. */
  onTaken(): void;
  onClose(): void;
};

/** Books the chosen time for the caller: name, phone or e-mail, and optionally the CPR number. */
export function BookDialog({ chosen, options, onBooked, onTaken, onClose }: BookDialogProps) {
  const { api } = useSession();
  const id = useId();
  const firstField = useRef<HTMLInputElement>(null);
  const [details, setDetails] = useState<CallerDetails>({ name: '', phone: '', email: '', cpr: '' });
  const [errors, setErrors] = useState<CallerErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);
  const { service, slot } = chosen;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const found = callerErrors(details);
    setErrors(found);
    setFailure(null);
    const first = (['name', 'phone', 'email', 'cpr'] as const).find((field) => found[field]);
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setSending(true);
    try {
      onBooked(await api.call('bookAppointment', { body: callerBooking(service.id, slot.start, details) }));
    } catch (error) {
      const problem = asApiError(error);
      setSending(false);
      if (problem.status === 409) onTaken();
      else {
        setFailure(problem);
        // A refused field (a CPR number in the name) is said at that field, and focused.
        const refused = serverFieldErrors(problem.issues);
        setErrors(refused);
        const first = (['name', 'phone', 'email', 'cpr'] as const).find((field) => refused[field]);
        if (first) document.getElementById(`${id}-${first}`)?.focus();
      }
    }
  };

  const input = (field: keyof CallerDetails) => ({
    id: `${id}-${field}`,
    name: field,
    value: details[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) => setDetails((current) => ({ ...current, [field]: event.target.value })),
  });

  return (
    <Dialog title={text.bookTitle} description={`${service.name.da} · ${formatSpan(slot.start, slot.end, options.timeZone)}`} onClose={onClose} initialFocus={firstField} className="book-dialog">
      <form onSubmit={submit} noValidate className="booking-form">
        <FormField {...input('name')} ref={firstField} label={text.name} autoComplete="off" />
        <p className="booking-hint">{text.contactHint}</p>
        <div className="two-fields">
          <FormField {...input('phone')} label={text.phone} type="tel" autoComplete="off" />
          <FormField {...input('email')} label={text.email} type="email" autoComplete="off" hint={options.emailConfirmations ? text.emailHint : undefined} />
        </div>
        <FormField {...input('cpr')} label={text.cpr} hint={text.cprHint} inputMode="numeric" autoComplete="off" />
        {failure && <ErrorText error={failure} />}
        <div className="dialog-actions">
          <button type="submit" className="button primary" disabled={sending}>
            {sending ? text.booking : text.confirmBook}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {text.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
