"""Wagtail admin viewsets of the knowledge app."""
