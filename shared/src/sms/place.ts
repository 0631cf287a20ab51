import type { CentreConfig } from '../config.js';
import { localName, type NameInLanguages } from '../local-name.js';
import { smsLanguageOf } from './messages.js';

type Places = Pick<CentreConfig, 'centre' | 'units' | 'services'>;

/**
 * Whether a service's matter is sensitive (a social centre's case): its own `sensitive`, else its
 * unit's. A message about it names only the centre, never the unit or the service, since a
 * message can be read over a shoulder or on a shared phone.
 */
export function isSensitiveService(config: Places, serviceId: string): boolean {
  const service = config.services.find((entry) => entry.id === serviceId);
  if (!service) return true;
  if (service.sensitive !== undefined) return service.sensitive;
  return config.units.find((unit) => unit.id === service.unitId)?.sensitive ?? false;
}

/** A name in the SMS's language (English for Arabic and Urdu, whose script an SMS cannot carry). */
const nameIn = (name: NameInLanguages, lang: string) => localName(name, smsLanguageOf(lang));

/**
 * Where an appointment is, as an SMS says it: "Pas, Borgercenter Valby" — the service, then the
 * centre — or only "Borgercenter Valby" for a sensitive service (or one not in the
 * configuration). The name in the SMS's language where the centre has written it, else English.
 */
export function placeOf(config: Places, serviceId: string, lang: string): string {
  const service = config.services.find((entry) => entry.id === serviceId);
  if (!service || isSensitiveService(config, serviceId)) return config.centre.name;
  return `${nameIn(service.name, lang)}, ${config.centre.name}`;
}

/**
 * Where a walk-in waits for a service, as an SMS says it: the unit ("Borgerservice"), or only the
 * centre for a sensitive service.
 */
export function waitingPlaceOf(config: Places, serviceId: string, lang: string): string {
  const service = config.services.find((entry) => entry.id === serviceId);
  const unit = service && config.units.find((entry) => entry.id === service.unitId);
  if (!unit || isSensitiveService(config, serviceId)) return config.centre.name;
  return nameIn(unit.name, lang);
}
