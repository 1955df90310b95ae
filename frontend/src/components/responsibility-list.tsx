import { routePaths } from '../config/paths';
import type { Responsibility } from '../lib/api/types';
import { AppLink } from './app-link';

type ResponsibilityListProps = {
  responsibilities: readonly Responsibility[];
  /** Leave out one party, e.g. the party whose page this is. */
  excludePartyId?: number;
};

function PartyLinks({ responsibilities }: { responsibilities: readonly Responsibility[] }) {
  return responsibilities.map(({ party }) => (
    <dd key={party.id}>
      <AppLink to={routePaths.party(party.id)}>{party.name}</AppLink>
    </dd>
  ));
}

/** Who leads a measure and who works with them, each party linked to its page. */
export function ResponsibilityList({ responsibilities, excludePartyId }: ResponsibilityListProps) {
  const shown = responsibilities.filter(({ party }) => party.id !== excludePartyId);
  const leads = shown.filter(({ role }) => role === 'LEAD');
  const partners = shown.filter(({ role }) => role === 'PARTNER');
  if (leads.length === 0 && partners.length === 0) return null;

  return (
    <dl className="responsibility-list">
      {leads.length > 0 && (
        <div>
          <dt>Ansvarlig</dt>
          <PartyLinks responsibilities={leads} />
        </div>
      )}
      {partners.length > 0 && (
        <div>
          <dt>{partners.length === 1 ? 'Samarbeidspartner' : 'Samarbeidspartnere'}</dt>
          <PartyLinks responsibilities={partners} />
        </div>
      )}
    </dl>
  );
}
