import {
  Alert,
  Button,
  ErrorSummary,
  Field,
  Heading,
  Input,
  Label,
  Paragraph,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useState, type ChangeEvent, type FormEvent, type MouseEvent } from 'react';

import { isProblemError, problemMessage } from '../../../lib/api/problem';
import type { ImportSummary } from '../../../lib/api/types';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useImportPlan } from '../api/import-plan';
import { describeViolation, hasChanges } from '../import-summary';
import { ImportSummaryList } from './import-summary-list';
import { PlanDownloads } from './plan-downloads';

/** quarkus.http.limits.max-body-size: the import takes as large a body as the server accepts at all. */
const MAX_FILE_MIB = 32;

type Step =
  | { kind: 'choosing' }
  | { kind: 'previewed'; summary: ImportSummary }
  | { kind: 'imported'; summary: ImportSummary };

type Failure = { attempt: number; messages: string[]; fileMessage: string };

function failureOf(error: unknown, attempt: number): Failure {
  if (isProblemError(error) && error.violations.length > 0) {
    const messages = error.violations.map(describeViolation);
    return { attempt, messages, fileMessage: `Planfilen har ${messages.length === 1 ? 'én feil' : `${messages.length} feil`}. Ingenting er lagret.` };
  }
  const message = problemMessage(error);
  return { attempt, messages: [message], fileMessage: message };
}

const TOO_LARGE = `Filen er større enn ${MAX_FILE_MIB} MiB. Del planen opp i flere filer.`;
const UNREADABLE_FILE = 'Filen kunne ikke leses. Velg den på nytt.';

/** The file's text as UTF-8, through FileReader, which every browser (and jsdom) has. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(new Error(UNREADABLE_FILE));
    reader.readAsText(file, 'utf-8');
  });
}

function focusFile(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const input = document.getElementById(id);
  if (!input) return;
  event.preventDefault();
  input.focus();
}

/**
 * Download the plan, and import a plan file: first a dry run that lists what would be created and changed, then
 * the import itself. A file with any error writes nothing; its errors are listed by where they are in the file.
 */
export function ImportPage() {
  useDocumentTitle('Import og eksport');
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'choosing' });
  const [failure, setFailure] = useState<Failure | null>(null);
  const [attempts, setAttempts] = useState(0);
  const importPlan = useImportPlan();

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    setStep({ kind: 'choosing' });
    setFailure(null);
  };

  const run = async (dryRun: boolean) => {
    const attempt = attempts + 1;
    setAttempts(attempt);
    if (!file) {
      setFailure({ attempt, messages: ['Velg en planfil'], fileMessage: 'Velg en planfil' });
      return;
    }
    if (file.size > MAX_FILE_MIB * 1024 * 1024) {
      setFailure({ attempt, messages: [TOO_LARGE], fileMessage: TOO_LARGE });
      return;
    }
    setFailure(null);
    let fileText: string;
    try {
      fileText = await readText(file);
    } catch {
      setFailure({ attempt, messages: [UNREADABLE_FILE], fileMessage: UNREADABLE_FILE });
      return;
    }
    try {
      const summary = await importPlan.mutateAsync({ fileText, dryRun });
      setStep({ kind: dryRun ? 'previewed' : 'imported', summary });
    } catch (error) {
      setStep({ kind: 'choosing' });
      setFailure(failureOf(error, attempt));
    }
  };

  const preview = (event: FormEvent) => {
    event.preventDefault();
    void run(true);
  };

  const busy = importPlan.isPending;
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Import og eksport
      </Heading>
      <PlanDownloads />

      <section className="import" aria-labelledby={`${fileId}-heading`}>
        <Heading level={2} data-size="sm" id={`${fileId}-heading`}>
          Importer en planfil
        </Heading>
        <Paragraph>
          Importen legger til det som mangler og endrer det som er annerledes i filen. Den sletter aldri noe, og en
          fil med feil lagrer ingenting. Se først hva som vil endres, og importer så.
        </Paragraph>

        {failure && (
          <ErrorSummary key={failure.attempt}>
            <ErrorSummary.Heading level={2} data-size="xs">
              Vi kunne ikke importere planfilen
            </ErrorSummary.Heading>
            <ErrorSummary.List>
              {failure.messages.map((message, index) => (
                <ErrorSummary.Item key={`${index}-${message}`}>
                  <ErrorSummary.Link href={`#${fileId}`} onClick={(event) => focusFile(event, fileId)}>
                    {message}
                  </ErrorSummary.Link>
                </ErrorSummary.Item>
              ))}
            </ErrorSummary.List>
          </ErrorSummary>
        )}

        <form className="form" onSubmit={preview} noValidate>
          <Field>
            <Label htmlFor={fileId}>Planfil (JSON)</Label>
            <Field.Description>
              En fil i formatet planstatus-plan/1, som planfilen du kan laste ned over. Filen kan være opptil{' '}
              {MAX_FILE_MIB} MiB.
            </Field.Description>
            <Input
              id={fileId}
              type="file"
              accept=".json,application/json"
              onChange={chooseFile}
              aria-invalid={failure ? true : undefined}
            />
            {failure && <ValidationMessage>{failure.fileMessage}</ValidationMessage>}
          </Field>
          <div className="form-actions">
            <Button type="submit" variant={step.kind === 'previewed' ? 'secondary' : 'primary'} disabled={busy}>
              {busy ? 'Leser filen …' : 'Se hva som endres'}
            </Button>
          </div>
        </form>

        {step.kind === 'previewed' && (
          <>
            <ImportSummaryList summary={step.summary} heading="Dette vil endres" />
            {hasChanges(step.summary) ? (
              <div className="form-actions">
                <Paragraph data-size="sm">Ingenting er lagret ennå.</Paragraph>
                <Button type="button" disabled={busy} onClick={() => void run(false)}>
                  {busy ? 'Importerer …' : 'Importer'}
                </Button>
              </div>
            ) : null}
          </>
        )}

        {step.kind === 'imported' && (
          <>
            <Alert data-color="success" role="status">
              <Paragraph>Planfilen er importert.</Paragraph>
            </Alert>
            <ImportSummaryList summary={step.summary} heading="Dette ble endret" />
          </>
        )}
      </section>
    </div>
  );
}
