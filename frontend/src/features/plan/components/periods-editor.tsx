import { Alert, Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';

import type { ReportingPeriod, ReportingPeriodUpdate } from '../../../lib/api/types';
import { formatNorwegianDate } from '../../../lib/format/date';
import { formErrorsFromError, noFormErrors, type FieldLabels, type FormErrors } from '../../../lib/forms/form-errors';
import { actionPlanPeriodsQueryOptions } from '../../../lib/periods';
import { useUpdatePeriod } from '../api/update-period';

type PeriodField = 'label' | 'startsOn' | 'endsOn' | 'dueOn';

const periodFieldLabels: FieldLabels<PeriodField> = {
  label: 'Navn',
  startsOn: 'Fra og med',
  endsOn: 'Til og med',
  dueOn: 'Frist for rapporter',
};

function inputOf(period: ReportingPeriod): ReportingPeriodUpdate {
  return {
    label: period.label,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    dueOn: period.dueOn ?? null,
    locked: period.locked,
  };
}

/** An action plan's reporting periods: change their names, dates and due dates, lock and unlock them. */
export function PeriodsEditor({ actionPlanId }: { actionPlanId: number }) {
  const { data: periods } = useSuspenseQuery(actionPlanPeriodsQueryOptions(actionPlanId));
  const [editing, setEditing] = useState<number | null>(null);
  const update = useUpdatePeriod();
  const [lockError, setLockError] = useState<string | null>(null);

  const toggleLock = (period: ReportingPeriod) => {
    setLockError(null);
    update.mutate(
      { periodId: period.id, version: period.version, input: { ...inputOf(period), locked: !period.locked } },
      { onError: (error) => setLockError(formErrorsFromError(error, periodFieldLabels).general.join(' ') || null) },
    );
  };

  return (
    <section aria-labelledby="periods-heading" className="page-section">
      <Heading level={2} data-size="md" id="periods-heading">
        Rapporteringsperioder
      </Heading>
      <Paragraph>
        Hver rapport gjelder én periode. En låst periode tar ikke imot nye rapporter eller korrigeringer.
      </Paragraph>
      {lockError && <Alert data-color="danger">{lockError}</Alert>}
      <Table>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Periode</Table.HeaderCell>
            <Table.HeaderCell>Fra og med</Table.HeaderCell>
            <Table.HeaderCell>Til og med</Table.HeaderCell>
            <Table.HeaderCell>Frist</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Handlinger</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {periods.map((period) => (
            <Table.Row key={period.id}>
              <Table.Cell>{period.label}</Table.Cell>
              <Table.Cell>{formatNorwegianDate(period.startsOn)}</Table.Cell>
              <Table.Cell>{formatNorwegianDate(period.endsOn)}</Table.Cell>
              <Table.Cell>{period.dueOn ? formatNorwegianDate(period.dueOn) : '–'}</Table.Cell>
              <Table.Cell>
                <Tag data-color={period.locked ? 'warning' : 'success'}>{period.locked ? 'Låst' : 'Åpen'}</Tag>
              </Table.Cell>
              <Table.Cell>
                <Button variant="tertiary" data-size="sm" onClick={() => setEditing(period.id)}>
                  Rediger {period.label}
                </Button>
                <Button variant="tertiary" data-size="sm" onClick={() => toggleLock(period)} disabled={update.isPending}>
                  {period.locked ? `Lås opp ${period.label}` : `Lås ${period.label}`}
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {periods
        .filter((period) => period.id === editing)
        .map((period) => (
          <PeriodForm key={`${period.id}-${period.version}`} period={period} onDone={() => setEditing(null)} />
        ))}
    </section>
  );
}

function PeriodForm({ period, onDone }: { period: ReportingPeriod; onDone: () => void }) {
  const [values, setValues] = useState(inputOf(period));
  const [errors, setErrors] = useState<FormErrors<PeriodField>>(noFormErrors<PeriodField>);
  const update = useUpdatePeriod();
  const idOf = (field: PeriodField) => `period-${period.id}-${field}`;
  const set = (field: PeriodField, value: string) =>
    setValues({ ...values, [field]: field === 'dueOn' && value === '' ? null : value });

  const save = () => {
    setErrors(noFormErrors<PeriodField>());
    update.mutate(
      { periodId: period.id, version: period.version, input: values },
      { onSuccess: onDone, onError: (error) => setErrors(formErrorsFromError(error, periodFieldLabels)) },
    );
  };

  return (
    <form
      className="stack"
      aria-labelledby={`period-${period.id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Heading level={3} data-size="sm" id={`period-${period.id}-heading`}>
        Rediger {period.label}
      </Heading>
      {errors.general.length > 0 && <Alert data-color="danger">{errors.general.join(' ')}</Alert>}
      <Textfield
        id={idOf('label')}
        label={periodFieldLabels.label}
        value={values.label}
        onChange={(event) => set('label', event.target.value)}
        error={errors.fields.label}
      />
      <Textfield
        id={idOf('startsOn')}
        label={periodFieldLabels.startsOn}
        type="date"
        className="narrow-field"
        value={values.startsOn}
        onChange={(event) => set('startsOn', event.target.value)}
        error={errors.fields.startsOn}
      />
      <Textfield
        id={idOf('endsOn')}
        label={periodFieldLabels.endsOn}
        type="date"
        className="narrow-field"
        value={values.endsOn}
        onChange={(event) => set('endsOn', event.target.value)}
        error={errors.fields.endsOn}
      />
      <Textfield
        id={idOf('dueOn')}
        label={`${periodFieldLabels.dueOn} (valgfritt)`}
        type="date"
        className="narrow-field"
        value={values.dueOn ?? ''}
        onChange={(event) => set('dueOn', event.target.value)}
        error={errors.fields.dueOn}
      />
      <div className="button-row">
        <Button type="submit" disabled={update.isPending}>
          Lagre perioden
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}
