#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to the project's
# .PublicAPI/PublicAPI.Unshipped.txt, and drops declared symbols that no longer exist (RS0017).
# Usage: eng/update-public-api.sh src/OktaCiam.Connector   (review the diff before committing)
set -euo pipefail
proj=${1:?project folder}
file="$proj/.PublicAPI/PublicAPI.Unshipped.txt"
log=$(mktemp)
dotnet build "$proj" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 > "$log" || true
grep -oP "RS0016: Symbol '\K.*?(?=' is not part of the declared public API)" "$log" | sort -u >> "$file" || true
grep -oP "RS0017: Symbol '\K.*?(?=' is part of the declared API, but)" "$log" | sort -u | while IFS= read -r sym; do
  grep -vxF -- "$sym" "$file" > "$file.tmp" || true; mv "$file.tmp" "$file"
done || true
{ echo '#nullable enable'; grep -v '^#nullable' "$file" | sed '/^$/d' | sort -u; } > "$file.tmp" && mv "$file.tmp" "$file"
rm -f "$log"
echo "updated $file ($(grep -vc '^#' "$file") symbols)"
