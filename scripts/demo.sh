#!/usr/bin/env bash
# Installs, builds, and opens the workbench on the bundled demo data: 100,000 synthetic Dutch
# customers. Without a display, shows the command line on the same data instead.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
demo=build/demo/customers.csv
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/bin/dijkgraaf-workbench --demo
fi
bin=build/bin/dijkgraaf
echo "No display: the command line on the demo customers instead."
echo
echo "== What is in the file, and which columns identify people =="
"$bin" inspect "$demo"
echo
echo "== How quickly combinations single people out =="
"$bin" uniqueness "$demo" --attributes date_of_birth,gender,postcode
echo
echo "== Date of birth as year, postcode as 2 digits: 5-anonymous with at most 2 % suppressed? =="
"$bin" assess "$demo" --qi date_of_birth,gender,postcode,municipality \
  --build date_of_birth=date --build postcode=mask --levels date_of_birth=2,postcode=3 \
  --k 5 --suppression-limit 0.02
