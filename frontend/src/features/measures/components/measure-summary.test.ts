import { describe, expect, it } from 'vitest';

import type { Measure } from '../../../lib/api/types';
import { councilMeasure, youthMeasure } from '../../../testing/fixtures';
import { countMeasures } from './measure-summary';

const withStatus = (id: number, status: Measure['currentStatus']['status'], assessment: Measure['currentStatus']['assessment']) => ({
  ...youthMeasure,
  id,
  currentStatus: { ...youthMeasure.currentStatus, status, assessment },
});

describe('countMeasures', () => {
  it('counts per status in the statuses’ order and per assessment with «Ikke vurdert» last, leaving out zeros', () => {
    const counts = countMeasures([
      withStatus(1, 'COMPLETED', 'ON_TRACK'),
      withStatus(2, 'IN_PROGRESS', 'AT_RISK'),
      withStatus(3, 'IN_PROGRESS', 'OFF_TRACK'),
      withStatus(4, 'IN_PROGRESS', 'AT_RISK'),
      councilMeasure,
    ]);
    expect(counts).toEqual({
      total: 5,
      byStatus: [
        { status: 'NOT_REPORTED', count: 1 },
        { status: 'IN_PROGRESS', count: 3 },
        { status: 'COMPLETED', count: 1 },
      ],
      byAssessment: [
        { assessment: 'ON_TRACK', count: 1 },
        { assessment: 'AT_RISK', count: 2 },
        { assessment: 'OFF_TRACK', count: 1 },
        { assessment: null, count: 1 },
      ],
    });
  });

  it('has nothing to count in an empty list', () => {
    expect(countMeasures([])).toEqual({ total: 0, byStatus: [], byAssessment: [] });
  });
});
