#!/usr/bin/env bash
# Builds docker/Dockerfile and runs the image without a Docker engine, with Debian's podman,
# then checks readiness, the image's own HEALTHCHECK and /articles against it, and
# validates docker/compose.yaml. Cleans up its container and image on exit.
#
#   docker/verify.sh            run as root from anywhere in the repository
#   docker/verify.sh compose    only validate docker/compose.yaml (seconds, for CI)
#
# The base images are Debian bookworm with OpenJDK 17 (a JDK to build, a JRE to run), made
# here with debootstrap and passed through the Dockerfile's BUILD_IMAGE and RUNTIME_IMAGE
# arguments, as no registry of images is reachable. They are made once and kept in
# podman's storage (about 700 MB); BROADSHEET_VERIFY_REBUILD_BASE=1 makes them anew.
#
# Environment (all optional):
#   BROADSHEET_VERIFY_HOME  work folder: containers.conf, test corpus, Maven cache
#                           (default /var/tmp/broadsheet-verify)
#   BROADSHEET_VERIFY_PORT  port the container listens on, on the host network (default 18086)
#   DEBIAN_MIRROR           for debootstrap (default http://deb.debian.org/debian)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="${BROADSHEET_VERIFY_HOME:-/var/tmp/broadsheet-verify}"
port="${BROADSHEET_VERIFY_PORT:-18086}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
build_base=localhost/broadsheet-build-base:bookworm-jdk17
runtime_base=localhost/broadsheet-runtime-base:bookworm-jre17
image=localhost/broadsheet:verify
container=broadsheet-verify
articles=24

started=$SECONDS
step_started=$SECONDS
step() {
	echo "verify.sh: [$((SECONDS - started)) s, previous step $((SECONDS - step_started)) s] $*" >&2
	step_started=$SECONDS
}
die() {
	echo "verify.sh: FAILED: $*" >&2
	exit 1
}

[[ $(id -u) -eq 0 ]] || die "run as root: podman builds and runs rootful here"

mode="${1:-all}"
tools=(podman buildah runc debootstrap docker-compose curl)
[[ "$mode" != compose ]] || tools=(docker-compose)
missing=()
for tool in "${tools[@]}"; do
	command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
	step "installing ${missing[*]} from Debian"
	apt-get update -qq >&2
	if [[ "$mode" == compose ]]; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose >&2
	else
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			podman buildah runc debootstrap docker-compose curl ca-certificates uidmap >&2
	fi
fi

validate_compose() {
	step "validating docker/compose.yaml"
	(cd "$repo" && docker-compose -f docker/compose.yaml config -q) \
		|| die "docker-compose config rejects docker/compose.yaml"
	(cd "$repo" && docker-compose -f docker/compose.yaml --profile postgres config -q) \
		|| die "docker-compose config rejects docker/compose.yaml with the postgres profile"
}
if [[ "$mode" == compose ]]; then
	validate_compose
	step "passed: docker/compose.yaml is valid"
	exit 0
fi

mkdir -p "$home"
# This machine has no systemd and no Docker engine: runc, cgroupfs, file events, and
# explicit ulimits (podman's defaults ask for more than the sandbox allows).
cat >"$home/containers.conf" <<'EOF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
export CONTAINERS_CONF="$home/containers.conf"

cleanup() {
	podman rm -f -t 5 "$container" >/dev/null 2>&1 || true
	podman rmi -f "$image" >/dev/null 2>&1 || true
}
trap cleanup EXIT
cleanup

validate_compose

make_base() {
	local name="$1" packages="$2" rootfs="$home/rootfs"
	if [[ "${BROADSHEET_VERIFY_REBUILD_BASE:-0}" != 1 ]] && podman image exists "$name"; then
		return
	fi
	step "making $name with debootstrap ($packages)"
	rm -rf "$rootfs"
	mkdir -p "$home/debs"
	debootstrap --variant=minbase --cache-dir="$home/debs" --include="$packages" bookworm "$rootfs" "$mirror" \
		>"$home/debootstrap.log" 2>&1 || die "debootstrap failed, see $home/debootstrap.log"
	# The build stage downloads Maven and the dependencies over HTTPS. A machine behind a
	# TLS-inspecting proxy (these are) trusts an extra CA in /usr/local/share/ca-certificates;
	# these local base images trust what the host trusts. The Dockerfile stays as it is.
	if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
		cp /usr/local/share/ca-certificates/*.crt "$rootfs/usr/local/share/ca-certificates/"
		mount -t proc proc "$rootfs/proc"
		chroot "$rootfs" update-ca-certificates >>"$home/debootstrap.log" 2>&1 || {
			umount "$rootfs/proc"
			die "update-ca-certificates failed in $rootfs"
		}
		umount "$rootfs/proc"
	fi
	rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
	tar -C "$rootfs" -c . | podman import -q --change 'CMD ["bash"]' - "$name" >/dev/null
	rm -rf "$rootfs"
}
make_base "$build_base" openjdk-17-jdk-headless,ca-certificates
make_base "$runtime_base" openjdk-17-jre-headless,ca-certificates

step "building $image from docker/Dockerfile"
# --format docker keeps the HEALTHCHECK, which the OCI image format has no field for.
podman build --network=host --format docker \
	--build-arg BUILD_IMAGE="$build_base" --build-arg RUNTIME_IMAGE="$runtime_base" \
	-f "$repo/docker/Dockerfile" -t "$image" "$repo" >"$home/build.log" 2>&1 \
	|| { tail -n 40 "$home/build.log" >&2; die "image build failed, see $home/build.log"; }

step "running it with a corpus of $articles articles mounted at /corpus"
corpus="$home/corpus"
rm -rf "$corpus"
mkdir -p "$corpus/2025"
for ((i = 0; i < articles; i++)); do
	printf 'Verification article %d\n\nBy Test Author %d\n\n2025-03-%02d\n\nThe body of article %d, long enough to be text.\n' \
		"$i" "$((i % 3))" "$((i % 28 + 1))" "$i" >"$corpus/2025/article-$i.txt"
done
chmod -R a+rX "$corpus"
# No systemd here to schedule the HEALTHCHECK: it is run by hand below instead.
# (podman still complains about the missing systemd, harmlessly: that goes to run.log.)
podman run -d --name "$container" --network=host --health-interval=disable \
	-e SERVER_PORT="$port" -e BROADSHEET_CORPUS_PATH=/corpus -v "$corpus:/corpus:ro" \
	"$image" >"$home/run.log" 2>&1 || { cat "$home/run.log" >&2; die "podman run failed"; }

base="http://127.0.0.1:$port"
deadline=$((SECONDS + 180))
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health/readiness")" == 200 ]]; do
	if [[ "$(podman inspect -f '{{.State.Running}}' "$container")" != true ]]; then
		podman logs "$container" 2>&1 | tail -n 40 >&2
		die "the container stopped before it was ready"
	fi
	((SECONDS < deadline)) || { podman logs "$container" 2>&1 | tail -n 40 >&2; die "not ready within 180 s"; }
	sleep 1
done
step "ready"

podman healthcheck run "$container" || die "the image's HEALTHCHECK reports unhealthy"
[[ "$(podman exec "$container" id -u)" == 10001 ]] || die "the application runs as root"
# Outputs are read whole before they are searched: with pipefail, grep -q or head ending
# a pipeline early would fail it.
articles_json="$(curl -sf "$base/articles?size=1")"
[[ "$articles_json" == *"\"totalElements\":$articles,"* ]] \
	|| die "/articles does not report $articles articles: $articles_json"
corpus_json="$(curl -sf "$base/corpus")"
[[ "$corpus_json" == *'"location":"/corpus"'* ]] || die "/corpus does not report the mounted folder: $corpus_json"
logs="$(podman logs "$container" 2>&1)"
[[ "$logs" != *" ERROR "* ]] || die "the application logged an error"
java_version="$(podman exec "$container" java -version 2>&1)"
startup="$(grep -o 'Started BroadsheetApplication in [0-9.]* seconds' <<<"$logs" || true)"

step "passed: readiness UP, HEALTHCHECK healthy, runs as uid 10001, /articles has $articles articles from /corpus"
echo "verify.sh: runtime ${java_version%%$'\n'*}; $startup; java.args: $(podman exec "$container" cat /app/java.args | tr '\n' ' ')" >&2
echo "verify.sh: image size $(podman image inspect -f '{{.Size}}' "$image" | numfmt --to=iec)" >&2
