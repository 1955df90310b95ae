/** The API is served from the same origin as the app (Vite proxies /api in development). */
export const apiConfig = {
  baseUrl: '',
} as const;
