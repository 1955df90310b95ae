import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';

import type { ImportSummary } from '../../../lib/api/types';
import {
  changedFields,
  createdGroups,
  describeEntry,
  hasChanges,
  unchangedPhrase,
  updatedGroups,
} from '../import-summary';

type ImportSummaryListProps = {
  summary: ImportSummary;
  /** The heading above the list, e.g. «Dette vil endres». */
  heading: string;
};

/**
 * What an import creates and changes, group by group («3 nye tiltak»), each resource on its own line. It takes focus
 * when it appears, so a screen reader reads the answer to the button just pressed.
 */
export function ImportSummaryList({ summary, heading }: ImportSummaryListProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [summary]);
  const created = createdGroups(summary);
  const updated = updatedGroups(summary);
  return (
    <section className="import-summary" aria-label={heading}>
      <Heading level={2} data-size="sm" ref={headingRef} tabIndex={-1}>
        {heading}
      </Heading>
      {!hasChanges(summary) && (
        <Paragraph>
          Ingen endringer: alt i filen er likt det som er lagret ({unchangedPhrase(summary.unchanged)}).
        </Paragraph>
      )}
      {created.map((group) => (
        <div key={`created-${group.type}`} className="import-summary__group">
          <Heading level={3} data-size="xs">
            {group.heading}
          </Heading>
          <ul>
            {group.entries.map((entry) => (
              <li key={entry.key}>{describeEntry(entry)}</li>
            ))}
          </ul>
        </div>
      ))}
      {updated.map((group) => (
        <div key={`updated-${group.type}`} className="import-summary__group">
          <Heading level={3} data-size="xs">
            {group.heading}
          </Heading>
          <ul>
            {group.entries.map((entry) => (
              <li key={entry.key}>
                {describeEntry(entry)} <span className="import-summary__fields">(endret: {changedFields(entry.fields)})</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {hasChanges(summary) && <Paragraph>{unchangedPhrase(summary.unchanged)}.</Paragraph>}
    </section>
  );
}
