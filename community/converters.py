"""The `id` URL converter, and the same rule for ids sent in forms and query strings."""

import re


class DatabaseIdConverter:
    """Match a positive integer that fits a 64-bit primary key, so huge ids get a 404."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


# ASCII digits only: str.isdigit() and int() also accept digits such as "²" or "١".
ID_PATTERN = re.compile(DatabaseIdConverter.regex)


def parse_id(value):
    """Return `value` as an int if the `id` URL converter would match it, else None.

    Surrounding whitespace is not allowed. The result may be 0, which matches no row.
    """
    if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
        return None
    return int(value)
