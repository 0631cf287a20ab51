const da = {
  number: 'Nummer',
  recentCalls: 'Seneste opkald',
  newCall: 'Nyt opkald',
  calledAgain: 'Kaldt igen',
  noCallsYet: 'Ingen opkald endnu',
  at: 'kl.',
  to: 'til',
  waitingNow: 'Venter nu',
  waiting: 'venter',
  connectionLost: 'Forbindelse afbrudt',
  callsForScreenReaders: 'Opkald',
  misconfigured: 'Skærmen er ikke sat korrekt op',
};

/** One language's words of the screen. */
export type Strings = Record<keyof typeof da, string>;

const en: Strings = {
  number: 'Number',
  recentCalls: 'Recent calls',
  newCall: 'New call',
  calledAgain: 'Called again',
  noCallsYet: 'No calls yet',
  at: 'at',
  to: 'to',
  waitingNow: 'Waiting now',
  waiting: 'waiting',
  connectionLost: 'Connection lost',
  callsForScreenReaders: 'Calls',
  misconfigured: 'This display is not set up correctly',
};

/** The screen's words: Danish first, English as the optional second line. */
export const strings = { da, en } satisfies Record<'da' | 'en', Strings>;
