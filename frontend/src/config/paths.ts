export const routePaths = {
  home: () => '/',
  goal: (goalId: number) => `/mal/${goalId}`,
  measure: (measureId: number) => `/tiltak/${measureId}`,
  parties: () => '/ansvarlige',
  party: (partyId: number) => `/ansvarlige/${partyId}`,
} as const;

export const appName = 'Planstatus';
