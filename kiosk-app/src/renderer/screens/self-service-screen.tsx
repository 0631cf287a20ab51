import { localName, localNameLanguage, type CentreService } from '@dintur/shared';
import type { Translator } from '../i18n/translate.js';
import { shortUrl } from '../printing/receipt.js';
import { QrCode } from '@dintur/web';

type SelfServiceProps = {
  t: Translator;
  lang: string;
  service: CentreService & { selfServiceUrl: string };
  /** The citizen chose to do it online: the code stays, larger, until they are done. */
  chosen: boolean;
  onChooseOnline(): void;
  onTakeNumber(): void;
  onDone(): void;
};

/**
 * Before the number, for a service that can be done online: the way to the self-service page (a
 * QR code for the phone's camera) or a number anyway. Both choices are counted for the channel
 * statistics; the number is never refused.
 */
export function SelfServiceScreen({ t, lang, service, chosen, onChooseOnline, onTakeNumber, onDone }: SelfServiceProps) {
  return (
    <div className="screen-body self-service" data-chosen={chosen}>
      <div className="screen-intro">
        <h1 className="screen-title" tabIndex={-1} data-screen-title>
          {chosen ? t.text('selfServiceChosen') : t.text('selfServiceTitle')}
        </h1>
        <p className="screen-hint service-label" lang={localNameLanguage(service.name, lang)}>
          {localName(service.name, lang)}
        </p>
        {!chosen && <p className="screen-hint">{t.text('selfServiceBody')}</p>}
        <figure className="qr-figure">
          <QrCode value={service.selfServiceUrl} label={t.text('selfServiceQrLabel')} className={chosen ? 'qr-large' : undefined} />
          <figcaption className="qr-caption" dir="ltr">
            {shortUrl(service.selfServiceUrl)}
          </figcaption>
        </figure>
      </div>
      <div className="screen-actions two-actions">
        {chosen ? (
          <button type="button" className="big-button primary" onClick={onDone} data-testid="done">
            {t.text('done')}
          </button>
        ) : (
          <>
            <button type="button" className="big-button primary" onClick={onChooseOnline} data-testid="choose-online">
              {t.text('selfServiceChooseOnline')}
            </button>
            <button type="button" className="big-button secondary" onClick={onTakeNumber} data-testid="take-number-anyway">
              {t.text('selfServiceTakeNumber')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
