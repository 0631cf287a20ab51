import { useRef, useState, type FormEvent } from 'react';
import type { CentreWithKey } from '../../api/city-client.js';
import { asApiError, issuesByField, useAnnounce, type ApiError } from '@dintur/web';
import { useCity } from '../session/session.js';
import { failureText, strings } from '../strings.js';
import { ErrorText } from '../ui/error-text.js';

const text = strings.centres;
const fields = ['id', 'name'] as const;
type Field = (typeof fields)[number];
/** What is wrong with a field, in Danish (never the hub's own English). */
type Problem = { text: string };

/**
 * Registers a centre (`POST /api/centres {id, name}`). The hub checks the fields; what it refuses
 * is shown next to the field it names (a taken id, 409, next to the id), and focus goes there.
 */
export function RegisterForm({ onRegistered }: { onRegistered(centre: CentreWithKey): void }) {
  const city = useCity();
  const announce = useAnnounce();
  const [values, setValues] = useState<Record<Field, string>>({ id: '', name: '' });
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<Field, Problem>>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const inputs = { id: useRef<HTMLInputElement>(null), name: useRef<HTMLInputElement>(null) };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblems({});
    setFailure(null);
    try {
      const centre = await city.call('registerCentre', { body: { id: values.id.trim(), name: values.name.trim() } });
      setValues({ id: '', name: '' });
      onRegistered(centre);
    } catch (caught) {
      const error = asApiError(caught);
      const found: Partial<Record<Field, Problem>> = {};
      let unplaced = true;
      if (error.status === 409) {
        found.id = { text: text.idTaken };
        unplaced = false;
      } else if (error.status === 400) {
        const { byField, other } = issuesByField(error, fields);
        for (const field of fields) if (byField[field]) found[field] = { text: text.invalid[field] };
        unplaced = other.length > 0 || Object.keys(found).length === 0;
      }
      setProblems(found);
      if (unplaced) setFailure(error);
      announce(Object.keys(found).length > 0 ? text.fixErrors : failureText(error.code), { assertive: true });
      const first = fields.find((field) => found[field]);
      if (first) inputs[first].current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const field = (name: Field, label: string, hint: string, extra: { autoCapitalize?: string; spellCheck?: boolean } = {}) => {
    const problem = problems[name];
    const id = `centre-${name}`;
    return (
      <div className="form-field">
        <label htmlFor={id}>{label}</label>
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
        <input
          id={id}
          ref={inputs[name]}
          name={name}
          value={values[name]}
          autoComplete="off"
          {...extra}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
          onChange={(event) => setValues({ ...values, [name]: event.target.value })}
        />
        {problem && (
          <p className="field-error" id={`${id}-problem`} data-testid={`problem-${name}`}>
            {problem.text}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="register-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="register-heading">
      <h2 id="register-heading">{text.registerHeading}</h2>
      <div className="two-fields">
        {field('id', text.id, text.idHint, { autoCapitalize: 'none', spellCheck: false })}
        {field('name', text.name, text.nameHint)}
      </div>
      <ErrorText error={failure} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? text.registering : text.register}
        </button>
      </div>
    </form>
  );
}
