import { useState, type FormEvent } from 'react';
import { useAnnounce } from '@dintur/web';
import { strings } from '../strings.js';
import { parseMinutes, saveAlertSettings, type AlertSettings } from './alert-settings.js';

/** The alert thresholds of this PC, behind a disclosure so they take no room until wanted. */
export function AlertSettingsForm({ settings, onChange }: { settings: AlertSettings; onChange(settings: AlertSettings): void }) {
  const announce = useAnnounce();
  const [longWait, setLongWait] = useState(String(settings.longWaitMinutes));
  const [transfer, setTransfer] = useState(String(settings.transferMinutes));
  const [invalid, setInvalid] = useState<'long-wait' | 'transfer' | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const longWaitMinutes = parseMinutes(longWait);
    const transferMinutes = parseMinutes(transfer);
    if (longWaitMinutes === null || transferMinutes === null) {
      const which = longWaitMinutes === null ? 'long-wait' : 'transfer';
      setInvalid(which);
      announce(strings.overview.settingsInvalid, { assertive: true });
      document.getElementById(`setting-${which}`)?.focus();
      return;
    }
    setInvalid(null);
    const next = { longWaitMinutes, transferMinutes };
    saveAlertSettings(next);
    onChange(next);
    announce(strings.overview.settingsSaved);
  };

  return (
    <details className="settings">
      <summary>{strings.overview.settingsHeading}</summary>
      <form onSubmit={submit} noValidate className="settings-form" data-testid="alert-settings">
        <label htmlFor="setting-long-wait">{strings.overview.longWaitSetting}</label>
        <input
          id="setting-long-wait"
          inputMode="numeric"
          value={longWait}
          onChange={(event) => setLongWait(event.target.value)}
          aria-invalid={invalid === 'long-wait' ? true : undefined}
          aria-describedby={invalid === 'long-wait' ? 'settings-error' : undefined}
        />
        <label htmlFor="setting-transfer">{strings.overview.transferSetting}</label>
        <input
          id="setting-transfer"
          inputMode="numeric"
          value={transfer}
          onChange={(event) => setTransfer(event.target.value)}
          aria-invalid={invalid === 'transfer' ? true : undefined}
          aria-describedby={invalid === 'transfer' ? 'settings-error' : undefined}
        />
        <button type="submit" className="button">
          {strings.save}
        </button>
        {invalid && (
          <p className="field-error" id="settings-error">
            {strings.overview.settingsInvalid}
          </p>
        )}
      </form>
    </details>
  );
}
