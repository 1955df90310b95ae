import { Heading, Link } from '@digdir/designsystemet-react';

import type { ActionPlan, StrategicPlan } from '../../../lib/api/types';

type PlanDownloadsProps = {
  plan: StrategicPlan;
  actionPlan: ActionPlan | undefined;
};

/** «Last ned»: the plan file (JSON, for import elsewhere) and the action plan's measures as a spreadsheet (CSV). */
export function PlanDownloads({ plan, actionPlan }: PlanDownloadsProps) {
  const csv = actionPlan
    ? `/api/v1/export/measures.csv?actionPlan=${actionPlan.id}`
    : '/api/v1/export/measures.csv';
  return (
    <section className="plan-downloads" aria-labelledby="plan-downloads-heading">
      <Heading level={2} data-size="2xs" id="plan-downloads-heading">
        Last ned
      </Heading>
      <ul className="inline-list">
        <li>
          <Link href={`/api/v1/export/plan?strategicPlan=${plan.id}`} download>
            Planfilen (JSON)
          </Link>
        </li>
        <li>
          <Link href={csv} download>
            Tiltakene som regneark (CSV)
          </Link>
        </li>
      </ul>
    </section>
  );
}
