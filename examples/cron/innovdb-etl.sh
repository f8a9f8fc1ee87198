#!/bin/sh
# innovdb-etl.sh: one scheduled `innovdb etl run`, for cron (or a systemd service), with alerts by exit status.
#
#   15 * * * *  /opt/innovdb/bin/innovdb-etl.sh /data/news
#
# Settings (environment): INNOVDB_BIN (default /opt/innovdb/.venv/bin/innovdb), INNOVDB_LOG_DIR (default
# /var/log/innovdb), INNOVDB_PAGE (command that pages; default /usr/local/bin/page-oncall), INNOVDB_LOCK_TIMEOUT
# (default 600), DATABASE_URL or INNOVDB_HOME (the database; see docs/scheduling.md).
#
# Exit status: innovdb's (0, 3, 75, 1, 2), or 78 when the log folder cannot be created or written (innovdb
# did not run). Pages on 1, 2, 78, and on 75 when three runs in a row found the lock held; warns on 3.
innovdb=${INNOVDB_BIN:-/opt/innovdb/.venv/bin/innovdb}
log_dir=${INNOVDB_LOG_DIR:-/var/log/innovdb}
page=${INNOVDB_PAGE:-/usr/local/bin/page-oncall}
host=$(hostname)

# The log folder first: a redirect into a missing folder fails before innovdb starts, and the page would
# read like a usage error.
if ! mkdir -p "$log_dir" 2>/dev/null || ! [ -w "$log_dir" ]; then
    $page "innovdb etl run did not start on $host: log folder $log_dir cannot be created or written (INNOVDB_LOG_DIR)"
    exit 78
fi
log="$log_dir/etl.jsonl"
run_log=$(mktemp "$log_dir/.run.XXXXXX") || { $page "innovdb etl run did not start on $host: cannot write in $log_dir"; exit 78; }
trap 'rm -f "$run_log"' EXIT

"$innovdb" etl run "$@" --lock-timeout "${INNOVDB_LOCK_TIMEOUT:-600}" --log-format json 2>"$run_log"
status=$?
cat "$run_log" >>"$log"
last=$(tail -n 1 "$run_log")
locked_runs="$log_dir/.locked-runs"
case $status in
    75) n=$(( $(cat "$locked_runs" 2>/dev/null || echo 0) + 1 )); echo "$n" >"$locked_runs" ;;
    *) rm -f "$locked_runs" ;;
esac
case $status in
    0) ;;
    3) logger -t innovdb -p user.warning "etl run finished with rejected documents on $host: $last" 2>/dev/null
       echo "innovdb-etl: warning: documents rejected: $last" >&2 ;;
    75) if [ "$n" -ge 3 ]; then
            $page "innovdb etl run on $host: the run lock was still held for $n runs in a row (a stuck run?): $last"
        else
            logger -t innovdb -p user.notice "etl run skipped on $host: another run holds the lock" 2>/dev/null
        fi ;;
    2) $page "innovdb etl run on $host: usage error (status 2), fix the command line: $last" ;;
    *) $page "innovdb etl run failed on $host with status $status: $last" ;;
esac
exit $status
