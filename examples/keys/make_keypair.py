#!/usr/bin/env python3
"""Lager et nøkkelpar for en Maskinporten-klient og skriver ut den offentlige nøkkelen som JWK (cryptography).

Den private nøkkelen blir liggende i privat.pem og skal aldri sendes til noen.

    python3 make_keypair.py [mappe]
"""
import base64
import hashlib
import json
import os
import sys

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def b64url(number):
    """Et positivt heltall som base64url uten utfylling (RFC 7518 §6.3.1)."""
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


folder = sys.argv[1] if len(sys.argv) > 1 else "."
key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
pem = key.private_bytes(
    serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
)
# 0o600: bare eieren kan lese den private nøkkelen.
with os.fdopen(os.open(os.path.join(folder, "privat.pem"), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as f:
    f.write(pem)

numbers = key.public_key().public_numbers()
n, e = b64url(numbers.n), b64url(numbers.e)
# kid = RFC 7638-tommelavtrykket: SHA-256 av {"e","kty","n"} i den rekkefølgen, som base64url.
canonical = json.dumps({"e": e, "kty": "RSA", "n": n}, separators=(",", ":"))
kid = base64.urlsafe_b64encode(hashlib.sha256(canonical.encode()).digest()).rstrip(b"=").decode("ascii")
jwk = json.dumps({"kty": "RSA", "e": e, "n": n, "kid": kid, "alg": "RS256", "use": "sig"}, separators=(",", ":"))
with open(os.path.join(folder, "offentlig.jwk.json"), "w", encoding="utf-8") as f:
    f.write(jwk + "\n")
print(jwk)
print(f"kid: {kid} – registrer offentlig.jwk.json på klienten; privat.pem beholder dere selv.", file=sys.stderr)
