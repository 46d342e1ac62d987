#!/usr/bin/env bash
# Verifies an Open Badges credential (a compact JWS, RS256) with openssl alone, against the issuer's public key:
#   docs/verify-credential.sh badge.jwt issuer-key.pem
# Prints the credential and "Verified OK", or "Verification failure" and exits 1.
set -euo pipefail
jwt=$(tr -d '\n\r' < "$1")
key=$2

b64url_decode() { # base64url to bytes: swap the alphabet back and restore the padding
  local s=${1//-/+}
  s=${s//_//}
  while (( ${#s} % 4 )); do s+="="; done
  printf '%s' "$s" | base64 -d
}

signed=${jwt%.*}
payload=${signed#*.}
signature=${jwt##*.}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%s' "$signed" > "$tmp/signed"
b64url_decode "$signature" > "$tmp/signature"
b64url_decode "$payload"
echo
openssl dgst -sha256 -verify "$key" -signature "$tmp/signature" "$tmp/signed"
