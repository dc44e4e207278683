#!/usr/bin/env python3
"""Henter et token fra Maskinporten med virksomhetssertifikat (x5c) eller en nøkkel registrert på klienten (kid).

    pip install pyjwt cryptography        # eller på Debian/Ubuntu: apt-get install python3-jwt python3-cryptography
    CLIENT_ID=<klient-id> KEYSTORE_PATH=virksomhet.p12 KEYSTORE_PASSWORD=... python3 maskinporten_token.py
    CLIENT_ID=<klient-id> MASKINPORTEN_KID=<kid> PRIVATE_KEY_PATH=privat.pem python3 maskinporten_token.py

Miljøvariabler:
  CLIENT_ID                    klient-ID-en fra Samarbeidsportalen (påkrevd)
  KEYSTORE_PATH                virksomhetssertifikatet som PKCS#12 (.p12/.pfx) med nøkkel og kjede (påkrevd uten kid)
  KEYSTORE_PASSWORD            passordet til filen (påkrevd uten kid)
  MASKINPORTEN_KID             kid-en til en nøkkel registrert på klienten: signer med den i stedet for sertifikatet
  PRIVATE_KEY_PATH             den private nøkkelen til MASKINPORTEN_KID i PEM (påkrevd med MASKINPORTEN_KID)
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
from cryptography.hazmat.primitives.serialization import Encoding, load_pem_private_key, pkcs12

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


def load_registered_key(path):
    """Privat nøkkel i PEM for en nøkkel registrert på klienten (grant med kid)."""
    with open(path, "rb") as f:
        return load_pem_private_key(f.read(), password=None)


def create_grant(key, header, audience, client_id, scope, consumer_org=None):
    """Signert grant (RS256), med header {"kid": ...} eller {"x5c": [...]}.

    Grantet gjelder i 120 sekunder og kan brukes én gang."""
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
    return jwt.encode(claims, key, algorithm="RS256", headers=header)


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

    # To måter å vise hvem klienten er: en nøkkel registrert på klienten (kid), eller virksomhetssertifikatet (x5c).
    kid = os.environ.get("MASKINPORTEN_KID")
    if kid:
        key, header = load_registered_key(required("PRIVATE_KEY_PATH")), {"kid": kid}
    else:
        key, x5c = load_keystore(required("KEYSTORE_PATH"), required("KEYSTORE_PASSWORD"))
        header = {"x5c": x5c}
    grant = create_grant(
        key,
        header,
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
