/**
 * Where the images a repository builds, runs and pushes come from: one `ImageSource` per reference, with
 * the file, line and column where it is written. A reference chaingate cannot resolve (an `ARG` without a
 * default, a `${{ matrix.image }}` expression) is kept with the reason, never dropped.
 */
import type { Location } from '../../model/finding.js'
import type { ImageRef } from './reference.js'

export type ImageSourceKind =
  /** `FROM` of a Dockerfile / Containerfile (a base image). */
  | 'dockerfile-from'
  /** `COPY --from=<image>` (an image whose files are copied into the build). */
  | 'dockerfile-copy'
  /** `RUN --mount=type=bind|cache,from=<image>` (an image mounted into a build step). */
  | 'dockerfile-mount'
  /** `# syntax=<image>`: the BuildKit frontend that reads and runs the Dockerfile. */
  | 'dockerfile-syntax'
  /** `image:` of a container in a Kubernetes manifest or rendered Helm output. */
  | 'kubernetes'
  /** A workflow job's `container:` image. */
  | 'workflow-container'
  /** A workflow job's `services:` image. */
  | 'workflow-service'
  /** A workflow step `uses: docker://…`. */
  | 'workflow-step'
  /** `runs.image: docker://…` of a Docker container action (`action.yml` with `runs.using: docker`). */
  | 'docker-action'
  /** `services.<name>.image` of a Docker Compose file (variables interpolated as Compose does). */
  | 'compose'
  /** An image a kustomization's `images:` entry (`newName`, `newTag`, `digest`) or patch changes: what `kustomize build` deploys. */
  | 'kustomize'
  /** A Helm chart's `values.yaml` image (`image.repository` + `image.tag`, tag defaulting to `appVersion`): not rendered output. */
  | 'helm-values'
  /** An image the build pushes (`image` input / `check --image`). */
  | 'pushed'

export interface ImageSource {
  kind: ImageSourceKind
  /** Which thing references it: `stage build`, `Deployment/web container app`, `job test: service db`… */
  context: string
  /** Where the reference is written; absent for images named on the command line or in an input. */
  location?: Location
  /** The reference as written. */
  text: string
  /** After build-argument substitution (Dockerfiles) or variable interpolation (Compose), when it differs from `text`. */
  resolved?: string
  /** The parsed reference; absent when `unknown` says why it could not be resolved or parsed. */
  ref?: ImageRef
  unknown?: string
  /** The platform asked for (`FROM --platform=`; the run's `--platform` for a pushed image), when written and resolved. */
  platform?: string
  /** Why the written platform is not known (`$BUILDPLATFORM`: the builder's platform). */
  platformUnknown?: string
}

/** A file that could not be read as what its name says (a Dockerfile it could not parse, a manifest with a YAML error). */
export interface ImageSourceProblem {
  path: string
  message: string
  location?: Location
  /** The kind of source the file holds (which `base-image-policy` `sources` group reports it). */
  kind?: ImageSourceKind
}

export interface ImageSources {
  images: ImageSource[]
  problems: ImageSourceProblem[]
  /** Files looked at, by kind (for reports and tests). */
  files: {
    dockerfiles: string[]
    manifests: string[]
    workflows: string[]
    compose?: string[]
    kustomizations?: string[]
    actions?: string[]
    charts?: string[]
  }
}
