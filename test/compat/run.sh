#!/usr/bin/env bash
# Runs real npm packages' own test suites under rt and under node, and prints the
# pass/fail counts of each. Usage: test/compat/run.sh [RT_BINARY]
#
# express: test/compat/express/package.json pins express 4 and the devDependencies its
# test suite needs; `npm ci` installs them into test/compat/express/node_modules.
# express's npm package ships no tests, so the suite comes from a checkout of the
# express repository at the pinned tag, in test/compat/express/src (git-ignored): set
# EXPRESS_SRC to an existing checkout, or the script clones it. Its tests require('..'),
# which is the checkout's own lib/, whose dependencies resolve to the node_modules above.
# Where GitHub cannot be reached, test/compat/express/README.md says how src/ was put
# together from the stored repository instead. Some of those tests fail under node too
# (they expect express 5): compare the two failure lists, not the counts alone.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rt=${1:-$root/out/Release/rt}
rt=$(cd "$(dirname "$rt")" && pwd)/$(basename "$rt")

cd "$here/express" || exit 1
version=$(node -p "require('./package.json').dependencies.express")
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || exit 1
fi
src=${EXPRESS_SRC:-$here/express/src}
if [ ! -d "$src/test" ]; then
  git clone --quiet --depth 1 --branch "$version" https://github.com/expressjs/express.git "$src" || {
    echo "no express test suite: set EXPRESS_SRC to a checkout of express $version" >&2
    exit 1
  }
fi

mocha=$here/express/node_modules/mocha/bin/_mocha
status=0
for runtime in node "$rt"; do
  name=$(basename "$runtime")
  log=$here/express/$name.log
  (cd "$src" && "$runtime" "$mocha" --require test/support/env --reporter spec \
      --check-leaks test/ test/acceptance/) > "$log" 2>&1
  rc=$?
  passing=$(grep -Eo '^ *[0-9]+ passing' "$log" | grep -Eo '[0-9]+' || echo 0)
  failing=$(grep -Eo '^ *[0-9]+ failing' "$log" | grep -Eo '[0-9]+' || echo 0)
  pending=$(grep -Eo '^ *[0-9]+ pending' "$log" | grep -Eo '[0-9]+' || echo 0)
  printf 'express %s under %-4s: %s passing, %s failing, %s pending (exit %s, log %s)\n' \
    "$version" "$name" "$passing" "$failing" "$pending" "$rc" "$log"
  [ "$name" = node ] || [ "$rc" = 0 ] || status=1
done
exit $status
