/** Counts HTTP requests sent to the GitHub API (kept apart from the client so counting loads no Octokit). */
/** Counts HTTP requests sent to the GitHub API by all clients of a run. */
export class RequestCounter {
  count = 0
  readonly byRoute = new Map<string, number>()

  record(method: string, url: string): void {
    this.count += 1
    const key = `${method} ${new URL(url).pathname}`
    this.byRoute.set(key, (this.byRoute.get(key) ?? 0) + 1)
  }
}
