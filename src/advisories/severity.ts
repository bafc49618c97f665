/**
 * Severity of an advisory: CVSS v4, v3 or v2 base scores computed from their vectors with
 * `ae-cvss-calculator`, mapped to GitHub's words (critical ≥ 9.0, high ≥ 7.0, moderate ≥ 4.0, low > 0);
 * else the database's own word (`database_specific.severity`); else none.
 */
import calculator from 'ae-cvss-calculator'
import type { AdvisorySeverity, SeverityWord } from './model.js'

export function wordForScore(score: number): SeverityWord | null {
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'moderate'
  if (score > 0) return 'low'
  return null
}

/** `MODERATE`, `Medium`, `important` … → GitHub's word; null for anything else. */
export function normaliseWord(text: unknown): SeverityWord | null {
  if (typeof text !== 'string') return null
  const word = text.trim().toLowerCase()
  if (word === 'critical') return 'critical'
  if (word === 'high' || word === 'important') return 'high'
  if (word === 'moderate' || word === 'medium') return 'moderate'
  if (word === 'low' || word === 'negligible') return 'low'
  return null
}

/** The base score of a CVSS vector, or undefined when the vector does not parse. */
export function cvssScore(vector: string): { score: number; version: 2 | 3 | 4 } | undefined {
  try {
    if (vector.startsWith('CVSS:4.0/')) return { score: new calculator.Cvss4P0(vector).calculateScores().base ?? NaN, version: 4 }
    if (vector.startsWith('CVSS:3.1/')) return { score: new calculator.Cvss3P1(vector).calculateScores().base ?? NaN, version: 3 }
    if (vector.startsWith('CVSS:3.0/')) return { score: new calculator.Cvss3P0(vector).calculateScores().base ?? NaN, version: 3 }
    if (/^(?:CVSS:2\.0\/)?AV:[LAN]\/AC:[HML]\/Au:[MSN]\//.test(vector))
      return { score: new calculator.Cvss2(vector.replace(/^CVSS:2\.0\//, '')).calculateScores().base ?? NaN, version: 2 }
  } catch {
    return undefined
  }
  return undefined
}

/** The severity from the vectors a record carries (newest CVSS version first) and the database's word. */
export function severityOf(vectors: string[], databaseWord: unknown): AdvisorySeverity {
  const scored = vectors.map((vector) => ({ vector, result: cvssScore(vector) })).filter((entry) => entry.result && Number.isFinite(entry.result.score))
  scored.sort((a, b) => b.result!.version - a.result!.version)
  const best = scored[0]
  if (best)
    return {
      word: wordForScore(best.result!.score),
      score: best.result!.score,
      vector: best.vector,
      from: best.result!.version === 4 ? 'cvss_v4' : best.result!.version === 3 ? 'cvss_v3' : 'cvss_v2'
    }
  const word = normaliseWord(databaseWord)
  return word ? { word, from: 'database' } : { word: null, from: 'none' }
}
