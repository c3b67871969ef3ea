#!/usr/bin/env bash
# Starts a throwaway PostgreSQL (Debian's, see TOOLCHAIN.md) for the contract
# suite and prints its DATABASE_URL. Installs it if the machine has none.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ]; then
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
# PG_DIR: where its data and socket go (the caller stops it with pg_ctl -D "$PG_DIR/data" stop).
dir=${PG_DIR:-$(mktemp -d /tmp/fp-pg.XXXXXX)}
chown postgres "$dir"
port=${PGPORT_CI:-55432}
# The next free port (another PostgreSQL may run on this machine).
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
su postgres -c "$bin/initdb -D $dir/data -U postgres -A trust" >/dev/null
su postgres -c "$bin/pg_ctl -D $dir/data -l $dir/log -w -o '-p $port -k $dir -c listen_addresses=127.0.0.1' start" >/dev/null
su postgres -c "$bin/createdb -h 127.0.0.1 -p $port -U postgres family_portal"
echo "postgres://postgres@127.0.0.1:$port/family_portal"
