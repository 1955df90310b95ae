import { Spinner } from '@digdir/designsystemet-react';

export function Loading({ label = 'Laster …' }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <Spinner aria-hidden="true" data-size="md" />
      <span>{label}</span>
    </div>
  );
}
