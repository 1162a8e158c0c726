#!/usr/bin/env bash
# Runs Mosaic's whole test suite and ends with one line: "Tests: N passed, N failed[, N skipped]".
# Installs and starts on 127.0.0.1 whatever services the tests need; today they need none beyond the .NET SDK.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

dotnet test Mosaic.slnx -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Microsoft.Testing.Platform prints one summary per run: "total: N / failed: N / succeeded: N / skipped: N".
count() { awk -v key="$1:" '$1 == key { n += $2 } END { print n + 0 }' "$log"; }
passed=$(count succeeded)
failed=$(count failed)
skipped=$(count skipped)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "The build or the test run failed before tests could report (exit $status); see above."
  failed=1
fi
line="Tests: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
exit "$status"
