import { useId, useRef, useState, type FormEvent } from 'react';
import { localName, type BookableService, type BookingOptions } from '@dintur/shared';
import { ApiError, call } from '../api/api-client.js';
import { formatAppointment } from '../format/time.js';
import { useLanguage } from '../i18n/language.js';
import { appointmentHref, bookingHref } from '../routing/routes.js';
import { Link, navigate } from '@dintur/web';
import { messageOf } from '../ui/errors.js';
import { PageHeading, StepLabel } from '../ui/page-shell.js';
import { bookingBody, contactErrors, serverErrors, type ContactErrors, type ContactField, type ContactValues } from './contact-form.js';

type DetailsStepProps = { options: BookingOptions; service: BookableService; date: string; start: string };

/** Step 3: name, phone and/or e-mail, optionally the CPR number; then the booking. */
export function DetailsStep({ options, service, date, start }: DetailsStepProps) {
  const { t, lang } = useLanguage();
  const id = useId();
  const [values, setValues] = useState<ContactValues>({ name: '', phone: '', email: '', cpr: '' });
  const [errors, setErrors] = useState<ContactErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const end = new Date(Date.parse(start) + service.lengthMinutes * 60_000).toISOString();

  const showErrors = (found: ContactErrors) => {
    setErrors(found);
    // The summary takes focus: a screen reader reads the problems, each a link to its field.
    requestAnimationFrame(() => summary.current?.focus());
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
      const appointment = await call('bookAppointment', { body: bookingBody(service.id, start, values, lang) });
      navigate(appointmentHref(appointment.code, 'booked'), { replace: true });
    } catch (error) {
      setSending(false);
      // A taken time sends the citizen back to the times; another 409 (this phone number already
      // holds as many bookings as one may: `booking-limit`) is said here, with the server's words.
      if (error instanceof ApiError && error.status === 409 && error.code === 'conflict') {
        navigate(`${bookingHref({ serviceId: service.id, date })}&notice=taken`, { replace: true });
      } else if (error instanceof ApiError && error.issues.some((issue) => issue.path === 'body.start')) {
        navigate(`${bookingHref({ serviceId: service.id, date })}&notice=passed`, { replace: true });
      } else if (error instanceof ApiError && error.status === 400 && Object.keys(serverErrors(error.issues, t)).length > 0) {
        showErrors(serverErrors(error.issues, t));
      } else {
        setFailure(messageOf(error, t));
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
          <p className="error-text" id={`${id}-${name}-error`}>
            {error}
          </p>
        )}
        <input
          id={`${id}-${name}`}
          name={name}
          className="input"
          value={values[name]}
          onChange={(event) => setValues((previous) => ({ ...previous, [name]: event.target.value }))}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          spellCheck={false}
          {...input}
        />
      </div>
    );
  };

  const problems = (['name', 'phone', 'email', 'cpr'] as const).flatMap((name) => (errors[name] ? [[name, errors[name]] as const] : []));
  return (
    <>
      <StepLabel step={3} of={3} />
      <PageHeading>{t.detailsTitle}</PageHeading>
      <div className="summary-card">
        <p className="summary-label">{t.yourAppointment}</p>
        <p className="summary-service">{localName(service.name, lang)}</p>
        <p className="summary-time">{formatAppointment(start, end, lang, options.timeZone)}</p>
        <Link className="text-link" href={bookingHref({ serviceId: service.id, date })}>
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
        <div className="panel panel-error" role="alert">
          <p>{failure}</p>
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
          {field('email', t.email, { type: 'email', autoComplete: 'email', inputMode: 'email' }, options.emailConfirmations ? t.emailHint : undefined)}
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
