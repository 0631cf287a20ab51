import { useEffect, useState } from 'react';
import type { CityLinkStatus } from '@dintur/shared';
import { useSession } from '../session/session.js';
import { strings } from '../strings.js';

/** How often the overview asks how the link to the city hub is. */
const pollMs = 15_000;

/**
 * The centre's link to the city hub, on the leaders' overview: nothing when the centre runs
 * alone, a quiet line while linked, and a warning in plain words when the hub refuses the key or
 * cannot be reached (the centre serves either way; what it has not sent goes when the link returns).
 */
export function CityLinkNotice() {
  const { api } = useSession();
  const [link, setLink] = useState<CityLinkStatus | null>(null);
  useEffect(() => {
    let stopped = false;
    const look = () =>
      api.call('cityLink').then(
        (answer) => !stopped && setLink(answer),
        () => undefined,
      );
    void look();
    const timer = setInterval(look, pollMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [api]);

  if (!link || !link.configured) return null;
  const behind = link.hubLastEventId !== null && link.localLastEventId !== null ? Math.max(0, link.localLastEventId - link.hubLastEventId) : null;
  if (link.state === 'linked' || link.state === 'connecting') {
    return (
      <p className="subtle" data-testid="city-link">
        {strings.cityLink.linked(link.hubUrl ?? '', behind ?? 0)}
      </p>
    );
  }
  return (
    <p className="alert alert-warning" role="status" data-testid="city-link">
      <span className="alert-severity">{strings.alerts.severity.warning}:</span>{' '}
      {link.state === 'refused'
        ? strings.cityLink.refused(link.centreId ?? '')
        : link.state === 'out-of-step'
          ? strings.cityLink.outOfStep(link.hubLastEventId ?? 0, link.localLastEventId ?? 0)
          : strings.cityLink.unreachable(behind)}
    </p>
  );
}
