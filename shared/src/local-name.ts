import { z } from 'zod';

/**
 * A unit's or service's name in the citizen's language: one rule for every screen, the receipt
 * and the SMS. The configuration names each in Danish and English and, where the centre has
 * written them, in the other kiosk languages. Browser-safe (no Node).
 */

/**
 * The languages of the ticket kiosk: every kiosk offers all of them (a kiosk's `lang` setting only
 * chooses where it starts). Kiosk-app's test checks that its language files are exactly these.
 */
export const kioskLanguages = ['da', 'en', 'ar', 'so', 'pl', 'uk', 'tr', 'ur'] as const;
export type KioskLanguage = (typeof kioskLanguages)[number];

/** A name as the configuration gives it: Danish and English always, the other kiosk languages if written. */
export type NameInLanguages = { da: string; en: string } & Partial<Record<Exclude<KioskLanguage, 'da' | 'en'>, string>>;

const isKioskLanguage = (lang: string): lang is KioskLanguage => (kioskLanguages as readonly string[]).includes(lang);

/**
 * The language `localName` answers in: `lang` itself when the name is given in it, else English,
 * else Danish. For a name's `lang` attribute, so a screen reader pronounces it right.
 */
export function localNameLanguage(name: NameInLanguages, lang: string): KioskLanguage {
  if (isKioskLanguage(lang) && name[lang]) return lang;
  return name.en ? 'en' : 'da';
}

/** The name in `lang`, falling back to English, then Danish, when the centre has not written it. */
export function localName(name: NameInLanguages, lang: string): string {
  return name[localNameLanguage(name, lang)] ?? name.da;
}

/** A unit or service named in fewer than every kiosk language. */
export const NameWarning = z.object({
  path: z.string().describe('where the name is in the configuration document: "services.3.name"'),
  kind: z.enum(['unit', 'service']),
  id: z.string(),
  missing: z.array(z.enum(kioskLanguages)).describe('the kiosk languages it has no name in: the kiosk shows its English name there'),
  message: z.string().describe('the same in words (English, as the API’s other messages)'),
});
export type NameWarning = z.infer<typeof NameWarning>;

type Named = { id: string; name: NameInLanguages };

/**
 * Every unit and service whose name is missing in a kiosk language, units first, in the
 * configuration's order: what the admin should still have translated.
 */
export function missingNames(config: { units: readonly Named[]; services: readonly Named[] }): NameWarning[] {
  const warningsOf = (kind: 'unit' | 'service', list: readonly Named[]) =>
    list.flatMap((entry, index): NameWarning[] => {
      const missing = kioskLanguages.filter((lang) => !entry.name[lang]);
      if (missing.length === 0) return [];
      return [{ path: `${kind}s.${index}.name`, kind, id: entry.id, missing, message: `${kind} "${entry.id}" has no name in ${missing.join(', ')}: the kiosk shows its English name there` }];
    });
  return [...warningsOf('unit', config.units), ...warningsOf('service', config.services)];
}
