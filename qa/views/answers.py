"""Placeholder: replaced by the views of this module."""

from django.http import Http404


def post_answer(request, **kwargs):
    raise Http404


def toggle_follow(request, **kwargs):
    raise Http404


def edit_answer(request, **kwargs):
    raise Http404


def delete_answer(request, **kwargs):
    raise Http404


def vote_useful(request, **kwargs):
    raise Http404


def mark_reference(request, **kwargs):
    raise Http404


def withdraw_reference(request, **kwargs):
    raise Http404
