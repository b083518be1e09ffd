/**
 * Draws the share image (public/share.png, 1200 × 630, the size Open Graph and Twitter
 * cards expect): the site's name in both languages next to the city's kelurahan, drawn
 * from the boundary data. Run it again when the name or the boundaries change; the PNG is
 * committed so that the build does not depend on the fonts of the machine it runs on.
 */
import { writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { getDisplayBoundaries } from '../map/boundaries';
import { projectBoundaries } from '../map/svg';
import { region } from '../config/region';
import { t } from '../i18n/catalogue';

const WIDTH = 1200;
const HEIGHT = 630;
const MAP_WIDTH = 440;

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

function shareImageSvg(): string {
  const map = projectBoundaries(getDisplayBoundaries(), MAP_WIDTH, 8);
  const scale = Math.min(1, 520 / map.height);
  const mapX = WIDTH - MAP_WIDTH * scale - 50;
  const mapY = (HEIGHT - map.height * scale) / 2 + 20;
  const count = map.kelurahan.length;
  const lines = [
    // The Indonesian name is "Koperasi Merah Putih Balikpapan": broken before the city so it clears the map.
    ...t('id')
      .ui.siteName.split(/ (?=Balikpapan$)/)
      .map((text, i) => ({ text, size: 58, weight: 700, y: 170 + i * 68 })),
    { text: t('en').ui.siteName, size: 30, weight: 400, y: 300 },
    { text: `Data terbuka · ${count} kelurahan`, size: 30, weight: 400, y: 400 },
    { text: `Open data · ${count} kelurahan`, size: 30, weight: 400, y: 445 },
    { text: `${region.name}, ${region.province.name}`, size: 24, weight: 400, y: 540 },
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>
  <rect width="${WIDTH}" height="18" fill="#a4161a"/>
  <rect y="${HEIGHT - 18}" width="${WIDTH}" height="18" fill="#a4161a"/>
  ${lines
    .map(
      (l) =>
        `<text x="60" y="${l.y}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="${l.size}" font-weight="${l.weight}" fill="#1b1b1f">${escapeXml(l.text)}</text>`,
    )
    .join('\n  ')}
  <g transform="translate(${mapX.toFixed(1)} ${mapY.toFixed(1)}) scale(${scale.toFixed(4)})">
    ${map.kelurahan.map((k) => `<path d="${k.d}" fill="#f3d9d7" stroke="#a4161a" stroke-width="1"/>`).join('\n    ')}
    ${map.kecamatan.map((k) => `<path d="${k.d}" fill="none" stroke="#1b1b1f" stroke-width="2"/>`).join('\n    ')}
  </g>
</svg>`;
}

export async function writeShareImage(path = 'public/share.png'): Promise<void> {
  const png = await sharp(Buffer.from(shareImageSvg())).png({ compressionLevel: 9, palette: true }).toBuffer();
  writeFileSync(path, png);
}
