import { Table } from '@digdir/designsystemet-react';

import { assessmentLabels, measureStatusLabels } from '../../../lib/labels';
import type { StatusCounts } from '../api/types';

/** «Ikke vurdert»: the measures whose latest report gave no assessment, or that have none. */
export const NOT_ASSESSED_LABEL = 'Ikke vurdert';

type StatusCountsTableProps = { counts: StatusCounts; caption: string };

/** Counts per status and per assessment, each with its word and its number: never colour alone. */
export function StatusCountsTable({ counts, caption }: StatusCountsTableProps) {
  return (
    <div className="status-counts">
      <Table data-size="sm" className="status-counts__table">
        <caption>{caption}: status</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell className="number-cell">Antall tiltak</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {counts.byStatus.map(({ status, label, count }) => (
            <Table.Row key={status}>
              <Table.HeaderCell scope="row">{label || measureStatusLabels[status]}</Table.HeaderCell>
              <Table.Cell className="number-cell">{count}</Table.Cell>
            </Table.Row>
          ))}
          <Table.Row>
            <Table.HeaderCell scope="row">I alt</Table.HeaderCell>
            <Table.Cell className="number-cell">{counts.total}</Table.Cell>
          </Table.Row>
        </Table.Body>
      </Table>
      <Table data-size="sm" className="status-counts__table">
        <caption>{caption}: vurdering</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Vurdering</Table.HeaderCell>
            <Table.HeaderCell className="number-cell">Antall tiltak</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {counts.byAssessment.map(({ assessment, label, count }) => (
            <Table.Row key={assessment ?? 'none'}>
              <Table.HeaderCell scope="row">
                {label || (assessment ? assessmentLabels[assessment] : NOT_ASSESSED_LABEL)}
              </Table.HeaderCell>
              <Table.Cell className="number-cell">{count}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
