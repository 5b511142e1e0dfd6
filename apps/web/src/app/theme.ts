import {
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type VariantColorsResolver,
} from '@mantine/core';

// A calm blue whose shades 7–9 keep white text above 4.5:1 and, as text, stay above 4.5:1 on white.
const brand: MantineColorsTuple = [
  '#e8f2fa',
  '#d2e3f0',
  '#a6c6e2',
  '#76a7d3',
  '#4f8dc6',
  '#367dbf',
  '#2670b0',
  '#1c5d8a',
  '#164c72',
  '#0f3a59',
];

/**
 * Text on light, outline and subtle variants (badges, secondary buttons) in shade 9 of its colour:
 * Mantine's default shade 6 stays below 4.5:1 on light backgrounds; orange and yellow need darker still.
 */
const DARK_TEXT: Record<string, string> = {
  orange: '#8f3a06',
  yellow: '#6e4f00',
  lime: '#3f6212',
  // Shade 9 of these reaches only 3.8–4.5:1 on their own light background (measured by axe in the browser tests).
  teal: '#06604a',
  green: '#1e6b2f',
  red: '#a51d1d',
  cyan: '#085a69',
};

const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light' && input.variant !== 'outline' && input.variant !== 'subtle') return colors;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.shade !== undefined) return colors;
  return { ...colors, color: DARK_TEXT[parsed.color] ?? `var(--mantine-color-${parsed.color}-9)` };
};

export const theme = createTheme({
  variantColorResolver,
  primaryColor: 'brand',
  primaryShade: 7,
  colors: { brand },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'md',
  // Focus rings for keyboard use; never removed.
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    Anchor: { defaultProps: { underline: 'hover' } },
  },
});

/** Mantine's default "dimmed" grey is below AA contrast on white; use a darker one. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': t.colors.gray[6],
    '--mantine-color-anchor': t.colors.brand[7],
    // Error texts and borders: Mantine's red 6 is below 4.5:1 on white.
    '--mantine-color-error': t.colors.red[9],
  },
  dark: {},
});
