const integerFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });

/** 12345 → "12.345"; 3.5 with one digit → "3,5". */
export function formatNumber(value: number, fractionDigits = 0): string {
  if (fractionDigits === 0) return integerFormat.format(value);
  return new Intl.NumberFormat('de-DE', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** Bytes for people: 1536 → "1,5 kB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${formatNumber(bytes)} B`;
  if (bytes < 1_000_000) return `${formatNumber(bytes / 1000, 1)} kB`;
  return `${formatNumber(bytes / 1_000_000, 1)} MB`;
}
