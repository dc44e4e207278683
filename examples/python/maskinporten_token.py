#!/usr/bin/env python3
"""Henter et token fra Maskinporten med virksomhetssertifikat (PyJWT og cryptography).

    pip install pyjwt cryptography        # eller på Debian/Ubuntu: apt-get install python3-jwt python3-cryptography
    CLIENT_ID=<klient-id> KEYSTORE_PATH=virksomhet.p12 KEYSTORE_PASSWORD=... python3 maskinporten_token.py

Miljøvariabler:
  CLIENT_ID                    klient-ID-en fra Samarbeidsportalen (påkrevd)
  KEYSTORE_PATH                virksomhetssertifikatet som PKCS#12 (.p12/.pfx) med nøkkel og kjede (påkrevd)
  KEYSTORE_PASSWORD            passordet til filen (påkrevd)
  MASKINPORTEN_ENV             test (standard) eller prod
  SCOPE                        ett eller flere scope med mellomrom (standard skatteetaten:inntektsmottakere)
  CONSUMER_ORG                 organisasjonsnummeret til kunden, bare når en leverandør henter token på vegne av den
  MASKINPORTEN_TOKEN_ENDPOINT  overstyrer token-endepunktet
  MASKINPORTEN_AUDIENCE        overstyrer aud (bare for testing; standard er miljøets utsteder)
"""
import base64
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

import jwt
from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

ENVIRONMENTS = {
    "test": {"issuer": "https://test.maskinporten.no/", "token_endpoint": "https://test.maskinporten.no/token"},
    "prod": {"issuer": "https://maskinporten.no/", "token_endpoint": "https://maskinporten.no/token"},
}


def required(name):
    value = os.environ.get(name)
    if not value:
        sys.exit(f"Miljøvariabelen {name} mangler.")
    return value


def load_keystore(path, password):
    """Privat nøkkel og x5c (virksomhetssertifikatet først, så resten av kjeden) fra en PKCS#12-fil."""
    with open(path, "rb") as f:
        key, certificate, additional = pkcs12.load_key_and_certificates(f.read(), password.encode("utf-8"))
    if key is None or certificate is None:
        sys.exit(f"Fant ingen privat nøkkel med sertifikat i {path}.")
    chain = [certificate, *(additional or [])]
    x5c = [base64.b64encode(c.public_bytes(Encoding.DER)).decode("ascii") for c in chain]
    return key, x5c


def create_grant(key, x5c, audience, client_id, scope, consumer_org=None):
    """Signert grant (RS256, x5c i headeren). Den gjelder i 120 sekunder og kan brukes én gang."""
    now = int(time.time())
    claims = {
        "aud": audience,
        "iss": client_id,
        "scope": scope,
        "iat": now,
        "exp": now + 120,
        "jti": str(uuid.uuid4()),
    }
    if consumer_org:
        claims["consumer_org"] = consumer_org
    return jwt.encode(claims, key, algorithm="RS256", headers={"x5c": x5c})


def request_token(token_endpoint, grant):
    """Sender grantet og gir (HTTP-status, svaret som tekst)."""
    form = urllib.parse.urlencode(
        {"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": grant}
    ).encode("ascii")
    request = urllib.request.Request(
        token_endpoint,
        data=form,
        method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        # 400 fra Maskinporten har en JSON-feilmelding i svaret: les den i stedet for å kaste den bort.
        return error.code, error.read().decode("utf-8")


def main():
    env_name = os.environ.get("MASKINPORTEN_ENV") or "test"
    environment = ENVIRONMENTS.get(env_name)
    if environment is None:
        sys.exit(f"Ukjent MASKINPORTEN_ENV: {env_name}. Bruk test eller prod.")
    token_endpoint = os.environ.get("MASKINPORTEN_TOKEN_ENDPOINT") or environment["token_endpoint"]

    key, x5c = load_keystore(required("KEYSTORE_PATH"), required("KEYSTORE_PASSWORD"))
    grant = create_grant(
        key,
        x5c,
        audience=os.environ.get("MASKINPORTEN_AUDIENCE") or environment["issuer"],
        client_id=required("CLIENT_ID"),
        scope=os.environ.get("SCOPE") or "skatteetaten:inntektsmottakere",
        consumer_org=os.environ.get("CONSUMER_ORG") or None,
    )

    status, text = request_token(token_endpoint, grant)
    try:
        body = json.loads(text)
    except ValueError:
        body = None

    if status == 200 and isinstance(body, dict):
        print(f"Token mottatt fra {token_endpoint}")
        for field in ("access_token", "token_type", "expires_in", "scope"):
            print(f"{field}: {body.get(field)}")
        return 0
    if isinstance(body, dict) and "error" in body:
        print(
            f"Maskinporten svarte med feil: {body['error']}: {body.get('error_description', '')} (HTTP {status})",
            file=sys.stderr,
        )
    else:
        print(f"Maskinporten svarte med HTTP {status}: {text}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
