import { useEffect } from 'react';

import { appName } from '../config/paths';

export function documentTitle(page: string): string {
  return `${page} – ${appName}`;
}

export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = documentTitle(page);
  }, [page]);
}
