import { fallbackLanguage } from '../i18n/languages.js';
import type { LanguageFile } from '../i18n/messages.js';
import { createTranslator } from '../i18n/translate.js';
import { WarningIcon } from '../icons/icons.js';

/**
 * When the server cannot be reached: the same two sentences in every complete language at once,
 * since nobody can choose a language on a kiosk that does not work. It goes away by itself when
 * the server answers again.
 */
export function OutOfOrderScreen({ languages }: { languages: readonly LanguageFile[] }) {
  return (
    <main className="out-of-order" data-testid="out-of-order">
      <WarningIcon className="out-of-order-icon" />
      {languages.map((language, index) => {
        const t = createTranslator(language, fallbackLanguage);
        const Title = index === 0 ? 'h1' : 'h2';
        return (
          <section key={language.code} className="out-of-order-language" lang={language.code} dir={language.dir}>
            <Title className="out-of-order-title">{t.text('outOfOrderTitle')}</Title>
            <p className="out-of-order-body">{t.text('outOfOrderBody')}</p>
          </section>
        );
      })}
    </main>
  );
}
