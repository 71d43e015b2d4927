#!/usr/bin/env bash
# Data in PostgreSQL at scale: ROWS generated customers (default 10,000,000) loaded into a
# PostgreSQL server of the script's own (initdb and pg_ctl in a temporary folder, on a free
# loopback port; as the postgres user when run as root), then `dijkgraaf assess` with six
# quasi-identifiers on the database (the combinations counted there) and on the same rows read
# from the file, each RUNS times in turn, with the wall time and the peak memory of the
# dijkgraaf process (GNU time). The server is stopped and its folder removed at the end.
#
#   tests/bench/postgres_bench.sh [ROWS] [RUNS]
#
# DIJKGRAAF (default build/bin/dijkgraaf) names the binary. Needs postgresql-15 and GNU time.
set -euo pipefail

rows=${1:-10000000}
runs=${2:-3}
bin=$(realpath "${DIJKGRAAF:-build/bin/dijkgraaf}")
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
work=$(mktemp -d /tmp/dijkgraaf-pgbench.XXXXXX)
chmod 755 "$work"
as=()
if [ "$(id -u)" -eq 0 ]; then
  as=(runuser -u postgres --)
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export PGPASSWORD=bench-only
stop() {
  "${as[@]}" "$pgbin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT

mkdir "$work/data" "$work/run"
echo "$PGPASSWORD" > "$work/pw"
if [ ${#as[@]} -gt 0 ]; then chown -R postgres "$work/data" "$work/run" "$work/pw"; fi
"${as[@]}" "$pgbin/initdb" -D "$work/data" -U steward --auth=scram-sha-256 --pwfile="$work/pw" \
  -E UTF8 --locale=C.UTF-8 >/dev/null
"${as[@]}" "$pgbin/pg_ctl" -D "$work/data" -l "$work/run/log" -w start -o \
  "-p $port -k $work/run -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
   -c full_page_writes=off -c shared_buffers=1GB -c work_mem=256MB -c max_wal_size=8GB" >/dev/null
psql() { command psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U steward "$@"; }
psql -d postgres -c "CREATE DATABASE crm"

csv="$work/customers.csv"
echo "generating $rows customers..."
"$bin" generate customers "$csv" --rows "$rows" --seed 42 >/dev/null
header=$(head -1 "$csv")
columns=""
IFS=',' read -ra names <<< "$header"
for n in "${names[@]}"; do columns+="\"$n\" text, "; done
psql -d crm -c "CREATE TABLE customers (${columns%, })"
start=$(date +%s.%N)
psql -d crm -c "\\copy customers FROM '$csv' WITH (FORMAT csv, HEADER true)"
psql -d crm -c "VACUUM ANALYZE customers"
echo "loaded in $(echo "$(date +%s.%N) - $start" | bc) s; table $(psql -d crm -At -c \
  "SELECT pg_size_pretty(pg_total_relation_size('customers'))")"

qis=date_of_birth,gender,postcode,municipality,contract_type,start_date
args=(--qi "$qis" --build date_of_birth=date --build postcode=mask --build start_date=date
      --levels date_of_birth=2,postcode=3,start_date=2 --k 5 --suppression-limit 0.02 --format json)
url="postgresql://steward@127.0.0.1:$port/crm?table=customers"
measure() { # label, data
  /usr/bin/time -f "%e %M" -o "$work/time" "$bin" assess "$2" "${args[@]}" > "$work/out.json"
  read -r wall kib < "$work/time"
  printf '%-10s wall %6.2f s  peak %6.0f MiB  records %s\n' "$1" "$wall" "$(echo "$kib / 1024" | bc -l)" \
    "$(grep -o '"records": *[0-9]*' "$work/out.json" | head -1 | grep -o '[0-9]*$')"
}
for i in $(seq "$runs"); do
  measure database "$url"
  measure file "$csv"
done
