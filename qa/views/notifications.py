"""Placeholder: replaced by the views of this module."""

from django.http import Http404


def unsubscribe(request, **kwargs):
    raise Http404
