/**
 * Colours for charts, from the Okabe–Ito set that stays distinguishable with the common
 * forms of colour blindness. Every chart also labels its values in text and carries a table,
 * so no reading depends on colour alone.
 */
export const palette = {
  blue: '#0072B2',
  skyBlue: '#56B4E9',
  paleBlue: '#C6E3F5',
  green: '#009E73',
  vermillion: '#D55E00',
  orange: '#E69F00',
  purple: '#CC79A7',
  grey: '#6E6E78',
  /** "Nothing stated": drawn as an outlined pale bar, not as a value. */
  empty: '#EEEEF2',
  ink: '#1B1B1F',
  axis: '#8A8A96',
} as const;

/** Pale fills need an outline to be told apart from the page (WCAG 1.4.11 non-text contrast). */
export function outlineFor(color: string): string | undefined {
  const pale = [palette.paleBlue, palette.empty, palette.skyBlue, palette.orange] as string[];
  return pale.includes(color) ? palette.grey : undefined;
}
