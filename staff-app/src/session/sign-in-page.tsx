import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useAction, useAnnounce } from '@dintur/web';
import { strings } from '../strings.js';
import { ErrorText } from '../ui/error-text.js';
import { useSession, type SessionState } from './session.js';

/** The sign-in form: username and password, nothing else in the way. */
export function SignInPage({ reason }: { reason: Extract<SessionState, { status: 'signed-out' }>['reason'] }) {
  const { signIn } = useSession();
  const announce = useAnnounce();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const signingIn = useAction(signIn, { announceError: true });
  const [missing, setMissing] = useState(false);
  const usernameField = useRef<HTMLInputElement>(null);
  const passwordField = useRef<HTMLInputElement>(null);
  const notice = reason === 'expired' ? strings.session.expired : reason === 'signed-out' ? strings.session.signedOut : null;

  useEffect(() => {
    document.title = `${strings.session.signInHeading} – ${strings.appName}`;
    usernameField.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setMissing(true);
      announce(strings.session.missingFields, { assertive: true });
      (username.trim() ? passwordField : usernameField).current?.focus();
      return;
    }
    setMissing(false);
    // Signed in, the page gives way to the app; refused, the password is typed again.
    if (await signingIn.run(username.trim(), password)) return;
    setPassword('');
    passwordField.current?.focus();
  };

  return (
    <main className="sign-in" id="main">
      <form className="sign-in-card" onSubmit={(event) => void submit(event)} noValidate aria-describedby="sign-in-intro">
        <p className="brand">
          {strings.appName} <span>{strings.appTitle}</span>
        </p>
        <h1>{strings.session.signInHeading}</h1>
        <p id="sign-in-intro">{strings.session.intro}</p>
        {notice && <p className="notice">{notice}</p>}
        <label htmlFor="username">{strings.session.username}</label>
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
        <label htmlFor="password">{strings.session.password}</label>
        <input
          id="password"
          ref={passwordField}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={(missing && !password) || signingIn.error ? true : undefined}
          aria-describedby={signingIn.error ? 'sign-in-error' : undefined}
        />
        {missing && <p className="field-error">{strings.session.missingFields}</p>}
        <ErrorText error={signingIn.error} id="sign-in-error" />
        <button type="submit" className="button primary wide" disabled={signingIn.busy}>
          {signingIn.busy ? strings.session.signingIn : strings.session.signIn}
        </button>
      </form>
    </main>
  );
}
