# The application image: app servers, the task worker and the scheduler all run it (compose.yaml).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_ENV=production \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    STATIC_ROOT=/app/staticfiles \
    MEDIA_ROOT=/app/var/media

WORKDIR /app

# Dependencies first, so that a code change does not reinstall them; constraints.txt pins the indirect ones.
COPY requirements.txt constraints.txt ./
RUN pip install --no-cache-dir -r requirements.txt -c constraints.txt

COPY . .

# Static files are gathered and compressed at build time. The production settings insist on these
# values, which nothing at build time uses: the real ones come from the environment at run time.
RUN SECRET_KEY=build-time-only-not-used-at-run-time-0123456789abcdefghijklmnop \
    ALLOWED_HOSTS=build.invalid REDIS_URL=redis://build.invalid:6379/0 \
    WAGTAILADMIN_BASE_URL=https://build.invalid \
    python manage.py collectstatic --noinput --verbosity 0

RUN useradd --system --home-dir /app toimeksi && mkdir -p /app/var/media && chown -R toimeksi /app/var
USER toimeksi

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
    CMD python -c "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status != 200)"
CMD ["gunicorn", "config.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "30", "--access-logfile", "-"]
