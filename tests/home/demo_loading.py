"""Run `load_demo` twice in a transaction that a test module rolls back at its end."""

import io
from contextlib import contextmanager

from django.core.management import call_command
from django.db import transaction


def run_load_demo():
    """Run the command and return its standard output."""
    output = io.StringIO()
    call_command("load_demo", stdout=output, stderr=io.StringIO())
    return output.getvalue()


@contextmanager
def demo_loaded_twice(counted_models):
    """Load the demo twice and yield both outputs and the counts of `counted_models` after each.

    Everything is rolled back when the block ends.
    """

    def count_objects():
        return {name: model.objects.count() for name, model in counted_models.items()}

    with transaction.atomic():
        first_output = run_load_demo()
        first_counts = count_objects()
        second_output = run_load_demo()
        second_counts = count_objects()
        yield {
            "first output": first_output,
            "first counts": first_counts,
            "second output": second_output,
            "second counts": second_counts,
        }
        transaction.set_rollback(True)
