FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
RUN apt-get update && apt-get install -y --no-install-recommends gettext && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml ./
RUN pip install --no-cache-dir .
COPY . .
RUN DEBUG=false SECRET_KEY=build python manage.py compilemessages --ignore=.venv -v 0 \
 && DEBUG=false SECRET_KEY=build python manage.py collectstatic --no-input -v 0
RUN useradd --system --home /app planwatch && mkdir -p /app/media && chown planwatch /app/media
USER planwatch
EXPOSE 8000
CMD ["gunicorn", "planwatch.wsgi", "--bind", "0.0.0.0:8000", "--workers", "4", "--access-logfile", "-"]
