/** Severity helpers: grades, and lowering a grade for the gates that guard a finding. */
import { blocksForks, type Gate } from './gates.js'

export type Grade = 'critical' | 'high' | 'medium' | 'low' | 'info'
const GRADES: Grade[] = ['info', 'low', 'medium', 'high', 'critical']

export function lower(grade: Grade, steps = 1): Grade {
  return GRADES[Math.max(0, GRADES.indexOf(grade) - steps)]!
}

export function maxGrade(a: Grade, b: Grade): Grade {
  return GRADES.indexOf(a) >= GRADES.indexOf(b) ? a : b
}

/** Lowers a grade for each kind of gate: one level per distinct gate (two at most), to `info` when forks are blocked. */
export function applyGates(grade: Grade, gates: Gate[]): Grade {
  if (blocksForks(gates)) return 'info'
  return lower(grade, Math.min(2, new Set(gates.map((gate) => gate.kind)).size))
}
