import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { ImportSummary } from '../../../lib/api/types';
import { fakeApi, json, problem, sentRequests } from '../../../testing/fake-api';
import { renderPage } from '../../../testing/render';
import { ImportPage } from './import-page';

const route = 'POST /api/v1/import/plan';
const fileText = '{"format":"planstatus-plan/1","council":{"name":"Regionrådet"}}';
const planFile = () => new File([fileText], 'plan-2020-24.json', { type: 'application/json' });

const changes: ImportSummary = {
  dryRun: true,
  created: [
    { type: 'measure', key: '2021-22/5.4', name: 'Lage en felles reiselivsstrategi' },
    { type: 'measure', key: '2021-22/5.5', name: 'Kartlegge bredbånd i hele regionen' },
    { type: 'measure', key: '2021-22/5.6', name: 'Arrangere næringskonferanse' },
    { type: 'responsibility', key: '2021-22/5.4:administrasjonen', name: 'Administrasjonen' },
  ],
  updated: [{ type: 'measure', key: '2021-22/5.1', name: 'gjennomføre «Fjellungdom» i alle kommuner', fields: ['text'] }],
  unchanged: 70,
};

async function chooseAndPreview() {
  const user = userEvent.setup();
  renderPage(<ImportPage />);
  await user.upload(screen.getByLabelText('Planfil (JSON)'), planFile());
  await user.click(screen.getByRole('button', { name: 'Se hva som endres' }));
  return user;
}

describe('importing a plan file', () => {
  it('offers the plan file and the spreadsheet for download, each saying what it holds', () => {
    renderPage(<ImportPage />);

    const downloads = screen.getByRole('region', { name: 'Last ned' });
    expect(within(downloads).getByRole('link', { name: 'Last ned planfilen (JSON)' })).toHaveAttribute(
      'href',
      '/api/v1/export/plan',
    );
    expect(within(downloads).getByRole('link', { name: 'Last ned til Excel (CSV)' })).toHaveAttribute(
      'href',
      '/api/v1/export/measures.csv',
    );
    expect(within(downloads).getByText(/Hele planen i én fil/)).toBeInTheDocument();
    expect(screen.getByText(/opptil 32 MiB/)).toBeInTheDocument();
  });

  it('sends the file as it is on a dry run and lists what would be created and changed', async () => {
    fakeApi({ [route]: () => json(200, changes) });
    await chooseAndPreview();

    const list = await screen.findByRole('region', { name: 'Dette vil endres' });
    const request = sentRequests(route)[0]!;
    expect(new URL(request.url).searchParams.get('dryRun')).toBe('true');
    expect(request.headers.get('Content-Type')).toBe('application/json');
    expect(await request.text()).toBe(fileText);

    expect(within(list).getByRole('heading', { level: 2, name: 'Dette vil endres' })).toHaveFocus();
    expect(within(list).getByRole('heading', { name: '3 nye tiltak' })).toBeInTheDocument();
    expect(within(list).getByRole('heading', { name: '1 nytt ansvar' })).toBeInTheDocument();
    expect(within(list).getByRole('heading', { name: '1 endret tiltak' })).toBeInTheDocument();
    const items = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      '2021-22/5.4 Lage en felles reiselivsstrategi',
      '2021-22/5.5 Kartlegge bredbånd i hele regionen',
      '2021-22/5.6 Arrangere næringskonferanse',
      '2021-22/5.4: Administrasjonen',
      '2021-22/5.1 gjennomføre «Fjellungdom» i alle kommuner (endret: tekst)',
    ]);
    expect(within(list).getByText('70 deler av planen uendret.')).toBeInTheDocument();
    expect(screen.getByText('Ingenting er lagret ennå.')).toBeInTheDocument();
  });

  it('says there is nothing to change, and offers no import, when the file matches what is stored', async () => {
    fakeApi({ [route]: () => json(200, { dryRun: true, created: [], updated: [], unchanged: 74 }) });
    await chooseAndPreview();

    const list = await screen.findByRole('region', { name: 'Dette vil endres' });
    expect(within(list).getByText(/Ingen endringer/)).toHaveTextContent('74 deler av planen uendret');
    expect(screen.queryByRole('button', { name: 'Importer' })).not.toBeInTheDocument();
  });

  it('imports after the dry run and shows what was changed', async () => {
    fakeApi({
      [route]: (request) =>
        json(200, { ...changes, dryRun: new URL(request.url).searchParams.get('dryRun') === 'true' }),
    });
    const user = await chooseAndPreview();

    await user.click(await screen.findByRole('button', { name: 'Importer' }));

    expect(await screen.findByText('Planfilen er importert.')).toBeInTheDocument();
    const requests = sentRequests(route);
    expect(requests.map((request) => new URL(request.url).searchParams.get('dryRun'))).toEqual(['true', 'false']);
    expect(await requests[1]!.text()).toBe(fileText);
    const outcome = screen.getByRole('region', { name: 'Dette ble endret' });
    expect(within(outcome).getByRole('heading', { name: '3 nye tiltak' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Dette vil endres' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Importer' })).not.toBeInTheDocument();
  });

  it("lists the file's errors by where they are in the file, linked to the file field", async () => {
    fakeApi({
      [route]: () =>
        problem(400, {
          detail: 'Innholdet passer ikke til operasjonen.',
          violations: [
            {
              field: 'actionPlans[0].measures[2].reports[0].status',
              message: 'har feil format eller type (forventet en av NOT_STARTED, IN_PROGRESS)',
            },
            { field: 'parties[1].slug', message: 'må fylles ut' },
          ],
        }),
    });
    const user = await chooseAndPreview();

    const summary = await screen.findByRole('heading', { name: 'Vi kunne ikke importere planfilen' });
    const links = within(summary.closest<HTMLElement>('ds-error-summary')!).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Handlingsplan 1, tiltak 3, rapport 1, status: har feil format eller type (forventet en av NOT_STARTED, IN_PROGRESS)',
      'Ansvarlig 2, nøkkel: må fylles ut',
    ]);
    const input = screen.getByLabelText('Planfil (JSON)');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Planfilen har 2 feil\. Ingenting er lagret\./);

    await user.click(links[0]!);
    expect(input).toHaveFocus();
    expect(screen.queryByRole('region', { name: 'Dette vil endres' })).not.toBeInTheDocument();
  });

  it('asks for a file before sending anything', async () => {
    const user = userEvent.setup();
    renderPage(<ImportPage />);

    await user.click(screen.getByRole('button', { name: 'Se hva som endres' }));

    expect(await screen.findByRole('link', { name: 'Velg en planfil' })).toBeInTheDocument();
    expect(sentRequests()).toHaveLength(0);
  });

  it('refuses a file larger than the server takes before sending it', async () => {
    const user = userEvent.setup();
    renderPage(<ImportPage />);
    const large = planFile();
    Object.defineProperty(large, 'size', { value: 33 * 1024 * 1024 });

    await user.upload(screen.getByLabelText('Planfil (JSON)'), large);
    await user.click(screen.getByRole('button', { name: 'Se hva som endres' }));

    expect(await screen.findByRole('link', { name: /Filen er større enn 32 MiB/ })).toBeInTheDocument();
    expect(sentRequests()).toHaveLength(0);
  });
});
