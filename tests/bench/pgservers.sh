# PostgreSQL servers of a benchmark's own, sourced by the scripts of tests/bench: initdb and
# pg_ctl in a temporary folder ($work), on free loopback ports, as the postgres user when run
# as root; all stopped and removed when the script exits. The superuser is steward, its
# password $PGPASSWORD.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
work=$(mktemp -d /tmp/dijkgraaf-pgbench.XXXXXX)
chmod 755 "$work"
as=()
if [ "$(id -u)" -eq 0 ]; then
  as=(runuser -u postgres --)
fi
export PGPASSWORD=bench-only
stop() {
  for d in "$work"/coordinator "$work"/shard*; do
    [ -d "$d/data" ] && "${as[@]}" "$pgbin/pg_ctl" -D "$d/data" -m immediate stop >/dev/null 2>&1
  done
  rm -rf "$work"
}
trap stop EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_server() { # folder, port
  local dir=$1 p=$2
  mkdir -p "$dir/data" "$dir/run"
  echo "$PGPASSWORD" > "$dir/pw"
  if [ ${#as[@]} -gt 0 ]; then chown -R postgres "$dir"; fi
  "${as[@]}" "$pgbin/initdb" -D "$dir/data" -U steward --auth=scram-sha-256 --pwfile="$dir/pw" \
    -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/run/log" -w start -o \
    "-p $p -k $dir/run -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
     -c full_page_writes=off -c shared_buffers=512MB -c work_mem=256MB -c max_wal_size=8GB" >/dev/null
}

# A coordinator on $port and N shards on ${shard_ports[@]}.
start_servers() { # N
  port=$(free_port)
  start_server "$work/coordinator" "$port"
  shard_ports=()
  for i in $(seq 1 "$1"); do
    shard_ports+=("$(free_port)")
    start_server "$work/shard$i" "${shard_ports[-1]}"
  done
}
