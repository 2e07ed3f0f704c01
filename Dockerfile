# syntax=docker/dockerfile:1
# Stage 1: the front end (Bootstrap Italia LTR + RTL, fonts), built from the lock file.
FROM node:20-bookworm-slim AS frontend
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY static_src ./static_src
RUN npm run build

# Stage 2: the Django application, run by gunicorn (web) or Celery (worker, beat).
FROM python:3.11-slim-bookworm AS app
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=portal.settings.production \
    STATIC_ROOT=/app/staticfiles \
    MEDIA_ROOT=/app/media
# Guide PDFs (WeasyPrint): Pango and HarfBuzz; Noto CJK draws Chinese, DejaVu Cyrillic.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 \
       libharfbuzz-subset0 fonts-noto-cjk fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 1000 --create-home --home-dir /home/portal portal
WORKDIR /app
COPY pyproject.toml README.md ./
RUN pip install --no-cache-dir .
COPY --chown=portal:portal . .
COPY --from=frontend --chown=portal:portal /build/static/dist ./static/dist
# Catalogues and static files are part of the image; settings need values, not secrets, here.
RUN SECRET_KEY=image-build ALLOWED_HOSTS=localhost DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    sh -c "python manage.py compile_catalogues && python manage.py collectstatic --noinput" \
    && mkdir -p /app/media && chown -R portal:portal /app/staticfiles /app/media /app/locale
USER portal
EXPOSE 8000
CMD ["gunicorn", "portal.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
