import { useId, useRef, useState, type FormEvent } from 'react';
import { localName, type CityBookableService, type CityBookingCentre, type CityBookingOptions } from '@dintur/shared';
import { ApiError, Link, navigate } from '@dintur/web';
import { useBookLanguage } from './book-language.js';
import { isSlotFull, isStartRefused, isUnreachable } from './book-model.js';
import { appointmentHref, bookHref, type TimeSource } from './book-routes.js';
import { city, useBookState } from './book-state.js';
import { AppointmentTime, messageOf, PageHeading, StepLabel } from './book-ui.js';
import { bookingBody, contactErrors, contactFields, serverErrors, type ContactErrors, type ContactField, type ContactValues } from './contact-form.js';

type DetailsStepProps = {
  options: CityBookingOptions;
  service: CityBookableService;
  centre: CityBookingCentre;
  date: string;
  start: string;
  /** Where the time was chosen: "change time" and a taken time go back there. */
  from: TimeSource;
};

/** Step 3: name, phone and/or e-mail, optionally the CPR number; then the booking at the chosen centre. */
export function DetailsStep({ options, service, centre, date, start, from }: DetailsStepProps) {
  const { t, lang } = useBookLanguage();
  const { contact, rememberContact } = useBookState();
  const id = useId();
  const [values, setValues] = useState<ContactValues>({ ...contact, cpr: '' });
  const [errors, setErrors] = useState<ContactErrors>({});
  const [failure, setFailure] = useState<{ message: string; unreachable: boolean } | null>(null);
  const [sending, setSending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const failurePanel = useRef<HTMLDivElement>(null);
  const end = new Date(Date.parse(start) + centre.lengthMinutes * 60_000).toISOString();
  const timesHref = (notice?: string) =>
    from === 'earliest' ? bookHref({ serviceId: service.id, notice }, lang) : bookHref({ serviceId: service.id, centreId: centre.centreId, date, notice }, lang);

  const showErrors = (found: ContactErrors) => {
    setErrors(found);
    // The summary takes focus: a screen reader reads the problems, each a link to its field.
    requestAnimationFrame(() => summary.current?.focus());
  };

  const change = (name: ContactField, value: string) => {
    const next = { ...values, [name]: value };
    setValues(next);
    // Kept in memory for another time if this one is taken; the CPR number never is.
    if (name !== 'cpr') rememberContact({ name: next.name, phone: next.phone, email: next.email });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    setFailure(null);
    const found = contactErrors(values, t);
    if (Object.keys(found).length > 0) return showErrors(found);
    setErrors({});
    setSending(true);
    try {
      const appointment = await city.call('cityBook', { body: bookingBody(centre.centreId, service.id, start, values, lang) });
      rememberContact({ name: '', phone: '', email: '' });
      navigate(appointmentHref(appointment.code, lang, 'booked'), { replace: true });
    } catch (error) {
      setSending(false);
      if (isSlotFull(error)) {
        navigate(timesHref('taken'), { replace: true });
      } else if (isStartRefused(error)) {
        navigate(timesHref('passed'), { replace: true });
      } else if (error instanceof ApiError && error.status === 400 && Object.keys(serverErrors(error.issues, t)).length > 0) {
        showErrors(serverErrors(error.issues, t));
      } else {
        // The form stays as typed: the citizen sends it again when the hub answers.
        setFailure({ message: isUnreachable(error) ? t.hubUnreachable : messageOf(error, t), unreachable: isUnreachable(error) });
        requestAnimationFrame(() => failurePanel.current?.focus());
      }
    }
  };

  const field = (name: ContactField, label: string, input: { type: string; autoComplete: string; inputMode?: 'tel' | 'email' | 'numeric' | 'text' }, hint?: string) => {
    const error = errors[name];
    const describedBy = [hint && `${id}-${name}-hint`, error && `${id}-${name}-error`].filter(Boolean).join(' ') || undefined;
    return (
      <div className={`field${error ? ' field-error' : ''}`}>
        <label htmlFor={`${id}-${name}`}>{label}</label>
        {hint && (
          <p className="hint" id={`${id}-${name}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p className="error-text" id={`${id}-${name}-error`} data-testid={`error-${name}`}>
            {error}
          </p>
        )}
        <input
          id={`${id}-${name}`}
          name={name}
          className="input"
          value={values[name]}
          onChange={(event) => change(name, event.target.value)}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          spellCheck={false}
          {...input}
        />
      </div>
    );
  };

  const problems = contactFields.flatMap((name) => (errors[name] ? [[name, errors[name]] as const] : []));
  return (
    <>
      <StepLabel step={3} of={3} />
      <PageHeading>{t.detailsTitle}</PageHeading>
      <div className="summary-card">
        <p className="summary-label">{t.yourAppointment}</p>
        <p className="summary-service">{localName(service.name, lang)}</p>
        <p className="summary-centre" data-testid="summary-centre">
          {centre.centreName}
        </p>
        <p className="summary-time" data-testid="summary-time">
          <AppointmentTime start={start} end={end} timeZone={options.timeZone} />
        </p>
        <Link className="text-link" href={timesHref()}>
          {t.changeTime}
        </Link>
      </div>

      {problems.length > 0 && (
        <div className="panel panel-error error-summary" tabIndex={-1} ref={summary} aria-labelledby={`${id}-problems`}>
          <h2 id={`${id}-problems`}>{t.fixErrors}</h2>
          <ul>
            {problems.map(([name, message]) => (
              <li key={name}>
                <a href={`#${id}-${name}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {failure && (
        <div className="panel panel-error" role="alert" tabIndex={-1} ref={failurePanel} data-testid="booking-failure" data-unreachable={failure.unreachable}>
          <p>{failure.message}</p>
        </div>
      )}

      <form onSubmit={submit} noValidate className="contact-form">
        {field('name', t.name, { type: 'text', autoComplete: 'name' })}
        <fieldset className="contact" aria-describedby={`${id}-contact`}>
          <legend>{t.contactTitle}</legend>
          <p className="hint" id={`${id}-contact`}>
            {t.contactHint}
          </p>
          {field('phone', t.phone, { type: 'tel', autoComplete: 'tel', inputMode: 'tel' })}
          {field('email', t.email, { type: 'email', autoComplete: 'email', inputMode: 'email' })}
        </fieldset>
        {field('cpr', t.cpr, { type: 'text', autoComplete: 'off', inputMode: 'numeric' }, t.cprHint)}
        <p className="privacy">{t.privacy(options.personalDataRetentionDays)}</p>
        <button type="submit" className="button button-primary" aria-disabled={sending}>
          {sending ? t.booking : t.confirmBooking}
        </button>
      </form>
    </>
  );
}
