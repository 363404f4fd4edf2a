# Sourced by run.sh and lint-openapi.sh with $here set to this folder: installs the pinned
# Node packages of package-lock.json unless that very lock file is installed already.
node_ok="$(node -e 'const [a, b] = process.versions.node.split(".").map(Number); console.log(a > 20 || (a === 20 && b >= 19))' 2> /dev/null || true)"
if [ "$node_ok" != "true" ] || ! command -v npm > /dev/null; then
	echo "Node.js 20.19 or newer with npm is needed, found: $(node --version 2> /dev/null || echo none)" >&2
	exit 1
fi
if ! cmp -s "$here/package-lock.json" "$here/node_modules/.installed-package-lock.json"; then
	(cd "$here" && timeout 600 npm ci --no-audit --no-fund --loglevel=error \
		&& cp package-lock.json node_modules/.installed-package-lock.json)
fi
