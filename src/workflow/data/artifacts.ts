/** Actions that move files between runs: artifact uploads (and cache saves) and artifact downloads. */
import type { KnownAction } from './known.js'

/** Actions that upload a folder for others to download (artipacked: the checkout's credentials must not go with it). */
export const ARTIFACT_UPLOADERS: readonly KnownAction[] = [
  { action: 'actions/upload-artifact', note: 'uploads a workflow artifact' },
  { action: 'actions/upload-pages-artifact', note: 'uploads the GitHub Pages artifact' },
  { action: 'actions/cache/save', note: 'saves a folder to the Actions cache' }
]

/** Actions that download another run's artifacts (untrusted code when that run was a pull request's). */
export const ARTIFACT_DOWNLOADERS: readonly KnownAction[] = [
  { action: 'actions/download-artifact', note: 'downloads artifacts (of another run with `run-id:`)' },
  { action: 'dawidd6/action-download-artifact', note: "downloads another workflow run's artifacts" },
  { action: 'aochmann/actions-download-artifact', note: "downloads another workflow run's artifacts" },
  { action: 'bettermarks/action-artifact-download', note: "downloads another workflow run's artifacts" }
]
