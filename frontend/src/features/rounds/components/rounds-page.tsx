import { Alert, Button, Checkbox, Field, Fieldset, Heading, Label, Paragraph, Select, Table, Tag, Textarea, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { AppLink } from '../../../components/app-link';
import { FormErrorSummary } from '../../../components/form/form-error-summary';
import { noticeState } from '../../../components/notice';
import { routePaths } from '../../../config/paths';
import type { RoundOpen, RoundPeriod, RoundProposedMeasure, RoundSummary } from '../../../lib/api/types';
import { formatNorwegianDate } from '../../../lib/format/date';
import { formErrorsFromError, noFormErrors, type FieldLabels } from '../../../lib/forms/form-errors';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import { measureStatusLabels } from '../../../lib/labels';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useRoundPeriods, useRoundProposal } from '../api/get-round-proposal';
import { useRounds } from '../api/get-rounds';
import { useOpenRound } from '../api/open-round';

type RoundField = 'periodId' | 'deadline' | 'message' | 'measureIds' | 'extraAssignments';

export const roundFieldLabels: FieldLabels<RoundField> = {
  periodId: 'Periode',
  deadline: 'Frist',
  message: 'Melding til de som skal rapportere (valgfritt)',
  measureIds: 'Tiltak i runden',
  extraAssignments: 'Flere som skal rapportere',
};

export function periodName(period: RoundPeriod): string {
  return `${period.label} (${period.actionPlanCode})`;
}

function RoundsTable({ rounds }: { rounds: readonly RoundSummary[] }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Rapporteringsrunder (rull sideveis)">
      <Table>
        <caption className="visually-hidden">Rapporteringsrunder, åpne først</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Periode</Table.HeaderCell>
            <Table.HeaderCell>Frist</Table.HeaderCell>
            <Table.HeaderCell>Runden</Table.HeaderCell>
            <Table.HeaderCell>Rapportert</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rounds.map((round) => (
            <Table.Row key={round.id}>
              <Table.Cell>
                <AppLink to={routePaths.round(round.id)}>{periodName(round.period)}</AppLink>
              </Table.Cell>
              <Table.Cell>{formatNorwegianDate(round.deadline)}</Table.Cell>
              <Table.Cell>
                <Tag data-color={round.open ? 'info' : 'neutral'} data-size="sm">
                  {round.open ? 'Åpen' : 'Lukket'}
                </Tag>
              </Table.Cell>
              <Table.Cell>{round.counts.summary}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

const assignmentKey = (measureId: number, partyId: number) => `${measureId}:${partyId}`;

/** The measures a new round would take: a checkbox each, checked as the server proposes, and extra parties. */
function MeasureChecklist({
  measures,
  selected,
  extras,
  error,
  legendId,
  onToggleMeasure,
  onToggleExtra,
}: {
  measures: readonly RoundProposedMeasure[];
  selected: ReadonlySet<number>;
  extras: ReadonlySet<string>;
  error: string | undefined;
  legendId: string;
  onToggleMeasure: (measureId: number) => void;
  onToggleExtra: (key: string) => void;
}) {
  return (
    <Fieldset id={legendId} aria-invalid={error ? true : undefined}>
      <Fieldset.Legend>{roundFieldLabels.measureIds}</Fieldset.Legend>
      <Fieldset.Description>
        Tiltak som ikke er fullført eller avbrutt er valgt. De ledende ansvarlige skal rapportere; du kan legge til
        samarbeidspartnere.
      </Fieldset.Description>
      <ul className="round-checklist">
        {measures.map((measure) => {
          const others = measure.responsibleParties.filter(
            (party) => !measure.defaultParties.some((lead) => lead.id === party.id),
          );
          const chosen = selected.has(measure.measureId);
          return (
            <li key={measure.measureId}>
              <Checkbox
                label={`${measure.reference} ${measure.text}`}
                description={`${measure.currentStatus ? measureStatusLabels[measure.currentStatus] : 'Ikke rapportert'}. Rapporterer: ${
                  measure.defaultParties.map((party) => party.name).join(', ') || 'ingen ansvarlig'
                }`}
                checked={chosen}
                onChange={() => onToggleMeasure(measure.measureId)}
              />
              {chosen && others.length > 0 && (
                <ul className="round-checklist__extras">
                  {others.map((party) => (
                    <li key={party.id}>
                      <Checkbox
                        data-size="sm"
                        label={`Også ${party.name}`}
                        checked={extras.has(assignmentKey(measure.measureId, party.id))}
                        onChange={() => onToggleExtra(assignmentKey(measure.measureId, party.id))}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}

/** Everything after the period, started over for each period chosen. */
function RoundDetails({
  period,
  measures,
  fieldIds,
}: {
  period: RoundPeriod;
  measures: readonly RoundProposedMeasure[];
  fieldIds: Record<RoundField, string>;
}) {
  const [deadline, setDeadline] = useState(period.dueOn ?? '');
  const [message, setMessage] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<number>>(
    () => new Set(measures.filter((m) => m.selectedByDefault).map((m) => m.measureId)),
  );
  const [extras, setExtras] = useState<ReadonlySet<string>>(() => new Set());
  const [errors, setErrors] = useState(noFormErrors<RoundField>);
  const [attempt, setAttempt] = useState(0);
  const open = useOpenRound();
  const navigate = useNavigate();

  const toggle = <T,>(set: ReadonlySet<T>, value: T): ReadonlySet<T> => {
    const next = new Set(set);
    if (!next.delete(value)) next.add(value);
    return next;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const fields: Partial<Record<RoundField, string>> = {};
    if (!deadline) fields.deadline = `${roundFieldLabels.deadline}: må fylles ut`;
    if (selected.size === 0) fields.measureIds = `${roundFieldLabels.measureIds}: velg minst ett tiltak`;
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, general: [] });
      return;
    }
    const measureIds = measures.map((m) => m.measureId).filter((id) => selected.has(id));
    const input: RoundOpen = {
      periodId: period.id,
      deadline,
      measureIds,
      extraAssignments: [...extras]
        .map((key) => key.split(':').map(Number) as [number, number])
        .filter(([measureId]) => selected.has(measureId))
        .map(([measureId, partyId]) => ({ measureId, partyId })),
    };
    if (message.trim()) input.message = message.trim();
    open.mutate(input, {
      onSuccess: (round) =>
        navigate(routePaths.round(round.id), {
          state: noticeState(`Rapporteringsrunden for ${period.label} er åpnet.`),
        }),
      onError: (error) => setErrors(formErrorsFromError(error, roundFieldLabels)),
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormErrorSummary errors={errors} fieldIds={fieldIds} heading="Vi kunne ikke åpne runden" attempt={attempt} />
      <Textfield
        id={fieldIds.deadline}
        label={roundFieldLabels.deadline}
        description={`Perioden går fra ${formatNorwegianDate(period.startsOn)} til ${formatNorwegianDate(period.endsOn)}.`}
        type="date"
        className="narrow-field"
        value={deadline}
        onChange={(event) => setDeadline(event.target.value)}
        error={errors.fields.deadline}
      />
      <Field>
        <Label htmlFor={fieldIds.message}>{roundFieldLabels.message}</Label>
        <Textarea
          id={fieldIds.message}
          rows={3}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          aria-invalid={errors.fields.message ? true : undefined}
        />
        {errors.fields.message && <ValidationMessage>{errors.fields.message}</ValidationMessage>}
      </Field>
      <MeasureChecklist
        measures={measures}
        selected={selected}
        extras={extras}
        error={errors.fields.measureIds ?? errors.fields.extraAssignments}
        legendId={fieldIds.measureIds}
        onToggleMeasure={(id) => setSelected((current) => toggle(current, id))}
        onToggleExtra={(key) => setExtras((current) => toggle(current, key))}
      />
      <Paragraph data-size="sm">
        {selected.size} av {measures.length} tiltak er valgt.
      </Paragraph>
      <div className="form-actions">
        <Button type="submit" disabled={open.isPending}>
          {open.isPending ? 'Åpner …' : 'Åpne runden'}
        </Button>
      </div>
    </form>
  );
}

function OpenRoundForm() {
  const { data: choices } = useRoundPeriods();
  const fieldIds = useFieldIds(roundFieldLabels);
  const [periodId, setPeriodId] = useState<number | null>(null);
  const proposal = useRoundProposal(periodId);
  const chosen = choices.periods.find((choice) => choice.period.id === periodId);

  return (
    <section className="page-section" aria-labelledby={`${fieldIds.periodId}-heading`}>
      <Heading level={2} data-size="sm" id={`${fieldIds.periodId}-heading`}>
        Åpne en ny runde
      </Heading>
      {choices.periods.length === 0 ? (
        <Paragraph>Det finnes ingen rapporteringsperioder ennå.</Paragraph>
      ) : (
        <>
          <Field>
            <Label htmlFor={fieldIds.periodId}>{roundFieldLabels.periodId}</Label>
            <Select
              id={fieldIds.periodId}
              value={periodId === null ? '' : String(periodId)}
              onChange={(event) => setPeriodId(event.target.value ? Number(event.target.value) : null)}
            >
              <Select.Option value="">Velg periode</Select.Option>
              {choices.periods.map(({ period, hasOpenRound }) => (
                <Select.Option key={period.id} value={String(period.id)} disabled={hasOpenRound}>
                  {periodName(period)}
                  {hasOpenRound ? ' – har en åpen runde' : ''}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {chosen?.hasOpenRound && (
            <Alert data-color="warning">
              <Paragraph>Perioden har allerede en åpen runde. Lukk den før du åpner en ny.</Paragraph>
            </Alert>
          )}
          {proposal.isError && (
            <Alert data-color="danger">
              <Paragraph>Vi kunne ikke hente tiltakene for perioden.</Paragraph>
            </Alert>
          )}
          {periodId !== null && proposal.data?.period?.id === periodId && (
            <RoundDetails
              key={periodId}
              period={proposal.data.period}
              measures={proposal.data.measures}
              fieldIds={fieldIds}
            />
          )}
        </>
      )}
    </section>
  );
}

export function RoundsPage() {
  const { data: rounds } = useRounds();
  useDocumentTitle('Rapporteringsrunder');
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Rapporteringsrunder
      </Heading>
      <Paragraph>
        En rapporteringsrunde ber de ansvarlige om status for tiltakene sine for én periode, innen en frist.
      </Paragraph>
      <section className="page-section">
        <Heading level={2} data-size="sm">
          Runder
        </Heading>
        {rounds.length > 0 ? <RoundsTable rounds={rounds} /> : <Paragraph>Ingen runder er åpnet ennå.</Paragraph>}
      </section>
      <OpenRoundForm />
    </div>
  );
}
