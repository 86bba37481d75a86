"""Placeholder: replaced by the views of this module."""

from django.http import Http404


def ask_question(request, **kwargs):
    raise Http404


def suggestions(request, **kwargs):
    raise Http404


def edit_question(request, **kwargs):
    raise Http404
