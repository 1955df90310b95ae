import { Link as DsLink, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';

import { measuresCsvUrl, planFileUrl } from '../api/export-urls';

type PlanDownloadsProps = {
  /** The strategic plan whose file to offer; the newest one when left out. */
  strategicPlanId?: number;
  /** Only this action plan's measures in the spreadsheet; every action plan's when left out. */
  actionPlanId?: number;
  headingLevel?: 2 | 3;
};

/** «Last ned»: the plan file and the spreadsheet, each with a line on what the file holds. */
export function PlanDownloads({ strategicPlanId, actionPlanId, headingLevel = 2 }: PlanDownloadsProps) {
  const headingId = useId();
  return (
    <section className="plan-downloads" aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size="sm" id={headingId}>
        Last ned
      </Heading>
      <ul className="plan-downloads__list">
        <li>
          <DsLink href={planFileUrl(strategicPlanId)} download>
            Last ned planfilen (JSON)
          </DsLink>
          <Paragraph data-size="sm">
            Hele planen i én fil: regionrådet, de ansvarlige, målene, handlingsplanene med tiltak og ansvar, og de
            godkjente statusrapportene. Den kan importeres igjen her, også i en annen installasjon.
          </Paragraph>
        </li>
        <li>
          <DsLink href={measuresCsvUrl(actionPlanId)} download>
            Last ned til Excel (CSV)
          </DsLink>
          <Paragraph data-size="sm">
            {actionPlanId === undefined ? 'Tiltakene i alle handlingsplanene' : 'Tiltakene i handlingsplanen'}, én
            rad per tiltak: referanse, mål, tiltak, ansvarlige, status, vurdering, prosent fullført og siste
            rapport.
          </Paragraph>
        </li>
      </ul>
    </section>
  );
}
