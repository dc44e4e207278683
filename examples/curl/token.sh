#!/usr/bin/env bash
# Sender et ferdig signert grant (JWT) til Maskinportens token-endepunkt og skriver ut svaret.
# Grantet lages et annet sted: med Grant-byggeren på nettstedet, eller med et av de andre eksemplene.
#
#   GRANT=eyJ... MASKINPORTEN_ENV=test ./token.sh
#
# Miljøvariabler:
#   GRANT                        det signerte grantet (påkrevd). Det kan brukes bare én gang og lever i høyst 120 sekunder.
#   MASKINPORTEN_ENV             test (standard) eller prod
#   MASKINPORTEN_TOKEN_ENDPOINT  overstyrer token-endepunktet (for eksempel mot en lokal testtjener)
set -euo pipefail

: "${GRANT:?Sett GRANT til et signert grant (JWT).}"

case "${MASKINPORTEN_ENV:-test}" in
  test) default_endpoint='https://test.maskinporten.no/token' ;;
  prod) default_endpoint='https://maskinporten.no/token' ;;
  *)
    echo "Ukjent MASKINPORTEN_ENV: ${MASKINPORTEN_ENV}. Bruk test eller prod." >&2
    exit 2
    ;;
esac
endpoint="${MASKINPORTEN_TOKEN_ENDPOINT:-$default_endpoint}"

# Ikke --fail: ved HTTP 400 skal feilmeldingen fra Maskinporten skrives ut, ikke skjules.
response=$(curl -sS -X POST "$endpoint" \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode 'grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer' \
  --data-urlencode "assertion=${GRANT}" \
  -w '\nHTTP %{http_code}\n')

printf '%s\n' "$response"

status=$(printf '%s\n' "$response" | tail -n 1)
if [ "$status" != 'HTTP 200' ]; then
  error=$(printf '%s\n' "$response" | sed -n 's/.*"error" *: *"\([^"]*\)".*/\1/p' | head -n 1)
  description=$(printf '%s\n' "$response" | sed -n 's/.*"error_description" *: *"\([^"]*\)".*/\1/p' | head -n 1)
  echo "Maskinporten svarte med feil: ${error:-ukjent feil}: ${description:-se svaret over} (${status})" >&2
  exit 1
fi
