import type { Centre } from '@dintur/shared';
import type { Translator } from '../i18n/translate.js';
import { CalendarIcon, TicketIcon } from '../icons/icons.js';
import { formatOpening } from '../format/time.js';

type StartProps = {
  t: Translator;
  centre: Centre;
  /** Now by the server's clock. */
  now: number;
  onTakeNumber(): void;
  onAppointment(): void;
};

/** The first screen: take a number, or check in for an appointment. */
export function StartScreen({ t, centre, now, onTakeNumber, onAppointment }: StartProps) {
  const nextOpening = centre.today.nextOpening ? Date.parse(centre.today.nextOpening) : null;
  const closed = !centre.services.some((service) => service.open);
  return (
    <div className="screen-body start">
      <div className="screen-intro">
        <h1 className="screen-title" tabIndex={-1} data-screen-title>
          {t.text('welcome', { centre: centre.name })}
        </h1>
        {closed ? (
          <p className="screen-hint closed-notice" data-testid="centre-closed">
            {t.text('centreClosed')}
            {nextOpening !== null && ` · ${t.text('centreOpens', { when: formatOpening(t, nextOpening, now, centre.timeZone) })}`}
          </p>
        ) : (
          <p className="screen-hint">{t.text('startPrompt')}</p>
        )}
      </div>
      <div className="screen-actions start-actions">
        <button type="button" className="big-button primary start-button" onClick={onTakeNumber} data-testid="take-number">
          <TicketIcon className="big-icon" />
          <span className="button-text">
            <span className="button-label">{t.text('takeNumber')}</span>
            <span className="button-hint">{t.text('takeNumberHint')}</span>
          </span>
        </button>
        <button type="button" className="big-button secondary start-button" onClick={onAppointment} data-testid="appointment">
          <CalendarIcon className="big-icon" />
          <span className="button-text">
            <span className="button-label">{t.text('haveAppointment')}</span>
            <span className="button-hint">{t.text('haveAppointmentHint')}</span>
          </span>
        </button>
      </div>
    </div>
  );
}
