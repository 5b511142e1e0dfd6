/** `2027-03-28T10:00` → `28.03.2027, 10:00` (the stored wall-clock time is already German time). */
export function formatWallTime(value: string): string {
  const [day, time] = value.split('T');
  return `${day.split('-').reverse().join('.')}, ${time}`;
}

/** `2027-03-28` → `28.03.2027`. */
export function formatDay(value: string): string {
  return value.split('-').reverse().join('.');
}
