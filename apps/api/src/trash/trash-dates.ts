/** `iso` plus `days` whole days, as an ISO timestamp. */
export function addDays(iso: string, days: number): string {
  return new Date(new Date(iso).getTime() + days * 86_400_000).toISOString();
}
