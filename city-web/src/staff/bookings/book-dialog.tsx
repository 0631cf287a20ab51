import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { CityAppointment, CityBookingOptions } from '@dintur/shared';
import { asApiError, issuesByField, type ApiError } from '@dintur/web';
import { useCity } from '../session/session.js';
import { ErrorText } from '../ui/error-text.js';
import { formatSpan } from './booking-format.js';
import { callerBooking, callerErrors, callerFields, refusedFieldText, type CallerDetails, type CallerErrors, type CallerField } from './booking-form.js';
import { bookingStrings as text } from './booking-strings.js';
import { Dialog } from './dialog.js';
import { FormField } from './form-field.js';
import type { ChosenSlot } from './free-times.js';

type BookDialogProps = {
  chosen: ChosenSlot;
  options: CityBookingOptions;
  onBooked(appointment: CityAppointment): void;
  /** The time was taken meanwhile: the dialog closes and the free times are fetched again. */
  onTaken(): void;
  onClose(): void;
};

/**
 * Books the chosen time at its centre for the caller: name, phone or e-mail, and optionally the
 * CPR number. The CPR number goes to the hub once and is never shown back: the form is gone
 * with the dialog.
 */
export function BookDialog({ chosen, options, onBooked, onTaken, onClose }: BookDialogProps) {
  const city = useCity();
  const id = useId();
  const firstField = useRef<HTMLInputElement>(null);
  const [details, setDetails] = useState<CallerDetails>({ name: '', phone: '', email: '', cpr: '' });
  const [errors, setErrors] = useState<CallerErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);
  const { service, centre, slot } = chosen;

  const focusFirst = (found: CallerErrors) => {
    const first = callerFields.find((field) => found[field]);
    if (first) document.getElementById(`${id}-${first}`)?.focus();
    return first !== undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const found = callerErrors(details);
    setErrors(found);
    setFailure(null);
    if (focusFirst(found)) return;
    setSending(true);
    try {
      onBooked(await city.call('cityBook', { body: callerBooking(centre.id, service.id, slot.start, details) }));
    } catch (error) {
      const problem = asApiError(error);
      setSending(false);
      // 409 conflict: the slot filled up meanwhile (its details say 'slot-full').
      if (problem.status === 409 && problem.code === 'conflict') {
        onTaken();
        return;
      }
      // What the hub refused by field, said in Danish by the field; the rest above the buttons.
      const { byField } = issuesByField(problem, callerFields);
      const refused: CallerErrors = Object.fromEntries(Object.keys(byField).map((field) => [field, refusedFieldText(field as CallerField, details[field as CallerField])]));
      setErrors(refused);
      setFailure(problem);
      focusFirst(refused);
    }
  };

  const input = (field: CallerField) => ({
    id: `${id}-${field}`,
    name: field,
    value: details[field],
    error: errors[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) => setDetails((current) => ({ ...current, [field]: event.target.value })),
  });

  return (
    <Dialog
      title={text.bookTitle}
      description={`${service.name.da} · ${centre.name} · ${formatSpan(slot.start, slot.end, options.timeZone)}`}
      onClose={onClose}
      initialFocus={firstField}
      className="book-dialog"
    >
      <form onSubmit={(event) => void submit(event)} noValidate className="booking-form">
        <FormField {...input('name')} ref={firstField} label={text.name} autoComplete="off" />
        <p className="booking-hint">{text.contactHint}</p>
        <div className="two-fields">
          <FormField {...input('phone')} label={text.phone} type="tel" autoComplete="off" />
          <FormField {...input('email')} label={text.email} type="email" autoComplete="off" />
        </div>
        <FormField {...input('cpr')} label={text.cpr} hint={text.cprHint} inputMode="numeric" autoComplete="off" />
        <p className="booking-hint">{text.retention(options.personalDataRetentionDays)}</p>
        <ErrorText error={failure} />
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
