import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { FormErrorSummary } from '../../../components/form/form-error-summary';
import { isProblemError } from '../../../lib/api/problem';
import {
  formErrorsFromError,
  noFormErrors,
  type FieldLabels,
  type FormErrors,
} from '../../../lib/forms/form-errors';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useLogin } from '../api/login';

type LoginField = 'username' | 'password';

const labels: FieldLabels<LoginField> = { username: 'Brukernavn', password: 'Passord' };

function minutes(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds / 60));
  return whole === 1 ? '1 minutt' : `${whole} minutter`;
}

/** 401 and 429 get the wording the person at the keyboard needs; anything else is the server's own. */
export function loginErrors(error: unknown): FormErrors<LoginField> {
  if (isProblemError(error) && error.isUnauthorized) {
    return { fields: {}, general: ['Feil brukernavn eller passord.'] };
  }
  if (isProblemError(error) && error.status === 429) {
    const wait = error.retryAfterSeconds === undefined ? 'litt' : minutes(error.retryAfterSeconds);
    return {
      fields: {},
      general: [`For mange mislykkede forsøk på å logge inn. Vent ${wait} før du prøver igjen.`],
    };
  }
  return formErrorsFromError(error, labels);
}

type LoginPageProps = {
  /** Where to go once signed in (already checked to be inside the app). */
  next: string;
};

export function LoginPage({ next }: LoginPageProps) {
  const fieldIds = useFieldIds(labels);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState(noFormErrors<LoginField>);
  const [attempt, setAttempt] = useState(0);
  const login = useLogin();
  const navigate = useNavigate();
  useDocumentTitle('Logg inn');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    login.mutate(
      { username, password },
      {
        onSuccess: () => navigate(next, { replace: true }),
        onError: (error) => {
          setErrors(loginErrors(error));
          setPassword('');
        },
      },
    );
  };

  return (
    <div className="page narrow-page">
      <Heading level={1} data-size="lg">
        Logg inn
      </Heading>
      <Paragraph>
        For administrasjonen, ansvarlige og samarbeidspartnere som holder planen oppdatert og rapporterer status.
        Alle kan lese planen uten å logge inn.
      </Paragraph>
      <FormErrorSummary
        errors={errors}
        fieldIds={fieldIds}
        heading="Vi kunne ikke logge deg inn"
        attempt={attempt}
      />
      <form className="form" onSubmit={submit} noValidate>
        <Textfield
          id={fieldIds.username}
          label={labels.username}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          error={errors.fields.username}
        />
        <Textfield
          id={fieldIds.password}
          label={labels.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.fields.password}
        />
        <div className="form-actions">
          <Button type="submit" disabled={login.isPending}>
            {login.isPending ? 'Logger inn …' : 'Logg inn'}
          </Button>
        </div>
      </form>
    </div>
  );
}
