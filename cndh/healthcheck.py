"""The web container's healthcheck: ``python -m cndh.healthcheck``, exit status 0 when healthy.

It asks gunicorn for /healthz as the TLS proxy does: with the public host name (the first of
``DJANGO_ALLOWED_HOSTS``; any other Host is refused with 400) and ``X-Forwarded-Proto:
https`` (otherwise the answer is the redirect to HTTPS). Only the standard library, so that
a check every 30 seconds costs no Django start-up.
"""

import os
import sys
import urllib.error
import urllib.request


def main() -> int:
    hosts = [host.strip() for host in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if host.strip()]
    host = hosts[0].lstrip(".") if hosts and hosts[0] != "*" else "localhost"
    address = os.environ.get("CNDH_HEALTHCHECK_ADDRESS", "127.0.0.1:8000")
    request = urllib.request.Request(  # noqa: S310 - a fixed http:// address on this machine
        f"http://{address}/healthz", headers={"Host": host, "X-Forwarded-Proto": "https"}
    )
    try:
        with urllib.request.urlopen(request, timeout=4) as response:  # noqa: S310  # nosec B310  # http:// only
            body = response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        print(f"unhealthy: /healthz answered {error.code}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"unhealthy: {error}", file=sys.stderr)
        return 1
    print(body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
