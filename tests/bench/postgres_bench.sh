#!/usr/bin/env bash
# Data in PostgreSQL at scale: ROWS generated customers (default 10,000,000) loaded into a
# PostgreSQL server of the script's own (initdb and pg_ctl in a temporary folder, on a free
# loopback port; as the postgres user when run as root), then `dijkgraaf assess` with six
# quasi-identifiers on the database (the combinations counted there) and on the same rows read
# from the file, each RUNS times in turn, with the wall time and the peak memory of the
# dijkgraaf process (GNU time). The server is stopped and its folder removed at the end.
#
#   tests/bench/postgres_bench.sh [ROWS] [RUNS] [SHARDS]
#
# With SHARDS (say 3), the rows go to a table hashed by postcode over that many more servers
# (postgres_fdw foreign partitions), and assess reads it through the first server, each shard
# counting its own combinations. A third measurement reads a query that coarsens the columns
# in the database (birth year, 4-digit postcode, start month): fewer combinations come back;
# then three quasi-identifiers of some 2,000 combinations, from the database and the file.
# DIJKGRAAF (default build/bin/dijkgraaf) names the binary. Needs postgresql-15 and GNU time.
set -euo pipefail

rows=${1:-10000000}
runs=${2:-3}
shards=${3:-0}
bin=$(realpath "${DIJKGRAAF:-build/bin/dijkgraaf}")
# shellcheck source=pgservers.sh
source "$(dirname "$0")/pgservers.sh"
start_servers "$shards"
psql() { command psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U steward "$@"; }
psql -d postgres -c "CREATE DATABASE crm"
for p in "${shard_ports[@]}"; do
  command psql -X -q -h 127.0.0.1 -p "$p" -U steward -d postgres -c "CREATE DATABASE crm"
done

csv="$work/customers.csv"
echo "generating $rows customers..."
"$bin" generate customers "$csv" --rows "$rows" --seed 42 >/dev/null
header=$(head -1 "$csv")
columns=""
IFS=',' read -ra names <<< "$header"
for n in "${names[@]}"; do columns+="\"$n\" text, "; done
start=$(date +%s.%N)
if [ "$shards" -eq 0 ]; then
  psql -d crm -c "CREATE TABLE customers (${columns%, })"
  psql -d crm -c "\\copy customers FROM '$csv' WITH (FORMAT csv, HEADER true)"
  psql -d crm -c "VACUUM ANALYZE customers"
else
  # each shard loads its own rows (those of its hash of the postcode), the coordinator holds
  # the partitioned table of foreign partitions
  psql -d crm -c "CREATE EXTENSION postgres_fdw"
  psql -d crm -c "CREATE TABLE staging (${columns%, })"
  psql -d crm -c "\\copy staging FROM '$csv' WITH (FORMAT csv, HEADER true)"
  psql -d crm -c "CREATE TABLE customers (${columns%, }) PARTITION BY HASH (postcode)"
  for i in $(seq 1 "$shards"); do
    p=${shard_ports[$((i - 1))]}
    command psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$p" -U steward -d crm \
      -c "CREATE TABLE customers (${columns%, })"
    psql -d crm -c "CREATE SERVER shard$i FOREIGN DATA WRAPPER postgres_fdw OPTIONS \
      (host '127.0.0.1', port '$p', dbname 'crm', batch_size '10000')"
    psql -d crm -c "CREATE USER MAPPING FOR CURRENT_USER SERVER shard$i OPTIONS \
      (user 'steward', password '$PGPASSWORD')"
    psql -d crm -c "CREATE FOREIGN TABLE customers_$i PARTITION OF customers FOR VALUES WITH \
      (MODULUS $shards, REMAINDER $((i - 1))) SERVER shard$i OPTIONS (table_name 'customers')"
  done
  psql -d crm -c "INSERT INTO customers SELECT * FROM staging"
  psql -d crm -c "DROP TABLE staging"
  for p in "${shard_ports[@]}"; do
    command psql -X -q -h 127.0.0.1 -p "$p" -U steward -d crm -c "VACUUM ANALYZE customers"
  done
fi
echo "loaded in $(echo "$(date +%s.%N) - $start" | bc) s over $((shards > 0 ? shards : 1)) server(s)"

qis=date_of_birth,gender,postcode,municipality,contract_type,start_date
args=(--qi "$qis" --build date_of_birth=date --build postcode=mask --build start_date=date
      --levels date_of_birth=2,postcode=3,start_date=2 --k 5 --suppression-limit 0.02 --format json)
url="postgresql://steward@127.0.0.1:$port/crm?table=customers"
# the same columns, coarsened in the database: year of birth, 4-digit postcode, start month
coarse="postgresql://steward@127.0.0.1:$port/crm?query=SELECT%20substr(date_of_birth%2C1%2C4)%20AS%20date_of_birth%2C%20gender%2C%20substr(postcode%2C1%2C4)%20AS%20postcode%2C%20municipality%2C%20contract_type%2C%20substr(start_date%2C1%2C7)%20AS%20start_date%20FROM%20customers"
measure() { # label, data, assess's options
  local label=$1 data=$2
  shift 2
  /usr/bin/time -f "%e %M" -o "$work/time" "$bin" assess "$data" "$@" > "$work/out.json"
  read -r wall kib < "$work/time"
  printf '%-16s wall %6.2f s  peak %6.0f MiB  records %s\n' "$label" "$wall" \
    "$(echo "$kib / 1024" | bc -l)" \
    "$(grep -o '"records": *[0-9]*' "$work/out.json" | head -1 | grep -o '[0-9]*$')"
}
coarseArgs=(--qi "$qis" --build date_of_birth=interval:10,50 --build postcode=mask
            --build start_date=value --levels date_of_birth=1,postcode=2 --k 5
            --suppression-limit 0.02 --format json)
# three quasi-identifiers with few combinations (some 2,000): memory follows the combinations
fewArgs=(--qi gender,municipality,contract_type --k 5 --suppression-limit 0.02 --format json)
for i in $(seq "$runs"); do
  measure database "$url" "${args[@]}"
  measure "database coarse" "$coarse" "${coarseArgs[@]}"
  measure file "$csv" "${args[@]}"
  measure "database, 3 qi" "$url" "${fewArgs[@]}"
  measure "file, 3 qi" "$csv" "${fewArgs[@]}"
done
