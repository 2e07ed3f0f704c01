from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_initial")]

    operations = []
