/**
 * SVG text does not wrap, so chart labels are broken into lines here, using an average
 * glyph width. The estimate errs wide so a line never runs out of the chart.
 */
const AVERAGE_GLYPH_EM = 0.58;
const BOLD_GLYPH_EM = 0.66;

export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const maxChars = Math.max(8, Math.floor(maxWidth / (fontSize * AVERAGE_GLYPH_EM)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export const textWidth = (text: string, fontSize: number, bold = false) =>
  text.length * fontSize * (bold ? BOLD_GLYPH_EM : AVERAGE_GLYPH_EM);
