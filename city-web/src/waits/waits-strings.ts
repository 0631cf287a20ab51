/** The languages of the waits page: Danish, and English for everyone else. */
export type Language = 'da' | 'en';

const da = {
  siteName: 'Borgerservice i København',
  otherLanguage: 'English',
  skipToContent: 'Gå til indhold',
  title: 'Hvor kan jeg blive betjent hurtigst?',
  lead: 'Se ventetiden lige nu i Københavns borgerservicecentre.',
  loading: 'Henter ventetider …',
  tryAgain: 'Prøv igen',
  loadFailed: 'Vi kunne ikke hente ventetiderne. Tjek din internetforbindelse, og prøv igen.',
  liveLost: 'Vi kan ikke hente nye tal lige nu. Tallene herunder kan være gamle – vi prøver igen.',
  liveBack: 'Tallene er opdateret igen.',
  chooseServiceHeading: 'Hvad skal du have hjælp til?',
  chooseServiceLead: 'Vælg en ydelse for at se, hvilket center der har kortest ventetid.',
  noServices: 'Ingen centre har sendt ventetider endnu. Prøv igen senere.',
  unknownService: 'Den ydelse tilbydes ikke lige nu. Vælg en anden.',
  /** `wait`: the shortest wait in @dintur/shared's short form ("ca. 10 min"). */
  shortest: (wait: string) => `Kortest: ${wait}`,
  noCurrentWait: 'Ingen aktuel ventetid',
  otherService: 'Vælg en anden ydelse',
  centresOffering: (count: number) => (count === 1 ? '1 center tilbyder ydelsen.' : `${count} centre tilbyder ydelsen.`),
  quickestBadge: 'Hurtigst nu',
  waiting: (count: number) => (count === 0 ? 'Ingen i kø' : count === 1 ? '1 venter' : `${count} venter`),
  lastKnown: 'Sidst kendte tal:',
  closed: 'Lukket nu',
  closedHint: 'Tager ikke imod borgere til denne ydelse lige nu.',
  updatedAgo: (seconds: number) => (seconds < 60 ? `opdateret for ${seconds} s siden` : `opdateret for ${Math.floor(seconds / 60)} min. siden`),
  staleSince: (when: string) => `ingen nyt fra centret siden ${when}`,
  neverHeard: 'ingen tal fra centret endnu',
  /** `wait`: @dintur/shared's short form ("ca. 10 min"). */
  announceQuickest: (centre: string, wait: string) => `Hurtigst nu: ${centre}, ${wait}.`,
  announceNoneOpen: 'Intet center med aktuelle tal har åbent for ydelsen lige nu.',
};

export type Strings = typeof da;

const en: Strings = {
  siteName: 'Citizen Service Copenhagen',
  otherLanguage: 'Dansk',
  skipToContent: 'Skip to content',
  title: 'Where can I be served quickest?',
  lead: 'See the wait right now at Copenhagen’s citizen service centres.',
  loading: 'Fetching waiting times …',
  tryAgain: 'Try again',
  loadFailed: 'We could not fetch the waiting times. Check your internet connection and try again.',
  liveLost: 'We cannot fetch new figures right now. The figures below may be old – we keep trying.',
  liveBack: 'The figures are up to date again.',
  chooseServiceHeading: 'What do you need help with?',
  chooseServiceLead: 'Choose a service to see which centre has the shortest wait.',
  noServices: 'No centre has sent its waiting times yet. Please try again later.',
  unknownService: 'That service is not offered right now. Please choose another.',
  shortest: (wait: string) => `Shortest: ${wait}`,
  noCurrentWait: 'No current wait',
  otherService: 'Choose another service',
  centresOffering: (count: number) => (count === 1 ? '1 centre offers this service.' : `${count} centres offer this service.`),
  quickestBadge: 'Quickest now',
  waiting: (count: number) => (count === 0 ? 'Nobody waiting' : count === 1 ? '1 person waiting' : `${count} people waiting`),
  lastKnown: 'Last known:',
  closed: 'Closed now',
  closedHint: 'Not serving this service right now.',
  updatedAgo: (seconds: number) => (seconds < 60 ? `updated ${seconds} s ago` : `updated ${Math.floor(seconds / 60)} min ago`),
  staleSince: (when: string) => `no news from the centre since ${when}`,
  neverHeard: 'no figures from the centre yet',
  announceQuickest: (centre: string, wait: string) => `Quickest now: ${centre}, ${wait}.`,
  announceNoneOpen: 'No centre with current figures is open for this service right now.',
};

export const strings: Record<Language, Strings> = { da, en };

/**
 * The language to start in: `?lang=` in the address, else one chosen before on this phone, else
 * the phone's own (Danish phones get Danish, every other language English).
 */
export function initialLanguage(fromAddress: string | null, stored: string | null, browserLanguages: readonly string[]): Language {
  for (const choice of [fromAddress, stored]) if (choice === 'da' || choice === 'en') return choice;
  return browserLanguages.some((language) => language.toLowerCase().startsWith('da')) ? 'da' : 'en';
}
