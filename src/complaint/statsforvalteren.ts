/**
 * Which Statsforvalter office handles a complaint from each county (fylke), counties from
 * 1 January 2024. Checked against statsforvalteren.no on 2026-11-23 (research).
 */
/** Counties (fylker) from 1 January 2024, by number, and the Statsforvalter office for each. */
export const COUNTIES = [
  { number: '03', name: 'Oslo', office: 'Statsforvalteren i Østfold, Buskerud, Oslo og Akershus' },
  { number: '11', name: 'Rogaland', office: 'Statsforvalteren i Rogaland' },
  { number: '15', name: 'Møre og Romsdal', office: 'Statsforvalteren i Møre og Romsdal' },
  { number: '18', name: 'Nordland', office: 'Statsforvalteren i Nordland' },
  { number: '31', name: 'Østfold', office: 'Statsforvalteren i Østfold, Buskerud, Oslo og Akershus' },
  { number: '32', name: 'Akershus', office: 'Statsforvalteren i Østfold, Buskerud, Oslo og Akershus' },
  { number: '33', name: 'Buskerud', office: 'Statsforvalteren i Østfold, Buskerud, Oslo og Akershus' },
  { number: '34', name: 'Innlandet', office: 'Statsforvalteren i Innlandet' },
  { number: '39', name: 'Vestfold', office: 'Statsforvalteren i Vestfold og Telemark' },
  { number: '40', name: 'Telemark', office: 'Statsforvalteren i Vestfold og Telemark' },
  { number: '42', name: 'Agder', office: 'Statsforvalteren i Agder' },
  { number: '46', name: 'Vestland', office: 'Statsforvalteren i Vestland' },
  { number: '50', name: 'Trøndelag', office: 'Statsforvalteren i Trøndelag' },
  { number: '55', name: 'Troms', office: 'Statsforvalteren i Troms og Finnmark' },
  { number: '56', name: 'Finnmark', office: 'Statsforvalteren i Troms og Finnmark' },
] as const

export function officeForCounty(number: unknown): string | undefined {
  return COUNTIES.find((c) => c.number === number)?.office
}
