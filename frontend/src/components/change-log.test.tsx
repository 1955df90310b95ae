import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { AuditEvent } from '../lib/api/types';
import { historyOfYouthMeasure } from '../testing/fixtures';
import { ChangeLog } from './change-log';

describe('ChangeLog', () => {
  it('says which client address a change came from when the audit trail tells admins', () => {
    const events: AuditEvent[] = historyOfYouthMeasure.map((event, index) => ({
      ...event,
      clientAddress: index === 0 ? '192.0.2.10' : null,
    }));
    render(<ChangeLog events={events} label="Endringslogg, nyeste først" />);

    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('av Kari Nordmann fra 192.0.2.10');
    expect(items[1]).toHaveTextContent('av Kommunens intranett (API-token)');
    expect(items[1]).not.toHaveTextContent(' fra ');
  });
});
