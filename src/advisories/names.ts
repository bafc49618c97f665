/** How each ecosystem compares package names: PyPI by PEP 503 normal form, NuGet and Packagist without case. */
export function nameKey(ecosystem: string, name: string): string {
  const base = ecosystem.split(':')[0]
  if (base === 'PyPI') return name.toLowerCase().replace(/[-_.]+/g, '-')
  if (base === 'NuGet' || base === 'Packagist') return name.toLowerCase()
  return name
}
