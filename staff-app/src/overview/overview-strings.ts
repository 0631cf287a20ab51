/**
 * The overview's own Danish words beyond strings.ts: who did what, the confirmation before acting
 * on another unit's counter or service, and the alert when people wait with no counter open for
 * them.
 */
export const overviewStrings = {
  /** "Mette Hansen (Pension og Omsorg)": a person as the overview names them. */
  person: (name: string, unit: string | null) => (unit ? `${name} (${unit})` : name),
  unknownPerson: 'en medarbejder, der ikke længere findes',
  /** After a state's badge: "[Lukket] af Mette (Pension og Omsorg) 10:42". */
  changedBy: (person: string, time: string) => `af ${person} ${time}`,
  signedOut: (person: string) => `${person} blev logget ud`,
  /** A time on an earlier day than today: "23.11. 17:55". */
  dayAndTime: (day: string, time: string) => `${day} ${time}`,

  feedLoading: 'Henter dagens hændelser …',
  feedFailed: 'Dagens tidligere hændelser kunne ikke hentes. Nye vises, når de sker.',
  counterEvent: (counter: string, status: string) => `${counter}: ${status.toLowerCase()}`,
  counterEventBy: (counter: string, verb: string, person: string) => `${counter} ${verb} af ${person}`,
  counterEventSignedOut: (counter: string, person: string, signedOut: string) => `${counter} lukket af ${person}; ${signedOut} blev logget ud`,
  serviceEvent: (service: string, open: boolean) => `${service}: ${open ? 'åben for billetter' : 'lukket for billetter'}`,
  serviceEventBy: (service: string, open: boolean, person: string) => `${service} ${open ? 'åbnet for billetter' : 'lukket for billetter'} af ${person}`,

  confirmCloseCounterTitle: (counter: string) => `Luk ${counter}?`,
  confirmCloseCounter: (counter: string, unit: string, person: string | null) =>
    `${counter} hører til ${unit}, ikke din enhed.${person ? ` ${person} sidder der og bliver logget ud.` : ''} Det gemmes, at du lukkede den.`,
  confirmCloseServiceTitle: (service: string) => `Luk ${service} for nye billetter?`,
  confirmCloseService: (service: string, unit: string) =>
    `${service} hører til ${unit}, ikke din enhed. Ventende borgere betjenes stadig. Det gemmes, at du lukkede den.`,
  confirmOpenServiceTitle: (service: string) => `Åbn ${service} for nye billetter?`,
  confirmOpenService: (service: string, unit: string) => `${service} hører til ${unit}, ikke din enhed. Det gemmes, at du åbnede den.`,
  confirmCloseCounterButton: (counter: string) => `Ja, luk ${counter}`,
  confirmCloseServiceButton: (service: string) => `Ja, luk ${service}`,
  confirmOpenServiceButton: (service: string) => `Ja, åbn ${service}`,
  keepAsIs: 'Fortryd',
  leftAsIs: 'Intet er ændret.',

  noOpenCounter: (service: string, waiting: number) =>
    `${service}: ${waiting === 1 ? '1 venter, men ingen åben skranke kan kalde borgeren.' : `${waiting} venter, men ingen åben skranke kan kalde dem.`}`,
  pausedCounters: (counters: string[]) => (counters.length === 1 ? `${counters[0]} holder pause.` : `${counters.join(', ')} holder pause.`),
  mayNotServe: (counter: string, person: string, service: string) => `${person} ved ${counter} må ikke betjene ${service}.`,
} as const;
