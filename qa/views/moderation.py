"""Placeholder: replaced by the views of this module."""

from django.http import Http404


def report_answer(request, **kwargs):
    raise Http404


def convert_thread(request, **kwargs):
    raise Http404
