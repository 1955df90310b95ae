import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { actionPlanPeriodsQueryOptions } from '../../../lib/periods';
import { fakeApi, json, problem, sentRequests } from '../../../testing/fake-api';
import { periodsOfActionPlan } from '../../../testing/fixtures';
import { createTestQueryClient, renderPage } from '../../../testing/render';
import { PeriodsEditor } from './periods-editor';

const first = periodsOfActionPlan[0]!;
const route = `PUT /api/v1/periods/${first.id}`;

function seeded() {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(actionPlanPeriodsQueryOptions(1).queryKey, periodsOfActionPlan);
  return queryClient;
}

describe("editing an action plan's reporting periods", () => {
  it('lists the periods with their dates in words and whether they are open', () => {
    renderPage(<PeriodsEditor actionPlanId={1} />, { queryClient: seeded() });

    const row = screen.getByRole('row', { name: /1\. tertial 2021/ });
    expect(within(row).getByText('1. januar 2021')).toBeInTheDocument();
    expect(within(row).getByText('30. april 2021')).toBeInTheDocument();
    expect(within(row).getByText('Åpen')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(periodsOfActionPlan.length + 1);
  });

  it('locks a period with its version', async () => {
    fakeApi({ [route]: () => json(200, { ...first, version: 1, locked: true }) });
    const user = userEvent.setup();
    renderPage(<PeriodsEditor actionPlanId={1} />, { queryClient: seeded() });

    await user.click(screen.getByRole('button', { name: 'Lås 1. tertial 2021' }));

    await expect.poll(() => sentRequests(route).length).toBe(1);
    const request = sentRequests(route)[0]!;
    expect(request.headers.get('If-Match')).toBe('"0"');
    expect(await request.json()).toEqual({
      label: '1. tertial 2021',
      startsOn: '2021-01-01',
      endsOn: '2021-04-30',
      dueOn: '2021-06-01',
      locked: true,
    });
  });

  it("changes a period's name and dates and shows the server's problems on the fields", async () => {
    fakeApi({
      [route]: () =>
        problem(400, { violations: [{ field: 'endsOn', message: 'kan ikke være før startdatoen (1. januar 2021)' }] }),
    });
    const user = userEvent.setup();
    renderPage(<PeriodsEditor actionPlanId={1} />, { queryClient: seeded() });

    await user.click(screen.getByRole('button', { name: 'Rediger 1. tertial 2021' }));
    const form = screen.getByRole('form', { name: 'Rediger 1. tertial 2021' });
    const label = within(form).getByRole('textbox', { name: 'Navn' });
    await user.clear(label);
    await user.type(label, 'T1 2021');
    await user.click(within(form).getByRole('button', { name: 'Lagre perioden' }));

    expect(await within(form).findByText('Til og med: kan ikke være før startdatoen (1. januar 2021)')).toBeInTheDocument();
    expect(await sentRequests(route)[0]!.json()).toMatchObject({ label: 'T1 2021', locked: false });
  });
});
