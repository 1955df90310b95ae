import { apiConfig } from '../../../config/api';

/* The export endpoints are downloads: plain links, so the browser saves the file under the server's name. */

/** The plan file (planstatus-plan/1 JSON) of a strategic plan, or of the newest one. */
export function planFileUrl(strategicPlanId?: number): string {
  const query = strategicPlanId === undefined ? '' : `?strategicPlan=${strategicPlanId}`;
  return `${apiConfig.baseUrl}/api/v1/export/plan${query}`;
}

/** The measures as CSV for Excel: of one action plan, or of every action plan. */
export function measuresCsvUrl(actionPlanId?: number): string {
  const query = actionPlanId === undefined ? '' : `?actionPlan=${actionPlanId}`;
  return `${apiConfig.baseUrl}/api/v1/export/measures.csv${query}`;
}
