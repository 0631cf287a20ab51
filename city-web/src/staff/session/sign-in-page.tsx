import { useEffect, useRef, useState, type FormEvent } from 'react';
import { asApiError, useAnnounce, type ApiError } from '@dintur/web';
import { failureText, strings } from '../strings.js';
import { ErrorText } from '../ui/error-text.js';
import { focusNextPageHeading } from '../ui/page-heading.js';
import { useSession, type SessionState } from './session.js';

/** The sign-in form: username and password, nothing else in the way. */
export function SignInPage({ reason }: { reason: Extract<SessionState, { status: 'signed-out' }>['reason'] }) {
  const { signIn } = useSession();
  const announce = useAnnounce();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState(false);
  const usernameField = useRef<HTMLInputElement>(null);
  const passwordField = useRef<HTMLInputElement>(null);
  const text = strings.session;
  const notice = reason === 'expired' ? text.expired : reason === 'signed-out' ? text.signedOut : null;

  useEffect(() => {
    document.title = `${text.signInHeading} – ${strings.appName} ${strings.appTitle}`;
    usernameField.current?.focus();
  }, [text]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setMissing(true);
      announce(text.missingFields, { assertive: true });
      (username.trim() ? passwordField : usernameField).current?.focus();
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      // The page that replaces the form takes focus at its heading.
      focusNextPageHeading();
      await signIn(username.trim(), password);
    } catch (caught) {
      focusNextPageHeading(false);
      const failure = asApiError(caught);
      setError(failure);
      setPassword('');
      announce(failureText(failure.code), { assertive: true });
      passwordField.current?.focus();
      setBusy(false);
    }
  };

  return (
    <main className="sign-in" id="main">
      <form className="sign-in-card" onSubmit={(event) => void submit(event)} noValidate aria-describedby="sign-in-intro">
        <p className="brand">
          {strings.appName} <span>{strings.appTitle}</span>
        </p>
        <h1>{text.signInHeading}</h1>
        <p id="sign-in-intro">{text.intro}</p>
        {notice && <p className="notice">{notice}</p>}
        <label htmlFor="username">{text.username}</label>
        <input
          id="username"
          ref={usernameField}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          aria-invalid={missing && !username.trim() ? true : undefined}
        />
        <label htmlFor="password">{text.password}</label>
        <input
          id="password"
          ref={passwordField}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={(missing && !password) || error ? true : undefined}
          aria-describedby={error ? 'sign-in-error' : undefined}
        />
        {missing && <p className="field-error">{text.missingFields}</p>}
        <ErrorText error={error} id="sign-in-error" />
        <button type="submit" className="button primary wide" disabled={busy}>
          {busy ? text.signingIn : text.signIn}
        </button>
      </form>
    </main>
  );
}
