"""Subscriptions to communities: an e-mail per new item, daily or weekly digests, or nothing."""
