import { useEffect } from 'react';

const APP_NAME = 'Askwell';

/** "Practice: The guide is late — Askwell": each screen names itself first, so tabs and screen readers tell them apart. */
const documentTitle = (page: string): string => `${page} — ${APP_NAME}`;

export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = documentTitle(page);
  }, [page]);
}
