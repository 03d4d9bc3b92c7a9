# syntax=docker/dockerfile:1
# Build stage: the virtual environment, static files and compiled catalogues.
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
# gettext for compilemessages; Debian's stable release pins its version (see .hadolint.yaml).
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN python -m venv /venv && /venv/bin/pip install --no-cache-dir -r requirements.txt
COPY . .
RUN DJANGO_DEBUG=1 /venv/bin/python manage.py compilemessages --ignore=.venv \
    && DJANGO_DEBUG=1 /venv/bin/python manage.py collectstatic --noinput

# Run stage: the code belongs to root and is read-only to the unprivileged user that runs it;
# only the media and backups folders are writable. postgresql-client for `manage.py backup`
# and `restore` (pg_dump, pg_restore, psql): bookworm's is version 15, the server's in compose.yaml.
FROM python:3.11-slim-bookworm
ENV PATH=/venv/bin:$PATH PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=cndh.settings.base
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 cndh \
    && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent cndh \
    && mkdir -p /srv/media /srv/backups && chown 10001:10001 /srv/media /srv/backups
WORKDIR /app
COPY --from=build /venv /venv
COPY --from=build /app /app
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s CMD ["python", "-m", "cndh.healthcheck"]
CMD ["gunicorn", "cndh.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3"]
