"""The Celery application: configuration from Django settings (``CELERY_*``), tasks from every app.

Tasks are queued with ``task.delay_on_commit(...)`` so that a worker never sees a row
before the transaction that wrote it has committed.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

app = Celery("portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
