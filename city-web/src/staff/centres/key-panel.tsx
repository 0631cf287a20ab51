import { useEffect, useRef, useState } from 'react';
import { useAnnounce } from '@dintur/web';
import type { CentreWithKey } from '../../api/city-client.js';
import { strings } from '../strings.js';
import { copyText } from './copy-text.js';
import { envLines } from './env-lines.js';

const text = strings.centres;

/**
 * A centre's new key, shown this once (the hub keeps only its hash): the key with a copy button,
 * and the three lines of settings the centre's server needs. Its heading takes focus when it
 * appears; "Jeg har gemt nøglen" puts it away for good.
 */
export function KeyPanel({ centre, onDone }: { centre: CentreWithKey; onDone(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const announce = useAnnounce();
  const [copied, setCopied] = useState<'key' | 'env' | 'failed' | null>(null);
  const lines = envLines(window.location.origin, centre.id, centre.key);

  useEffect(() => heading.current?.focus(), []);

  const copy = async (what: 'key' | 'env') => {
    const done = await copyText(what === 'key' ? centre.key : lines);
    setCopied(done ? what : 'failed');
    announce(done ? text.copied : text.copyFailed, { assertive: !done });
  };

  return (
    <section className="key-panel" aria-labelledby="key-heading" data-testid="key-panel" data-centre={centre.id}>
      <h2 id="key-heading" ref={heading} tabIndex={-1}>
        {text.keyHeading(centre.name)}
      </h2>
      <p className="key-once">{text.keyOnce}</p>
      <div className="key-row">
        <p>
          <span className="key-label">{text.keyLabel}: </span>
          <code className="key" data-testid="centre-key">
            {centre.key}
          </code>
        </p>
        <button type="button" className="button primary" onClick={() => void copy('key')}>
          {text.copyKey}
        </button>
        {copied === 'key' && <span className="saved">{text.copied}</span>}
      </div>
      <h3>{text.envHeading}</h3>
      <p>{text.envHelp}</p>
      <pre className="env-lines" data-testid="env-lines">
        {lines}
      </pre>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void copy('env')}>
          {text.copyEnv}
        </button>
        {copied === 'env' && <span className="saved">{text.copied}</span>}
        {copied === 'failed' && <span className="field-error">{text.copyFailed}</span>}
        <button type="button" className="button quiet-dark" onClick={onDone}>
          {text.keyDone}
        </button>
      </div>
    </section>
  );
}
