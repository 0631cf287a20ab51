/** The words of the day's plan (`/staff/plan`), in Danish like the rest of the staff app. */

const minutes = (value: number) => `${formatNumber(value)} min`;

/** "12,5" with a Danish decimal comma, one decimal at most (whole minutes when 10 or more). */
export function formatNumber(value: number): string {
  const rounded = Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return rounded.toLocaleString('da-DK', { maximumFractionDigits: 1 });
}

const weekdays = ['søndage', 'mandage', 'tirsdage', 'onsdage', 'torsdage', 'fredage', 'lørdage'];

export const planStrings = {
  title: 'Planlæg dagen',
  intro:
    'Prøv en dags bemanding, før I lever den: hvilke skranker der er åbne hvornår, og hvem der sidder der. Prognosen spiller dagen igennem mange gange ud fra centrets egne tal.',
  dateLabel: 'Dag',
  chooseDay: 'Vælg dag',
  showDay: 'Vis dagen',
  pastDay: 'Sådan gik det: en dag, der er gået. Prognosen vises ved siden af det, der skete.',
  closedDay: 'Centret er lukket denne dag. Vælg en anden dag.',
  loading: 'Henter dagens plan …',
  retry: 'Prøv igen',
  hours: (open: string, close: string) => `Åbent ${open}–${close}`,
  bookings: (count: number) => (count === 1 ? '1 booket tid denne dag' : `${count} bookede tider denne dag`),
  planSource: {
    history: 'Planen er udfyldt efter, hvordan skrankerne plejer at være bemandet på denne ugedag.',
    configuration: 'Der er ingen historik for ugedagen, så planen har alle skranker åbne hele dagen.',
  },

  history: {
    heading: 'Hvad prognosen bygger på',
    days: (count: number, date: string, from: string | null, to: string | null) => {
      const weekday = weekdays[new Date(`${date}T12:00:00Z`).getUTCDay()] ?? 'dage';
      if (count === 0) return `Ingen tidligere ${weekday} i centrets log: prognosen bygger på de indstillede standardtal.`;
      const days = count === 1 ? `1 tidligere ${weekday.replace(/e$/, '')}` : `${count} tidligere ${weekday}`;
      return from && to ? `${days} i centrets log (${from} til ${to}).` : `${days} i centrets log.`;
    },
    noShow: (share: number, samples: number) => `Udeblivelser: ${Math.round(share * 100)} % af bookede tider (ud fra ${samples}).`,
    defaultFigure: 'standardtal',
  },

  plan: {
    heading: 'Bemanding',
    caption: 'Skranker, tider og hvem der sidder der',
    counter: 'Skranke',
    from: 'Fra',
    to: 'Til',
    staffUnit: 'Medarbejder fra',
    breaks: 'Pauser',
    services: 'Ydelser',
    actions: 'Handlinger',
    fromOf: (counter: string) => `Fra, ${counter}`,
    toOf: (counter: string) => `Til, ${counter}`,
    staffUnitOf: (counter: string) => `Medarbejder fra, ${counter}`,
    breakFrom: (counter: string, number: number) => `Pause ${number} fra, ${counter}`,
    breakTo: (counter: string, number: number) => `Pause ${number} til, ${counter}`,
    removeBreak: (counter: string, number: number) => `Fjern pause ${number} ved ${counter}`,
    addBreak: 'Tilføj pause',
    addBreakAt: (counter: string, from: string, to: string) => `Tilføj pause ved ${counter} ${from}–${to}`,
    remove: 'Fjern',
    removeStretch: (counter: string, from: string, to: string) => `Fjern ${counter} ${from}–${to}`,
    removed: (counter: string, from: string, to: string) => `${counter} ${from}–${to} er fjernet fra planen.`,
    profileServices: 'Skrankens profil',
    chosenServices: 'Valgt til dagen',
    changeServices: (counter: string) => `Skift ydelser ved ${counter}`,
    serviceAt: (service: string, counter: string) => `${service} ved ${counter}`,
    emptyPlan: 'Planen har ingen skranker. Tilføj mindst én.',
    add: {
      heading: 'Tilføj en skranke',
      counter: 'Skranke',
      from: 'Fra',
      to: 'Til',
      staffUnit: 'Medarbejder fra',
      button: (counter: string, from: string, to: string) => `Tilføj ${counter} ${from}–${to}`,
      added: (counter: string, from: string, to: string) => `${counter} ${from}–${to} er tilføjet til planen.`,
    },
    reset: 'Tilbage til den sædvanlige plan',
    resetDone: 'Planen er sat tilbage til den sædvanlige.',
  },

  problems: {
    badTime: 'Skriv et klokkeslæt som 10:00.',
    toBeforeFrom: '"Til" skal være efter "Fra".',
    outsideHours: (open: string, close: string) => `Ligger uden for åbningstiden ${open}–${close}.`,
    badBreak: 'En pause skal have "fra" før "til".',
    breakOutside: 'En pause skal ligge inden for skrankens tid.',
    noServices: 'Skranken skal kalde mindst én ydelse.',
    overlap: (from: string, to: string) => `Overlapper samme skranke ${from}–${to}. En skranke kan kun bemandes én gang ad gangen.`,
    badDate: 'Datoen er ikke gyldig. Vælg en anden dag.',
    refusedPlan: 'Serveren afviste planen. Ret den, og prøv igen.',
    unitRule: (rule: string) => `Afvist efter enhedsreglen: ${rule}.`,
    refused: {
      from: 'Serveren afviste tiden "Fra".',
      to: 'Serveren afviste tiden "Til".',
      staffUnitId: 'Serveren afviste enheden.',
      services: 'Serveren afviste ydelserne ved skranken.',
      breaks: 'Serveren afviste pauserne.',
      counterId: 'Skranken findes ikke (længere).',
      stretch: 'Serveren afviste denne skranke.',
    } as Record<string, string>,
    fixFirst: (count: number) => (count === 1 ? 'Planen har en fejl. Ret den, før prognosen beregnes.' : `Planen har ${count} fejl. Ret dem, før prognosen beregnes.`),
  },

  forecast: {
    run: 'Beregn prognose',
    running: 'Beregner prognose …',
    progressLabel: 'Prognosens fremskridt',
    progressText: (done: number, total: number) => (total > 0 ? `${done} af ${total} gennemløb` : 'Starter …'),
    started: 'Prognosen beregnes.',
    usualFirst: 'Først den sædvanlige plan, så din.',
    ready: (seconds: number) => `Prognosen er klar (${formatNumber(seconds)} s).`,
    heading: 'Prognose',
    comparisonHeading: 'Sædvanlig plan mod din plan',
    usual: 'Sædvanlig plan',
    yours: 'Din plan',
    difference: 'Forskel',
    rests: (replications: number, seconds: number) => `Dagen er spillet ${replications} gange (${formatNumber(seconds)} s).`,
    breaksHeading: 'Her knækker planen',
    breaksHeadingUsual: 'Her knækker den sædvanlige plan',
    breaksHeadingYours: 'Her knækker din plan',
    noBreaks: 'Ingen steder: ventetiderne holder sig under grænsen hele dagen.',
    summaryCaption: 'Dagen samlet',
    figure: 'Tal',
    meanWait: 'Gennemsnitlig ventetid, alle enheder',
    punctuality: 'Tider kaldt inden for 5 min af tiden',
    punctualityValue: (share: number | null, count: number) => (share === null ? `ingen bookede tider` : `${Math.round(share * 100)} % (af ${formatNumber(count)})`),
    idle: 'Tomgang ved skrankerne i alt',
    unitsHeading: 'Ventetid time for time',
    unitCaption: (unit: string) => `${unit}: ventetid for borgere uden tid, time for time`,
    unitSummary: (mean: string, p90: string) => `Gennemsnit ${mean}, 9 ud af 10 venter højst ${p90}.`,
    hour: 'Kl.',
    arrivals: 'Ankomster',
    mean: 'Gennemsnit',
    p90: '9 ud af 10 venter højst',
    meanOf: (plan: string) => `${plan}: gennemsnit`,
    p90Of: (plan: string) => `${plan}: 9 ud af 10 højst`,
    countersHeading: 'Skrankerne',
    countersCaption: 'Hvor travlt hver skranke har',
    utilisation: 'Optaget',
    idleMinutes: 'Tomgang',
    noData: 'ingen data',
    minutes,
    better: (difference: number) => `${minutes(difference)} kortere (bedre)`,
    worse: (difference: number) => `${minutes(difference)} længere (værre)`,
    same: 'uændret',
    moreIdle: (difference: number) => `${minutes(difference)} mere`,
    lessIdle: (difference: number) => `${minutes(difference)} mindre`,
    failed: 'Prognosen kunne ikke beregnes.',
  },

  past: {
    heading: 'Prognosen ved siden af det, der skete',
    error: (minutesOff: number, unitHours: number) =>
      `Prognosen ramte i gennemsnit ${minutes(minutesOff)} ved siden af (over ${unitHours} ${unitHours === 1 ? 'enhedstime' : 'enhedstimer'}).`,
    noError: 'Der er ikke nok af dagen i loggen til at måle, hvor godt prognosen ramte.',
    forecast: 'Prognose',
    actual: 'Det skete',
    forecastMean: 'Prognose: gennemsnit',
    actualMean: 'Det skete: gennemsnit',
    off: 'Ved siden af',
    caption: (unit: string) => `${unit}: prognose og det, der skete, time for time`,
  },
};
