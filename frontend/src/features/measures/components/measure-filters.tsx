import { Button, Checkbox, Details, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';

import type { GoalHeadline, PartySummary } from '../../../lib/api/types';
import { parseId } from '../../../lib/ids';
import {
  assessmentLabels,
  assessments,
  measureStatuses,
  measureStatusLabels,
  responsibilityRoles,
  roleLabels,
} from '../../../lib/labels';
import { activeFilterCount, maxFilterTextLength, withoutFilters, type MeasureFilter } from '../filters';

type MeasureFiltersProps = {
  filter: MeasureFilter;
  goals: readonly GoalHeadline[];
  parties: readonly PartySummary[];
  shownCount: number;
  totalCount: number;
  onChange: (filter: MeasureFilter) => void;
};

export function MeasureFilters({ filter, goals, parties, shownCount, totalCount, onChange }: MeasureFiltersProps) {
  const id = useId();
  const goalId = `${id}-goal`;
  const partyId = `${id}-party`;
  const roleId = `${id}-role`;
  const statusId = `${id}-status`;
  const assessmentId = `${id}-assessment`;
  const textInput = useRef<HTMLInputElement>(null);
  const active = activeFilterCount(filter);
  // The filters wait behind «Filtrer» so the list starts high, on a phone and a desktop alike; a filtered list
  // (from a link or a reload) opens them, so what filters it is in sight.
  const [open] = useState(active > 0);

  // The reset button disappears once nothing is filtered; keep the keyboard user's place in the form.
  const reset = () => {
    if (textInput.current) textInput.current.value = '';
    onChange(withoutFilters(filter));
    textInput.current?.focus();
  };

  return (
    <>
      <Details className="measure-filters-details" data-size="sm" defaultOpen={open}>
        <Details.Summary>Filtrer{active > 0 ? ` (${active} valgt)` : ''}</Details.Summary>
        <Details.Content>
          <form
            className="measure-filters"
            role="search"
            aria-label="Filtrer tiltak"
            onSubmit={(e) => {
              e.preventDefault();
              const text = new FormData(e.currentTarget).get('q');
              onChange({ ...filter, q: typeof text === 'string' && text.trim() ? text.trim() : undefined });
            }}
          >
            <div className="measure-filters__fields">
              <div className="measure-filters__text">
                <Textfield
                  ref={textInput}
                  label="Fritekst"
                  description="Referanse, tekst eller ansvar"
                  // A new text in the URL (back, forward, a link) remounts the field with it.
                  key={filter.q ?? ''}
                  name="q"
                  type="search"
                  defaultValue={filter.q ?? ''}
                  maxLength={maxFilterTextLength}
                />
                <Button type="submit" variant="secondary" data-size="sm">
                  Søk
                </Button>
              </div>
              <Field>
                <Label htmlFor={goalId}>Mål</Label>
                <Select
                  id={goalId}
                  value={filter.goal ?? ''}
                  onChange={(e) => onChange({ ...filter, goal: parseId(e.target.value) ?? undefined })}
                >
                  <Select.Option value="">Alle mål</Select.Option>
                  {goals.map((goal) => (
                    <Select.Option key={goal.id} value={goal.id}>
                      Mål {goal.number}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Field>
                <Label htmlFor={partyId}>Ansvarlig eller samarbeidspartner</Label>
                <Select
                  id={partyId}
                  value={filter.party ?? ''}
                  onChange={(e) => onChange({ ...filter, party: parseId(e.target.value) ?? undefined })}
                >
                  <Select.Option value="">Alle</Select.Option>
                  {parties.map((party) => (
                    <Select.Option key={party.id} value={party.id}>
                      {party.name}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Field>
                <Label htmlFor={roleId}>Rolle</Label>
                <Select
                  id={roleId}
                  value={filter.role ?? ''}
                  onChange={(e) =>
                    onChange({ ...filter, role: responsibilityRoles.find((role) => role === e.target.value) })
                  }
                >
                  <Select.Option value="">Alle roller</Select.Option>
                  {responsibilityRoles.map((role) => (
                    <Select.Option key={role} value={role}>
                      {roleLabels[role]}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Field>
                <Label htmlFor={statusId}>Status</Label>
                <Select
                  id={statusId}
                  value={filter.status ?? ''}
                  onChange={(e) =>
                    onChange({ ...filter, status: measureStatuses.find((status) => status === e.target.value) })
                  }
                >
                  <Select.Option value="">Alle statuser</Select.Option>
                  {measureStatuses.map((status) => (
                    <Select.Option key={status} value={status}>
                      {measureStatusLabels[status]}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Field>
                <Label htmlFor={assessmentId}>Vurdering</Label>
                <Select
                  id={assessmentId}
                  value={filter.assessment ?? ''}
                  onChange={(e) =>
                    onChange({ ...filter, assessment: assessments.find((value) => value === e.target.value) })
                  }
                >
                  <Select.Option value="">Alle vurderinger</Select.Option>
                  {assessments.map((assessment) => (
                    <Select.Option key={assessment} value={assessment}>
                      {assessmentLabels[assessment]}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            </div>
            <Checkbox
              label="Bare tiltak som mangler rapport for siste periode"
              checked={filter.stale === true}
              onChange={(e) => onChange({ ...filter, stale: e.target.checked ? true : undefined })}
            />
          </form>
        </Details.Content>
      </Details>
      <div className="measure-filters__summary">
        <Paragraph role="status" className="measure-filters__count">
          Viser {shownCount} av {totalCount} tiltak
        </Paragraph>
        {active > 0 && (
          <Button type="button" variant="secondary" data-size="sm" onClick={reset}>
            Nullstill filtre
          </Button>
        )}
      </div>
    </>
  );
}
