import type { MeasureListQuery } from '../../../lib/api/types';

export const measureKeys = {
  all: ['measures'] as const,
  lists: () => [...measureKeys.all, 'list'] as const,
  list: (query: MeasureListQuery) => [...measureKeys.lists(), query] as const,
  details: () => [...measureKeys.all, 'detail'] as const,
  detail: (measureId: number) => [...measureKeys.details(), measureId] as const,
  reports: (measureId: number) => [...measureKeys.detail(measureId), 'reports'] as const,
  report: (measureId: number, reportId: number) => [...measureKeys.reports(measureId), reportId] as const,
  history: (measureId: number) => [...measureKeys.detail(measureId), 'history'] as const,
  responsibility: (measureId: number, responsibilityId: number) =>
    [...measureKeys.detail(measureId), 'responsibilities', responsibilityId] as const,
};
