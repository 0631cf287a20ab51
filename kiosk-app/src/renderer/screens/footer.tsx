import type { LanguageFile } from '../i18n/messages.js';
import type { Translator } from '../i18n/translate.js';
import { BackIcon, TextSizeIcon, WheelchairIcon } from '../icons/icons.js';

type FooterProps = {
  t: Translator;
  languages: readonly LanguageFile[];
  lang: string;
  reach: boolean;
  largeText: boolean;
  /** Shown where the screen has a way back. */
  onBack: (() => void) | null;
  onLanguage(code: string): void;
  onToggleReach(): void;
  onToggleLargeText(): void;
};

/**
 * The bar at the bottom of every screen: back, every language (each written in itself), and the
 * two modes. Always in the lower half, so reach mode never has to move it, and always visible.
 */
export function Footer({ t, languages, lang, reach, largeText, onBack, onLanguage, onToggleReach, onToggleLargeText }: FooterProps) {
  return (
    <footer className="kiosk-footer">
      <div className="footer-back">
        {onBack && (
          <button type="button" className="footer-button back-button" onClick={onBack} data-testid="back">
            <BackIcon className="back-icon" />
            <span>{t.text('back')}</span>
          </button>
        )}
      </div>
      <div className="language-picker" role="group" aria-label={t.text('chooseLanguage')} data-testid="languages">
        {languages.map((language) => (
          <button
            key={language.code}
            type="button"
            className="footer-button language-button"
            lang={language.code}
            dir={language.dir}
            aria-pressed={language.code === lang}
            onClick={() => onLanguage(language.code)}
          >
            {language.nativeName}
          </button>
        ))}
      </div>
      <div className="mode-toggles">
        <button type="button" className="footer-button mode-button" aria-pressed={reach} onClick={onToggleReach} data-testid="reach-toggle">
          <WheelchairIcon className="mode-icon" />
          <span>{t.text('reachMode')}</span>
        </button>
        <button type="button" className="footer-button mode-button" aria-pressed={largeText} onClick={onToggleLargeText} data-testid="large-text-toggle">
          <TextSizeIcon className="mode-icon" />
          <span>{t.text('largeText')}</span>
        </button>
      </div>
    </footer>
  );
}
