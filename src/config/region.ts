/**
 * Everything that makes this project about Kota Balikpapan rather than another city.
 * To reuse the project for another kota or kabupaten, change this module and the files in data/.
 */
export const region = {
  /** Kemendagri code of the kota/kabupaten (two-level code, dotted). */
  code: '64.71',
  /** BPS code of the same area. */
  bpsCode: '6471',
  /** Name as written in the official list (Kepmendagri 300.2.2-2138/2025). */
  name: 'Kota Balikpapan',
  /** Short name used in running text. */
  shortName: 'Balikpapan',
  province: { code: '64', name: 'Kalimantan Timur', shortName: 'Kaltim' },
  /** How many kelurahan the official list holds; the validator checks the data against it. */
  kelurahanCount: 34,
  /** How many kecamatan the official list holds. */
  kecamatanCount: 6,
  /**
   * Bounding box [west, south, east, north] in WGS84 degrees. The kelurahan boundaries span
   * lon 116.7289–117.0227 and lat -1.2822 to -1.0133; the box adds a margin of about 2 km
   * so that a point on the coast or the city edge is accepted, and a swapped lat/lon is not.
   */
  bbox: [116.71, -1.3, 117.04, -0.995] as const,
  /** Map centre [lat, lon] and zoom for the interactive map. */
  mapCenter: [-1.19, 116.87] as const,
  mapZoom: 11,
  /** IANA time zone: Balikpapan is on WITA (UTC+8). Used to decide what "today" is. */
  timeZone: 'Asia/Makassar',
} as const;
