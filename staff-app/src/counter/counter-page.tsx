import { useState } from 'react';
import { useAnnounce } from '@dintur/web';
import { useLive } from '../live/live-context.js';
import { useMe } from '../session/session.js';
import { strings } from '../strings.js';
import { ChooseCounter } from './choose-counter.js';
import { CounterWorkspace } from './counter-workspace.js';
import { readRememberedCounter, rememberCounter } from './remembered-counter.js';

/**
 * The counter workstation: the counter chosen on this PC (or where the person already sits),
 * else the choice of counter first.
 */
export function CounterPage() {
  const live = useLive();
  const me = useMe();
  const announce = useAnnounce();
  const [chosen, setChosen] = useState<string | null>(() => readRememberedCounter());
  const [choosing, setChoosing] = useState(false);

  if (!live.centre) return <p className="page-loading">{strings.loading}</p>;
  const counters = live.centre.counters;
  const seat = counters.find((counter) => counter.staffId === me.id && counter.status !== 'closed');
  const valid = chosen !== null && counters.some((counter) => counter.id === chosen) ? chosen : null;
  const counterId = choosing ? null : (valid ?? seat?.id ?? null);

  if (counterId === null) {
    return (
      <ChooseCounter
        current={valid ?? seat?.id ?? null}
        onChoose={(id) => {
          rememberCounter(id);
          setChosen(id);
          setChoosing(false);
          announce(strings.counter.announce.chosen(counters.find((counter) => counter.id === id)?.name ?? id));
        }}
      />
    );
  }
  return <CounterWorkspace key={counterId} counterId={counterId} onSwitchCounter={() => setChoosing(true)} />;
}
