import { Tag } from '@digdir/designsystemet-react';

import type { WebhookDelivery } from '../../../lib/api/types';

type DeliveryState = 'PENDING' | 'SUCCEEDED' | 'FAILED' | 'GAVE_UP';

/** FAILED is followed by a retry; GAVE_UP («Mislyktes») is final until an admin sends it again. */
const stateLabels: Record<DeliveryState, string> = {
  PENDING: 'Venter',
  SUCCEEDED: 'Levert',
  FAILED: 'Feilet',
  GAVE_UP: 'Mislyktes',
};

const stateColors: Record<DeliveryState, 'neutral' | 'success' | 'warning' | 'danger'> = {
  PENDING: 'neutral',
  SUCCEEDED: 'success',
  FAILED: 'warning',
  GAVE_UP: 'danger',
};

function isDeliveryState(state: string): state is DeliveryState {
  return state in stateLabels;
}

/** «Levert», «Feilet», «Mislyktes» or «Venter» as a tag: the word carries the meaning, the colour only repeats it. */
export function DeliveryStateTag({ state }: { state: string }) {
  if (!isDeliveryState(state)) return <Tag data-size="sm">{state}</Tag>;
  return (
    <Tag data-color={stateColors[state]} data-size="sm">
      {stateLabels[state]}
    </Tag>
  );
}

/** What the receiver answered: «HTTP 200», the error when there was no answer, or «Ikke forsøkt ennå». */
export function deliveryAnswer(delivery: WebhookDelivery): string {
  if (delivery.statusCode !== null && delivery.statusCode !== undefined) return `HTTP ${delivery.statusCode}`;
  if (delivery.error) return delivery.error;
  return delivery.attemptedAt ? 'Ingen svar' : 'Ikke forsøkt ennå';
}

const eventLabels: Record<string, string> = {
  'report.created': 'Ny statusrapport',
  'report.corrected': 'Korrigert statusrapport',
};

export function deliveryEventLabel(event: string): string {
  return eventLabels[event] ?? event;
}
