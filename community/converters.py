class DatabaseIdConverter:
    """Match a positive integer that fits a 64-bit primary key, so huge ids get a 404."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)
