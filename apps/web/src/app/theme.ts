import { createTheme, DEFAULT_THEME, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// A deep sea blue: calm, serious, and the colour the brand has used since the first page.
const harbour: MantineColorsTuple = [
  '#e8f3fa',
  '#d3e4ef',
  '#a6c8df',
  '#76aacd',
  '#4f91bf',
  '#3681b6',
  '#2779b2',
  '#18679d',
  '#0b5b8d',
  '#0b3d5c',
];

/**
 * Mantine's shades 7 to 9 of these colours fail WCAG AA (4.5:1) where the app uses them: white on
 * shade 7 (filled badges and buttons), shade 8 as text on white and light greys (countdowns,
 * overdue figures), shade 9 as the text of a light badge on shade 1 (issue #9, Lighthouse). The
 * same hues, darkened just enough; shades 0 to 6 (backgrounds, charts) are Mantine's.
 */
function accessible(name: 'red' | 'orange' | 'green' | 'teal' | 'yellow', dark: [string, string, string]): MantineColorsTuple {
  const base = DEFAULT_THEME.colors[name];
  return [base[0], base[1], base[2], base[3], base[4], base[5], base[6], ...dark];
}

/** Dimmed text (Mantine: gray 6, 3.3:1 on white) dark enough for 4.5:1 on the app's light greys, still a step below the text. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a' },
  dark: {},
});

export const theme = createTheme({
  primaryColor: 'harbour',
  primaryShade: { light: 7, dark: 4 },
  colors: {
    harbour,
    red: accessible('red', ['#d83838', '#c92a2a', '#b02525']),
    orange: accessible('orange', ['#c15005', '#b8470a', '#a63e0b']),
    green: accessible('green', ['#298439', '#257b35', '#1f6e30']),
    teal: accessible('teal', ['#0a8560', '#087b57', '#066b4c']),
    yellow: accessible('yellow', ['#a26900', '#9e5c00', '#8f5000']),
  },
  defaultRadius: 'md',
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  components: {
    Card: { defaultProps: { withBorder: true, shadow: 'xs', radius: 'md' } },
    // Badges read as words, not shouted in capitals: long reasons in all caps were hard to read and pushed buttons aside (issue #20).
    Badge: { defaultProps: { tt: 'none' } },
    Paper: { defaultProps: { radius: 'md' } },
  },
});
