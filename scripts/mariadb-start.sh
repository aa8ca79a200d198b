#!/usr/bin/env bash
# Makes a MariaDB server answer on 127.0.0.1:3306 and creates the OneWindow databases and user.
# Safe to run again and again: it reuses a running server and only adds what is missing.
# Needs root (apt-get, starting mariadbd, and root's unix-socket login to MariaDB).
set -euo pipefail

DB_USER="${ONEWINDOW_DB_USER:-onewindow}"
DB_PASSWORD="${ONEWINDOW_DB_PASSWORD:-onewindow}"
LOG_FILE=/var/log/mysql/onewindow-ci.log

ping_server() {
  # mariadb-admin's ping succeeds even on "access denied": it only tells "a server answers".
  local admin
  admin="$(command -v mariadb-admin || command -v mysqladmin || true)"
  [[ -n "$admin" ]] && "$admin" --protocol=tcp -h127.0.0.1 -P3306 --connect-timeout=2 --silent ping >/dev/null 2>&1
}

if ping_server; then
  echo "MariaDB already answers on 127.0.0.1:3306: using it."
else
  if [[ ! -x /usr/sbin/mariadbd ]]; then
    echo "MariaDB is not installed: installing mariadb-server from Debian."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq mariadb-server >/dev/null
  fi
  # The package may have started it itself (systemd/sysvinit machines); only start it if not.
  if ! ping_server; then
    echo "Starting mariadbd (log: $LOG_FILE)."
    # No systemd here, and mysqld_safe logs to a syslog that is absent: start mariadbd directly.
    mkdir -p /run/mysqld /var/log/mysql
    chown mysql:mysql /run/mysqld /var/log/mysql
    # A data dir that was never initialised (package installed without its postinst) would not start.
    if [[ ! -d /var/lib/mysql/mysql ]]; then
      mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null
    fi
    # --user: Debian's config does not always set it, and mariadbd refuses to run as root.
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- \
      --user=mysql --log-error="$LOG_FILE"
    for _ in $(seq 1 60); do
      ping_server && break
      sleep 1
    done
    if ! ping_server; then
      echo "MariaDB did not answer on 127.0.0.1:3306 within 60 s; see $LOG_FILE" >&2
      tail -n 20 "$LOG_FILE" >&2 || true
      exit 1
    fi
  fi
fi

# root logs in through the unix socket (root over TCP is refused on a stock install).
# ALTER USER keeps the password right even if the user existed with another one.
mariadb -uroot <<SQL
CREATE DATABASE IF NOT EXISTS onewindow    CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS onewindow_it CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS onewindow_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASSWORD}';
CREATE USER IF NOT EXISTS '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';
ALTER USER '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASSWORD}';
ALTER USER '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';
GRANT ALL PRIVILEGES ON \`onewindow%\`.* TO '${DB_USER}'@'localhost';
GRANT ALL PRIVILEGES ON \`onewindow%\`.* TO '${DB_USER}'@'127.0.0.1';
SQL

echo "MariaDB ready: 127.0.0.1:3306, databases onewindow, onewindow_it and onewindow_bench, user ${DB_USER}."
