"""Give every active member a weekly digest subscription, as joining now does.

The cursor starts at the newest activity entry, so no digest repeats what happened before.
"""

from django.db import migrations
from django.db.models import Max


def subscribe_active_members(apps, schema_editor):
    Membership = apps.get_model("community", "Membership")
    Subscription = apps.get_model("home", "Subscription")
    ActivityEntry = apps.get_model("home", "ActivityEntry")

    latest = ActivityEntry.objects.aggregate(latest=Max("pk"))["latest"] or 0
    subscribed = set(Subscription.objects.values_list("user_id", "community_id"))
    memberships = Membership.objects.filter(status="active").values_list("user_id", "community_id")
    Subscription.objects.bulk_create(
        Subscription(
            user_id=user_id, community_id=community_id, frequency="weekly", last_entry_id=latest
        )
        for user_id, community_id in memberships
        if (user_id, community_id) not in subscribed
    )


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0002_events"),
        ("home", "0004_subscription"),
    ]

    operations = [
        migrations.RunPython(subscribe_active_members, migrations.RunPython.noop),
    ]
