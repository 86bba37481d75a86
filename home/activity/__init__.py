"""What is new in the communities: one entry per publication, answer or reference answer."""
