import { missingNames, type Centre, type KioskLanguage, type NameWarning } from '@dintur/shared';
import { useMe } from '../session/session.js';

/** The kiosk languages as a Danish sentence names them. */
const languageNames: Record<KioskLanguage, string> = {
  da: 'dansk',
  en: 'engelsk',
  ar: 'arabisk',
  so: 'somali',
  pl: 'polsk',
  uk: 'ukrainsk',
  tr: 'tyrkisk',
  ur: 'urdu',
};

const text = {
  heading: 'Navne der mangler på kioskens sprog',
  lead: 'Hvor en enhed eller ydelse ikke har et navn på et sprog, viser kiosken det engelske navn. Skriv navnene i konfigurationen (fx "ar" og "so" under "name") og indlæs den igen.',
  kind: { unit: 'Enhed', service: 'Ydelse' } satisfies Record<NameWarning['kind'], string>,
  missing: (languages: string) => `mangler på ${languages}`,
};

const listFormat = new Intl.ListFormat('da', { type: 'conjunction' });

/**
 * For the admin, who alone can change the configuration: each unit or service whose name is
 * missing in a kiosk language, by the same rule as the server's `warnings` when it is saved
 * (shared's `missingNames`), read from the live centre so it follows a new configuration at once.
 */
export function NameWarnings({ centre }: { centre: Centre }) {
  const me = useMe();
  if (me.role !== 'admin') return null;
  const warnings = missingNames(centre);
  if (warnings.length === 0) return null;
  const nameOf = (warning: NameWarning) => (warning.kind === 'unit' ? centre.units : centre.services).find((entry) => entry.id === warning.id)?.name.da ?? warning.id;
  return (
    <section className="notice name-warnings" aria-labelledby="name-warnings-heading" data-testid="name-warnings">
      <h2 id="name-warnings-heading" className="small-heading">
        {text.heading}
      </h2>
      <p>{text.lead}</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.path} data-name-warning={warning.id}>
            {text.kind[warning.kind]} <strong>{nameOf(warning)}</strong> <code>{warning.path}</code>: {text.missing(listFormat.format(warning.missing.map((lang) => languageNames[lang])))}
          </li>
        ))}
      </ul>
    </section>
  );
}
