// Image references as containerd resolves them: `nginx` → docker.io/library/nginx:latest.
// mirrors github.com/distribution/reference normalize.go (ParseNormalizedNamed + TagNameOnly)

export interface ImageRef {
  /** what the user wrote, e.g. `nginx:1.27` */
  original: string;
  registry: string; // docker.io, mcr.microsoft.com …
  /** repository path without the registry: library/nginx, hashicorp/http-echo */
  repository: string;
  tag: string;
  /** docker.io/library/nginx:1.27 */
  fullName: string;
}

export function parseImageRef(image: string): ImageRef {
  let rest = image.trim();
  let digestTag: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digestTag = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry = 'docker.io';
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag = 'latest';
  const colon = rest.lastIndexOf(':');
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  if (digestTag !== undefined && colon < 0) tag = digestTag;
  const repository = registry === 'docker.io' && !rest.includes('/') ? `library/${rest}` : rest;
  return { original: image, registry, repository, tag, fullName: `${registry}/${repository}:${tag}` };
}

/** imagePullPolicy's default: Always for `:latest` or untagged, else IfNotPresent (pkg/apis/core/v1/defaults.go) */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  const ref = parseImageRef(image);
  const explicitTag = image.includes('@') || /:[^/]+$/.test(image);
  return !explicitTag || ref.tag === 'latest' ? 'Always' : 'IfNotPresent';
}
