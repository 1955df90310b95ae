import { Link as DsLink, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';

import { appName, routePaths } from '../../config/paths';
import { Notice, PAGE_FOCUS_ATTRIBUTE } from '../notice';

const MAIN_CONTENT_ID = 'main-content';

export type NavigationItem = { to: string; label: string; end?: boolean };

const publicNavigation: readonly NavigationItem[] = [
  { to: routePaths.home(), label: 'Handlingsplan', end: true },
  { to: routePaths.dashboard(), label: 'Dashbord' },
  { to: routePaths.parties(), label: 'Ansvarlige' },
  { to: routePaths.embed(), label: 'Bygg inn' },
];

type AppLayoutProps = {
  children: ReactNode;
  /** Shown in the header while a navigation waits for data. */
  busy?: boolean;
  /** Pages only some signed-in users may open, after the public ones. */
  extraNavigation?: readonly NavigationItem[];
  /** Who is signed in, or the way to sign in. */
  account?: ReactNode;
};

export function AppLayout({ children, busy = false, extraNavigation = [], account }: AppLayoutProps) {
  const navigation = [...publicNavigation, ...extraNavigation];
  return (
    <div className="app">
      <SkipLink href={`#${MAIN_CONTENT_ID}`}>Hopp til hovedinnhold</SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <span className="app-header__brand">{appName}</span>
          <nav aria-label="Hovedmeny">
            <ul className="app-nav">
              {navigation.map(({ to, label, end = false }) => (
                <li key={to}>
                  <DsLink asChild>
                    <NavLink to={to} end={end}>
                      {label}
                    </NavLink>
                  </DsLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="app-header__status" role="status">
            {busy ? 'Laster …' : ''}
          </div>
          {account}
        </div>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="app-main">
        <Notice />
        {children}
      </main>
      <footer className="app-footer">
        <div className="app-footer__inner">
          <Paragraph data-size="sm">
            {appName} viser handlingsplanen til Regionrådet for Fjellregionen og status for tiltakene.
          </Paragraph>
        </div>
      </footer>
    </div>
  );
}

/**
 * After a client-side navigation, move focus to the page's h1 (or main) so screen readers start there; a
 * confirmation of what the user just did comes first.
 */
export function focusMainHeading(): void {
  const main = document.getElementById(MAIN_CONTENT_ID);
  if (!main) return;
  const target = main.querySelector<HTMLElement>(`[${PAGE_FOCUS_ATTRIBUTE}]`) ?? main.querySelector<HTMLElement>('h1') ?? main;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}
