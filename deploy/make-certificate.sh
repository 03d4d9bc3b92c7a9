#!/bin/sh
# A self-signed certificate for SERVER_NAME, for a local run of the stack, in CERTS
# (/certs in compose.yaml). A folder that already holds a certificate (the real one, or
# one made before) is left as it is.
set -eu
certs="${CERTS:-/certs}"
if [ -s "$certs/fullchain.pem" ] && [ -s "$certs/privkey.pem" ]; then
  echo "TLS certificate present in $certs; nothing to do."
  exit 0
fi
openssl req -x509 -newkey rsa:2048 -nodes -days 365 \
  -subj "/CN=${SERVER_NAME}" -addext "subjectAltName=DNS:${SERVER_NAME},DNS:localhost,IP:127.0.0.1" \
  -keyout "$certs/privkey.pem" -out "$certs/fullchain.pem"
chmod 0644 "$certs/fullchain.pem"
chmod 0600 "$certs/privkey.pem"
echo "Made a self-signed TLS certificate for ${SERVER_NAME}."
