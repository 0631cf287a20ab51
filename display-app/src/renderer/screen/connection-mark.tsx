import { SecondLine } from './second-line.js';
import { strings, type Strings } from './strings.js';

/** A drop-out shorter than this (a server restart, a reconnect) is not worth alarming anyone. */
export const offlineGraceMs = 5_000;

type ConnectionMarkProps = { offlineSince: number | null; now: number; second: Strings | null };

/**
 * A discreet mark while the display has lost its server: then new calls cannot reach it, and
 * staff walking past should see so. The status role lets a screen reader say it too.
 */
export function ConnectionMark({ offlineSince, now, second }: ConnectionMarkProps) {
  const offline = offlineSince !== null && now - offlineSince >= offlineGraceMs;
  return (
    <div className="connection" role="status" data-testid="connection-mark">
      {offline && (
        <span className="connection-lost">
          <span className="connection-icon" aria-hidden="true">
            ⚠
          </span>{' '}
          {strings.da.connectionLost} <SecondLine text={second?.connectionLost} />
        </span>
      )}
    </div>
  );
}
