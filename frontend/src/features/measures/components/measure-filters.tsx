import { Button, Checkbox, Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useId, useRef } from 'react';

import type { PartySummary } from '../../../lib/api/types';
import { parseId } from '../../../lib/ids';
import { measureStatuses, measureStatusLabels, responsibilityRoles, roleLabels } from '../../../lib/labels';
import { isFilterActive, type MeasureFilter } from '../filters';

type MeasureFiltersProps = {
  filter: MeasureFilter;
  parties: readonly PartySummary[];
  shownCount: number;
  totalCount: number;
  onChange: (filter: MeasureFilter) => void;
};

export function MeasureFilters({ filter, parties, shownCount, totalCount, onChange }: MeasureFiltersProps) {
  const id = useId();
  const partyId = `${id}-party`;
  const roleId = `${id}-role`;
  const statusId = `${id}-status`;
  const partySelect = useRef<HTMLSelectElement>(null);

  // The reset button disappears once nothing is filtered; keep the keyboard user's place in the form.
  const reset = () => {
    onChange({});
    partySelect.current?.focus();
  };

  return (
    <form className="measure-filters" role="search" aria-label="Filtrer tiltak" onSubmit={(e) => e.preventDefault()}>
      <div className="measure-filters__fields">
        <Field>
          <Label htmlFor={partyId}>Ansvarlig eller samarbeidspartner</Label>
          <Select
            id={partyId}
            ref={partySelect}
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
      </div>
      <Checkbox
        label="Bare tiltak som mangler rapport for siste periode"
        checked={filter.stale === true}
        onChange={(e) => onChange({ ...filter, stale: e.target.checked ? true : undefined })}
      />
      <div className="measure-filters__summary">
        <Paragraph role="status" className="measure-filters__count">
          Viser {shownCount} av {totalCount} tiltak
        </Paragraph>
        {isFilterActive(filter) && (
          <Button type="button" variant="secondary" data-size="sm" onClick={reset}>
            Nullstill filtre
          </Button>
        )}
      </div>
    </form>
  );
}
