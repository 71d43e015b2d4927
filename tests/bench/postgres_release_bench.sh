#!/usr/bin/env bash
# A release with noise of phone events that live in PostgreSQL: EVENTS location events
# (default 100,000,000) of EVENTS / 100 phones over the week of 2 March 2026, generated in the
# database itself (generate_series, on each shard its own phones) over SHARDS servers
# (default 3; 0: one server), the table partitioned by phone (RANGE over subject_id) with
# postgres_fdw foreign partitions on a coordinator. Then, from the command line and timed
# with the peak memory of the dijkgraaf process (GNU time): init of a project with the phone
# demo's two tables (people per area per hour and per day by country of origin, Gaussian
# noise, each phone in at most 12 area-hours and 3 area-days of a day), RUNS previews (the
# tables counted in the database), one approval and the publication of its files.
#
#   tests/bench/postgres_release_bench.sh [EVENTS] [SHARDS] [RUNS]
#
# DIJKGRAAF (default build/bin/dijkgraaf) names the binary. Needs postgresql-15 and GNU time.
set -euo pipefail

events=${1:-100000000}
shards=${2:-3}
runs=${3:-1}
bin=$(realpath "${DIJKGRAAF:-build/bin/dijkgraaf}")
# shellcheck source=pgservers.sh
source "$(dirname "$0")/pgservers.sh"
start_servers "$shards"
sql() { # port, statement
  command psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U steward -d telecom -c "$2"
}
command psql -X -q -h 127.0.0.1 -p "$port" -U steward -d postgres -c "CREATE DATABASE telecom"
for p in "${shard_ports[@]}"; do
  command psql -X -q -h 127.0.0.1 -p "$p" -U steward -d postgres -c "CREATE DATABASE telecom"
done

# the demo's areas and countries (the categories its tables declare), from a small sample
"$bin" generate phone-events "$work/sample.csv" --phones 3000 --days 1 >/dev/null
quoted() { tail -n +2 "$work/sample.csv" | cut -d, -f"$1" | sort -u | sed "s/'/''/g; s/.*/'&'/" | paste -sd,; }
areas="ARRAY[$(quoted 3)]"
countries="ARRAY[$(quoted 4)]"
columns='subject_id text, "timestamp" timestamp, cell_area text, home_country text'
# the events of phones first .. first + count - 1, in this server's table
generate() { # port, shard number, phones
  sql "$1" "CREATE TABLE events ($columns)"
  sql "$1" "INSERT INTO events SELECT 'S$2-' || lpad(p::text, 9, '0'),
      timestamp '2026-03-02 00:00' + floor(random() * 604800) * interval '1 second',
      ($areas)[1 + floor(random() * cardinality($areas))::int],
      ($countries)[1 + (p * 7919) % cardinality($countries)]
    FROM generate_series(1, $3) p, generate_series(1, 100) e"
  sql "$1" "VACUUM ANALYZE events"
}
phones=$((events / 100))
start=$(date +%s.%N)
if [ "$shards" -eq 0 ]; then
  generate "$port" 1 "$phones"
else
  for i in $(seq 1 "$shards"); do
    generate "${shard_ports[$((i - 1))]}" "$i" $((phones / shards)) &
  done
  wait
  sql "$port" "CREATE EXTENSION postgres_fdw"
  sql "$port" "CREATE TABLE events ($columns) PARTITION BY RANGE (subject_id)"
  for i in $(seq 1 "$shards"); do
    p=${shard_ports[$((i - 1))]}
    sql "$port" "CREATE SERVER shard$i FOREIGN DATA WRAPPER postgres_fdw OPTIONS
      (host '127.0.0.1', port '$p', dbname 'telecom', fetch_size '10000')"
    sql "$port" "CREATE USER MAPPING FOR CURRENT_USER SERVER shard$i OPTIONS
      (user 'steward', password '$PGPASSWORD')"
    sql "$port" "CREATE FOREIGN TABLE events_$i PARTITION OF events FOR VALUES FROM ('S$i-')
      TO ('S$i.') SERVER shard$i OPTIONS (table_name 'events')"
  done
fi
echo "generated $events events of $phones phones in $(echo "$(date +%s.%N) - $start" | bc) s over $((shards > 0 ? shards : 1)) server(s)"

url="postgresql://steward@127.0.0.1:$port/telecom?table=events"
export DIJKGRAAF_LEDGER="$work/ledger.sqlite"
project="$work/week.dijkgraaf"
measure() { # label, dijkgraaf's arguments
  local label=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$bin" "$@" > "$work/out.txt" 2>&1 || {
    cat "$work/out.txt"
    exit 1
  }
  read -r wall kib < "$work/time"
  printf '%-10s wall %7.1f s  peak %6.0f MiB\n' "$label" "$wall" "$(echo "$kib / 1024" | bc -l)"
}
measure init init "$project" --data "$url" --qi cell_area --subject subject_id \
  --demo-tables phone-events --force
for i in $(seq "$runs"); do
  measure preview preview "$project"
done
grep -E "Counted|cells" "$work/out.txt" || true
measure approve approve "$project" --name "Benchmark"
measure publish publish "$project" --out "$work/release"
ls "$work/release"
