#!/usr/bin/env bash
# Lager et nøkkelpar for en Maskinporten-klient med openssl, og skriver ut den offentlige nøkkelen som JWK.
# Den private nøkkelen blir liggende i mappen og skal aldri sendes til noen – heller ikke til Digdir.
#
#   ./make-keypair.sh [mappe]      # standard: gjeldende mappe
#
# Lager privat.pem (privat, PKCS#8), offentlig.pem og offentlig.jwk.json. kid er nøkkelens RFC 7638-tommelavtrykk.
set -euo pipefail

dir="${1:-.}"
umask 077 # bare eieren kan lese privat.pem
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out "$dir/privat.pem" 2>/dev/null
openssl pkey -in "$dir/privat.pem" -pubout -out "$dir/offentlig.pem"

# Heksadesimal til base64url, uten utfylling (slik JWK vil ha n og e).
b64url() { sed 's/../\\x&/g' | xargs -0 printf '%b' | openssl base64 -A | tr '+/' '-_' | tr -d '='; }
n=$(openssl rsa -pubin -in "$dir/offentlig.pem" -noout -modulus | cut -d= -f2 | tr -d '\n' | b64url)
e_hex=$(openssl pkey -pubin -in "$dir/offentlig.pem" -noout -text | sed -n 's/.*(0x\([0-9a-f]*\)).*/\1/p')
[ $((${#e_hex} % 2)) -eq 1 ] && e_hex="0$e_hex"
e=$(printf '%s' "$e_hex" | b64url)

# RFC 7638: SHA-256 av {"e","kty","n"} i den rekkefølgen, uten mellomrom, som base64url.
kid=$(printf '{"e":"%s","kty":"RSA","n":"%s"}' "$e" "$n" | openssl dgst -sha256 -binary | openssl base64 -A |
  tr '+/' '-_' | tr -d '=')

printf '{"kty":"RSA","e":"%s","n":"%s","kid":"%s","alg":"RS256","use":"sig"}\n' "$e" "$n" "$kid" |
  tee "$dir/offentlig.jwk.json"
echo "kid: $kid – registrer offentlig.jwk.json på klienten; privat.pem beholder dere selv." >&2
