# syntax=docker/dockerfile:1
# Build stage: wheels, static files and compiled catalogues.
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN python -m venv /venv && /venv/bin/pip install -r requirements.txt
COPY . .
RUN DJANGO_DEBUG=1 /venv/bin/python manage.py compilemessages --ignore=.venv \
    && DJANGO_DEBUG=1 /venv/bin/python manage.py collectstatic --noinput

# Run stage: the virtual environment and the code, as an unprivileged user.
FROM python:3.11-slim-bookworm
ENV PATH=/venv/bin:$PATH PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=cndh.settings.base
RUN useradd --system --uid 10001 --home-dir /app cndh \
    && mkdir -p /srv/media && chown cndh /srv/media
WORKDIR /app
COPY --from=build /venv /venv
COPY --from=build --chown=cndh /app /app
USER cndh
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"]
CMD ["gunicorn", "cndh.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
