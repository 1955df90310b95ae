import {
  Button,
  Field,
  Fieldset,
  Label,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';

import type {
  Assessment,
  ImplementationStatus,
  Report,
  ReportingPeriod,
  ReportInput,
  ReportState,
} from '../../../lib/api/types';
import { formatNorwegianDate } from '../../../lib/format/date';
import {
  parseWholeNumber,
  type FieldLabels,
  type FormErrors,
  type PartLabels,
} from '../../../lib/forms/form-errors';
import type { ParsedForm } from '../../../lib/forms/use-versioned-edit';
import { assessmentLabels, assessments, implementationStatuses, measureStatusLabels } from '../../../lib/labels';

export type ReportLinkValues = { url: string; title: string };

/** The form's text for each field the API knows; numbers and choices are text until the form is sent. */
export type ReportFormValues = {
  /** The chosen period's id, as the select holds it. */
  periodId: string;
  reportDate: string;
  status: ImplementationStatus | '';
  assessment: Assessment | '';
  percentComplete: string;
  text: string;
  links: ReportLinkValues[];
};

export type ReportField = keyof ReportFormValues;

export const reportFieldLabels: FieldLabels<ReportField> = {
  periodId: 'Periode',
  reportDate: 'Dato for status',
  status: 'Status',
  assessment: 'Vurdering',
  percentComplete: 'Prosent fullført',
  text: 'Beskrivelse',
  links: 'Lenker',
};

export const reportLinkPartLabels: PartLabels = { url: 'adresse', title: 'tittel' };

export const emptyReportValues: ReportFormValues = {
  periodId: '',
  reportDate: '',
  status: '',
  assessment: '',
  percentComplete: '',
  text: '',
  links: [],
};

export function reportValuesOf(report: Report): ReportFormValues {
  return {
    periodId: report.periodId == null ? '' : String(report.periodId),
    reportDate: report.reportDate,
    status: report.status,
    assessment: report.assessment,
    percentComplete: typeof report.percentComplete === 'number' ? String(report.percentComplete) : '',
    text: report.text,
    links: report.links.map((link) => ({ url: link.url, title: link.title ?? '' })),
  };
}

/** The dates a report may have: the action plan's years, from 1 January to 31 December (ISO dates). */
export type ReportDateRange = { first: string; last: string };

export function reportDateRangeOf(plan: { periodStart: number; periodEnd: number }): ReportDateRange {
  return { first: `${plan.periodStart}-01-01`, last: `${plan.periodEnd}-12-31` };
}

/** «handlingsplanens periode, 1. januar 2021 til 31. desember 2022», as the server words it. */
export function describeDateRange(range: ReportDateRange): string {
  return `handlingsplanens periode, ${formatNorwegianDate(range.first)} til ${formatNorwegianDate(range.last)}`;
}

/**
 * Every problem the form can see before it is sent, all at once: what must be filled in or chosen, numbers that
 * are no numbers, and a date outside the plan's period. The rest the server judges (and it, too, answers with
 * every problem at once).
 */
export function toReportInput(
  values: ReportFormValues,
  range?: ReportDateRange,
): ParsedForm<ReportInput, ReportField> {
  const fields: Partial<Record<ReportField, string>> = {};
  const percent = values.percentComplete.trim() === '' ? null : parseWholeNumber(values.percentComplete);
  if (!values.periodId) fields.periodId = `${reportFieldLabels.periodId}: må velges`;
  if (!values.reportDate) {
    fields.reportDate = `${reportFieldLabels.reportDate}: må fylles ut`;
  } else if (range && (values.reportDate < range.first || values.reportDate > range.last)) {
    // ISO dates compare as text.
    fields.reportDate = `${reportFieldLabels.reportDate}: må ligge innenfor ${describeDateRange(range)}`;
  }
  if (!values.status) fields.status = `${reportFieldLabels.status}: må velges`;
  if (!values.assessment) fields.assessment = `${reportFieldLabels.assessment}: må velges`;
  if (values.percentComplete.trim() !== '' && (percent === null || percent < 0 || percent > 100)) {
    fields.percentComplete = `${reportFieldLabels.percentComplete}: må være et helt tall fra 0 til 100`;
  }
  if (values.text.trim() === '') fields.text = `${reportFieldLabels.text}: må fylles ut`;
  if (!values.reportDate || !values.status || !values.assessment || Object.keys(fields).length > 0) {
    return { errors: { fields, general: [] } };
  }
  const input: ReportInput = {
    periodId: Number(values.periodId),
    reportDate: values.reportDate,
    status: values.status,
    assessment: values.assessment,
    text: values.text,
    // A row left empty is no link.
    links: values.links
      .filter((link) => link.url.trim() !== '' || link.title.trim() !== '')
      .map((link) => (link.title.trim() ? { url: link.url.trim(), title: link.title.trim() } : { url: link.url.trim() })),
  };
  // Left out, not sent empty: a report without it has no percent.
  if (percent !== null) input.percentComplete = percent;
  return { input };
}

/** What the user is told once the report is saved: where it now is. */
export function savedNotice(state: ReportState): string {
  switch (state) {
    case 'DRAFT':
      return 'Statusrapporten er lagret som utkast. Bare du og redaksjonen ser den.';
    case 'SUBMITTED':
      return 'Statusrapporten er sendt til godkjenning. Den blir offentlig når redaksjonen har godkjent den.';
    default:
      return 'Statusrapporten er lagret.';
  }
}

export function linkFieldId(linksId: string, index: number, part: keyof ReportLinkValues): string {
  return `${linksId}-${index}-${part}`;
}

/**
 * Where the error summary's links go: a choice to its first option, «Lenker» to the first link's address.
 * `inputIds` are the ids the fields are built from.
 */
export function reportFieldIds(inputIds: Record<ReportField, string>): Record<ReportField, string> {
  return {
    ...inputIds,
    assessment: assessmentOptionId(inputIds.assessment, 0),
    links: linkFieldId(inputIds.links, 0, 'url'),
  };
}

function assessmentOptionId(assessmentId: string, index: number): string {
  return `${assessmentId}-${index}`;
}

type ReportFieldsProps = {
  inputIds: Record<ReportField, string>;
  /** Shown beside the date before the user sends anything, and set as the date field's min and max. */
  dateRange?: ReportDateRange;
  /** The periods a report may be for: the action plan's open ones. */
  periods: ReportingPeriod[];
  values: ReportFormValues;
  errors: FormErrors<ReportField>;
  onChange: (values: ReportFormValues) => void;
};

export function ReportFields({ inputIds: fieldIds, dateRange, periods, values, errors, onChange }: ReportFieldsProps) {
  const set = <K extends ReportField>(field: K, value: ReportFormValues[K]) => onChange({ ...values, [field]: value });
  const setLink = (index: number, part: keyof ReportLinkValues, value: string) =>
    set(
      'links',
      values.links.map((link, i) => (i === index ? { ...link, [part]: value } : link)),
    );
  const addLink = () => {
    set('links', [...values.links, { url: '', title: '' }]);
    // The new row appears after this render; put the user in it.
    const index = values.links.length;
    requestAnimationFrame(() => document.getElementById(linkFieldId(fieldIds.links, index, 'url'))?.focus());
  };
  const removeLink = (index: number) => set('links', values.links.filter((_, i) => i !== index));

  return (
    <>
      <Field>
        <Label htmlFor={fieldIds.periodId}>{reportFieldLabels.periodId}</Label>
        <Field.Description>Perioden rapporten gjelder. Låste perioder tar ikke imot rapporter.</Field.Description>
        <Select
          id={fieldIds.periodId}
          className="narrow-field"
          value={values.periodId}
          onChange={(event) => set('periodId', event.target.value)}
          aria-invalid={errors.fields.periodId ? true : undefined}
        >
          <Select.Option value="">Velg periode</Select.Option>
          {periods.map((period) => (
            <Select.Option key={period.id} value={String(period.id)}>
              {period.label}
            </Select.Option>
          ))}
        </Select>
        {errors.fields.periodId && <ValidationMessage>{errors.fields.periodId}</ValidationMessage>}
      </Field>
      <Textfield
        id={fieldIds.reportDate}
        label={reportFieldLabels.reportDate}
        description={`Datoen rapporten beskriver status per. Den må ligge innenfor ${
          dateRange ? describeDateRange(dateRange) : 'handlingsplanens periode'
        }.`}
        type="date"
        min={dateRange?.first}
        max={dateRange?.last}
        className="narrow-field"
        value={values.reportDate}
        onChange={(event) => set('reportDate', event.target.value)}
        error={errors.fields.reportDate}
      />
      <Field>
        <Label htmlFor={fieldIds.status}>{reportFieldLabels.status}</Label>
        <Select
          id={fieldIds.status}
          value={values.status}
          onChange={(event) =>
            set('status', implementationStatuses.find((status) => status === event.target.value) ?? '')
          }
          aria-invalid={errors.fields.status ? true : undefined}
        >
          <Select.Option value="">Velg status</Select.Option>
          {implementationStatuses.map((status) => (
            <Select.Option key={status} value={status}>
              {measureStatusLabels[status]}
            </Select.Option>
          ))}
        </Select>
        {errors.fields.status && <ValidationMessage>{errors.fields.status}</ValidationMessage>}
      </Field>
      <Fieldset>
        <Fieldset.Legend>{reportFieldLabels.assessment}</Fieldset.Legend>
        <Fieldset.Description>Blir tiltaket gjennomført som planlagt?</Fieldset.Description>
        {assessments.map((assessment, index) => (
          <Radio
            key={assessment}
            id={assessmentOptionId(fieldIds.assessment, index)}
            name={fieldIds.assessment}
            value={assessment}
            label={assessmentLabels[assessment]}
            checked={values.assessment === assessment}
            onChange={() => set('assessment', assessment)}
          />
        ))}
        {errors.fields.assessment && <ValidationMessage>{errors.fields.assessment}</ValidationMessage>}
      </Fieldset>
      <Textfield
        id={fieldIds.percentComplete}
        label={`${reportFieldLabels.percentComplete} (valgfritt)`}
        inputMode="numeric"
        suffix="%"
        className="narrow-field"
        value={values.percentComplete}
        onChange={(event) => set('percentComplete', event.target.value)}
        error={errors.fields.percentComplete}
      />
      <Textfield
        id={fieldIds.text}
        label={reportFieldLabels.text}
        description="Hva er gjort, hva gjenstår, og hva kan hindre gjennomføringen?"
        multiline
        rows={6}
        value={values.text}
        onChange={(event) => set('text', event.target.value)}
        error={errors.fields.text}
      />
      <Fieldset>
        <Fieldset.Legend>{reportFieldLabels.links} (valgfritt)</Fieldset.Legend>
        <Fieldset.Description>For eksempel en politisk sak, et referat eller en nyhetssak.</Fieldset.Description>
        {values.links.map((link, index) => (
          <div className="link-row" key={index}>
            <Textfield
              id={linkFieldId(fieldIds.links, index, 'url')}
              label={`Adresse til lenke ${index + 1}`}
              type="url"
              inputMode="url"
              value={link.url}
              onChange={(event) => setLink(index, 'url', event.target.value)}
            />
            <Textfield
              id={linkFieldId(fieldIds.links, index, 'title')}
              label={`Tittel på lenke ${index + 1} (valgfritt)`}
              value={link.title}
              onChange={(event) => setLink(index, 'title', event.target.value)}
            />
            <Button variant="tertiary" data-size="sm" onClick={() => removeLink(index)}>
              Fjern lenke {index + 1}
            </Button>
          </div>
        ))}
        {errors.fields.links && <ValidationMessage>{errors.fields.links}</ValidationMessage>}
        <div>
          <Button variant="secondary" data-size="sm" onClick={addLink}>
            Legg til lenke
          </Button>
        </div>
      </Fieldset>
    </>
  );
}
